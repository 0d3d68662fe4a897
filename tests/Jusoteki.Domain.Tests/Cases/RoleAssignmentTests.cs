using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>§4 — 役割分担: assignment with proposer and time, status, progress notes, overdue detection.</summary>
public sealed class RoleAssignmentTests
{
    private readonly SupportCase _case = Case();
    private readonly Guid _meetingId = Guid.NewGuid();

    private Guid Assign(DateOnly due)
    {
        var id = Guid.NewGuid();
        _case.AssignRole(id, HoukatsuAgency, "月1回の訪問", due, Today, _meetingId, Chair, At);
        return id;
    }

    [Fact]
    public void An_assigned_role_records_agency_what_due_date_proposer_time_and_meeting()
    {
        var id = Assign(Today.AddDays(30));

        var role = Assert.Single(_case.Roles);
        Assert.Equal((id, HoukatsuAgency.Id, "月1回の訪問", Today.AddDays(30), RoleStatus.NotStarted, "議長 山田", At, (Guid?)_meetingId),
            (role.Id, role.AgencyId, role.Description, role.DueDate, role.Status, role.ProposedBy, role.ProposedAt, role.MeetingId));
    }

    [Theory]
    [InlineData("", "role.description-empty")]
    [InlineData("  ", "role.description-empty")]
    public void A_role_without_a_description_is_refused(string description, string code)
    {
        Assert.Equal(code, Assert.Throws<DomainException>(() =>
            _case.AssignRole(Guid.NewGuid(), HoukatsuAgency, description, Today, Today, null, Chair, At)).Code);
        Assert.Empty(_case.Roles);
    }

    [Fact]
    public void An_over_long_role_description_is_refused()
    {
        Assert.Equal("role.description-too-long", Assert.Throws<DomainException>(() =>
            _case.AssignRole(Guid.NewGuid(), HoukatsuAgency, new string('訪', SupportCase.RoleDescriptionMaxLength + 1), Today, Today, null, Chair, At)).Code);
    }

    [Fact]
    public void A_due_date_in_the_past_is_refused_and_today_is_allowed()
    {
        Assert.Equal("role.due-date-in-past", Assert.Throws<DomainException>(() => Assign(Today.AddDays(-1))).Code);
        Assign(Today);
        Assert.Single(_case.Roles);
    }

    [Fact]
    public void Status_moves_between_any_two_different_states_and_an_unchanged_status_is_refused()
    {
        var id = Assign(Today.AddDays(7));

        _case.ChangeRoleStatus(id, RoleStatus.InProgress, Houkatsu, At);
        _case.ChangeRoleStatus(id, RoleStatus.Done, Houkatsu, At);
        _case.ChangeRoleStatus(id, RoleStatus.UnderReview, Chair, At);

        Assert.Equal(RoleStatus.UnderReview, _case.Roles[0].Status);
        Assert.Equal("role.status-unchanged", Assert.Throws<DomainException>(() => _case.ChangeRoleStatus(id, RoleStatus.UnderReview, Chair, At)).Code);
    }

    [Fact]
    public void An_unknown_role_is_refused()
    {
        Assert.Equal("role.not-found", Assert.Throws<DomainException>(() => _case.ChangeRoleStatus(Guid.NewGuid(), RoleStatus.Done, Houkatsu, At)).Code);
        Assert.Equal("role.not-found", Assert.Throws<DomainException>(() => _case.AddProgressNote(Guid.NewGuid(), "メモ", Houkatsu, At)).Code);
    }

    [Fact]
    public void Progress_notes_keep_time_author_and_text_and_empty_or_over_long_notes_are_refused()
    {
        var id = Assign(Today.AddDays(7));

        _case.AddProgressNote(id, "12/18 母の介護認定調査に同席。", Houkatsu, At);

        Assert.Equal(new ProgressNote(At, "地域包括 佐藤", "12/18 母の介護認定調査に同席。"), Assert.Single(_case.Roles[0].Notes));
        Assert.Equal("role.note-empty", Assert.Throws<DomainException>(() => _case.AddProgressNote(id, " ", Houkatsu, At)).Code);
        Assert.Equal("role.note-too-long", Assert.Throws<DomainException>(() =>
            _case.AddProgressNote(id, new string('記', SupportCase.NoteMaxLength + 1), Houkatsu, At)).Code);
    }

    [Fact]
    public void A_role_past_its_due_date_and_not_done_is_overdue()
    {
        var late = Assign(Today);
        var done = Assign(Today);
        var future = Assign(Today.AddDays(10));
        _case.ChangeRoleStatus(done, RoleStatus.Done, Houkatsu, At);

        var overdue = _case.OverdueRoles(Today.AddDays(1)).Select(r => r.Id).ToList();

        Assert.Equal([late], overdue);
        Assert.DoesNotContain(future, overdue);
        Assert.Empty(_case.OverdueRoles(Today));
    }
}

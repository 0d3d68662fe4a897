using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>
/// 役割の訂正・取り下げ — the chair or 事務局 corrects a role's agency, text or due date, or withdraws it with a reason, while the
/// meeting is open: in the journal and on the case, never deleted. Every forbidden path leaves both aggregates as they were.
/// </summary>
public sealed class RoleCorrectionTests
{
    private static readonly DateOnly Due = new(2027, 1, 14);
    private static readonly Actor Secretariat = new("jimukyoku", "事務局 伊藤");
    private readonly Meeting _meeting = Seated();
    private readonly Guid _roleId = Guid.NewGuid();

    public RoleCorrectionTests()
    {
        Seat(_meeting, Secretariat, MeetingRole.Secretariat, CityAgency);
        Seat(_meeting, new Actor("shakyo", "社協 鈴木"), MeetingRole.Member, ShakyoAgency);
        _meeting.Open(Chair, At);
        _meeting.AssignRole(Case, _roleId, HoukatsuAgency, "母への月1回の訪問", Due, Today, Houkatsu, At);
        _meeting.MarkCommitted();
        Case.MarkCommitted();
    }

    private SupportCase Case => CaseIn(_meeting, CaseA);
    private RoleAssignment Role => Case.Roles.Single(r => r.Id == _roleId);
    private static readonly DateTimeOffset Later = At.AddMinutes(20);

    [Fact]
    public void The_chair_corrects_agency_text_and_due_date_in_the_journal_and_on_the_case_keeping_the_proposer()
    {
        var entry = _meeting.CorrectRole(Case, _roleId, ShakyoAgency, " 母への週1回の訪問 ", Due.AddDays(7), " 頻度の聞き違い ", Today, Chair, Later);

        Assert.Equal(new RoleCorrectedInMeeting(CaseA, _roleId, ShakyoAgency.Id, "母への週1回の訪問", Due.AddDays(7), "頻度の聞き違い"), entry.Event);
        Assert.Equal((ShakyoAgency.Id, "母への週1回の訪問", Due.AddDays(7)), (Role.AgencyId, Role.Description, Role.DueDate));
        Assert.Equal((Houkatsu.DisplayName, At), (Role.ProposedBy, Role.ProposedAt));
        Assert.Equal((Chair.DisplayName, (DateTimeOffset?)Later), (Role.CorrectedBy, Role.CorrectedAt));
        var history = Assert.Single(Case.UncommittedEntries);
        Assert.Equal(new RoleCorrected(_roleId, ShakyoAgency.Id, "母への週1回の訪問", Due.AddDays(7), "頻度の聞き違い", _meeting.Id), history.Event);
    }

    [Fact]
    public void The_secretariat_may_correct_without_a_reason_and_a_past_due_date_may_stay_as_it_was()
    {
        // The role was due yesterday: only its wording is corrected.
        var overdue = Guid.NewGuid();
        Case.AssignRole(overdue, HoukatsuAgency, "訪門", Today, Today, null, Chair, At);
        var tomorrow = Today.AddDays(1);

        var entry = _meeting.CorrectRole(Case, overdue, HoukatsuAgency, "訪問", Today, null, tomorrow, Secretariat, Later);

        Assert.Equal("", ((RoleCorrectedInMeeting)entry.Event).Reason);
        Assert.Equal("訪問", Case.Roles.Single(r => r.Id == overdue).Description);
    }

    [Fact]
    public void A_role_from_an_earlier_meeting_may_be_corrected_in_this_one()
    {
        var earlier = Guid.NewGuid();
        Case.AssignRole(earlier, HoukatsuAgency, "通院同行", Due, Today, Guid.NewGuid(), Chair, At);

        _meeting.CorrectRole(Case, earlier, HoukatsuAgency, "通院同行（月2回）", Due, "回数を明記", Today, Chair, Later);

        Assert.Equal("通院同行（月2回）", Case.Roles.Single(r => r.Id == earlier).Description);
    }

    [Fact]
    public void A_member_an_outsider_or_a_pseudonymised_participant_may_not_correct_or_withdraw()
    {
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "訪問", Due, null, Today, Houkatsu, Later), "role.correction-not-allowed");
        AssertRefused(_meeting, m => m.WithdrawRole(Case, _roleId, "不要になった", Houkatsu, Later), "role.correction-not-allowed");
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "訪問", Due, null, Today, new Actor("x", "参加していない職員"), Later), "meeting.not-participant");

        // A secretary who has not pledged sees the case pseudonymised and so cannot touch its roles.
        var unpledged = new Actor("jimukyoku2", "事務局 木村");
        _meeting.AddParticipant(Guid.NewGuid(), unpledged.DisplayName, unpledged.Id, CityAgency.Id, MeetingRole.Secretariat, [], null, Chair, At);
        _meeting.MarkCommitted();
        AssertRefused(_meeting, m => m.WithdrawRole(Case, _roleId, "不要になった", unpledged, Later), "meeting.case-not-editable");
    }

    [Fact]
    public void Corrections_are_refused_before_the_meeting_opens_and_after_it_closes()
    {
        var preparing = Seated();
        var supportCase = CaseIn(preparing, CaseA);
        // No role can exist yet (roles are assigned in session): the refusal comes before the role is looked up.
        var role = Guid.NewGuid();
        AssertRefused(preparing, m => m.CorrectRole(supportCase, role, HoukatsuAgency, "電話", Due, null, Today, Chair, Later), "role.correction-not-open");

        _meeting.CloseAll(Chair, Later);
        _meeting.MarkCommitted();
        foreach (var c in CasesIn(_meeting)) c.MarkCommitted();
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "電話", Due, null, Today, Chair, Later), "role.correction-after-close");
        AssertRefused(_meeting, m => m.WithdrawRole(Case, _roleId, "不要", Chair, Later), "role.correction-after-close");
    }

    [Theory]
    [InlineData("", "role.description-empty")]
    [InlineData("   ", "role.description-empty")]
    [InlineData("母への月1回の訪問", "role.unchanged")]
    [InlineData(" 母への月1回の訪問 ", "role.unchanged")]
    public void Empty_or_unchanged_corrections_are_refused(string text, string code)
    {
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, text, Due, "理由", Today, Chair, Later), code);
    }

    [Fact]
    public void Over_long_text_or_reason_a_new_past_due_date_an_unknown_role_or_an_agency_not_entitled_are_refused()
    {
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, new string('訪', SupportCase.RoleDescriptionMaxLength + 1), Due, null, Today, Chair, Later), "role.description-too-long");
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "訪問", Due, new string('理', SupportCase.RoleReasonMaxLength + 1), Today, Chair, Later), "role.reason-too-long");
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "訪問", Today.AddDays(-1), null, Today, Chair, Later), "role.due-date-in-past");
        AssertRefused(_meeting, m => m.CorrectRole(Case, Guid.NewGuid(), HoukatsuAgency, "訪問", Due, null, Today, Chair, Later), "role.not-found");
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, PoliceAgency, "訪問", Due, null, Today, Chair, Later), "role.agency-not-entitled");
        AssertRefused(_meeting, m => m.CorrectRole(CaseIn(m, CaseB), _roleId, HoukatsuAgency, "訪問", Due, null, Today, Chair, Later), "role.not-found");
    }

    [Fact]
    public void A_withdrawn_role_is_kept_with_its_reason_in_the_journal_and_on_the_case()
    {
        var entry = _meeting.WithdrawRole(Case, _roleId, " 本人が施設に入所したため ", Secretariat, Later);

        Assert.Equal(new RoleWithdrawnInMeeting(CaseA, _roleId, "本人が施設に入所したため"), entry.Event);
        Assert.Equal(new RoleWithdrawn(_roleId, "本人が施設に入所したため", _meeting.Id), Assert.Single(Case.UncommittedEntries).Event);
        Assert.Single(Case.Roles);
        Assert.True(Role.IsWithdrawn);
        Assert.False(Role.IsOpen);
        Assert.False(Role.IsOverdue(Due.AddDays(30)));
        Assert.Equal(("本人が施設に入所したため", Secretariat.DisplayName, (DateTimeOffset?)Later), (Role.WithdrawalReason, Role.WithdrawnBy, Role.WithdrawnAt));
        Assert.Equal("母への月1回の訪問", Role.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("　 ")]
    public void Withdrawing_without_a_reason_is_refused(string? reason)
    {
        AssertRefused(_meeting, m => m.WithdrawRole(Case, _roleId, reason, Chair, Later), "role.withdrawal-reason-required");
    }

    [Fact]
    public void A_withdrawn_role_takes_no_more_corrections_withdrawals_status_or_notes()
    {
        _meeting.WithdrawRole(Case, _roleId, "重複していた", Chair, Later);
        _meeting.MarkCommitted();
        Case.MarkCommitted();

        AssertRefused(_meeting, m => m.WithdrawRole(Case, _roleId, "もう一度", Chair, Later), "role.withdrawn");
        AssertRefused(_meeting, m => m.CorrectRole(Case, _roleId, HoukatsuAgency, "訪問", Due, null, Today, Chair, Later), "role.withdrawn");
        Assert.Equal("role.withdrawn", Assert.Throws<DomainException>(() => Case.ChangeRoleStatus(_roleId, RoleStatus.InProgress, Houkatsu, Later)).Code);
        Assert.Equal("role.withdrawn", Assert.Throws<DomainException>(() => Case.AddProgressNote(_roleId, "訪問した", Houkatsu, Later)).Code);
        Assert.Empty(Case.UncommittedEntries);
    }

    [Fact]
    public void Withdrawing_an_agencys_only_role_ends_its_sight_of_the_case_outside_the_meeting()
    {
        var shakyoRole = Guid.NewGuid();
        _meeting.AssignRole(Case, shakyoRole, ShakyoAgency, "居場所の紹介", Due, Today, Chair, At);
        var shakyo = new CaseReader(new Caller(new Actor("shakyo", "社協 鈴木"), new HashSet<string> { AppRoles.AgencyStaff }, ShakyoAgency.Id), false);
        Assert.Equal(CaseSightReason.OpenRole, CaseGate.Decide(Case, shakyo, Today).Reason);

        _meeting.WithdrawRole(Case, shakyoRole, "他の機関が担うことになった", Chair, Later);

        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(Case, shakyo, Today).Visibility);
    }

    [Fact]
    public void A_viewer_who_may_not_see_the_case_receives_neither_the_corrected_text_nor_the_reason()
    {
        var correction = _meeting.CorrectRole(Case, _roleId, HoukatsuAgency, "母への週1回の訪問", Due, "聞き違い", Today, Chair, Later);
        var withdrawal = _meeting.WithdrawRole(Case, _roleId, "入所したため", Chair, Later);
        var unpledged = Join(_meeting, MeetingRole.Member, PoliceAgency);
        var cases = CasesIn(_meeting).ToDictionary(c => c.Id);

        Assert.Equal(new CaseContentWithheld(CaseA), JournalRedaction.For(correction, _meeting, unpledged, cases).Event);
        Assert.Equal(new CaseContentWithheld(CaseA), JournalRedaction.For(withdrawal, _meeting, unpledged, cases).Event);
        Assert.IsType<RoleCorrectedInMeeting>(JournalRedaction.For(correction, _meeting, _meeting.ParticipantOf(Chair.Id), cases).Event);
    }
}

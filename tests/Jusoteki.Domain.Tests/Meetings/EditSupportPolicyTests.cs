using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

public sealed class EditSupportPolicyTests
{
    [Fact]
    public void Editing_support_policy_updates_the_case_and_records_one_journal_entry()
    {
        var meeting = InSession();
        var before = meeting.LastSequence;

        var entry = meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "見守りを継続する", 0, Houkatsu, At);

        var item = meeting.Agenda.Single(a => a.CaseId == CaseA);
        Assert.Equal("見守りを継続する", item.SupportPolicy);
        Assert.Equal(1, item.SupportPolicyVersion);
        Assert.Equal("地域包括 佐藤", item.SupportPolicyEditedBy);
        Assert.Equal(At, item.SupportPolicyEditedAt);
        Assert.Equal(new SupportPolicyEdited(CaseA, "見守りを継続する", 1), entry.Event);
        Assert.Equal(before + 1, entry.Sequence);
        Assert.Equal(Houkatsu, entry.Actor);
        Assert.Equal([entry], meeting.UncommittedEntries);
        Assert.Equal(before + 1, meeting.LastSequence);
    }

    [Fact]
    public void Successive_edits_get_consecutive_sequence_numbers_and_versions()
    {
        var meeting = InSession();
        var before = meeting.LastSequence;

        var first = meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "一つ目", 0, Houkatsu, At);
        var second = meeting.EditSupportPolicy(CaseIn(meeting, CaseB), "二つ目", 0, Chair, At);
        var third = meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "三つ目", 1, Chair, At);

        Assert.Equal([before + 1, before + 2, before + 3], new[] { first.Sequence, second.Sequence, third.Sequence });
        Assert.Equal(2, meeting.Agenda.Single(a => a.CaseId == CaseA).SupportPolicyVersion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Empty_support_policy_is_refused(string text)
    {
        AssertRefusedWithoutChange(m => m.EditSupportPolicy(CaseIn(m, CaseA), text, 0, Houkatsu, At), "support-policy.empty");
    }

    [Fact]
    public void Support_policy_at_the_limit_is_accepted()
    {
        var meeting = InSession();
        meeting.EditSupportPolicy(CaseIn(meeting, CaseA), new string('あ', Meeting.SupportPolicyMaxLength), 0, Houkatsu, At);
        Assert.Equal(Meeting.SupportPolicyMaxLength, meeting.Agenda.Single(a => a.CaseId == CaseA).SupportPolicy.Length);
    }

    [Fact]
    public void Support_policy_over_the_limit_is_refused()
    {
        var text = new string('あ', Meeting.SupportPolicyMaxLength + 1);
        AssertRefusedWithoutChange(m => m.EditSupportPolicy(CaseIn(m, CaseA), text, 0, Houkatsu, At), "support-policy.too-long");
    }

    [Fact]
    public void Edit_of_a_case_not_on_the_agenda_is_refused()
    {
        AssertRefusedWithoutChange(m => m.EditSupportPolicy(CaseIn(m, Guid.NewGuid()), "方針", 0, Houkatsu, At), "meeting.case-not-on-agenda");
    }

    [Fact]
    public void Edit_from_a_stale_version_is_refused_instead_of_overwriting()
    {
        var meeting = InSession();
        meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "地域包括の案", 0, Houkatsu, At);
        meeting.MarkCommitted();

        var error = Assert.Throws<DomainException>(() => meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "社協の案", 0, Chair, At));

        Assert.Equal("support-policy.conflict", error.Code);
        Assert.Equal("地域包括の案", meeting.Agenda.Single(a => a.CaseId == CaseA).SupportPolicy);
        Assert.Empty(meeting.UncommittedEntries);
    }

    [Fact]
    public void Edit_that_changes_nothing_is_refused()
    {
        var meeting = InSession();
        meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "同じ", 0, Houkatsu, At);
        meeting.MarkCommitted();

        var error = Assert.Throws<DomainException>(() => meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "同じ", 1, Houkatsu, At));

        Assert.Equal("support-policy.unchanged", error.Code);
        Assert.Empty(meeting.UncommittedEntries);
    }

    [Fact]
    public void Edit_after_closing_is_refused()
    {
        var meeting = InSession();
        meeting.CloseAll(Chair, At);
        meeting.MarkCommitted();

        AssertRefusedWithoutChange(meeting, m => m.EditSupportPolicy(CaseIn(m, CaseA), "方針", 0, Houkatsu, At), "meeting.closed");
    }

    [Fact]
    public void Edit_while_open_is_allowed()
    {
        var meeting = InSession();

        meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "方針", 0, Houkatsu, At);

        Assert.Equal("方針", meeting.Agenda.Single(a => a.CaseId == CaseA).SupportPolicy);
    }

    [Fact]
    public void Refusals_carry_a_japanese_message()
    {
        var meeting = InSession();
        var error = Assert.Throws<DomainException>(() => meeting.EditSupportPolicy(CaseIn(meeting, CaseA), "", 0, Houkatsu, At));
        Assert.Equal("支援方針を入力してください。", error.Message);
    }

    private static void AssertRefusedWithoutChange(Action<Meeting> command, string code) =>
        AssertRefusedWithoutChange(InSession(), command, code);

    private static void AssertRefusedWithoutChange(Meeting meeting, Action<Meeting> command, string code)
    {
        var before = Snapshot(meeting);

        var error = Assert.Throws<DomainException>(() => command(meeting));

        Assert.Equal(code, error.Code);
        Assert.Equal(before, Snapshot(meeting));
    }

    private static string Snapshot(Meeting m) =>
        $"{m.Status}|{m.LastSequence}|{m.UncommittedEntries.Count}|" +
        string.Join(";", m.Agenda.Select(a => $"{a.CaseId}:{a.SupportPolicy}:{a.SupportPolicyVersion}:{a.SupportPolicyEditedBy}"));
}

using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Minutes;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;
using static Jusoteki.Domain.Tests.Minutes.MinutesFixtures;

namespace Jusoteki.Domain.Tests.Minutes;

/// <summary>Versions of the minutes: tidied by the 事務局 or chair, approved by the chair, locked, corrected with a reason.</summary>
public sealed class MeetingMinutesTests
{
    private readonly Held _held = HeldAndClosed();
    private static readonly string Discussion = MinutesText.DiscussionKey(CaseA);

    private MeetingMinutes Started() =>
        MeetingMinutes.Start(_held.Meeting, MinutesDrafter.Draft(_held.Journal, _held.Cases, AgencyNames), Secretariat, At.AddDays(1));

    [Fact]
    public void The_secretariat_starts_and_tidies_a_draft_and_the_chair_approves_it()
    {
        var minutes = Started();

        minutes.EditText(1, Discussion, "地域包括から、母の介護認定調査の様子が報告された。", _held.Meeting, _held.Cases, Secretariat, At.AddDays(1));
        minutes.Approve(1, _held.Meeting, Chair, At.AddDays(2));

        var approved = Assert.Single(minutes.Versions);
        Assert.Equal((MinutesStatus.Approved, Chair.DisplayName, (DateTimeOffset?)At.AddDays(2)), (approved.Status, approved.ApprovedBy, approved.ApprovedAt));
        Assert.Equal("地域包括から、母の介護認定調査の様子が報告された。", MinutesText.Discussion(approved.Document.Cases[0], approved.Texts));
    }

    [Fact]
    public void Until_tidied_the_discussion_reads_as_the_agencies_notes_on_the_board()
    {
        var version = Started().Current;

        Assert.Equal("【地域包括支援センター中央】母の介護認定調査に同席。本人は在宅。", MinutesText.Discussion(version.Document.Cases[0], version.Texts));
    }

    [Fact]
    public void Minutes_are_started_only_for_a_closed_meeting_and_only_by_its_chair_or_secretariat()
    {
        var open = Seated();
        open.Open(Chair, At);
        var draft = MinutesDrafter.Draft(_held.Journal, _held.Cases, AgencyNames);

        Assert.Equal("minutes.meeting-not-closed", Assert.Throws<DomainException>(() => MeetingMinutes.Start(open, draft, Chair, At)).Code);
        Assert.Equal("minutes.not-editor", Assert.Throws<DomainException>(() => MeetingMinutes.Start(_held.Meeting, draft, Houkatsu, At)).Code);
    }

    [Fact]
    public void Approving_an_approved_version_editing_a_locked_one_or_approving_as_someone_else_is_refused_and_changes_nothing()
    {
        var minutes = Started();
        AssertRefused(minutes, m => m.Approve(1, _held.Meeting, Secretariat, At), "minutes.not-chair");
        minutes.Approve(1, _held.Meeting, Chair, At);

        AssertRefused(minutes, m => m.Approve(1, _held.Meeting, Chair, At), "minutes.already-approved");
        AssertRefused(minutes, m => m.EditText(1, Discussion, "書き換え", _held.Meeting, _held.Cases, Secretariat, At), "minutes.locked");
        AssertRefused(minutes, m => m.Approve(7, _held.Meeting, Chair, At), "minutes.version-not-found");
    }

    [Fact]
    public void Bad_edits_are_refused_in_japanese_and_change_nothing()
    {
        var minutes = Started();

        AssertRefused(minutes, m => m.EditText(1, "discussion:" + Guid.NewGuid(), "x", _held.Meeting, _held.Cases, Secretariat, At), "minutes.unknown-part");
        AssertRefused(minutes, m => m.EditText(1, Discussion, new string('議', MinutesText.MaxLength + 1), _held.Meeting, _held.Cases, Secretariat, At), "minutes.too-long");
        AssertRefused(minutes, m => m.EditText(1, Discussion, "x", _held.Meeting, _held.Cases, Houkatsu, At), "minutes.not-editor");
        AssertRefused(minutes, m => m.EditText(1, Discussion, "x", _held.Meeting, new Dictionary<Guid, Jusoteki.Domain.Cases.SupportCase>(), Secretariat, At), "minutes.case-not-editable");
        minutes.EditText(1, Discussion, "同じ", _held.Meeting, _held.Cases, Secretariat, At);
        AssertRefused(minutes, m => m.EditText(1, Discussion, "同じ", _held.Meeting, _held.Cases, Secretariat, At), "minutes.unchanged");
    }

    [Fact]
    public void A_correction_needs_a_reason_makes_a_new_draft_version_and_leaves_the_approved_one_readable()
    {
        var minutes = Started();
        minutes.EditText(1, Discussion, "第1版の記載", _held.Meeting, _held.Cases, Secretariat, At);
        AssertRefused(minutes, m => m.Correct("下書きの訂正", _held.Meeting, Secretariat, At), "minutes.nothing-to-correct");
        minutes.Approve(1, _held.Meeting, Chair, At);
        AssertRefused(minutes, m => m.Correct("  ", _held.Meeting, Secretariat, At), "minutes.reason-required");

        minutes.Correct("役割の期限の記載誤り", _held.Meeting, Secretariat, At.AddDays(3));
        minutes.EditText(2, Discussion, "第2版の記載", _held.Meeting, _held.Cases, Secretariat, At.AddDays(3));

        Assert.Equal([MinutesStatus.Approved, MinutesStatus.Draft], minutes.Versions.Select(v => v.Status));
        Assert.Equal("第1版の記載", minutes.Versions[0].Texts[Discussion]);
        Assert.Equal(("第2版の記載", "役割の期限の記載誤り"), (minutes.Versions[1].Texts[Discussion], minutes.Versions[1].CorrectionReason));
        Assert.Equal(minutes.Versions[0], minutes.Approved);
        AssertRefused(minutes, m => m.EditText(1, Discussion, "旧版の書き換え", _held.Meeting, _held.Cases, Secretariat, At), "minutes.locked");
    }

    [Fact]
    public void Replaying_the_history_rebuilds_the_same_minutes()
    {
        var minutes = Started();
        minutes.EditText(1, Discussion, "整えた文章", _held.Meeting, _held.Cases, Secretariat, At);
        minutes.Approve(1, _held.Meeting, Chair, At);
        minutes.Correct("誤字", _held.Meeting, Chair, At);

        var replayed = MeetingMinutes.Replay(minutes.UncommittedEntries);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(minutes.Versions), System.Text.Json.JsonSerializer.Serialize(replayed.Versions));
        Assert.Equal(minutes.LastSequence, replayed.LastSequence);
    }

    private static void AssertRefused(MeetingMinutes minutes, Action<MeetingMinutes> command, string code)
    {
        var before = (minutes.LastSequence, minutes.UncommittedEntries.Count, System.Text.Json.JsonSerializer.Serialize(minutes.Versions));
        var error = Assert.Throws<DomainException>(() => command(minutes));
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(before, (minutes.LastSequence, minutes.UncommittedEntries.Count, System.Text.Json.JsonSerializer.Serialize(minutes.Versions)));
    }
}

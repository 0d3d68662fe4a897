using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>C2 — without consent (withdrawn or expired) a case leaves the 重層的 flow; decisions carry to the case on closing.</summary>
public sealed class CaseLeavesMultiLayeredMeetingTests
{
    [Fact]
    public void A_case_whose_consent_was_withdrawn_leaves_the_agenda_with_a_japanese_reason()
    {
        var supportCase = Case(CaseA, consent: ConsentState.Granted);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        supportCase.WithdrawConsent(Today, Houkatsu, At);

        var entry = meeting.RemoveWithoutConsent(supportCase, Houkatsu, At);

        Assert.False(meeting.HasOnAgenda(CaseA));
        Assert.Contains("本人同意が撤回", Assert.IsType<CaseRemovedFromAgenda>(entry.Event).Reason);
        Assert.Empty(Meeting.Replay(Replayable(meeting)).Agenda);
    }

    [Fact]
    public void A_case_that_still_has_consent_is_not_removed()
    {
        var supportCase = Case(CaseA, consent: ConsentState.Granted);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        Assert.Throws<DomainException>(() => meeting.RemoveWithoutConsent(supportCase, Houkatsu, At));
        Assert.True(meeting.HasOnAgenda(CaseA));
    }

    [Fact]
    public void Expired_consent_keeps_a_case_off_a_multi_layered_agenda_and_pseudonymises_it_there()
    {
        var supportCase = Case(CaseA);
        supportCase.GrantConsent(new ConsentGrant(Today.AddDays(-30), ConsentMethod.Written, [HoukatsuAgency.Id], ConsentSigner.Person, null, null, Today.AddDays(-1)), Houkatsu, At);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting);

        Assert.Equal("agenda.consent-required", Assert.Throws<DomainException>(() => meeting.AddToAgenda(supportCase, Chair, At)).Code);
    }

    [Fact]
    public void Closing_carries_the_support_policy_and_watching_to_the_case()
    {
        var meeting = Seated();
        var supportCase = CaseIn(meeting, CaseA);
        meeting.Open(Chair, At);
        meeting.EditSupportPolicy(supportCase, "見守りを継続する", 0, Houkatsu, At);
        meeting.EditWatching(supportCase, "民生委員が月1回", 0, Houkatsu, At);

        meeting.CloseAll(Chair, At.AddHours(1));

        var direction = Assert.IsType<CarriedDirection>(supportCase.Direction);
        Assert.Equal((meeting.Id, "見守りを継続する", "民生委員が月1回"), (direction.MeetingId, direction.SupportPolicy, direction.Watching));
        Assert.Null(CaseIn(meeting, CaseB).Direction);
    }

    private static IEnumerable<JournalEntry> Replayable(Meeting meeting)
    {
        // The fixture marks its set-up committed: rebuild from a fresh schedule, the agenda entry and the removal.
        var copy = Meeting.Schedule(meeting.Id, meeting.Kind, meeting.Title, meeting.StartsAt, meeting.Place, Chair, At);
        var c = Case(CaseA, consent: ConsentState.Granted);
        copy.AddToAgenda(c, Chair, At);
        c.WithdrawConsent(Today, Houkatsu, At);
        copy.RemoveWithoutConsent(c, Houkatsu, At);
        return copy.UncommittedEntries;
    }
}

using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using System.Runtime.CompilerServices;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>Cases, agencies and meetings for domain tests, built through the domain like real ones.</summary>
internal static class MeetingFixtures
{
    public static readonly Guid CaseA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid CaseB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    public static readonly Actor Chair = new("chair", "議長 山田");
    public static readonly Actor Houkatsu = new("houkatsu", "地域包括 佐藤");
    public static readonly DateTimeOffset At = new(2026, 12, 10, 14, 5, 0, TimeSpan.FromHours(9));
    public static readonly DateOnly Today = new(2026, 12, 10);

    public static readonly Agency HoukatsuAgency = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"), "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted);
    public static readonly Agency ShakyoAgency = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"), "社会福祉協議会", Field.Community, OperationForm.Contracted);
    public static readonly Agency PoliceAgency = new(Guid.Parse("00000000-0000-0000-0000-0000000000a3"), "警察署", Field.Community, OperationForm.External);
    public static readonly Agency CityAgency = new(Guid.Parse("00000000-0000-0000-0000-0000000000a4"), "社会福祉課", Field.Community, OperationForm.Direct);

    public static SupportCase Case(Guid? id = null, string pseudonym = "ケースA-01", ConsentState consent = ConsentState.Unconfirmed, params Agency[] scope)
    {
        var supportCase = SupportCase.Open(id ?? Guid.NewGuid(), pseudonym, "緑川 健一", "50代", "男性", [Field.Elderly],
            [IssueTag.Issue8050, IssueTag.Hikikomori], [new("緑川 トシ", "母", "80代", "要介護2")], Chair, At);
        var agencies = scope.Length == 0 ? [HoukatsuAgency.Id] : scope.Select(a => a.Id).ToArray();
        switch (consent)
        {
            case ConsentState.Granted:
                supportCase.GrantConsent(Today, ConsentMethod.Written, agencies, Houkatsu, At);
                break;
            case ConsentState.Refused:
                supportCase.RefuseConsent(Today, Houkatsu, At);
                break;
            case ConsentState.Withdrawn:
                supportCase.GrantConsent(Today, ConsentMethod.Written, agencies, Houkatsu, At);
                supportCase.WithdrawConsent(Today, Houkatsu, At);
                break;
        }
        supportCase.MarkCommitted();
        return supportCase;
    }

    // The case aggregates of each test meeting, so that tests can hand them to commands by id.
    private static readonly ConditionalWeakTable<Meeting, List<SupportCase>> AgendaCases = new();

    public static Meeting NewMeeting(MeetingKind kind, params SupportCase[] agenda)
    {
        var meeting = Domain.Meetings.Meeting.Schedule(Guid.NewGuid(), kind, "12月の会議", At, "市役所3階 第2会議室", Chair, At);
        foreach (var c in agenda) meeting.AddToAgenda(c, Chair, At);
        meeting.MarkCommitted();
        AgendaCases.Add(meeting, [.. agenda]);
        return meeting;
    }

    /// <summary>The case aggregate on the meeting's agenda, or a fresh case with that id that is on no agenda.</summary>
    public static SupportCase CaseIn(Meeting meeting, Guid caseId) =>
        AgendaCases.TryGetValue(meeting, out var cases) && cases.FirstOrDefault(c => c.Id == caseId) is { } found ? found : Case(caseId, "ケースZ-99");

    public static IReadOnlyCollection<SupportCase> CasesIn(Meeting meeting) => AgendaCases.TryGetValue(meeting, out var cases) ? cases : [];

    /// <summary>Seats <see cref="Chair"/> as the meeting's chair (pledged in a 支援会議), so that it may open, focus and close.</summary>
    public static Participant SeatChair(Meeting meeting) => Seat(meeting, Chair, MeetingRole.Chair, CityAgency);

    /// <summary>Seats an account as a participant; in a 支援会議 they pledge for this meeting.</summary>
    public static Participant Seat(Meeting meeting, Actor actor, MeetingRole role, Agency? agency, Guid[]? invitedFor = null)
    {
        var id = Guid.NewGuid();
        meeting.AddParticipant(id, actor.DisplayName, actor.Id, agency?.Id, role, invitedFor ?? [], null, Chair, At);
        if (meeting.Kind == MeetingKind.SupportMeeting) meeting.RecordPledge(id, PledgeKind.ThisMeeting, actor, At);
        meeting.MarkCommitted();
        return meeting.FindParticipant(id)!;
    }

    /// <summary>
    /// The December 支援会議 with the chair and 地域包括 (<see cref="Houkatsu"/>) seated and pledged: both see cases A and B
    /// in full and may edit them.
    /// </summary>
    public static Meeting Seated(MeetingKind kind = MeetingKind.SupportMeeting, params SupportCase[] agenda)
    {
        var meeting = agenda.Length == 0 && kind == MeetingKind.SupportMeeting ? December() : NewMeeting(kind, agenda);
        SeatChair(meeting);
        Seat(meeting, Houkatsu, MeetingRole.Member, HoukatsuAgency);
        return meeting;
    }

    /// <summary>A <see cref="Seated"/> meeting that the chair has opened: decisions are made only in an open meeting.</summary>
    public static Meeting InSession(MeetingKind kind = MeetingKind.SupportMeeting, params SupportCase[] agenda)
    {
        var meeting = Seated(kind, agenda);
        meeting.Open(Chair, At);
        meeting.MarkCommitted();
        return meeting;
    }

    /// <summary>The participant acting for themselves (their own pledge or attendance).</summary>
    public static Actor Self(Participant participant) => new(participant.UserId!, participant.DisplayName);

    public static void CloseAll(this Meeting meeting, Actor actor, DateTimeOffset at) => meeting.Close(CasesIn(meeting), actor, at);

    /// <summary>A 支援会議 with two unconsented cases, A and B.</summary>
    public static Meeting December() =>
        NewMeeting(MeetingKind.SupportMeeting, Case(CaseA, "ケースA-01"), Case(CaseB, "ケースA-02"));

    public static Participant Join(Meeting meeting, MeetingRole role, Agency? agency = null, Guid[]? invitedFor = null, Guid? personOf = null)
    {
        var id = Guid.NewGuid();
        meeting.AddParticipant(id, role.JapaneseName() + " 参加者", "user-" + id, agency?.Id, role, invitedFor ?? [], personOf, Chair, At);
        meeting.MarkCommitted();
        return meeting.FindParticipant(id)!;
    }
}

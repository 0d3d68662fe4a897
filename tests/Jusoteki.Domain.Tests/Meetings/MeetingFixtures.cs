using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
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

    public static Meeting NewMeeting(MeetingKind kind, params SupportCase[] agenda)
    {
        var meeting = Domain.Meetings.Meeting.Schedule(Guid.NewGuid(), kind, "12月の会議", At, "市役所3階 第2会議室", Chair, At);
        foreach (var c in agenda) meeting.AddToAgenda(c, Chair, At);
        meeting.MarkCommitted();
        return meeting;
    }

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

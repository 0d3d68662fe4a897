using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Minutes;

/// <summary>A 支援会議 held from scheduling to closing, with its whole journal, as the minutes are drafted from it.</summary>
internal static class MinutesFixtures
{
    public static readonly Actor Secretariat = new("jimukyoku", "事務局 伊藤");
    public static readonly DateOnly Due = new(2027, 1, 14);

    public static readonly Dictionary<Guid, string> AgencyNames = new()
    {
        [HoukatsuAgency.Id] = HoukatsuAgency.Name, [ShakyoAgency.Id] = ShakyoAgency.Name, [PoliceAgency.Id] = PoliceAgency.Name, [CityAgency.Id] = CityAgency.Name,
    };

    public sealed record Held(Meeting Meeting, IReadOnlyList<JournalEntry> Journal, Dictionary<Guid, SupportCase> Cases, Guid RoleId);

    /// <summary>
    /// Case A (no consent) is decided: notes, 支援方針, a role, the lead agency, a review date and a resource gap; case B is
    /// discussed without a decision. The chair is in the room, 地域包括 online, the 事務局 keeps the record.
    /// </summary>
    public static Held HeldAndClosed()
    {
        var a = Case(CaseA, "ケースA-01");
        var b = Case(CaseB, "ケースA-02");
        var meeting = Meeting.Schedule(Guid.Parse("00000000-0000-0000-0000-0000000000f1"), MeetingKind.SupportMeeting, "令和8年12月 支援会議",
            At, "市役所3階 第2会議室（オンライン併用）", Secretariat, At.AddDays(-20));
        meeting.AddToAgenda(a, Secretariat, At.AddDays(-20));
        meeting.AddToAgenda(b, Secretariat, At.AddDays(-20));
        var chair = Add(meeting, Chair, MeetingRole.Chair, CityAgency);
        var secretariat = Add(meeting, Secretariat, MeetingRole.Secretariat, CityAgency);
        var houkatsu = Add(meeting, Houkatsu, MeetingRole.Member, HoukatsuAgency);
        var police = Add(meeting, new Actor("police", "警察署 高橋"), MeetingRole.Member, PoliceAgency, [CaseB]);
        meeting.RecordAttendance(chair, Attendance.InRoom, Chair, At);
        meeting.RecordAttendance(secretariat, Attendance.InRoom, Secretariat, At);
        meeting.RecordAttendance(houkatsu, Attendance.Remote, Houkatsu, At);
        meeting.RecordPledge(chair, PledgeKind.ThisMeeting, Chair, At);
        meeting.RecordPledge(secretariat, PledgeKind.ThisMeeting, Secretariat, At);
        meeting.RecordPledge(houkatsu, PledgeKind.StandingForFiscalYear, Houkatsu, At);
        meeting.Open(Chair, At.AddMinutes(1));
        meeting.SetFocus(CaseA, Chair, At.AddMinutes(2));
        meeting.EditAgencyNote(a, HoukatsuAgency.Id, "母の介護認定調査に同席。本人は在宅。", 0, Houkatsu, At.AddMinutes(3));
        meeting.EditSupportPolicy(a, "見守りを継続し、母の介護サービス利用を入口に関係づくり", 0, Chair, At.AddMinutes(5));
        var roleId = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
        meeting.AssignRole(a, roleId, HoukatsuAgency, "母への月1回の訪問", Due, Today, Houkatsu, At.AddMinutes(6));
        meeting.SetLeadAgency(a, HoukatsuAgency, Chair, At.AddMinutes(7));
        meeting.SetNextReviewDate(a, Due, 0, Today, Chair, At.AddMinutes(8));
        meeting.NoteResourceGap(a, "ひきこもりの方が通える居場所が市北部にない", Chair, At.AddMinutes(9));
        meeting.Close([a, b], Chair, At.AddHours(1));
        _ = police;
        return new Held(meeting, [.. meeting.UncommittedEntries], new() { [a.Id] = a, [b.Id] = b }, roleId);
    }

    private static Guid Add(Meeting meeting, Actor actor, MeetingRole role, Agencies.Agency agency, Guid[]? invited = null)
    {
        var id = Guid.NewGuid();
        meeting.AddParticipant(id, actor.DisplayName, actor.Id, agency.Id, role, invited ?? [], null, Secretariat, At.AddDays(-14));
        return id;
    }
}

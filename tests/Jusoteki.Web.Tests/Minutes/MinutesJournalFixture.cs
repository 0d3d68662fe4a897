using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Tests.Minutes;

/// <summary>
/// A fixed journal — every id and time written out — of a short 支援会議: two cases, one decided with roles (one corrected, one
/// withdrawn), a lead agency, a review date and a resource gap, one discussed without a decision. The golden minutes are drafted from it.
/// </summary>
internal static class MinutesJournalFixture
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset At = new(2026, 12, 10, 14, 0, 0, Jst);
    private static readonly Actor Chair = new("gicho", "社会福祉課長 山田");
    private static readonly Actor Secretariat = new("jimukyoku", "福祉総務課 伊藤");
    private static readonly Actor Houkatsu = new("houkatsu", "地域包括 佐藤");
    private static readonly Actor Shakyo = new("shakyo", "社協 鈴木");

    public static readonly Agency City = new(Id(1), "社会福祉課", Field.Community, OperationForm.Direct);
    public static readonly Agency Comprehensive = new(Id(2), "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted);
    public static readonly Agency Council = new(Id(3), "みどり市社会福祉協議会", Field.Community, OperationForm.Contracted);

    public static IReadOnlyDictionary<Guid, string> AgencyNames => new[] { City, Comprehensive, Council }.ToDictionary(a => a.Id, a => a.Name);

    public static (IReadOnlyList<JournalEntry> Journal, Dictionary<Guid, SupportCase> Cases) Build()
    {
        var a01 = SupportCase.Open(Id(11), "ケースA-01", "緑川 健一", "50代", "男性", [Field.Elderly], [IssueTag.Issue8050, IssueTag.Hikikomori],
            [new("緑川 トシ", "母", "80代", "要介護2")], Secretariat, At.AddDays(-60));
        var a03 = SupportCase.Open(Id(13), "ケースA-03", "若葉 ゆい", "10代", "女性", [Field.Children], [IssueTag.YoungCarer], [], Secretariat, At.AddDays(-60));
        a01.RefuseConsent(new DateOnly(2026, 9, 18), Houkatsu, At.AddDays(-80));

        var meeting = Meeting.Schedule(Id(100), MeetingKind.SupportMeeting, "令和8年12月 支援会議", At, "市役所3階 第2会議室（オンライン併用）", Secretariat, At.AddDays(-20));
        meeting.AddToAgenda(a01, Secretariat, At.AddDays(-20));
        meeting.AddToAgenda(a03, Secretariat, At.AddDays(-20));
        meeting.AddParticipant(Id(201), Chair.DisplayName, Chair.Id, City.Id, MeetingRole.Chair, [], null, Secretariat, At.AddDays(-14));
        meeting.AddParticipant(Id(202), Secretariat.DisplayName, Secretariat.Id, City.Id, MeetingRole.Secretariat, [], null, Secretariat, At.AddDays(-14));
        meeting.AddParticipant(Id(203), Houkatsu.DisplayName, Houkatsu.Id, Comprehensive.Id, MeetingRole.Member, [], null, Secretariat, At.AddDays(-14));
        meeting.AddParticipant(Id(204), Shakyo.DisplayName, Shakyo.Id, Council.Id, MeetingRole.Member, [], null, Secretariat, At.AddDays(-14));
        meeting.RecordAttendance(Id(201), Attendance.InRoom, Secretariat, At);
        meeting.RecordAttendance(Id(202), Attendance.InRoom, Secretariat, At);
        meeting.RecordAttendance(Id(203), Attendance.Remote, Houkatsu, At);
        meeting.RecordAttendance(Id(204), Attendance.InRoom, Secretariat, At);
        meeting.RecordPledge(Id(201), PledgeKind.ThisMeeting, Chair, At);
        meeting.RecordPledge(Id(202), PledgeKind.ThisMeeting, Secretariat, At);
        meeting.RecordPledge(Id(203), PledgeKind.StandingForFiscalYear, Houkatsu, At);
        meeting.RecordPledge(Id(204), PledgeKind.ThisMeeting, Secretariat, At);
        meeting.Open(Chair, At.AddMinutes(2));
        meeting.SetFocus(a01.Id, Chair, At.AddMinutes(3));
        meeting.EditAgencyNote(a01, Comprehensive.Id, "12/3 母の介護認定調査に同席。本人は在宅、声かけに応答なし。", 0, Houkatsu, At.AddMinutes(5));
        meeting.EditAgencyNote(a01, Council.Id, "玄関先に手紙を置いた。", 0, Shakyo, At.AddMinutes(6));
        meeting.EditSupportPolicy(a01, "見守りを継続し、母の介護サービス利用を入口に関係づくり", 0, Chair, At.AddMinutes(10));
        meeting.EditWatching(a01, "民生委員が週1回声かけ", 0, Chair, At.AddMinutes(11));
        meeting.AssignRole(a01, Id(301), Comprehensive, "母への月1回の訪問", new DateOnly(2027, 1, 14), new DateOnly(2026, 12, 10), Houkatsu, At.AddMinutes(12));
        meeting.AssignRole(a01, Id(302), Council, "手紙と玄関先での声かけ（2週に1回）", new DateOnly(2027, 1, 14), new DateOnly(2026, 12, 10), Shakyo, At.AddMinutes(13));
        meeting.SetLeadAgency(a01, Comprehensive, Chair, At.AddMinutes(14));
        meeting.SetNextReviewDate(a01, new DateOnly(2027, 1, 14), 0, new DateOnly(2026, 12, 10), Chair, At.AddMinutes(15));
        meeting.NoteResourceGap(a01, "ひきこもりの方が通える居場所が市北部にない", Chair, At.AddMinutes(16));
        meeting.AssignRole(a01, Id(303), Council, "居場所づくりの情報提供", new DateOnly(2027, 1, 14), new DateOnly(2026, 12, 10), Shakyo, At.AddMinutes(17));
        meeting.CorrectRole(a01, Id(302), Council, "手紙と玄関先での声かけ（週1回）", new DateOnly(2027, 1, 21), "頻度と期限を民生委員の訪問に合わせる",
            new DateOnly(2026, 12, 10), Secretariat, At.AddMinutes(18));
        meeting.WithdrawRole(a01, Id(303), "社会資源の不足として扱うため", Chair, At.AddMinutes(19));
        meeting.SetFocus(a03.Id, Chair, At.AddMinutes(20));
        meeting.Close([a01, a03], Chair, At.AddMinutes(60));
        return ([.. meeting.UncommittedEntries], new() { [a01.Id] = a01, [a03.Id] = a03 });
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}

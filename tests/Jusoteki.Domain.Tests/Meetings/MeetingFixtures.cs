using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Tests.Meetings;

internal static class MeetingFixtures
{
    public static readonly Guid CaseA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid CaseB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    public static readonly Actor Chair = new("chair", "議長 山田");
    public static readonly Actor Houkatsu = new("houkatsu", "地域包括 佐藤");
    public static readonly DateTimeOffset At = new(2026, 12, 10, 14, 5, 0, TimeSpan.FromHours(9));

    public static Meeting December() =>
        Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "12月 支援会議", At, "市役所3階 第2会議室", [CaseA, CaseB]);
}

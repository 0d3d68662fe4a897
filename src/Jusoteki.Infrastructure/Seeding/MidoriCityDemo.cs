using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>
/// The fictional みどり市: its agencies, a handful of invented households and the December 支援会議.
/// Every person is invented. Seeding adds only what is missing, so a second start changes nothing.
/// </summary>
public static class MidoriCityDemo
{
    /// <summary>令和8年12月 支援会議 — fixed so that links and tests can name it.</summary>
    public static readonly Guid DecemberSupportMeetingId = Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001210");

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static IReadOnlyList<Agency> Agencies { get; } =
    [
        Agency("shakai-fukushi-ka", "社会福祉課", Field.Community, OperationForm.Direct),
        Agency("fukushi-somu-ka", "福祉総務課", Field.Community, OperationForm.Direct),
        Agency("houkatsu-chuo", "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted),
        Agency("zaitaku-kita", "在宅介護支援センター北", Field.Elderly, OperationForm.Contracted),
        Agency("shougai-soudan", "障がい者相談支援センター", Field.Disability, OperationForm.Contracted),
        Agency("kodomo-katei", "こども家庭センター", Field.Children, OperationForm.Direct),
        Agency("kosodate-shien", "子育て支援センター", Field.Children, OperationForm.Contracted),
        Agency("seikatsu-support", "生活サポートセンター（自立相談支援機関）", Field.Poverty, OperationForm.Contracted),
        Agency("shakyo", "みどり市社会福祉協議会", Field.Community, OperationForm.Contracted),
        Agency("minsei-kita", "民生委員・児童委員（北地区）", Field.Community, OperationForm.Appointed),
        Agency("hoken-yobou", "保健予防課", Field.Health, OperationForm.Direct),
        Agency("shidou-ka", "指導課", Field.Education, OperationForm.Direct),
        Agency("hogo-ka", "保護課", Field.Poverty, OperationForm.Direct),
        Agency("police", "みどり警察署 生活安全課", Field.Community, OperationForm.External),
        Agency("jidou-soudan", "児童相談所", Field.Children, OperationForm.External),
    ];

    public static IReadOnlyList<SupportCase> Cases { get; } =
    [
        Case("A-01", "緑川 健一", "50代", "男性", "82歳の母（要介護2）と二人暮らし。本人は約20年ひきこもっている。", "8050", "ひきこもり"),
        Case("A-02", "青葉 さくら", "30代", "女性", "未就学児2人を育てながら、認知症の父（78歳）を介護している。", "ダブルケア"),
        Case("A-03", "若葉 ゆい", "10代", "女性", "中学2年生。精神疾患のある母と二人暮らしで、家事と母の見守りを担う。", "ヤングケアラー"),
        Case("A-04", "森山 昭", "70代", "男性", "一人暮らし。自宅にごみが堆積し、冬を前に健康状態が心配。", "セルフネグレクト"),
        Case("A-05", "林 拓海", "30代", "男性", "両親と同居。就労経験がなく、10年以上ほとんど外出していない。", "ひきこもり"),
        Case("A-06", "北村 美和", "40代", "女性", "ひとり親。失職後に家賃を滞納。中学生の長男が不登校。", "生活困窮", "制度の狭間"),
    ];

    public static Meeting DecemberSupportMeeting() => Meeting.Schedule(
        DecemberSupportMeetingId,
        MeetingKind.SupportMeeting,
        "令和8年12月 支援会議",
        new DateTimeOffset(2026, 12, 10, 14, 0, 0, Jst),
        "市役所3階 第2会議室（オンライン併用）",
        Cases.Select(c => c.Id));

    public static async Task SeedAsync(JusotekiDbContext db, CancellationToken ct = default)
    {
        var agencyIds = await db.Agencies.Select(a => a.Id).ToListAsync(ct);
        db.Agencies.AddRange(Agencies.Where(a => !agencyIds.Contains(a.Id)));

        var caseIds = await db.SupportCases.Select(c => c.Id).ToListAsync(ct);
        db.SupportCases.AddRange(Cases.Where(c => !caseIds.Contains(c.Id)));

        if (!await db.Meetings.AnyAsync(m => m.Id == DecemberSupportMeetingId, ct))
            db.Meetings.Add(DecemberSupportMeeting());

        await db.SaveChangesAsync(ct);
    }

    private static Agency Agency(string key, string name, Field field, OperationForm form) =>
        new(DemoIds.For("agency/" + key), name, field, form);

    private static SupportCase Case(string number, string name, string ageBand, string sex, string household, params string[] tags) =>
        new(DemoIds.For("case/" + number), "ケース" + number, name, ageBand, sex, household, tags);
}

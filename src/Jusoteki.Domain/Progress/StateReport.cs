using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Progress;

/// <summary>
/// 国への年次報告用の一覧 — one row per case received or discussed in the 年度, with the fields the national 相談受付・申込票
/// and インテーク・アセスメントシート mark for reporting, and nothing that names or locates a person: no name, pseudonym, address,
/// birth date or free text, the day of intake reduced to its month, and 年代・性別 shown only where at least
/// <see cref="MinimumGroup"/> rows share them (otherwise a count could point at one person).
/// </summary>
public static class StateReport
{
    /// <summary>Fewer rows than this with the same 年代 and 性別 and both are withheld.</summary>
    public const int MinimumGroup = 3;

    public const string Withheld = "（少数のため非表示）";

    public static readonly string[] Columns =
    [
        "番号", "区分", "受付年月", "相談経路", "分野", "課題", "年代", "性別", "緊急", "受付時の本人同意",
        "支援会議", "重層的支援会議", "支援プラン", "状況", "アウトリーチ", "参加支援",
    ];

    public static IReadOnlyList<string[]> Rows(int fiscalYear, IEnumerable<CaseHistoryEntry> caseHistory, IEnumerable<Meeting> meetings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(caseHistory);
        ArgumentNullException.ThrowIfNull(meetings);
        var start = FiscalYear.Start(fiscalYear);
        var until = today < FiscalYear.End(fiscalYear) ? today : FiscalYear.End(fiscalYear);
        bool InYear(DateOnly d) => d >= start && d <= until;
        // As in ProgressCounter: a closed meeting of the year has been held, even if closed ahead of its day.
        var held = meetings.Where(m => m.Status == MeetingStatus.Closed && m.Day >= start && m.Day <= FiscalYear.End(fiscalYear) && until >= start).ToList();
        bool In(MeetingKind kind, Guid id) => held.Any(m => m.Kind == kind && m.HasOnAgenda(id));

        var cases = caseHistory.GroupBy(e => e.CaseId)
            .Select(g => (Facts: CaseFacts.Of(g.Key, [.. g.OrderBy(e => e.Sequence)]), Opened: g.Select(e => e.Event).OfType<CaseOpened>().FirstOrDefault(),
                Flags: g.Where(e => JapanTime.DateOf(e.OccurredAt) <= until).Select(e => e.Event).OfType<FlagsChanged>().ToList()))
            .Where(c => c.Opened is not null && (InYear(c.Facts.ReceivedOn) || In(MeetingKind.SupportMeeting, c.Facts.Id) || In(MeetingKind.MultiLayeredSupportMeeting, c.Facts.Id)))
            .OrderBy(c => c.Facts.ReceivedOn).ThenBy(c => c.Facts.Id)
            .ToList();
        var groups = cases.GroupBy(c => (c.Opened!.AgeBand, c.Opened.Sex)).ToDictionary(g => g.Key, g => g.Count());

        return [.. cases.Select((c, n) =>
        {
            var (facts, opened) = (c.Facts, c.Opened!);
            var small = groups[(opened.AgeBand, opened.Sex)] < MinimumGroup;
            var ending = facts.Endings.LastOrDefault(e => e.Day <= until);
            return new[]
            {
                (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                InYear(facts.ReceivedOn) ? "新規" : "継続",
                MonthOf(facts.ReceivedOn),
                opened.Intake is { } intake ? intake.Route.JapaneseName() : "不明",
                string.Join("・", opened.Fields.Select(f => f.JapaneseName())),
                string.Join("・", opened.Tags.Select(t => t.JapaneseName())),
                small ? Withheld : opened.AgeBand,
                small ? Withheld : opened.Sex,
                c.Flags.Any(f => f.Urgent) ? "緊急" : "",
                opened.Intake?.ConsentObtainedAtIntake == true ? "有" : "無",
                In(MeetingKind.SupportMeeting, facts.Id) ? "扱った" : "",
                In(MeetingKind.MultiLayeredSupportMeeting, facts.Id) ? "扱った" : "",
                facts.Adoptions.Any(d => d <= until) ? "採択" : facts.FirstPlanDrafts.Any(d => d <= until) ? "作成" : "",
                ending.Day != default && ending.Day >= start ? ending.Outcome.JapaneseName() : "継続中",
                c.Flags.Any(f => f.Outreach) ? "有" : "",
                c.Flags.Any(f => f.ParticipationSupport) ? "有" : "",
            };
        })];
    }

    private static string MonthOf(DateOnly date)
    {
        var era = date.Year - 2018;
        return era >= 1 ? $"令和{(era == 1 ? "元" : era.ToString(System.Globalization.CultureInfo.InvariantCulture))}年{date.Month}月" : $"{date.Year}年{date.Month}月";
    }
}

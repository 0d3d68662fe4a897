using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Progress;
using Jusoteki.Web.Progress;

namespace Jusoteki.Web.Reports;

/// <summary>
/// One indicator of the 進行管理 as the 代表者会議 report shows it: the 事務局's target, the actual to date and the share
/// reached — taken as they are from <see cref="ProgressQueries"/>, never counted again here.
/// </summary>
public sealed record IndicatorProgress(ProgressIndicator Indicator, int? Target, int? Actual, int? Reached)
{
    public string Name => Indicator.JapaneseName();

    public static IReadOnlyList<IndicatorProgress> From(ProgressActuals actuals, IReadOnlyDictionary<ProgressIndicator, int> targets)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(targets);
        return [.. actuals.Indicators.Select(a =>
        {
            int? target = targets.TryGetValue(a.Indicator, out var t) ? t : null;
            return new IndicatorProgress(a.Indicator, target, a.ToDate, ProgressReport.Reached(a.ToDate, target));
        })];
    }
}

/// <summary>How many of the cases the year's meetings dealt with fall under one 分野, 課題タグ or 段階: <paramref name="Key"/> is the code name, <paramref name="Name"/> the Japanese.</summary>
public sealed record CaseCount(string Key, string Name, int Count);

/// <summary>
/// The cases the year's held meetings dealt with (the same set as 「会議で扱ったケース」), counted by 分野, by 課題タグ and by
/// the stage they are at now. A case with two 分野 or two tags counts once under each; every case has exactly one stage.
/// Counts only (C8): no name, pseudonym or text of a case.
/// </summary>
public sealed record CaseBreakdown(IReadOnlyList<CaseCount> ByField, IReadOnlyList<CaseCount> ByTag, IReadOnlyList<CaseCount> ByStage)
{
    public static CaseBreakdown Of(IReadOnlyCollection<SupportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseBreakdown(
            [.. Enum.GetValues<Field>().Select(f => new CaseCount(f.ToString(), f.JapaneseName(), cases.Count(c => c.Fields.Contains(f))))],
            [.. Enum.GetValues<IssueTag>().Select(t => new CaseCount(t.ToString(), t.JapaneseName(), cases.Count(c => c.Tags.Contains(t))))],
            [.. Enum.GetValues<LifecycleStage>().Select(s => new CaseCount(s.ToString(), s.JapaneseName(), cases.Count(c => c.Stage == s)))]);
    }
}

/// <summary>
/// Roles assigned in the year's held meetings: how many, how many are 完了, and how many are 期限超過 on
/// <paramref name="CountedOn"/> (JST) by the domain's own rule (<see cref="RoleAssignment.IsOverdue"/>).
/// </summary>
public sealed record RoleCounts(int Assigned, int Completed, int Overdue, DateOnly CountedOn);

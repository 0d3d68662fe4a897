using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Reports;

/// <summary>
/// 評価 — the short text the 事務局 writes for one 年度 for the 代表者会議 (PDCA: what went well, what to change). One per
/// year, versioned: a save names the version it was written from, so two editors never silently overwrite each other.
/// Changed only through <see cref="ProgramEvaluationRules.Write"/>.
/// </summary>
public sealed class ProgramEvaluation
{
    /// <summary>The year's first evaluation, from a checked change (version 1).</summary>
    public ProgramEvaluation(ProgramEvaluationChange change, string writtenBy, DateTimeOffset writtenAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Version != 1) throw new ArgumentException("A first evaluation is version 1.", nameof(change));
        (FiscalYear, Text, Version, WrittenBy, WrittenAt) = (change.FiscalYear, change.Text, change.Version, writtenBy, writtenAt);
    }

    // For EF Core.
    private ProgramEvaluation() => (Text, WrittenBy) = ("", "");

    public int FiscalYear { get; private set; }
    public string Text { get; private set; }

    /// <summary>1 for the first save, +1 for each later one.</summary>
    public int Version { get; private set; }

    public string WrittenBy { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>Takes a checked new version of this same year's evaluation.</summary>
    public void Revise(ProgramEvaluationChange change, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.FiscalYear != FiscalYear) throw new ArgumentException("The change is for another year.", nameof(change));
        if (change.Version != Version + 1) throw new ArgumentException("A new version follows the current one.", nameof(change));
        (Text, Version, WrittenBy, WrittenAt) = (change.Text, change.Version, by, at);
    }
}

/// <summary>A checked save: the year, the text to store and the version it becomes.</summary>
public sealed record ProgramEvaluationChange(int FiscalYear, string Text, int Version);

public static class ProgramEvaluationRules
{
    public const int TextMaxLength = 2000;

    /// <summary>
    /// Checks a save of the year's 評価: only the 事務局, a year from 令和元年度 to next year, from the version the writer read
    /// (<paramref name="expectedVersion"/>: 0 when there is none yet), a text of 1 to <see cref="TextMaxLength"/> characters
    /// (line breaks allowed, no foreign characters), naming nobody recorded in Jusoteki (<paramref name="knownNames"/>: the
    /// 代表者会議 reads it, C8), and different from the stored one.
    /// </summary>
    public static ProgramEvaluationChange Write(Caller caller, int fiscalYear, ProgramEvaluation? current, int expectedVersion, string? text, DateOnly today,
        IEnumerable<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Require(Operation.WriteProgramEvaluation);
        var thisYear = Common.FiscalYear.Of(today);
        if (fiscalYear < Common.FiscalYear.First || fiscalYear > thisYear + 1) throw Progress.ProgressErrors.YearOutOfRange(thisYear);
        if (current is not null && current.FiscalYear != fiscalYear) throw new ArgumentException("The stored evaluation is for another year.", nameof(current));
        var version = current?.Version ?? 0;
        if (expectedVersion != version) throw ProgramEvaluationErrors.Stale(fiscalYear, version);
        var value = TextRules.Required(text, TextMaxLength, "評価", multiline: true);
        if (PersonNames.Mentions(value, knownNames)) throw ProgramEvaluationErrors.NamesAPerson();
        if (current is not null && current.Text == value) throw ProgramEvaluationErrors.Unchanged();
        return new ProgramEvaluationChange(fiscalYear, value, version + 1);
    }
}

public static class ProgramEvaluationErrors
{
    public static DomainException Stale(int fiscalYear, int version) =>
        new("evaluation.stale", $"{Common.FiscalYear.JapaneseName(fiscalYear)}の評価は、読み込んだ後にほかの人が保存しました（今は第{version}版）。"
            + "上書きしないよう保存を止めました。入力した文は写しておき、画面を読み込み直してから反映してください。");

    public static DomainException NamesAPerson() =>
        new("evaluation.names-a-person", "評価に、記録されている人の名前が含まれています。代表者会議で読まれるため、誰のことか分からない書き方にしてください。");

    public static DomainException Unchanged() => new("evaluation.unchanged", "評価は保存済みの内容から変わっていません。");
}

using System.Globalization;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Progress;

/// <summary>
/// 目標 — the number the 事務局 plans for one indicator in one 年度 (e.g. 令和8年度 支援会議 10回). Changed only through
/// <see cref="ProgressTargetRules.Validate"/>, which refuses in Japanese and leaves the stored target as it was.
/// </summary>
public sealed class ProgressTarget
{
    /// <summary>A new target from a checked change (<see cref="ProgressTargetRules.Validate"/>).</summary>
    public ProgressTarget(ProgressTargetChange change, string setBy, DateTimeOffset setAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        (FiscalYear, Indicator, Value, SetBy, SetAt) = (change.FiscalYear, change.Indicator, change.Value, setBy, setAt);
    }

    // For EF Core.
    private ProgressTarget() => SetBy = "";

    public int FiscalYear { get; private set; }
    public ProgressIndicator Indicator { get; private set; }

    /// <summary>A whole number in the indicator's unit (回・件, or % up to 100).</summary>
    public int Value { get; private set; }

    public string SetBy { get; private set; }
    public DateTimeOffset SetAt { get; private set; }

    /// <summary>Takes a checked change of this same target.</summary>
    public void Change(ProgressTargetChange change, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.FiscalYear != FiscalYear || change.Indicator != Indicator) throw new ArgumentException("The change is for another target.", nameof(change));
        (Value, SetBy, SetAt) = (change.Value, by, at);
    }
}

/// <summary>A checked request to set a target: what to store, and the reason given for a closed year ("" otherwise).</summary>
public sealed record ProgressTargetChange(int FiscalYear, ProgressIndicator Indicator, int Value, string Reason);

public static class ProgressTargetRules
{
    public const int ReasonMaxLength = 200;
    public const int MaxValue = 100_000;

    /// <summary>
    /// Checks a target as typed: a known indicator, a fiscal year from 令和元年度 to next year, a whole number ≥ 0 (≤ 100 for
    /// a %), and for a year already closed (before the current one) a reason. Full-width digits are read as digits.
    /// </summary>
    public static ProgressTargetChange Validate(int fiscalYear, string? indicator, string? value, string? reason, DateOnly today)
    {
        var current = Common.FiscalYear.Of(today);
        if (fiscalYear < Common.FiscalYear.First || fiscalYear > current + 1)
            throw ProgressErrors.YearOutOfRange(current);
        if (!Enum.TryParse<ProgressIndicator>(indicator?.Trim(), ignoreCase: false, out var known) || !Enum.IsDefined(known) || int.TryParse(indicator, out _))
            throw ProgressErrors.UnknownIndicator();
        var text = (value ?? "").Trim().Normalize(System.Text.NormalizationForm.FormKC);
        if (text.Length == 0) throw ProgressErrors.InvalidValue(known, "目標値を入力してください。");
        if (text.StartsWith('-') && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            throw ProgressErrors.InvalidValue(known, "目標値に0より小さい数は指定できません。");
        if (!text.All(char.IsAsciiDigit))
            throw ProgressErrors.InvalidValue(known, "目標値は0以上の整数で入力してください（小数や文字は使えません）。");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > MaxValue)
            throw ProgressErrors.InvalidValue(known, $"目標値は{MaxValue}以下で入力してください。");
        if (known.Unit() == ProgressUnit.Percent && number > 100)
            throw ProgressErrors.InvalidValue(known, "割合の目標は0〜100（%）で入力してください。");
        var why = TextRules.Optional(reason, ReasonMaxLength, "変更の理由");
        if (fiscalYear < current && why.Length == 0) throw ProgressErrors.ReasonRequired(fiscalYear);
        return new ProgressTargetChange(fiscalYear, known, number, why);
    }
}

public static class ProgressErrors
{
    public static DomainException YearOutOfRange(int current) =>
        new("progress.year-out-of-range",
            $"年度は{Common.FiscalYear.JapaneseName(Common.FiscalYear.First)}から{Common.FiscalYear.JapaneseName(current + 1)}までで指定してください。");

    public static DomainException UnknownIndicator() => new("progress.unknown-indicator", "指定された指標は進行管理の指標にありません。");

    public static DomainException InvalidValue(ProgressIndicator indicator, string message) =>
        new("progress.invalid-value", $"「{indicator.JapaneseName()}」：{message}");

    public static DomainException ReasonRequired(int fiscalYear) =>
        new("progress.reason-required", $"{Common.FiscalYear.JapaneseName(fiscalYear)}は終わった年度です。目標を変えるには変更の理由を入力してください。");
}

using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Reports;

/// <summary>
/// C8 on reading: the 代表者会議 shows aggregates, and the only texts in it (an approved gap's wording, the 事務局's 評価) were
/// checked for names when written. They are checked again whenever they are read, so that a text stored before that check,
/// or naming someone recorded later, never reaches the report's readers: it is counted as unapproved, or withheld.
/// </summary>
public static class ReportTextSight
{
    public const string WithheldEvaluation = "（この評価には Jusoteki に記録されている人の名前が含まれているため表示しません。事務局が書き直してください。）";

    public static bool MayShow(string text, IEnumerable<string> recordedNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !PersonNames.Mentions(text, recordedNames);
    }
}

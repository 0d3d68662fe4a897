namespace Jusoteki.Domain.Minutes;

/// <summary>
/// The free-text parts of the minutes that the 事務局 or chair may tidy: per case, 協議の内容 (what was discussed). Until
/// someone edits it, it reads as the agencies' notes were left on the board.
/// </summary>
public static class MinutesText
{
    public const int MaxLength = 4000;

    public static string DiscussionKey(Guid caseId) => $"discussion:{caseId}";

    /// <summary>協議の内容 as the minutes show it: the edited text, else the agencies' notes as on the board.</summary>
    public static string Discussion(MinutesCaseSection section, IReadOnlyDictionary<string, string> texts) =>
        texts.TryGetValue(DiscussionKey(section.CaseId), out var edited)
            ? edited
            : string.Join("\n", section.AgencyNotes.Select(n => $"【{n.Agency}】{n.Text}"));
}

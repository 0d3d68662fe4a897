using System.Globalization;
using System.Text;

namespace Jusoteki.Domain.Common;

/// <summary>
/// Whether a text meant for aggregate readers (C8: 社会資源の不足's wording, the 事務局's 評価) names a person recorded in
/// Jusoteki: a full name, or a part of it of <see cref="ShortestPart"/> characters or more, compared after NFKC with
/// spaces and invisible format characters (zero-width space, joiners…) removed, so 「林 拓\u200B海」 is 林拓海.
/// </summary>
public static class PersonNames
{
    /// <summary>Name parts shorter than this are not looked for (a one-character name matches too much).</summary>
    public const int ShortestPart = 2;

    public static bool Mentions(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var compact = Compact(text);
        return names.Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(name => name.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Append(name))
            .Select(Compact)
            .Where(part => part.Length >= ShortestPart)
            .Any(part => compact.Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) builder.Append(c);
        return builder.ToString();
    }
}

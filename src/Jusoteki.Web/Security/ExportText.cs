using System.Text;

namespace Jusoteki.Web.Security;

/// <summary>
/// Text on its way into a file: whatever is already stored (older rows predate the domain's <c>TextRules</c>) must never
/// break a Word or Excel file, turn Markdown into markup, or make a download name read backwards.
/// </summary>
public static class ExportText
{
    public const char Replacement = '\uFFFD';

    /// <summary>Characters an XML file (docx, xlsx) cannot hold, and bidi controls, become U+FFFD; line breaks and tabs stay.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            var bad = char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsBidiControl(c);
            if (bad && cleaned is null) cleaned = new StringBuilder(text, 0, i, text.Length);
            if (cleaned is not null) cleaned.Append(bad ? Replacement : c);
        }
        return cleaned?.ToString() ?? text;
    }

    /// <summary>A download's file name: printable, no bidi or path characters, bounded; never empty.</summary>
    public static string FileName(string? name, string extension)
    {
        var printable = Printable(name).Replace(Replacement.ToString(), "", StringComparison.Ordinal);
        var safe = new string([.. printable.Select(c => c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c)]).Trim(' ', '.');
        if (safe.Length > 100) safe = safe[..100];
        return (safe.Length == 0 ? "download" : safe) + "." + extension;
    }

    /// <summary>
    /// Free text inside Markdown: markup characters are escaped and HTML cannot pass, so a note reads as the words typed,
    /// in any Markdown viewer.
    /// </summary>
    public static string Markdown(string? text)
    {
        var printable = Printable(text);
        var md = new StringBuilder(printable.Length);
        var lineStart = true;
        foreach (var c in printable)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|' or '&' || (lineStart && c is '#' or '-' or '+' or '='))
                md.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => "\\" + c });
            else md.Append(c);
            lineStart = c == '\n';
        }
        return md.ToString();
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}

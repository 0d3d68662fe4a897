using System.Globalization;

namespace Jusoteki.Domain.Common;

/// <summary>
/// What free text and names may hold: no control characters (line breaks and tabs aside), no lone surrogates, no bidi
/// overrides (they make a file name or a line read backwards), and not only invisible characters. Every refusal is Japanese.
/// </summary>
public static class TextRules
{
    /// <summary>The text trimmed, or the Japanese refusal: empty, too long or holding characters that do not belong in text.</summary>
    public static string Required(string? text, int maxLength, string what, bool multiline = false)
    {
        var value = Optional(text, maxLength, what, multiline);
        return value.Length == 0 ? throw Invalid($"{what}を入力してください。") : value;
    }

    /// <summary>The same for a text that may be left empty ("" then).</summary>
    public static string Optional(string? text, int maxLength, string what, bool multiline = false)
    {
        var value = (text ?? "").Trim();
        if (value.Length > maxLength) throw Invalid($"{what}は{maxLength}文字以内で入力してください。");
        RefuseForeignCharacters(value, what, multiline);
        return value;
    }

    /// <summary>
    /// Only the character checks, for fields whose emptiness and length have their own refusals (the meeting's texts):
    /// throws when <paramref name="text"/> holds what does not belong in text, or only invisible characters.
    /// </summary>
    public static void RefuseForeignCharacters(string? text, string what, bool multiline = false)
    {
        var value = text ?? "";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) throw Invalid($"{what}に使えない文字が含まれています。");
            if (c is '\n' or '\r' or '\t' && multiline) continue;
            if (char.IsControl(c) || IsBidiControl(c)) throw Invalid($"{what}に使えない文字（制御文字など）が含まれています。");
        }
        if (value.Length > 0 && value.All(IsInvisible)) throw Invalid($"{what}を入力してください（見えない文字だけの入力はできません）。");
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u3164' or '\u115F' or '\u1160'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static DomainException Invalid(string message) => new("text.invalid", message);
}

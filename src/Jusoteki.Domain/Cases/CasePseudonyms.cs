using System.Globalization;

namespace Jusoteki.Domain.Cases;

/// <summary>仮名 — ケースA-01, ケースA-02 …: the next number after the highest in use, never reused.</summary>
public static class CasePseudonyms
{
    public const string Prefix = "ケースA-";

    public static string Next(IEnumerable<string> existing)
    {
        var highest = existing
            .Where(p => p.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(p => int.TryParse(p[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"{Prefix}{highest + 1:00}";
    }
}

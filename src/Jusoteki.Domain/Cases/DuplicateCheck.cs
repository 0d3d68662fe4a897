using System.Text;

namespace Jusoteki.Domain.Cases;

/// <summary>
/// 重複の可能性 — before a consultation is saved: a case with the same name and birth year, or the same address. Shown to the
/// window by pseudonym and reason only (never merged, never the other case's personal information).
/// </summary>
public static class DuplicateCheck
{
    public static IReadOnlyList<PossibleDuplicate> Find(IEnumerable<SupportCase> cases, string? personName, DateOnly? birthDate, string? address)
    {
        var name = Normalise(personName);
        var place = Normalise(address);
        var found = new List<PossibleDuplicate>();
        foreach (var c in cases)
        {
            if (name.Length > 0 && birthDate is { } born && c.Intake?.BirthDate is { } other && other.Year == born.Year && Normalise(c.PersonName) == name)
                found.Add(new PossibleDuplicate(c.Id, c.Pseudonym, "氏名と生年が同じ"));
            else if (place.Length > 0 && Normalise(c.Intake?.Address) == place)
                found.Add(new PossibleDuplicate(c.Id, c.Pseudonym, "住所が同じ"));
        }
        return found;
    }

    // Full-width and half-width forms alike, spaces ignored: 「緑川　健一」 and 「緑川 健一」 are one name.
    private static string Normalise(string? text) =>
        new string((text ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '‐' and not '−').ToArray());
}

public sealed record PossibleDuplicate(Guid CaseId, string Pseudonym, string Reason);

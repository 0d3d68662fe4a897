using Jusoteki.Domain.Cases;

namespace Jusoteki.Web.Cases;

/// <summary>
/// The part of a <see cref="CaseBoardFilter"/> the store decides on a case's plain columns (and its 分野・課題タグ lists, which
/// every card shows), as LINQ any provider translates. It only narrows: <see cref="CaseQueries"/> still builds each card through
/// the gate and checks the whole filter on it. What needs the decoded case — the consent label, overdue roles, and a name
/// search for a reader who does not see every case in full — is left to that check (<see cref="LeavesResidue"/>).
/// </summary>
internal static class CaseBoardNarrowing
{
    public static IQueryable<SupportCase> Narrow(IQueryable<SupportCase> cases, CaseBoardFilter filter, DateOnly today)
    {
        if (filter.Field is { } field) cases = cases.Where(c => c.Fields.Contains(field));
        if (filter.Tag is { } tag) cases = cases.Where(c => c.Tags.Contains(tag));
        if (filter.LeadAgencyId is { } lead) cases = cases.Where(c => c.LeadAgencyId == lead);
        if (filter.UrgentOnly) cases = cases.Where(c => c.Urgent);
        if (filter.NoLeadOnly) cases = cases.Where(c => c.LeadAgencyId == null);
        if (filter.ReviewWithinDays is { } days)
        {
            var until = today.AddDays(days);
            cases = cases.Where(c => c.NextReviewDate != null && c.NextReviewDate >= today && c.NextReviewDate <= until);
        }
        if (filter.ReviewFrom is { } from) cases = cases.Where(c => c.NextReviewDate != null && c.NextReviewDate >= from);
        if (filter.ReviewTo is { } to) cases = cases.Where(c => c.NextReviewDate != null && c.NextReviewDate <= to);
        if (SearchText(filter) is { } text)
        {
            // The pseudonym ignoring case (SQL lower() folds ASCII, which is what pseudonyms hold), the name exactly. A name hit
            // is only a candidate: the check on the card drops it where the reader may not see the name.
            var lower = text.ToLowerInvariant();
            cases = cases.Where(c => c.Pseudonym.Contains(text) || c.Pseudonym.ToLower().Contains(lower) || c.PersonName.Contains(text));
        }
        return cases;
    }

    /// <summary>True when the store's answer may hold cases the whole filter leaves out, so counts and pages need the cards.</summary>
    public static bool LeavesResidue(CaseBoardFilter filter, bool everyCaseFull) =>
        filter.ConsentLabel is { Length: > 0 } || filter.OverdueOnly || (SearchText(filter) is not null && !everyCaseFull);

    public static string? SearchText(CaseBoardFilter filter) => filter.Search?.Trim() is { Length: > 0 } text ? text : null;
}

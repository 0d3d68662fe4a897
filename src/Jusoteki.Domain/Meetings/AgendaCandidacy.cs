using System.Linq.Expressions;
using Jusoteki.Domain.Cases;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// Which cases the 事務局 is offered while building an agenda: every case not 終結 and not already on this agenda, found by
/// its pseudonym (the prepare page shows every case pseudonymised, so nothing else is searched). Offering is not allowing:
/// <see cref="Meeting.AddToAgenda"/> still refuses what the law refuses (C2, C8) with the reason.
/// The rule is an expression so that the store can run it in SQL with a limit.
/// </summary>
public static class AgendaCandidacy
{
    /// <summary>How many candidates one search returns at most.</summary>
    public const int SearchLimit = 20;

    // A pseudonym is 1–32 characters (SupportCase.Open): longer text can match none.
    private const int PseudonymMaxLength = 32;

    /// <summary>Open (not 終結) and not on the agenda already.</summary>
    public static Expression<Func<SupportCase, bool>> Offered(IReadOnlyCollection<Guid> onAgenda)
    {
        ArgumentNullException.ThrowIfNull(onAgenda);
        return c => c.Stage != LifecycleStage.Closed && !onAgenda.Contains(c.Id);
    }

    /// <summary>What the search matches within a pseudonym: the typed text trimmed, at most a pseudonym long; empty matches every case.</summary>
    public static string SearchText(string? typed)
    {
        var text = (typed ?? "").Trim();
        return text.Length > PseudonymMaxLength ? text[..PseudonymMaxLength] : text;
    }
}

namespace Jusoteki.Domain.Meetings;

/// <summary>議題 — one case on a meeting's agenda, with what the meeting decides for it.</summary>
public sealed class AgendaItem
{
    internal AgendaItem(Guid caseId, int order)
    {
        CaseId = caseId;
        Order = order;
    }

    public Guid CaseId { get; private set; }

    /// <summary>Position on the agenda, from 1.</summary>
    public int Order { get; private set; }

    /// <summary>支援方針 — the direction of support agreed for the case; empty until first written.</summary>
    public string SupportPolicy { get; private set; } = "";

    /// <summary>Version of <see cref="SupportPolicy"/>; an edit must name the version it started from.</summary>
    public int SupportPolicyVersion { get; private set; }

    public string? SupportPolicyEditedBy { get; private set; }
    public DateTimeOffset? SupportPolicyEditedAt { get; private set; }

    /// <summary>見守り — empty until first written.</summary>
    public string Watching { get; private set; } = "";

    public int WatchingVersion { get; private set; }

    /// <summary>次回確認日</summary>
    public DateOnly? NextReviewDate { get; private set; }

    /// <summary>社会資源の不足 noted for this case.</summary>
    public List<string> ResourceGaps { get; private set; } = [];

    internal void Apply(SupportPolicyEdited edited, JournalEntry entry)
    {
        SupportPolicy = edited.Text;
        SupportPolicyVersion = edited.Version;
        SupportPolicyEditedBy = entry.Actor.DisplayName;
        SupportPolicyEditedAt = entry.OccurredAt;
    }

    internal void Apply(WatchingEdited edited)
    {
        Watching = edited.Text;
        WatchingVersion = edited.Version;
    }

    internal void SetNextReviewDate(DateOnly date) => NextReviewDate = date;

    internal void AddResourceGap(string text) => ResourceGaps.Add(text);
}

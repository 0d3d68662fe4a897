namespace Jusoteki.Domain.Meetings;

/// <summary>議題 — one case on a meeting's agenda, with what the meeting records for it.</summary>
public sealed class AgendaItem
{
    private readonly List<AgencyNote> _agencyNotes = [];

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
    public string? WatchingEditedBy { get; private set; }
    public DateTimeOffset? WatchingEditedAt { get; private set; }

    /// <summary>各機関の情報 — one note per agency.</summary>
    public IReadOnlyList<AgencyNote> AgencyNotes => _agencyNotes;

    /// <summary>次回確認日</summary>
    public DateOnly? NextReviewDate { get; private set; }

    public int NextReviewDateVersion { get; private set; }

    /// <summary>社会資源の不足 noted for this case.</summary>
    public List<string> ResourceGaps { get; private set; } = [];

    public AgencyNote? AgencyNoteOf(Guid agencyId) => _agencyNotes.FirstOrDefault(n => n.AgencyId == agencyId);

    // Roles, lead agency and plans live on the case itself; the journal keeps the meeting's record of them.
    internal void Apply(ICaseEvent @event, JournalEntry entry)
    {
        switch (@event)
        {
            case SupportPolicyEdited edited:
                (SupportPolicy, SupportPolicyVersion, SupportPolicyEditedBy, SupportPolicyEditedAt) = (edited.Text, edited.Version, entry.Actor.DisplayName, entry.OccurredAt);
                break;
            case WatchingEdited watching:
                (Watching, WatchingVersion, WatchingEditedBy, WatchingEditedAt) = (watching.Text, watching.Version, entry.Actor.DisplayName, entry.OccurredAt);
                break;
            case AgencyNoteEdited note:
                _agencyNotes.RemoveAll(n => n.AgencyId == note.AgencyId);
                _agencyNotes.Add(new AgencyNote(note.AgencyId, note.Text, note.Version, entry.Actor.DisplayName, entry.OccurredAt));
                break;
            case NextReviewDateSet review:
                (NextReviewDate, NextReviewDateVersion) = (review.Date, NextReviewDateVersion + 1);
                break;
            case ResourceGapNoted gap:
                ResourceGaps.Add(gap.Text);
                break;
        }
    }
}

/// <summary>各機関の情報 — what one agency knows of a case, as last saved, with its version.</summary>
public sealed record AgencyNote(Guid AgencyId, string Text, int Version, string EditedBy, DateTimeOffset EditedAt);

using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Reports;

/// <summary>
/// The 事務局's approved wording of one 社会資源の不足 (C8): the gap is the journal entry that noted it (meeting and sequence);
/// this holds only the wording the 事務局 wrote or accepted, so that it names no person, and its 分類. Until it exists the
/// report shows the gap as a count under 「未承認」 and never its words. Changed only by a new approval
/// (<see cref="ResourceGapRules.Approve"/>), which raises <see cref="Revision"/>.
/// </summary>
public sealed class ResourceGapApproval
{
    /// <summary>The first approval of a gap, from a checked change (<see cref="ResourceGapRules.Approve"/>).</summary>
    public ResourceGapApproval(ResourceGapApprovalChange change, string approvedBy, DateTimeOffset approvedAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Revision != 1) throw new ArgumentException("A first approval is revision 1.", nameof(change));
        (MeetingId, Sequence, CaseId, FiscalYear) = (change.Gap.MeetingId, change.Gap.Sequence, change.Gap.CaseId, change.Gap.FiscalYear);
        (Wording, Category, Revision, ApprovedBy, ApprovedAt) = (change.Wording, change.Category, change.Revision, approvedBy, approvedAt);
    }

    // For EF Core.
    private ResourceGapApproval() => (Wording, ApprovedBy) = ("", "");

    public Guid MeetingId { get; private set; }

    /// <summary>The journal entry (ResourceGapNoted) in the meeting's journal.</summary>
    public long Sequence { get; private set; }

    public Guid CaseId { get; private set; }
    public int FiscalYear { get; private set; }
    public string Wording { get; private set; }
    public ResourceGapCategory Category { get; private set; }

    /// <summary>1 for the first approval, +1 for each new approval of changed wording or category.</summary>
    public int Revision { get; private set; }

    public string ApprovedBy { get; private set; }
    public DateTimeOffset ApprovedAt { get; private set; }

    /// <summary>Takes a checked new approval of this same gap.</summary>
    public void Reapprove(ResourceGapApprovalChange change, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Gap.MeetingId != MeetingId || change.Gap.Sequence != Sequence) throw new ArgumentException("The change is for another gap.", nameof(change));
        if (change.Revision != Revision + 1) throw new ArgumentException("A new approval follows the current revision.", nameof(change));
        (Wording, Category, Revision, ApprovedBy, ApprovedAt) = (change.Wording, change.Category, change.Revision, by, at);
    }
}

/// <summary>A 社会資源の不足 as noted in a meeting's journal: where, for which case, in which 年度, and whether that meeting is closed.</summary>
public sealed record NotedResourceGap(Guid MeetingId, long Sequence, Guid CaseId, int FiscalYear, bool MeetingHeld);

/// <summary>A checked approval: the gap, the wording and category to store, and the revision it becomes.</summary>
public sealed record ResourceGapApprovalChange(NotedResourceGap Gap, string Wording, ResourceGapCategory Category, int Revision);

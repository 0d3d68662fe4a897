namespace Jusoteki.Domain.Cases;

/// <summary>
/// 役割分担 — one agency's part in supporting a case: what it does, by when, how far it has got, and who proposed it when.
/// </summary>
public sealed class RoleAssignment
{
    private readonly List<ProgressNote> _notes = [];

    internal RoleAssignment(Guid id, Guid agencyId, string description, DateOnly dueDate, string proposedBy, DateTimeOffset proposedAt, Guid? meetingId)
    {
        Id = id;
        AgencyId = agencyId;
        Description = description;
        DueDate = dueDate;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
        MeetingId = meetingId;
        Status = RoleStatus.NotStarted;
    }

    // For EF Core.
    private RoleAssignment() => Description = ProposedBy = "";

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Description { get; private set; }
    public DateOnly DueDate { get; private set; }
    public RoleStatus Status { get; private set; }
    public string ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>The meeting in which it was assigned, if any.</summary>
    public Guid? MeetingId { get; private set; }

    public IReadOnlyList<ProgressNote> Notes => _notes;

    /// <summary>期限超過 — past its due date and not done.</summary>
    public bool IsOverdue(DateOnly today) => Status != RoleStatus.Done && DueDate < today;

    internal void SetStatus(RoleStatus status) => Status = status;

    internal void AddNote(ProgressNote note) => _notes.Add(note);
}

/// <summary>経過記録 — what an agency reports on its role between meetings.</summary>
public sealed record ProgressNote(DateTimeOffset At, string By, string Text);

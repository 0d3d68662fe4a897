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

    /// <summary>Who last corrected the role (訂正) and when; null if it stands as assigned.</summary>
    public string? CorrectedBy { get; private set; }
    public DateTimeOffset? CorrectedAt { get; private set; }

    /// <summary>取り下げ — why, by whom and when the role was withdrawn; null while it stands.</summary>
    public string? WithdrawalReason { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>未完了 — still to be done: neither done nor withdrawn (gives the agency sight of the case, C10).</summary>
    public bool IsOpen => !IsWithdrawn && Status != RoleStatus.Done;

    /// <summary>期限超過 — past its due date and still open.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueDate < today;

    internal void SetStatus(RoleStatus status) => Status = status;

    internal void Correct(Guid agencyId, string description, DateOnly dueDate, string by, DateTimeOffset at) =>
        (AgencyId, Description, DueDate, CorrectedBy, CorrectedAt) = (agencyId, description, dueDate, by, at);

    internal void Withdraw(string reason, string by, DateTimeOffset at) => (WithdrawalReason, WithdrawnBy, WithdrawnAt) = (reason, by, at);

    internal void AddNote(ProgressNote note) => _notes.Add(note);
}

/// <summary>経過記録 — what an agency reports on its role between meetings.</summary>
public sealed record ProgressNote(DateTimeOffset At, string By, string Text);

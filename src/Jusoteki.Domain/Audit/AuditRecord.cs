namespace Jusoteki.Domain.Audit;

/// <summary>
/// 監査記録 (C6) — who saw or did what, when, in which meeting, about which case. Append-only: never changed or removed.
/// </summary>
public sealed record AuditRecord(DateTimeOffset At, string Action, string ActorId, string ActorName, Guid? MeetingId, Guid? CaseId, string Detail);

using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Cases;

/// <summary>Something that happened to a case. Every change to a case is one of these, kept in its history.</summary>
public abstract record CaseEvent;

/// <summary>受付 — the case was opened with the person, their household and the issues seen at intake.
/// <paramref name="Intake"/>: the 相談受付 details (cases opened before intake was recorded have none).</summary>
public sealed record CaseOpened(
    string Pseudonym, string PersonName, string AgeBand, string Sex,
    IReadOnlyList<Field> Fields, IReadOnlyList<IssueTag> Tags, IReadOnlyList<HouseholdMember> Household, IntakeDetails? Intake = null) : CaseEvent;

public sealed record ConsultationRecorded(Consultation Consultation) : CaseEvent;

public sealed record ConsentGranted(DateOnly Date, ConsentMethod Method, IReadOnlyList<Guid> Scope,
    ConsentSigner Signer = ConsentSigner.Person, string? RepresentativeRelation = null, string? PaperLocation = null, DateOnly? ExpiresOn = null) : CaseEvent;

public sealed record ConsentRefused(DateOnly Date) : CaseEvent;

/// <summary>撤回 — also freezes every plan that was not yet evaluated (C2).</summary>
public sealed record ConsentWithdrawn(DateOnly Date) : CaseEvent;

public sealed record StageChanged(LifecycleStage Stage) : CaseEvent;

/// <summary>次回確認日 — set when a meeting that decided it closes.</summary>
public sealed record ReviewDateSet(DateOnly Date, Guid MeetingId) : CaseEvent;

public sealed record FlagsChanged(bool Urgent, bool Outreach, bool ParticipationSupport) : CaseEvent;

/// <summary>主担当機関 — the lead agency was set.</summary>
public sealed record LeadAgencySet(Guid AgencyId) : CaseEvent;

public sealed record RoleAssigned(Guid RoleId, Guid AgencyId, string Description, DateOnly DueDate, Guid? MeetingId) : CaseEvent;

public sealed record RoleStatusChanged(Guid RoleId, RoleStatus Status) : CaseEvent;

public sealed record RoleProgressNoted(Guid RoleId, string Text) : CaseEvent;

/// <summary>訂正 — the role's agency, text or due date as corrected (all three as they now stand), with the reason if given ("" if none).</summary>
public sealed record RoleCorrected(Guid RoleId, Guid AgencyId, string Description, DateOnly DueDate, string Reason, Guid? MeetingId) : CaseEvent;

/// <summary>取り下げ — the role no longer stands; it stays in the history with the reason, never deleted.</summary>
public sealed record RoleWithdrawn(Guid RoleId, string Reason, Guid? MeetingId) : CaseEvent;

public sealed record PlanDrafted(Guid PlanId, int Version, IReadOnlyList<PlanGoal> Goals) : CaseEvent;

public sealed record PlanAdopted(Guid PlanId, Guid MeetingId) : CaseEvent;

/// <summary>インテーク・アセスメントシート — a version of the sheet was completed.</summary>
public sealed record AssessmentCompleted(AssessmentVersion Assessment) : CaseEvent;

/// <summary>
/// What a closed meeting decided for the case (支援方針, 見守り) now lives on the case, so the next meeting starts from it
/// (「前回まで」).
/// </summary>
public sealed record DirectionCarried(Guid MeetingId, string SupportPolicy, string Watching, string MeetingTitle = "") : CaseEvent;

/// <summary>The case ended (終結 or つながり続ける) and its adopted plan, if any, was evaluated.</summary>
public sealed record CaseEnded(LifecycleStage Outcome, string Evaluation) : CaseEvent;

/// <summary>One line of a case's history, with its place in the case's gap-free sequence.</summary>
public sealed record CaseHistoryEntry(Guid CaseId, long Sequence, DateTimeOffset OccurredAt, Actor Actor, CaseEvent Event);

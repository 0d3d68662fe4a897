using System.Collections.Immutable;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;

namespace Jusoteki.Web.Cases;

/// <summary>
/// One card of the coordinator's board (進行管理台帳), as one reader may see it (C10): pseudonym, tags, stage, 主担当, consent,
/// 緊急, 次回確認日, overdue roles and the last meeting always; the person's name only when <see cref="Full"/>.
/// </summary>
public sealed record CaseCardSummary(
    Guid CaseId,
    string Pseudonym,
    string? PersonName,
    bool Full,
    string AgeAndSex,
    ImmutableList<IssueTag> Tags,
    ImmutableList<Domain.Agencies.Field> Fields,
    LifecycleStage Stage,
    Guid? LeadAgencyId,
    string? LeadAgencyName,
    ConsentState Consent,
    bool ConsentExpired,
    string ConsentLabel,
    bool Urgent,
    DateOnly? NextReviewDate,
    int OverdueRoles,
    string? LastMeetingTitle)
{
    /// <summary>What the card is called: the name where the reader may see it, else the pseudonym.</summary>
    public string Title => PersonName is { } name ? $"{Pseudonym}　{name}" : Pseudonym;
}

/// <summary>What the coordinator's board filters on. Empty parts match everything; consent by its label (「同意（期限切れ）」 too).</summary>
public sealed record CaseBoardFilter(
    Domain.Agencies.Field? Field = null,
    IssueTag? Tag = null,
    Guid? LeadAgencyId = null,
    string? ConsentLabel = null,
    bool UrgentOnly = false,
    bool OverdueOnly = false,
    int? ReviewWithinDays = null,
    bool NoLeadOnly = false,
    string? Search = null,
    DateOnly? ReviewFrom = null,
    DateOnly? ReviewTo = null);

/// <summary>A role past its due date, across all cases (「期限超過の役割」): its text only for readers who see the case in full.</summary>
public sealed record OverdueRoleLine(Guid CaseId, string CaseTitle, Guid RoleId, string AgencyName, string? Description, DateOnly DueDate, RoleStatus Status);

/// <summary>
/// The case page (/cases/{id}) for one reader. Everything below <see cref="Full"/> is empty for a pseudonymised reader: no
/// personal information and no free text about the case (C10).
/// </summary>
public sealed record CaseRecordView(
    CaseCardSummary Card,
    CaseSightReason Reason,
    string PseudonymisedSummary,
    bool Outreach,
    bool ParticipationSupport,
    DateOnly? ConsentExpiresOn,
    bool ConsentRenewalDue,
    IntakeView? Intake,
    ImmutableList<HouseholdMember> Household,
    ImmutableList<AssessmentVersion> Assessments,
    ImmutableList<ConsentLine> ConsentHistory,
    CarriedDirectionView? Direction,
    ImmutableList<CaseRoleView> Roles,
    CasePlanView? Plan,
    ImmutableList<TimelineItem> Timeline,
    ImmutableList<CaseMeetingView> Meetings,
    ImmutableList<LifecycleStage> NextStages)
{
    public bool Full => Card.Full;
    public Guid CaseId => Card.CaseId;
}

public sealed record IntakeView(DateOnly ReceivedOn, string ReceivingAgency, string Route, string ChiefComplaint, DateOnly? BirthDate, string Address, bool ConsentAtIntake);

public sealed record ConsentLine(int Number, string State, DateOnly Date, string? Method, string RecordedBy, ImmutableList<string> Scope,
    string? Signer, string? PaperLocation, DateOnly? ExpiresOn);

public sealed record CarriedDirectionView(string MeetingTitle, string SupportPolicy, string Watching, DateTimeOffset DecidedAt);

public sealed record CaseRoleView(Guid RoleId, string AgencyName, string Description, DateOnly DueDate, RoleStatus Status, bool Overdue, ProgressNote? LatestNote);

public sealed record CasePlanView(int Version, PlanStatus Status, ImmutableList<string> Goals);

/// <summary>A meeting that has the case on its agenda: held (with what it decided) or coming.</summary>
public sealed record CaseMeetingView(Guid MeetingId, string Title, DateTimeOffset StartsAt, string Status, string? SupportPolicy);

/// <summary>One line of the 支援経過記録 timeline: when, what kind, by whom, and what (text only for a full reader).</summary>
public sealed record TimelineItem(DateTimeOffset At, DateOnly? Date, string Kind, string By, string Text);

/// <summary>A meeting still being prepared, where the 事務局 may put the case from its card.</summary>
public sealed record AgendaTarget(Guid MeetingId, string Title, DateTimeOffset StartsAt, bool NeedsConsent);

/// <summary>
/// One column of the board (a 段階): how many cases of the filter are at that stage, and the first of them by pseudonym —
/// as many as the reader has asked to see (<paramref name="Shown"/>, 50 more with each 「さらに表示」).
/// </summary>
public sealed record CaseBoardColumn(LifecycleStage Stage, int Count, int Shown, ImmutableList<CaseCardSummary> Cards)
{
    public int Remaining => Count - Cards.Count;
}

/// <summary>The board as one reader sees it with one filter: a column per stage, in the stages' order.</summary>
public sealed record CaseBoardView(ImmutableList<CaseBoardColumn> Columns)
{
    public int Total => Columns.Sum(c => c.Count);

    public CaseBoardColumn Column(LifecycleStage stage) => Columns.Single(c => c.Stage == stage);
}

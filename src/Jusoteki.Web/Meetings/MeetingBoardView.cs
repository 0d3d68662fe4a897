using System.Collections.Immutable;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// The live board of one meeting as one participant may see it: every card has passed the consent gate for that viewer.
/// <see cref="LastSequence"/> is the last journal entry folded in.
/// </summary>
public sealed record MeetingBoardView(
    Guid MeetingId,
    string Title,
    MeetingKind Kind,
    DateTimeOffset StartsAt,
    string Place,
    MeetingStatus Status,
    Guid? FocusCaseId,
    long LastSequence,
    ImmutableList<CaseCardView> Cards,
    ImmutableList<ParticipantView> Participants,
    ViewerView Viewer,
    ImmutableDictionary<Guid, string> AgencyNames)
{
    public bool IsReadOnly => Status == MeetingStatus.Closed;

    public string AgencyName(Guid? agencyId) => agencyId is { } id && AgencyNames.TryGetValue(id, out var name) ? name : "（不明な機関）";

    public CaseCardView? Card(Guid caseId) => Cards.Find(c => c.CaseId == caseId);

    /// <summary>The gate's decision for this viewer, as held on the card; a case not on the board is seen pseudonymised.</summary>
    public Visibility VisibilityOf(Guid caseId) => Card(caseId)?.Visibility ?? Visibility.Pseudonymised;
}

/// <summary>
/// Who is looking: their participant (if any), what the meeting lets them run, and whose 各機関の情報 they may write — all
/// decided by the domain when the board is read.
/// </summary>
public sealed record ViewerView(Guid? ParticipantId, bool IsChair, bool RunsRollCall, ImmutableHashSet<Guid> NoteAgencies)
{
    public static readonly ViewerView Outsider = new(null, false, false, []);

    public bool MayWriteNoteFor(Guid agencyId) => NoteAgencies.Contains(agencyId);
}

/// <summary>
/// One case card. <see cref="Personal"/> is null unless the gate allowed personal information; the decisions are empty and
/// <see cref="Withheld"/> is true on a pseudonymised card, so no free text about the case reaches a viewer without entitlement.
/// <see cref="RoleAgencies"/>: the agencies the domain lets the meeting hand a role, the lead or a plan goal of this case.
/// <see cref="Previous"/>: the decisions that follow the case from an earlier meeting (never on a withheld card).
/// </summary>
public sealed record CaseCardView(
    Guid CaseId,
    int Order,
    Visibility Visibility,
    bool CanEdit,
    string Pseudonym,
    string PseudonymisedSummary,
    PersonalDetails? Personal,
    ImmutableList<string> Tags,
    string? ConsentLabel,
    string? StageLabel,
    TextFieldView SupportPolicy,
    TextFieldView Watching,
    ImmutableList<AgencyNoteView> AgencyNotes,
    DateOnly? NextReviewDate,
    int NextReviewDateVersion,
    ImmutableList<string> ResourceGaps,
    Guid? LeadAgencyId,
    ImmutableList<RoleView> Roles,
    PlanView? Plan,
    ImmutableList<Guid> RoleAgencies,
    CarriedDirection? Previous = null,
    DateOnly? PreviousReviewDate = null)
{
    /// <summary>Whether the viewer may record decisions (支援方針, 見守り, 次回確認日, 社会資源の不足, 役割, 主担当, 採択): only in session.</summary>
    public bool CanDecide { get => CanEdit && field; init; }

    /// <summary>「前回まで」: what an earlier meeting decided, shown until this meeting writes its own 支援方針.</summary>
    public bool ShowsPrevious => Previous is not null && SupportPolicy.Version == 0;

    /// <summary>仮名表示: the decisions of the case are not shown to this viewer.</summary>
    public bool Withheld => !Visibility.Allows(CaseContent.Decisions);

    public bool ShowsAgencyNotes => Visibility.Allows(CaseContent.AgencyNotes);

    public AgencyNoteView? NoteOf(Guid agencyId) => AgencyNotes.Find(n => n.AgencyId == agencyId);
}

/// <summary>A versioned text of a card (支援方針, 見守り): an edit names the version it started from.</summary>
public sealed record TextFieldView(string Text, int Version, string? EditedBy, DateTimeOffset? EditedAt)
{
    public static readonly TextFieldView Empty = new("", 0, null, null);
}

/// <summary>各機関の情報 — one agency's note.</summary>
public sealed record AgencyNoteView(Guid AgencyId, string Text, int Version, string EditedBy, DateTimeOffset EditedAt);

/// <summary>One role of 役割分担 as a board and the 「担当の役割」 page show it.</summary>
public sealed record RoleView(Guid RoleId, Guid AgencyId, string Description, DateOnly DueDate, RoleStatus Status, bool Overdue,
    string ProposedBy, DateTimeOffset ProposedAt, Guid? MeetingId, ImmutableList<ProgressNote> Notes,
    string? CorrectedBy = null, DateTimeOffset? CorrectedAt = null, string? WithdrawalReason = null)
{
    public bool Withdrawn => WithdrawalReason is not null;
}

/// <summary>The latest version of the case's 支援プラン (重層的支援会議).</summary>
public sealed record PlanView(Guid PlanId, int Version, PlanStatus Status, ImmutableList<PlanGoal> Goals);

/// <summary>A participant on the roll call: attendance and pledge, never more than the meeting shares.</summary>
public sealed record ParticipantView(Guid ParticipantId, string? UserId, string DisplayName, Guid? AgencyId, MeetingRole Role, Attendance Attendance,
    PledgeKind Pledge, bool Pledged, ImmutableList<Guid> InvitedCaseIds);

/// <summary>A line of the meeting list.</summary>
/// <summary>One row of the meeting list; <see cref="Entry"/> says whether it leads to the board or to the approved minutes.</summary>
public sealed record MeetingSummaryView(Guid MeetingId, string Title, MeetingKind Kind, DateTimeOffset StartsAt, string Place, MeetingStatus Status, int CaseCount,
    Jusoteki.Domain.Access.MeetingEntry Entry);

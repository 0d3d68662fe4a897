using System.Collections.Immutable;
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
    ImmutableList<CaseCardView> Cards)
{
    public bool IsReadOnly => Status == MeetingStatus.Closed;
}

/// <summary>
/// One case card. <see cref="Personal"/> is null unless the gate allowed personal information; <see cref="Visibility"/> says
/// which card the viewer gets.
/// </summary>
public sealed record CaseCardView(
    Guid CaseId,
    int Order,
    Visibility Visibility,
    string Pseudonym,
    string PseudonymisedSummary,
    PersonalDetails? Personal,
    ImmutableList<string> Tags,
    string SupportPolicy,
    int SupportPolicyVersion,
    string? SupportPolicyEditedBy,
    DateTimeOffset? SupportPolicyEditedAt,
    string Watching,
    DateOnly? NextReviewDate,
    ImmutableList<string> ResourceGaps);

/// <summary>A line of the meeting list.</summary>
public sealed record MeetingSummaryView(Guid MeetingId, string Title, MeetingKind Kind, DateTimeOffset StartsAt, string Place, MeetingStatus Status, int CaseCount);

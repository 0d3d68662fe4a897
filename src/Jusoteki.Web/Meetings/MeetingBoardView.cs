using System.Collections.Immutable;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>The live board of one meeting as a participant sees it; <see cref="LastSequence"/> is the last journal entry folded in.</summary>
public sealed record MeetingBoardView(
    Guid MeetingId,
    string Title,
    MeetingKind Kind,
    DateTimeOffset StartsAt,
    string Place,
    MeetingStatus Status,
    long LastSequence,
    ImmutableList<CaseCardView> Cards)
{
    public bool IsReadOnly => Status == MeetingStatus.Closed;
}

/// <summary>One case card on the board.</summary>
public sealed record CaseCardView(
    Guid CaseId,
    int Order,
    string Pseudonym,
    string PersonName,
    string AgeBand,
    string Sex,
    string HouseholdSummary,
    ImmutableList<string> Tags,
    string SupportPolicy,
    int SupportPolicyVersion,
    string? SupportPolicyEditedBy,
    DateTimeOffset? SupportPolicyEditedAt);

/// <summary>A line of the meeting list.</summary>
public sealed record MeetingSummaryView(Guid MeetingId, string Title, MeetingKind Kind, DateTimeOffset StartsAt, string Place, MeetingStatus Status, int CaseCount);

using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Minutes;

/// <summary>
/// 議事録 — what a meeting decided, drafted from its journal (<see cref="MinutesDrafter"/>): the header with who attended and
/// pledged, a section per case, and the roles still open. Values, not behaviour; the free-text parts people may tidy are
/// named by <see cref="MinutesText"/> keys and kept apart (<see cref="MinutesVersion.Texts"/>).
/// </summary>
/// <remarks><see cref="WithheldOpenRoles"/> is set by <see cref="MinutesRedaction"/> only: how many open roles this reader may not see.</remarks>
public sealed record MinutesDocument(MinutesHeader Header, IReadOnlyList<MinutesCaseSection> Cases, IReadOnlyList<MinutesOpenRole> OpenRoles,
    int WithheldOpenRoles = 0);

public sealed record MinutesHeader(
    Guid MeetingId,
    string Title,
    MeetingKind Kind,
    string LegalBasis,
    DateTimeOffset StartsAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    string Place,
    string Chair,
    IReadOnlyList<string> Secretariat,
    IReadOnlyList<MinutesAttendee> Attendees);

/// <summary>
/// One participant: agency, role in the meeting, in the room or online, and (支援会議) the pledge. For 本人,
/// <see cref="PersonOfCaseId"/> names their case: their name is given only to readers who may see it.
/// </summary>
public sealed record MinutesAttendee(string Name, string Agency, string Role, string Attendance, string Pledge, Guid? PersonOfCaseId = null);

/// <summary>
/// One case. <see cref="PersonName"/> and every text about the case are personal information: a reader the consent gate does
/// not entitle gets the section with <see cref="Redacted"/> set and only the pseudonym and summary (<see cref="MinutesRedaction"/>).
/// <see cref="WithheldAgencyNotes"/>: how many 各機関の情報 a reader within the consent scope may not see (set by the redaction only).
/// </summary>
public sealed record MinutesCaseSection(
    Guid CaseId,
    int Order,
    string Pseudonym,
    string Summary,
    string? PersonName,
    string Consent,
    IReadOnlyList<MinutesNote> AgencyNotes,
    string SupportPolicy,
    string Watching,
    MinutesPlan? Plan,
    IReadOnlyList<MinutesRole> Roles,
    string? LeadAgency,
    DateOnly? NextReviewDate,
    IReadOnlyList<string> ResourceGaps,
    bool Redacted = false,
    int WithheldAgencyNotes = 0);

/// <summary>各機関の情報 as last saved in the meeting.</summary>
public sealed record MinutesNote(string Agency, string Text);

/// <summary>The 支援プラン adopted in this meeting, with its version and goals.</summary>
public sealed record MinutesPlan(int Version, IReadOnlyList<MinutesPlanGoal> Goals);

public sealed record MinutesPlanGoal(string Text, IReadOnlyList<string> Agencies);

/// <summary>
/// A role assigned (or corrected or withdrawn) in this meeting: 役割分担 as it stood when the meeting ended, with who proposed it
/// when, and each 訂正 or 取り下げ made in the meeting in the words people read (what changed, by whom, when, why).
/// </summary>
public sealed record MinutesRole(string Agency, string Description, DateOnly DueDate, bool Lead, string ProposedBy, DateTimeOffset ProposedAt,
    IReadOnlyList<string>? Corrections = null, bool Withdrawn = false)
{
    public IReadOnlyList<string> Changes => Corrections ?? [];
}

/// <summary>A role of a case on the agenda that is not done yet (at the time the minutes were drafted).</summary>
public sealed record MinutesOpenRole(string Pseudonym, string Agency, string Description, DateOnly DueDate, string Status);

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// 参加者 — someone taking part in one meeting: their agency, their role, their attendance, their pledge, and — for members
/// invited for particular agenda items (C9) — the cases they are invited for.
/// </summary>
public sealed class Participant
{
    internal Participant(Guid id, string displayName, string? userId, Guid? agencyId, MeetingRole role,
        IReadOnlyList<Guid> invitedCaseIds, Guid? personOfCaseId)
    {
        Id = id;
        DisplayName = displayName;
        UserId = userId;
        AgencyId = agencyId;
        Role = role;
        InvitedCaseIds = [.. invitedCaseIds];
        PersonOfCaseId = personOfCaseId;
    }

    // For EF Core.
    private Participant() => DisplayName = "";

    public Guid Id { get; private set; }
    public string DisplayName { get; private set; }

    /// <summary>The account behind the participant, once accounts exist.</summary>
    public string? UserId { get; private set; }

    /// <summary>The agency they speak for; none for 本人.</summary>
    public Guid? AgencyId { get; private set; }

    public MeetingRole Role { get; private set; }
    public Attendance Attendance { get; private set; }
    public PledgeKind Pledge { get; private set; }
    public DateTimeOffset? PledgedAt { get; private set; }

    /// <summary>For a standing pledge: the fiscal year (start year) it covers.</summary>
    public int? PledgeFiscalYear { get; private set; }

    /// <summary>C9 — empty: the whole agenda; otherwise only these cases.</summary>
    public List<Guid> InvitedCaseIds { get; private set; } = [];

    /// <summary>For 本人: their own case.</summary>
    public Guid? PersonOfCaseId { get; private set; }

    public bool IsInvitedFor(Guid caseId) => InvitedCaseIds.Count == 0 || InvitedCaseIds.Contains(caseId);

    /// <summary>C3 — pledged for this meeting, or a standing pledge for the meeting's fiscal year.</summary>
    public bool HasPledgedFor(int meetingFiscalYear) =>
        Pledge == PledgeKind.ThisMeeting || (Pledge == PledgeKind.StandingForFiscalYear && PledgeFiscalYear == meetingFiscalYear);

    internal void SetAttendance(Attendance attendance) => Attendance = attendance;

    internal void SetPledge(PledgeKind kind, int? fiscalYear, DateTimeOffset at)
    {
        Pledge = kind;
        PledgeFiscalYear = fiscalYear;
        PledgedAt = at;
    }
}

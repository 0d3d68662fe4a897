using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Reports;

/// <summary>
/// Who may read a 社会資源の不足's words as noted: whoever may read that case's decisions in the minutes of the meeting where
/// it was noted (C7: a pledged member, or an agency within the consent scope), or the case's record outside meetings (C10).
/// Only they see the words on the review list and approve a wording for them; the audit record is the C6 one of the display.
/// </summary>
public static class ResourceGapSight
{
    public static (bool MayRead, AuditRecord? Audit) Of(Meeting meeting, SupportCase supportCase, CaseReader reader, DateOnly today, DateTimeOffset at, string surface)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(reader);
        var inMeeting = ConsentGate.Disclose(meeting, meeting.ParticipantOf(reader.Caller.Actor.Id), supportCase, at);
        if (inMeeting.Visibility.Allows(CaseContent.Decisions)) return (true, inMeeting.Audit);
        var (sight, audit) = CaseGate.Disclose(supportCase, reader, today, at, surface);
        return sight.IsFull ? (true, audit) : (false, null);
    }
}

using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Consent;

/// <summary>
/// The consent gate (社会福祉法 第106条の6 and the 実施要綱): what may viewer V see of case C in meeting M.
/// One pure function; every read model for the UI, the hub and the minutes goes through <see cref="Disclose"/>.
/// </summary>
public static class ConsentGate
{
    public static Visibility Decide(Meeting meeting, Participant? viewer, SupportCase supportCase)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(supportCase);
        // Only the meeting's own participants, and only for cases on its agenda.
        if (viewer is null || meeting.FindParticipant(viewer.Id) is not { } participant || !meeting.HasOnAgenda(supportCase.Id))
            return Visibility.Pseudonymised;
        // C8: a 代表者会議 deals in aggregates only.
        if (meeting.Kind == MeetingKind.RepresentativesMeeting) return Visibility.Pseudonymised;
        // C4: 本人 sees their own case, and no other case's personal information.
        if (participant.Role == MeetingRole.Person)
            return participant.PersonOfCaseId == supportCase.Id ? Visibility.Scoped : Visibility.Pseudonymised;
        // C9: a member invited for particular cases sees only those.
        if (!participant.IsInvitedFor(supportCase.Id)) return Visibility.Pseudonymised;

        return meeting.Kind == MeetingKind.SupportMeeting
            ? InSupportMeeting(meeting, participant, supportCase)
            : InMultiLayeredMeeting(meeting, participant, supportCase);
    }

    /// <summary>
    /// Applies <see cref="Decide"/> and hands out only what it allows. Showing personal information of a case without
    /// consent also yields the audit record that must be stored with the display (C6).
    /// </summary>
    public static CaseDisclosure Disclose(Meeting meeting, Participant? viewer, SupportCase supportCase, DateTimeOffset at)
    {
        var visibility = Decide(meeting, viewer, supportCase);
        var personal = visibility switch
        {
            Visibility.Full => new PersonalDetails(supportCase.PersonName, [.. supportCase.Household], [.. supportCase.Consultations]),
            Visibility.Scoped => new PersonalDetails(supportCase.PersonName, [], []),
            _ => null,
        };
        var audit = personal is not null && !supportCase.HasConsentOn(meeting.Day)
            ? new Audit.AuditRecord(at, "case.personal-information-shown", viewer!.UserId ?? viewer.Id.ToString(), viewer.DisplayName,
                meeting.Id, supportCase.Id, $"{supportCase.Pseudonym}：{visibility.JapaneseName()}（同意：{supportCase.Consent.JapaneseName()}）")
            : null;
        return new CaseDisclosure(supportCase.Id, visibility, supportCase.Pseudonym, supportCase.PseudonymisedSummary, personal, audit);
    }

    // C3: without consent, personal information goes only to members bound by 守秘義務 who have pledged; with consent,
    // also to the agencies within its scope (C4).
    private static Visibility InSupportMeeting(Meeting meeting, Participant viewer, SupportCase supportCase)
    {
        if (viewer.Role.IsBoundMember() && viewer.HasPledgedFor(meeting.FiscalYear)) return Visibility.Full;
        if (supportCase.HasConsentOn(meeting.Day) && viewer.Role != MeetingRole.Observer && supportCase.IsInConsentScope(viewer.AgencyId))
            return Visibility.Full;
        return Visibility.Pseudonymised;
    }

    // C2: only while consent is 同意. C4: within its scope; the chair and 事務局 run the meeting the person consented to.
    private static Visibility InMultiLayeredMeeting(Meeting meeting, Participant viewer, SupportCase supportCase)
    {
        if (!supportCase.HasConsentOn(meeting.Day)) return Visibility.Pseudonymised;
        if (viewer.Role is MeetingRole.Chair or MeetingRole.Secretariat) return Visibility.Full;
        if (viewer.Role is MeetingRole.Member or MeetingRole.ProfessionalGuest && supportCase.IsInConsentScope(viewer.AgencyId))
            return Visibility.Full;
        return Visibility.Pseudonymised;
    }
}

/// <summary>What one viewer receives of one case: always the pseudonym, and personal details only if the gate allowed them.</summary>
public sealed record CaseDisclosure(
    Guid CaseId, Visibility Visibility, string Pseudonym, string PseudonymisedSummary, PersonalDetails? Personal, Audit.AuditRecord? Audit);

/// <summary>Personal information of a case. <see cref="Visibility.Scoped"/> carries the person's own name only.</summary>
public sealed record PersonalDetails(string PersonName, IReadOnlyList<HouseholdMember> Household, IReadOnlyList<Consultation> Consultations);

using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Consent;

/// <summary>
/// The journal as one viewer may receive it: entries about a case the viewer may not see are replaced by
/// <see cref="CaseContentWithheld"/> (same sequence number, nothing of the case), and a 本人's name is not given to those
/// who may not see their case. Every live event and every catch-up, to a circuit or a hub client, passes through here.
/// </summary>
public static class JournalRedaction
{
    public const string PersonPlaceholder = "本人";

    /// <summary>Redacts by the gate's decision for <paramref name="viewer"/> on the current meeting and cases.</summary>
    public static JournalEntry For(JournalEntry entry, Meeting meeting, Participant? viewer, IReadOnlyDictionary<Guid, SupportCase> cases) =>
        For(entry, caseId => cases.TryGetValue(caseId, out var c) ? ConsentGate.Decide(meeting, viewer, c) : Visibility.Pseudonymised);

    /// <summary>Redacts by a visibility per case already decided by the gate (e.g. the cards a viewer holds).</summary>
    public static JournalEntry For(JournalEntry entry, Func<Guid, Visibility> visibilityOf) => entry.Event switch
    {
        ICaseEvent e when !visibilityOf(e.CaseId).Allows(ContentOf(e)) => entry with { Event = new CaseContentWithheld(e.CaseId) },
        ParticipantAdded { PersonOfCaseId: not null } person =>
            entry with { Event = person with { DisplayName = NameOf(person.DisplayName, person.PersonOfCaseId, visibilityOf) } },
        _ => entry,
    };

    /// <summary>A participant's name as a viewer may read it: 本人 is named only to those who may see their own case.</summary>
    public static string NameOf(string displayName, Guid? personOfCaseId, Func<Guid, Visibility> visibilityOf) =>
        personOfCaseId is { } own && visibilityOf(own) == Visibility.Pseudonymised ? PersonPlaceholder : displayName;

    public static CaseContent ContentOf(ICaseEvent @event) => @event is AgencyNoteEdited ? CaseContent.AgencyNotes : CaseContent.Decisions;
}

using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;

namespace Jusoteki.Domain.Meetings;

/// <summary>Who may do what inside one meeting. The permission table has already said which account roles may try.</summary>
public sealed partial class Meeting
{
    /// <summary>
    /// Whether <paramref name="viewer"/> may change what the meeting records for the case: a participant who sees it in full
    /// (consent gate), while the meeting is not closed. A card shown pseudonymised or 本人表示 cannot be edited.
    /// </summary>
    public bool MayEdit(Participant? viewer, SupportCase supportCase) =>
        viewer is not null && Status != MeetingStatus.Closed && HasOnAgenda(supportCase.Id)
        && ConsentGate.Decide(this, viewer, supportCase) == Visibility.Full;

    /// <summary>
    /// Whether <paramref name="viewer"/> may record the meeting's decisions on the case now: as <see cref="MayEdit"/>, and only
    /// in session (開会中) — before the opening, agencies prepare what they know and a plan draft, nothing is decided.
    /// </summary>
    public bool MayDecide(Participant? viewer, SupportCase supportCase) => Status == MeetingStatus.Open && MayEdit(viewer, supportCase);

    /// <summary>
    /// Whether the agency may be handed a role or the lead of the case: assigning it means sharing the case with it, so one of
    /// its people in this meeting must see the case in full, or the person's consent must cover it (C3, C4, C9).
    /// </summary>
    public bool MayReceiveCase(Guid agencyId, SupportCase supportCase) =>
        supportCase.IsInConsentScope(agencyId)
        || _participants.Any(p => p.AgencyId == agencyId && ConsentGate.Decide(this, p, supportCase) == Visibility.Full);

    /// <summary>Whether the participant's notes on a case may be written by <paramref name="editor"/>: their own agency's, or any by the chair or 事務局.</summary>
    public static bool MayWriteNoteFor(Participant editor, Guid agencyId) =>
        editor.AgencyId == agencyId || RunsRollCall(editor);

    /// <summary>The chair and 事務局 take the roll call: they record attendance and paper pledges for others.</summary>
    public static bool RunsRollCall(Participant participant) => participant.Role is MeetingRole.Chair or MeetingRole.Secretariat;

    private Participant RequireParticipant(Actor actor) => ParticipantOf(actor.Id) ?? throw MeetingErrors.NotParticipant();

    private Participant RequireChair(Actor actor)
    {
        var participant = RequireParticipant(actor);
        if (participant.Role != MeetingRole.Chair) throw MeetingErrors.ChairOnly();
        return participant;
    }

    // Attendance and pledges: one's own, or the roll call of the chair or 事務局.
    private void RequireSelfOrRunsMeeting(Actor actor, Participant subject)
    {
        if (subject.UserId == actor.Id) return;
        if (!RunsRollCall(RequireParticipant(actor))) throw MeetingErrors.OnlySelfOrRunsMeeting();
    }

    /// <summary>The agenda item of a case that <paramref name="actor"/> may edit now, or the Japanese reason why not.</summary>
    private (AgendaItem Item, Participant Editor) RequireEditable(SupportCase supportCase, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        EnsureNotClosed();
        var item = FindAgendaItem(supportCase.Id);
        var editor = RequireParticipant(actor);
        if (ConsentGate.Decide(this, editor, supportCase) != Visibility.Full) throw MeetingErrors.CannotEditWithoutFullView();
        return (item, editor);
    }

    // What the meeting decides (支援方針, 見守り, 次回確認日, 社会資源の不足, 役割, 主担当, プランの採択) is decided in session;
    // before it opens, agencies may still write what they know and the 事務局 may draft a plan.
    private (AgendaItem Item, Participant Editor) RequireDecidable(SupportCase supportCase, Actor actor)
    {
        var editable = RequireEditable(supportCase, actor);
        if (Status == MeetingStatus.Preparing) throw MeetingErrors.DecisionBeforeOpen();
        return editable;
    }

    // Corrections change what was decided: only those who run the meeting, while it is open, seeing the case in full.
    private void RequireCorrector(SupportCase supportCase, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        if (Status == MeetingStatus.Closed) throw MeetingErrors.RoleCorrectionAfterClose();
        if (Status != MeetingStatus.Open) throw MeetingErrors.RoleCorrectionNotOpen();
        var (_, editor) = RequireEditable(supportCase, actor);
        if (!RunsRollCall(editor)) throw MeetingErrors.RoleCorrectionByChairOrSecretariat();
    }

    private void RequireMayReceive(Agency agency, SupportCase supportCase)
    {
        if (!MayReceiveCase(agency.Id, supportCase)) throw MeetingErrors.AgencyMayNotReceiveCase(agency.Name);
    }
}

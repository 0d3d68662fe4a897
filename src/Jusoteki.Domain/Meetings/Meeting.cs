using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// 会議 — one 支援会議, 重層的支援会議 or 代表者会議: its agenda of cases, its participants and their pledges, and what it
/// decides. Every change goes through a behaviour method that validates, then records an event in
/// <see cref="UncommittedEntries"/> and applies it; a refused command throws a <see cref="DomainException"/> and leaves
/// the meeting as it was. The journal alone is enough to rebuild the meeting (<see cref="Replay"/>).
/// This file holds its life (preparing, opening, focus, closing); who may act is in Meeting.Access.cs, the decisions per
/// case in Meeting.Decisions.cs, roles and plans in Meeting.Roles.cs.
/// </summary>
public sealed partial class Meeting
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;

    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Participant> _participants = [];
    private readonly List<JournalEntry> _uncommitted = [];

    private Meeting(Guid id)
    {
        Id = id;
        Title = Place = "";
    }

    public Guid Id { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>場所 — a room, 「オンライン」, or both.</summary>
    public string Place { get; private set; }

    public MeetingStatus Status { get; private set; }

    /// <summary>The case the chair has in focus; everyone's screen follows it.</summary>
    public Guid? FocusCaseId { get; private set; }

    /// <summary>Sequence number of the last journal entry; also the optimistic-concurrency token of the aggregate.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The agenda in its order (storage may hand the items back in any order).</summary>
    public IReadOnlyList<AgendaItem> Agenda => [.. _agenda.OrderBy(a => a.Order)];
    public IReadOnlyList<Participant> Participants => _participants;

    /// <summary>Entries produced since the meeting was loaded, to be appended to the journal by the store.</summary>
    public IReadOnlyList<JournalEntry> UncommittedEntries => _uncommitted;

    /// <summary>年度 of the meeting (start year), for standing pledges.</summary>
    public int FiscalYear => Common.FiscalYear.Of(StartsAt);

    /// <summary>The meeting's date in Japan: consent must hold on it (an expired consent counts as none).</summary>
    public DateOnly Day => JapanTime.DateOf(StartsAt);

    public bool HasOnAgenda(Guid caseId) => _agenda.Any(a => a.CaseId == caseId);

    public Participant? FindParticipant(Guid participantId) => _participants.FirstOrDefault(p => p.Id == participantId);

    /// <summary>The participant behind an account, if the account takes part in this meeting.</summary>
    public Participant? ParticipantOf(string userId) => _participants.FirstOrDefault(p => p.UserId == userId);

    public static Meeting Schedule(Guid id, MeetingKind kind, string title, DateTimeOffset startsAt, string place, Actor actor, DateTimeOffset at)
    {
        if (id == Guid.Empty) throw MeetingErrors.InvalidSchedule("会議IDが指定されていません。");
        if (!Enum.IsDefined(kind)) throw MeetingErrors.InvalidSchedule("会議の種類が正しくありません。");
        if (string.IsNullOrWhiteSpace(title)) throw MeetingErrors.InvalidSchedule("会議名を入力してください。");
        if (title.Length > TitleMaxLength) throw MeetingErrors.InvalidSchedule($"会議名は{TitleMaxLength}文字以内で入力してください。");
        if (string.IsNullOrWhiteSpace(place)) throw MeetingErrors.InvalidSchedule("開催場所を入力してください。");
        if (place.Length > PlaceMaxLength) throw MeetingErrors.InvalidSchedule($"開催場所は{PlaceMaxLength}文字以内で入力してください。");
        TextRules.RefuseForeignCharacters(title, "会議名");
        TextRules.RefuseForeignCharacters(place, "開催場所");
        DateRules.RefuseBeyondHorizon(JapanTime.DateOf(startsAt), JapanTime.DateOf(at), "開催日");

        var meeting = new Meeting(id);
        meeting.Record(new MeetingScheduled(kind, title.Trim(), startsAt, place.Trim()), actor, at);
        return meeting;
    }

    /// <summary>Rebuilds a meeting from its whole journal, as after a restart.</summary>
    public static Meeting Replay(IEnumerable<JournalEntry> journal)
    {
        Meeting? meeting = null;
        foreach (var entry in journal.OrderBy(e => e.Sequence))
        {
            meeting ??= new Meeting(entry.MeetingId);
            meeting.Apply(entry);
        }
        return meeting ?? throw MeetingErrors.NotFound();
    }

    /// <summary>
    /// Puts a case on the agenda. C2: a 重層的支援会議 takes only cases whose consent is 同意; C8: a 代表者会議 takes none.
    /// </summary>
    public JournalEntry AddToAgenda(SupportCase supportCase, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        EnsureNotClosed();
        if (Kind == MeetingKind.RepresentativesMeeting) throw MeetingErrors.NoCasesInRepresentativesMeeting();
        if (HasOnAgenda(supportCase.Id)) throw MeetingErrors.CaseAlreadyOnAgenda();
        if (Kind == MeetingKind.MultiLayeredSupportMeeting && !supportCase.HasConsentOn(JapanTime.DateOf(at))) throw MeetingErrors.ConsentRequiredForMultiLayeredMeeting();
        return Record(new CaseAddedToAgenda(supportCase.Id), actor, at);
    }

    /// <summary>
    /// C2 — a case whose consent was withdrawn (or has lapsed) leaves a 重層的支援会議 that has not closed yet, with the reason
    /// in the journal; it can be taken up again only in a 支援会議.
    /// </summary>
    public JournalEntry RemoveWithoutConsent(SupportCase supportCase, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        EnsureNotClosed();
        if (Kind != MeetingKind.MultiLayeredSupportMeeting || !HasOnAgenda(supportCase.Id)) throw MeetingErrors.CaseNotOnAgenda();
        if (supportCase.HasConsentOn(JapanTime.DateOf(at))) throw MeetingErrors.ParticipantInvalid("本人同意があるため、議題から外す理由がありません。");
        return Record(new CaseRemovedFromAgenda(supportCase.Id, RemovedWithoutConsentReason), actor, at);
    }

    public const string RemovedWithoutConsentReason = "本人同意が撤回された（または期限が切れた）ため、重層的支援会議の議題から外しました。支援会議で扱うことができます。";

    /// <summary>
    /// Adds a participant. Chair, 事務局 and members speak for an agency; 本人 names their own case; a member invited for
    /// particular cases (C9) names them, and they must be on the agenda.
    /// </summary>
    public JournalEntry AddParticipant(Guid participantId, string displayName, string? userId, Guid? agencyId, MeetingRole role,
        IEnumerable<Guid> invitedCaseIds, Guid? personOfCaseId, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        var invited = invitedCaseIds.Distinct().ToList();
        if (participantId == Guid.Empty || FindParticipant(participantId) is not null) throw MeetingErrors.ParticipantInvalid("参加者IDが正しくありません。");
        if (!Enum.IsDefined(role)) throw MeetingErrors.ParticipantInvalid("会議での役割が正しくありません。");
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100) throw MeetingErrors.ParticipantInvalid("参加者の氏名を1〜100文字で入力してください。");
        TextRules.RefuseForeignCharacters(displayName, "参加者の氏名");
        if (userId is not null && _participants.Any(p => p.UserId == userId)) throw MeetingErrors.ParticipantInvalid("この利用者はすでに参加者です。");
        if (role.IsBoundMember() && agencyId is null) throw MeetingErrors.ParticipantInvalid("議長・事務局・構成員には所属機関を指定してください。");
        if (role == MeetingRole.Chair && _participants.Any(p => p.Role == MeetingRole.Chair)) throw MeetingErrors.ParticipantInvalid("議長はすでに決まっています。");
        if (role == MeetingRole.Person && (personOfCaseId is not { } own || !HasOnAgenda(own) || agencyId is not null))
            throw MeetingErrors.ParticipantInvalid("本人の参加には、議題にある本人のケースを指定してください。");
        if (role != MeetingRole.Person && personOfCaseId is not null) throw MeetingErrors.ParticipantInvalid("本人以外の参加者にケースは結び付けられません。");
        if (invited.Any(c => !HasOnAgenda(c))) throw MeetingErrors.CaseNotOnAgenda();
        return Record(new ParticipantAdded(participantId, displayName.Trim(), userId, agencyId, role, invited, personOfCaseId), actor, at);
    }

    /// <summary>出欠 — recorded by the participant, or at the roll call by the chair or 事務局.</summary>
    public JournalEntry RecordAttendance(Guid participantId, Attendance attendance, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        var participant = FindParticipant(participantId) ?? throw MeetingErrors.ParticipantNotFound();
        RequireSelfOrRunsMeeting(actor, participant);
        if (!Enum.IsDefined(attendance) || attendance == Attendance.NotRecorded) throw MeetingErrors.ParticipantInvalid("出欠を選んでください。");
        if (participant.Attendance == attendance) throw MeetingErrors.ParticipantInvalid("出欠が変わっていません。");
        return Record(new AttendanceRecorded(participantId, attendance), actor, at);
    }

    /// <summary>
    /// C3 — 守秘義務の誓約 in a 支援会議: for this meeting, or standing for the meeting's fiscal year. Recorded by the
    /// participant, or by the chair or 事務局 for a member who signed the paper pledge in the room.
    /// </summary>
    public JournalEntry RecordPledge(Guid participantId, PledgeKind kind, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        if (Kind != MeetingKind.SupportMeeting) throw MeetingErrors.PledgeOnlyInSupportMeeting();
        var participant = FindParticipant(participantId) ?? throw MeetingErrors.ParticipantNotFound();
        RequireSelfOrRunsMeeting(actor, participant);
        if (kind == PledgeKind.None || !Enum.IsDefined(kind)) throw MeetingErrors.ParticipantInvalid("誓約の種類を選んでください。");
        if (participant.HasPledgedFor(FiscalYear)) throw MeetingErrors.PledgeAlreadyRecorded();
        return Record(new PledgeRecorded(participantId, kind, kind == PledgeKind.StandingForFiscalYear ? FiscalYear : null), actor, at);
    }

    /// <summary>開会: 準備 → 開会, by the meeting's chair.</summary>
    public JournalEntry Open(Actor actor, DateTimeOffset at)
    {
        RequireChair(actor);
        if (Status != MeetingStatus.Preparing) throw MeetingErrors.CannotOpen();
        return Record(new MeetingOpened(), actor, at);
    }

    /// <summary>
    /// 閉会: 開会 → 閉会, by the meeting's chair. The meeting is read-only afterwards, and what it decided carries on in
    /// each case (<paramref name="agendaCases"/>: every case on the agenda): the 次回確認日, and 支援中 for a case whose
    /// direction and 主担当機関 are decided (<see cref="SupportCase.ConcludeMeeting"/>).
    /// </summary>
    public JournalEntry Close(IReadOnlyCollection<SupportCase> agendaCases, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agendaCases);
        RequireChair(actor);
        if (Status != MeetingStatus.Open) throw MeetingErrors.CannotClose();
        if (_agenda.Any(a => agendaCases.All(c => c.Id != a.CaseId))) throw new ArgumentException("Every case on the agenda must be given.", nameof(agendaCases));

        foreach (var supportCase in agendaCases.Where(c => HasOnAgenda(c.Id)))
        {
            var item = FindAgendaItem(supportCase.Id);
            var planAdoptedHere = supportCase.Plans.Any(p => p.AdoptedInMeetingId == Id);
            supportCase.ConcludeMeeting(Id, Title, item.NextReviewDate, item.SupportPolicy, item.Watching, item.SupportPolicyVersion > 0 || planAdoptedHere, actor, at);
        }
        return Record(new MeetingClosed(), actor, at);
    }

    /// <summary>The chair puts an agenda case in focus (or clears it) while the meeting is open.</summary>
    public JournalEntry SetFocus(Guid? caseId, Actor actor, DateTimeOffset at)
    {
        RequireChair(actor);
        if (Status != MeetingStatus.Open) throw MeetingErrors.NotOpen();
        if (caseId is { } id && !HasOnAgenda(id)) throw MeetingErrors.CaseNotOnAgenda();
        if (caseId == FocusCaseId) throw MeetingErrors.FocusUnchanged();
        return Record(new FocusChanged(caseId), actor, at);
    }

    /// <summary>Called by the store once the uncommitted entries are durably in the journal.</summary>
    public void MarkCommitted() => _uncommitted.Clear();

    private JournalEntry Record(MeetingEvent @event, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new JournalEntry(Id, LastSequence + 1, at, actor, @event);
        Apply(entry);
        _uncommitted.Add(entry);
        return entry;
    }

    private void Apply(JournalEntry entry)
    {
        switch (entry.Event)
        {
            case MeetingScheduled scheduled:
                (Kind, Title, StartsAt, Place, Status) = (scheduled.Kind, scheduled.Title, scheduled.StartsAt, scheduled.Place, MeetingStatus.Preparing);
                break;
            case CaseAddedToAgenda added:
                _agenda.Add(new AgendaItem(added.CaseId, _agenda.Count == 0 ? 1 : _agenda.Max(a => a.Order) + 1));
                break;
            case CaseRemovedFromAgenda removed:
                _agenda.RemoveAll(a => a.CaseId == removed.CaseId);
                if (FocusCaseId == removed.CaseId) FocusCaseId = null;
                break;
            case ParticipantAdded p:
                _participants.Add(new Participant(p.ParticipantId, p.DisplayName, p.UserId, p.AgencyId, p.Role, p.InvitedCaseIds, p.PersonOfCaseId));
                break;
            case AttendanceRecorded attendance:
                FindParticipant(attendance.ParticipantId)!.SetAttendance(attendance.Attendance);
                break;
            case PledgeRecorded pledge:
                FindParticipant(pledge.ParticipantId)!.SetPledge(pledge.Kind, pledge.FiscalYear, entry.OccurredAt);
                break;
            case MeetingOpened:
                Status = MeetingStatus.Open;
                break;
            case MeetingClosed:
                Status = MeetingStatus.Closed;
                FocusCaseId = null;
                break;
            case FocusChanged focus:
                FocusCaseId = focus.CaseId;
                break;
            case ICaseEvent caseEvent:
                FindAgendaItem(caseEvent.CaseId).Apply(caseEvent, entry);
                break;
            default:
                throw new InvalidOperationException($"Unknown meeting event {entry.Event.GetType().Name}.");
        }
        LastSequence = entry.Sequence;
    }

    private void EnsureNotClosed()
    {
        if (Status == MeetingStatus.Closed) throw MeetingErrors.Closed();
    }

    private AgendaItem FindAgendaItem(Guid caseId) => _agenda.FirstOrDefault(a => a.CaseId == caseId) ?? throw MeetingErrors.CaseNotOnAgenda();
}

using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// 会議 — one 支援会議 or 重層的支援会議 and its agenda of cases. Every change goes through a behaviour method that
/// validates, then records an event in <see cref="UncommittedEntries"/> and applies it; a refused command throws a
/// <see cref="DomainException"/> and leaves the meeting as it was.
/// </summary>
public sealed class Meeting
{
    public const int SupportPolicyMaxLength = 4000;
    public const int TitleMaxLength = 200;

    private readonly List<AgendaItem> _agenda = [];
    private readonly List<JournalEntry> _uncommitted = [];

    private Meeting(Guid id, MeetingKind kind, string title, DateTimeOffset startsAt, string place)
    {
        Id = id;
        Kind = kind;
        Title = title;
        StartsAt = startsAt;
        Place = place;
        Status = MeetingStatus.Preparing;
    }

    public Guid Id { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>場所 — a room, 「オンライン」, or both.</summary>
    public string Place { get; private set; }

    public MeetingStatus Status { get; private set; }

    /// <summary>Sequence number of the last journal entry; also the optimistic-concurrency token of the aggregate.</summary>
    public long LastSequence { get; private set; }

    public IReadOnlyList<AgendaItem> Agenda => _agenda;

    /// <summary>Entries produced since the meeting was loaded, to be appended to the journal by the store.</summary>
    public IReadOnlyList<JournalEntry> UncommittedEntries => _uncommitted;

    public static Meeting Schedule(Guid id, MeetingKind kind, string title, DateTimeOffset startsAt, string place, IEnumerable<Guid> agendaCaseIds)
    {
        if (id == Guid.Empty) throw MeetingErrors.InvalidSchedule("会議IDが指定されていません。");
        if (string.IsNullOrWhiteSpace(title)) throw MeetingErrors.InvalidSchedule("会議名を入力してください。");
        if (title.Length > TitleMaxLength) throw MeetingErrors.InvalidSchedule($"会議名は{TitleMaxLength}文字以内で入力してください。");
        if (string.IsNullOrWhiteSpace(place)) throw MeetingErrors.InvalidSchedule("開催場所を入力してください。");
        var caseIds = agendaCaseIds.ToList();
        if (caseIds.Distinct().Count() != caseIds.Count) throw MeetingErrors.InvalidSchedule("同じケースが議題に重複しています。");

        var meeting = new Meeting(id, kind, title.Trim(), startsAt, place.Trim());
        for (var i = 0; i < caseIds.Count; i++) meeting._agenda.Add(new AgendaItem(caseIds[i], i + 1));
        return meeting;
    }

    /// <summary>開会: 準備 → 開会.</summary>
    public JournalEntry Open(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != MeetingStatus.Preparing) throw MeetingErrors.CannotOpen();
        return Record(new MeetingOpened(), actor, at);
    }

    /// <summary>閉会: 開会 → 閉会. The meeting is read-only afterwards.</summary>
    public JournalEntry Close(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != MeetingStatus.Open) throw MeetingErrors.CannotClose();
        return Record(new MeetingClosed(), actor, at);
    }

    /// <summary>
    /// Edits the 支援方針 of an agenda case. <paramref name="baseVersion"/> is the version the editor started from:
    /// if someone saved in between, the edit is refused rather than silently overwriting theirs.
    /// </summary>
    public JournalEntry EditSupportPolicy(Guid caseId, string text, int baseVersion, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureNotClosed();
        var item = FindAgendaItem(caseId);
        if (string.IsNullOrWhiteSpace(text)) throw MeetingErrors.SupportPolicyEmpty();
        if (text.Length > SupportPolicyMaxLength) throw MeetingErrors.SupportPolicyTooLong();
        if (baseVersion != item.SupportPolicyVersion) throw MeetingErrors.SupportPolicyConflict();
        if (text == item.SupportPolicy) throw MeetingErrors.SupportPolicyUnchanged();

        return Record(new SupportPolicyEdited(caseId, text, item.SupportPolicyVersion + 1), actor, at);
    }

    /// <summary>Called by the store once the uncommitted entries are durably in the journal.</summary>
    public void MarkCommitted() => _uncommitted.Clear();

    private JournalEntry Record(MeetingEvent @event, Actor actor, DateTimeOffset at)
    {
        var entry = new JournalEntry(Id, LastSequence + 1, at, actor, @event);
        Apply(entry);
        _uncommitted.Add(entry);
        return entry;
    }

    private void Apply(JournalEntry entry)
    {
        switch (entry.Event)
        {
            case MeetingOpened:
                Status = MeetingStatus.Open;
                break;
            case MeetingClosed:
                Status = MeetingStatus.Closed;
                break;
            case SupportPolicyEdited edited:
                FindAgendaItem(edited.CaseId).Apply(edited, entry);
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

    private AgendaItem FindAgendaItem(Guid caseId) =>
        _agenda.FirstOrDefault(a => a.CaseId == caseId) ?? throw MeetingErrors.CaseNotOnAgenda();
}

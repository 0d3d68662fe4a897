using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Minutes;

/// <summary>The state of one version of the minutes.</summary>
public enum MinutesStatus
{
    /// <summary>下書き — the 事務局 and chair may tidy its free text.</summary>
    Draft,
    /// <summary>承認済み — locked; a correction makes a new version.</summary>
    Approved,
}

/// <summary>One version: the drafted document, the tidied free text, and its approval or the reason it was made.</summary>
public sealed record MinutesVersion(int Number, MinutesDocument Document, IReadOnlyDictionary<string, string> Texts, MinutesStatus Status,
    string? CorrectionReason, string CreatedBy, DateTimeOffset CreatedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt);

/// <summary>
/// 議事録 of one meeting (its id is the meeting's): versions, each drafted, tidied by the 事務局 or chair, approved by the chair
/// and then locked; a correction is a new version with its reason, and every earlier version stays readable.
/// Every change is a <see cref="MinutesEvent"/> in its history; a refused command throws and changes nothing.
/// </summary>
public sealed class MeetingMinutes
{
    public const int ReasonMaxLength = 500;

    private readonly List<MinutesVersion> _versions = [];
    private readonly List<MinutesHistoryEntry> _uncommitted = [];

    private MeetingMinutes(Guid meetingId) => MeetingId = meetingId;

    public Guid MeetingId { get; private set; }

    public long LastSequence { get; private set; }

    public IReadOnlyList<MinutesVersion> Versions => _versions;

    public MinutesVersion Current => _versions[^1];

    /// <summary>The latest approved version, which readers outside the meeting's staff see.</summary>
    public MinutesVersion? Approved => _versions.LastOrDefault(v => v.Status == MinutesStatus.Approved);

    public IReadOnlyList<MinutesHistoryEntry> UncommittedEntries => _uncommitted;

    /// <summary>Starts the minutes of a closed meeting from its draft; only its chair or 事務局 may.</summary>
    public static MeetingMinutes Start(Meeting meeting, MinutesDocument draft, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status != MeetingStatus.Closed) throw MinutesErrors.MeetingNotClosed();
        RequireEditor(meeting, actor);
        var minutes = new MeetingMinutes(meeting.Id);
        minutes.Record(new MinutesStarted(draft), actor, at);
        return minutes;
    }

    public static MeetingMinutes Replay(IEnumerable<MinutesHistoryEntry> history)
    {
        MeetingMinutes? minutes = null;
        foreach (var entry in history.OrderBy(e => e.Sequence))
        {
            minutes ??= new MeetingMinutes(entry.MeetingId);
            minutes.Apply(entry);
        }
        return minutes ?? throw MinutesErrors.NotFound();
    }

    /// <summary>
    /// Tidies a free-text part of the current draft (<see cref="MinutesText"/>): only a part about a case the editor sees in
    /// full through the consent gate — nobody rewrites what they may not read.
    /// </summary>
    public MinutesHistoryEntry EditText(int version, string key, string text, Meeting meeting, IReadOnlyDictionary<Guid, SupportCase> cases,
        Actor actor, DateTimeOffset at)
    {
        RequireEditor(meeting, actor);
        var current = RequireCurrentDraft(version);
        var section = current.Document.Cases.FirstOrDefault(c => MinutesText.DiscussionKey(c.CaseId) == key) ?? throw MinutesErrors.UnknownPart();
        if (!cases.TryGetValue(section.CaseId, out var supportCase) || ConsentGate.Decide(meeting, meeting.ParticipantOf(actor.Id), supportCase) != Visibility.Full)
            throw MinutesErrors.CannotEditWithoutFullView();
        text = (text ?? "").Trim();
        if (text.Length > MinutesText.MaxLength) throw MinutesErrors.TextTooLong();
        TextRules.RefuseForeignCharacters(text, "議事録の本文", multiline: true);
        if (current.Texts.TryGetValue(key!, out var before) && before == text) throw MinutesErrors.Unchanged();
        return Record(new MinutesTextEdited(version, key!, text), actor, at);
    }

    /// <summary>承認 by the meeting's chair: the version is locked.</summary>
    public MinutesHistoryEntry Approve(int version, Meeting meeting, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.ParticipantOf(actor.Id) is not { Role: MeetingRole.Chair }) throw MinutesErrors.OnlyChair();
        var target = _versions.FirstOrDefault(v => v.Number == version) ?? throw MinutesErrors.VersionNotFound();
        if (target.Status == MinutesStatus.Approved) throw MinutesErrors.AlreadyApproved();
        if (target.Number != Current.Number) throw MinutesErrors.NotCurrent();
        return Record(new MinutesApproved(version), actor, at);
    }

    /// <summary>訂正: a new draft version of the approved minutes, with the reason; the approved version stays as it was.</summary>
    public MinutesHistoryEntry Correct(string reason, Meeting meeting, Actor actor, DateTimeOffset at)
    {
        RequireEditor(meeting, actor);
        if (Current.Status != MinutesStatus.Approved) throw MinutesErrors.NothingToCorrect();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength) throw MinutesErrors.ReasonRequired();
        TextRules.RefuseForeignCharacters(reason, "訂正の理由", multiline: true);
        return Record(new MinutesCorrectionStarted(Current.Number + 1, reason.Trim()), actor, at);
    }

    public void MarkCommitted() => _uncommitted.Clear();

    /// <summary>Whether the account is the meeting's chair or 事務局, who keep its record.</summary>
    public static bool IsEditor(Meeting meeting, string userId) =>
        meeting.ParticipantOf(userId) is { Role: MeetingRole.Chair or MeetingRole.Secretariat };

    private static void RequireEditor(Meeting meeting, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsEditor(meeting, actor.Id)) throw MinutesErrors.OnlyChairOrSecretariat();
    }

    private MinutesVersion RequireCurrentDraft(int version)
    {
        var target = _versions.FirstOrDefault(v => v.Number == version) ?? throw MinutesErrors.VersionNotFound();
        if (target.Status == MinutesStatus.Approved) throw MinutesErrors.Locked();
        if (target.Number != Current.Number) throw MinutesErrors.NotCurrent();
        return target;
    }

    private MinutesHistoryEntry Record(MinutesEvent @event, Actor actor, DateTimeOffset at)
    {
        var entry = new MinutesHistoryEntry(MeetingId, LastSequence + 1, at, actor, @event);
        Apply(entry);
        _uncommitted.Add(entry);
        return entry;
    }

    private void Apply(MinutesHistoryEntry entry)
    {
        var by = entry.Actor.DisplayName;
        switch (entry.Event)
        {
            case MinutesStarted started:
                _versions.Add(new MinutesVersion(1, started.Document, new Dictionary<string, string>(), MinutesStatus.Draft, null, by, entry.OccurredAt, null, null));
                break;
            case MinutesTextEdited edited:
                Replace(edited.Version, v => v with { Texts = new Dictionary<string, string>(v.Texts) { [edited.Key] = edited.Text } });
                break;
            case MinutesApproved approved:
                Replace(approved.Version, v => v with { Status = MinutesStatus.Approved, ApprovedBy = by, ApprovedAt = entry.OccurredAt });
                break;
            case MinutesCorrectionStarted correction:
                _versions.Add(Current with
                {
                    Number = correction.Version, Status = MinutesStatus.Draft, CorrectionReason = correction.Reason,
                    CreatedBy = by, CreatedAt = entry.OccurredAt, ApprovedBy = null, ApprovedAt = null,
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown minutes event {entry.Event.GetType().Name}.");
        }
        LastSequence = entry.Sequence;
    }

    private void Replace(int number, Func<MinutesVersion, MinutesVersion> change)
    {
        var index = _versions.FindIndex(v => v.Number == number);
        _versions[index] = change(_versions[index]);
    }
}

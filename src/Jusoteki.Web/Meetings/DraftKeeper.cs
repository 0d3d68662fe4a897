using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Jusoteki.Web.Meetings;

/// <summary>Text typed into a field and not yet saved, with the version it started from.</summary>
public sealed record Draft(FieldKey Field, string Text, int BaseVersion);

/// <summary>
/// Unsaved text of each person's open editors, kept on the server while they type. If their browser loses its circuit (a
/// sleeping laptop, a dropped network) the board they open again restores the text in its editor, marked as not saved —
/// never lost silently. In memory only: nothing is left behind on a shared meeting-room PC, and a server restart forgets it
/// (several servers keep it in Redis for a while: <see cref="Cluster.RedisDraftKeeper"/>).
/// </summary>
public sealed class DraftKeeper : IDraftKeeper
{
    private readonly ConcurrentDictionary<(string UserId, Guid MeetingId), ImmutableDictionary<FieldKey, Draft>> _drafts = new();

    public void Keep(string userId, Guid meetingId, Draft draft) =>
        _drafts.AddOrUpdate((userId, meetingId), _ => ImmutableDictionary<FieldKey, Draft>.Empty.Add(draft.Field, draft), (_, kept) => kept.SetItem(draft.Field, draft));

    public void Forget(string userId, Guid meetingId, FieldKey field) =>
        _drafts.AddOrUpdate((userId, meetingId), _ => ImmutableDictionary<FieldKey, Draft>.Empty, (_, kept) => kept.Remove(field));

    public Task<IReadOnlyList<Draft>> KeptAsync(string userId, Guid meetingId) =>
        Task.FromResult<IReadOnlyList<Draft>>(_drafts.TryGetValue((userId, meetingId), out var kept) ? [.. kept.Values] : []);
}

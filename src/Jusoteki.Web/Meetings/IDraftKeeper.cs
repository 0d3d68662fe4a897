namespace Jusoteki.Web.Meetings;

/// <summary>Unsaved text per (person, meeting): <see cref="DraftKeeper"/> in one process, <see cref="Cluster.RedisDraftKeeper"/> across servers.</summary>
public interface IDraftKeeper
{
    /// <summary>Called while someone types: must not wait on anything.</summary>
    void Keep(string userId, Guid meetingId, Draft draft);

    void Forget(string userId, Guid meetingId, FieldKey field);

    Task<IReadOnlyList<Draft>> KeptAsync(string userId, Guid meetingId);
}

namespace Jusoteki.Infrastructure.Feed;

/// <summary>
/// A case changed: a role's status or progress note between meetings, a consent, a stage. Boards that show the case read
/// it again through the consent gate. <see cref="InMeetingId"/> names the meeting whose command changed it, whose own
/// journal already carries the change to its board.
/// </summary>
public sealed record CaseChanged(Guid CaseId, Guid? InMeetingId);

/// <summary>Carries <see cref="CaseChanged"/> to every open board and 「担当の役割」 page; best effort, like <see cref="IMeetingFeed"/>.</summary>
public interface ICaseFeed
{
    /// <summary>The handler is called on the publisher's thread (in memory) or the feed's delivery thread (Redis): it must be quick and must not block.</summary>
    IDisposable Subscribe(Action<CaseChanged> onChanged);

    Task PublishAsync(CaseChanged change, CancellationToken ct = default);
}

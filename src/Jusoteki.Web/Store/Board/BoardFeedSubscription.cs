using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;

namespace Jusoteki.Web.Store.Board;

/// <summary>
/// The circuit's subscription to the feed of the meeting it shows. Scoped: it ends with the circuit.
/// Redaction per viewer (the consent gate) will sit here, between the feed and the store.
/// </summary>
public sealed class BoardFeedSubscription(IMeetingFeed feed) : IDisposable
{
    private IDisposable? _current;

    public void Follow(Guid meetingId, IDispatcher dispatcher)
    {
        _current?.Dispose();
        _current = feed.Subscribe(meetingId, entries => dispatcher.Dispatch(new JournalEntriesReceived(meetingId, entries)));
    }

    public void Dispose()
    {
        _current?.Dispose();
        _current = null;
    }
}

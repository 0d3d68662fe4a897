using System.Collections.Concurrent;
using Jusoteki.Infrastructure.Feed;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>Relays a meeting's feed to the hub group of that meeting, from the first time anyone joins it over the hub.</summary>
public sealed class MeetingHubRelay(IMeetingFeed feed, IHubContext<MeetingHub> hub) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, IDisposable> _relays = new();

    public static string GroupOf(Guid meetingId) => $"meeting:{meetingId}";

    public void EnsureRelayed(Guid meetingId) =>
        _relays.GetOrAdd(meetingId, id => feed.Subscribe(id, entries =>
            _ = hub.Clients.Group(GroupOf(id)).SendAsync(MeetingHub.JournalEntriesMethod, entries.Select(HubJournalEntry.From).ToList())));

    public void Dispose()
    {
        foreach (var relay in _relays.Values) relay.Dispose();
        _relays.Clear();
    }
}

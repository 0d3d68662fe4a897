using System.Collections.Concurrent;
using System.Threading.Channels;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// Relays a meeting's feed to each hub connection that joined it, redacted for that connection by the consent gate on the
/// meeting and cases as they are now, and for the account as it is now: a connection whose account was disabled or changed
/// gets nothing more and is closed (<see cref="AccountValidity"/>). Batches are handled one at a time per meeting, so every
/// connection receives the entries in sequence order. A case changed outside the meeting is announced as <see cref="MeetingHub.CaseChangedMethod"/>.
/// </summary>
public sealed class MeetingHubRelay(IMeetingFeed feed, ICaseFeed caseFeed, IHubContext<MeetingHub> hub, MeetingQueries queries,
    AccountValidity validity, ILogger<MeetingHubRelay> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Relay> _relays = new();

    public void Add(Guid meetingId, HubCallerContext connection) =>
        _relays.GetOrAdd(meetingId, Start).Connections[connection.ConnectionId] = connection;

    public void Remove(string connectionId)
    {
        foreach (var relay in _relays.Values) relay.Connections.TryRemove(connectionId, out _);
    }

    public void Dispose()
    {
        foreach (var relay in _relays.Values) relay.Stop();
        _relays.Clear();
    }

    private Relay Start(Guid meetingId)
    {
        var relay = new Relay(meetingId);
        relay.Subscriptions.Add(feed.Subscribe(meetingId, entries => relay.Batches.Writer.TryWrite(entries)));
        relay.Subscriptions.Add(caseFeed.Subscribe(change => _ = AnnounceAsync(relay, change)));
        _ = Task.Run(() => PumpAsync(relay));
        return relay;
    }

    private async Task PumpAsync(Relay relay)
    {
        await foreach (var entries in relay.Batches.Reader.ReadAllAsync())
        {
            try
            {
                if (relay.Connections.IsEmpty) continue;
                var (meeting, cases) = await queries.LoadAsync(relay.MeetingId) ?? throw MeetingErrors.NotFound();
                foreach (var (connectionId, connection) in relay.Connections)
                {
                    if (await CallerOf(relay, connectionId, connection) is not { } caller) continue;
                    var viewer = meeting.ParticipantOf(caller.Actor.Id);
                    var redacted = entries.Select(e => HubJournalEntry.From(JournalRedaction.For(e, meeting, viewer, cases))).ToList();
                    await hub.Clients.Client(connectionId).SendAsync(MeetingHub.JournalEntriesMethod, redacted);
                }
            }
            catch (Exception e)
            {
                // A client that misses a batch sees the gap in sequence numbers and catches up (CatchUp).
                logger.LogWarning(e, "Relaying entries of meeting {MeetingId} to hub clients failed.", relay.MeetingId);
            }
        }
    }

    private async Task AnnounceAsync(Relay relay, CaseChanged change)
    {
        if (change.InMeetingId == relay.MeetingId || relay.Connections.IsEmpty) return;
        try
        {
            if (await queries.LoadAsync(relay.MeetingId) is not { } loaded || !loaded.Meeting.HasOnAgenda(change.CaseId)) return;
            var valid = new List<string>();
            foreach (var (connectionId, connection) in relay.Connections)
                if (await CallerOf(relay, connectionId, connection) is not null) valid.Add(connectionId);
            await hub.Clients.Clients(valid).SendAsync(MeetingHub.CaseChangedMethod, change.CaseId);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Announcing a change of case {CaseId} to hub clients failed.", change.CaseId);
        }
    }

    // The caller as the account is now (its current role and agency), or null: then the connection is dropped and closed.
    private async Task<Caller?> CallerOf(Relay relay, string connectionId, HubCallerContext connection)
    {
        if (await validity.CurrentCallerAsync(connection.User ?? new()) is { } caller) return caller;
        relay.Connections.TryRemove(connectionId, out _);
        connection.Abort();
        return null;
    }

    private sealed class Relay(Guid meetingId)
    {
        public Guid MeetingId { get; } = meetingId;
        public ConcurrentDictionary<string, HubCallerContext> Connections { get; } = new();
        public Channel<IReadOnlyList<JournalEntry>> Batches { get; } = Channel.CreateUnbounded<IReadOnlyList<JournalEntry>>(new() { SingleReader = true });
        public List<IDisposable> Subscriptions { get; } = [];

        public void Stop()
        {
            foreach (var subscription in Subscriptions) subscription.Dispose();
            Batches.Writer.TryComplete();
        }
    }
}

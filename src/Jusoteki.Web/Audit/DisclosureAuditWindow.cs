using System.Collections.Concurrent;
using Jusoteki.Domain.Audit;

namespace Jusoteki.Web.Audit;

/// <summary>
/// C6 once per reader, meeting and case within <see cref="Window"/>, for surfaces that cannot tell one visit from the next
/// (the board loaded again by a hub JoinMeeting, a reconnect or a catch-up): 200 joins write one record per case, not 800.
/// The first display is always recorded; an unconsented case shown again to the same reader later than the window is recorded again.
/// </summary>
public sealed class DisclosureAuditWindow(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<(string Actor, Guid? Meeting, Guid? Case), DateTimeOffset> _recorded = new();

    /// <summary>The records not already made for the same reader, meeting and case within the window.</summary>
    public IReadOnlyList<AuditRecord> Fresh(IEnumerable<AuditRecord> records)
    {
        var now = clock.GetUtcNow();
        var fresh = new List<AuditRecord>();
        foreach (var record in records)
        {
            var key = (record.ActorId, record.MeetingId, record.CaseId);
            var claimed = false;
            _recorded.AddOrUpdate(key, _ => { claimed = true; return now; }, (_, last) =>
            {
                claimed = now - last >= Window;
                return claimed ? now : last;
            });
            if (claimed) fresh.Add(record);
        }
        if (_recorded.Count > 50_000) foreach (var old in _recorded.Where(e => now - e.Value >= Window)) _recorded.TryRemove(old.Key, out _);
        return fresh;
    }
}

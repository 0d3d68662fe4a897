using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// The real-time API for clients that are not a Blazor circuit (a remote agency tool, tests, the benchmark): the same
/// use-case services, the same permission table and consent gate, the same Japanese refusals.
/// </summary>
[Authorize]
public sealed class MeetingHub(MeetingQueries queries, MeetingCommands commands, MeetingHubRelay relay) : Hub
{
    public const string Path = "/hubs/meeting";
    public const string JournalEntriesMethod = "JournalEntries";

    /// <summary>Joins a meeting: returns the board as this caller may see it and sends the meeting's new entries from now on.</summary>
    public async Task<MeetingBoardView> JoinMeeting(Guid meetingId)
    {
        var board = await Run(() => queries.GetBoardAsync(meetingId, Caller)) ?? throw new HubException("指定された会議が見つかりません。");
        relay.EnsureRelayed(meetingId);
        await Groups.AddToGroupAsync(Context.ConnectionId, MeetingHubRelay.GroupOf(meetingId));
        Joined.Add(meetingId);
        return board;
    }

    /// <summary>Entries after <paramref name="afterSequence"/>: what a reconnecting client missed.</summary>
    public async Task<IReadOnlyList<HubJournalEntry>> CatchUp(Guid meetingId, long afterSequence)
    {
        RequireJoined(meetingId);
        var entries = await Run(() => queries.ReadJournalAfterAsync(meetingId, afterSequence, Caller));
        return [.. entries.Select(HubJournalEntry.From)];
    }

    public async Task<long> EditSupportPolicy(Guid meetingId, Guid caseId, string text, int baseVersion)
    {
        RequireJoined(meetingId);
        var entries = await Run(() => commands.EditSupportPolicyAsync(meetingId, caseId, text ?? "", baseVersion, Caller));
        return entries[^1].Sequence;
    }

    private Domain.Access.Caller Caller => CurrentCaller.From(Context.User ?? new());

    private HashSet<Guid> Joined => (HashSet<Guid>)(Context.Items.TryGetValue("joined", out var set) ? set! : Context.Items["joined"] = new HashSet<Guid>());

    private void RequireJoined(Guid meetingId)
    {
        if (!Joined.Contains(meetingId)) throw new HubException("先に会議に参加してください（JoinMeeting）。");
    }

    // Refusals reach the client as their Japanese message; nothing else about the server does.
    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainException refused)
        {
            throw new HubException(refused.Message);
        }
    }
}

using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// The real-time API for clients that are not a Blazor circuit (a remote agency tool, tests, the benchmark): the same
/// use-case services, the same permission table and consent gate, the same Japanese refusals. Every command returns the
/// sequence number of its last journal entry; every refusal arrives as a <see cref="HubException"/> with its Japanese message.
/// </summary>
[Authorize]
public sealed class MeetingHub(MeetingQueries queries, MeetingCommands commands, MeetingSessionCommands session, MeetingHubRelay relay,
    Cases.CaseCommands cases,
    IMeetingPresence presence) : Hub
{
    public const string Path = "/hubs/meeting";
    public const string JournalEntriesMethod = "JournalEntries";
    public const string CaseChangedMethod = "CaseChanged";
    public const int CatchUpPageSize = 200;

    /// <summary>Joins a meeting: returns the board as this caller may see it and sends the meeting's new entries from now on.</summary>
    public async Task<MeetingBoardView> JoinMeeting(Guid meetingId)
    {
        var board = await Run(() => queries.GetBoardAsync(meetingId, Caller)) ?? throw new HubException("指定された会議が見つかりません。");
        relay.Add(meetingId, Context);
        if (Joined.Add(meetingId))
            Presences.Add(presence.Join(meetingId, Context.ConnectionId, Caller.Actor.Id, Caller.Actor.DisplayName));
        return board;
    }

    /// <summary>
    /// Entries after <paramref name="afterSequence"/>, redacted for this caller: what a reconnecting client missed. At most
    /// <see cref="CatchUpPageSize"/> at a time (a whole long journal per call let one user exhaust the server's memory):
    /// a client asks again after the last sequence it received until a page comes back shorter.
    /// </summary>
    public async Task<IReadOnlyList<HubJournalEntry>> CatchUp(Guid meetingId, long afterSequence)
    {
        RequireJoined(meetingId);
        var entries = await Run(() => queries.ReadJournalAfterAsync(meetingId, afterSequence, Caller, CatchUpPageSize));
        return [.. entries.Select(HubJournalEntry.From)];
    }

    public Task<long> EditSupportPolicy(Guid meetingId, Guid caseId, string text, int baseVersion) =>
        Command(meetingId, () => commands.EditSupportPolicyAsync(meetingId, caseId, text, baseVersion, Caller));

    public Task<long> EditWatching(Guid meetingId, Guid caseId, string text, int baseVersion) =>
        Command(meetingId, () => commands.EditWatchingAsync(meetingId, caseId, text, baseVersion, Caller));

    public Task<long> EditAgencyNote(Guid meetingId, Guid caseId, Guid agencyId, string text, int baseVersion) =>
        Command(meetingId, () => commands.EditAgencyNoteAsync(meetingId, caseId, agencyId, text, baseVersion, Caller));

    public Task<long> SetNextReviewDate(Guid meetingId, Guid caseId, DateOnly date, int baseVersion) =>
        Command(meetingId, () => commands.SetNextReviewDateAsync(meetingId, caseId, date, baseVersion, Caller));

    public Task<long> NoteResourceGap(Guid meetingId, Guid caseId, string text) =>
        Command(meetingId, () => commands.NoteResourceGapAsync(meetingId, caseId, text, Caller));

    public Task<long> AssignRole(Guid meetingId, Guid caseId, Guid agencyId, string description, DateOnly dueDate) =>
        Command(meetingId, () => commands.AssignRoleAsync(meetingId, caseId, agencyId, description, dueDate, Caller));

    public Task<long> CorrectRole(Guid meetingId, Guid caseId, Guid roleId, Guid agencyId, string description, DateOnly dueDate, string? reason) =>
        Command(meetingId, () => commands.CorrectRoleAsync(meetingId, caseId, roleId, agencyId, description, dueDate, reason, Caller));

    public Task<long> WithdrawRole(Guid meetingId, Guid caseId, Guid roleId, string reason) =>
        Command(meetingId, () => commands.WithdrawRoleAsync(meetingId, caseId, roleId, reason, Caller));

    public Task<long> SetLeadAgency(Guid meetingId, Guid caseId, Guid agencyId) =>
        Command(meetingId, () => commands.SetLeadAgencyAsync(meetingId, caseId, agencyId, Caller));

    public Task<long> DraftPlan(Guid meetingId, Guid caseId, IReadOnlyList<PlanGoal> goals) =>
        Command(meetingId, () => commands.DraftPlanAsync(meetingId, caseId, goals, Caller));

    public Task<long> AdoptPlan(Guid meetingId, Guid caseId, Guid planId) =>
        Command(meetingId, () => commands.AdoptPlanAsync(meetingId, caseId, planId, Caller));

    public Task<long> RecordAttendance(Guid meetingId, Guid participantId, Attendance attendance) =>
        Command(meetingId, () => session.RecordAttendanceAsync(meetingId, participantId, attendance, Caller));

    public Task<long> RecordPledge(Guid meetingId, Guid participantId, PledgeKind kind) =>
        Command(meetingId, () => session.RecordPledgeAsync(meetingId, participantId, kind, Caller));

    public Task<long> OpenMeeting(Guid meetingId) => Command(meetingId, () => session.OpenAsync(meetingId, Caller));

    public Task<long> SetFocus(Guid meetingId, Guid? caseId) => Command(meetingId, () => session.SetFocusAsync(meetingId, caseId, Caller));

    public Task<long> CloseMeeting(Guid meetingId) => Command(meetingId, () => session.CloseAsync(meetingId, Caller));

    /// <summary>本人同意 between meetings (no meeting to join): the same use case as the case page, C1 and C10 alike.</summary>
    public Task<string> GrantConsent(Guid caseId, ConsentGrant grant) =>
        Run(async () => { await cases.GrantConsentAsync(caseId, grant, Caller); return ConsentState.Granted.JapaneseName(); });

    public Task<string> RefuseConsent(Guid caseId, DateOnly date) =>
        Run(async () => { await cases.RefuseConsentAsync(caseId, date, Caller); return ConsentState.Refused.JapaneseName(); });

    /// <summary>撤回 — every board, case page and hub connection loses the case's personal information at once (C2).</summary>
    public Task<string> WithdrawConsent(Guid caseId, DateOnly date) =>
        Run(async () => { await cases.WithdrawConsentAsync(caseId, date, Caller); return ConsentState.Withdrawn.JapaneseName(); });

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        relay.Remove(Context.ConnectionId);
        foreach (var left in Presences) left.Dispose();
        return base.OnDisconnectedAsync(exception);
    }

    private Domain.Access.Caller Caller => CurrentCaller.From(Context.User ?? new());

    private HashSet<Guid> Joined => Item("joined", () => new HashSet<Guid>());

    private List<IDisposable> Presences => Item("presence", () => new List<IDisposable>());

    private T Item<T>(string key, Func<T> create) where T : class =>
        Context.Items.TryGetValue(key, out var value) && value is T found ? found : (T)(Context.Items[key] = create());

    private void RequireJoined(Guid meetingId)
    {
        if (!Joined.Contains(meetingId)) throw new HubException("先に会議に参加してください（JoinMeeting）。");
    }

    private async Task<long> Command(Guid meetingId, Func<Task<IReadOnlyList<JournalEntry>>> command)
    {
        RequireJoined(meetingId);
        var entries = await Run(command);
        return entries[^1].Sequence;
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

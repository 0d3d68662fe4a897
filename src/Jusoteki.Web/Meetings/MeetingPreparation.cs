using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Preparing a meeting (事務局・議長): calling it with its chair, building the agenda from open cases, inviting people.
/// The domain refuses what the law refuses — e.g. an unconsented case on a 重層的支援会議 (C2) — in Japanese.
/// </summary>
public sealed class MeetingPreparation(MeetingRepository meetings, MeetingCommandRunner runner, AccountDirectory accounts,
    IDbContextFactory<JusotekiDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Cases the 事務局 may put on this meeting's agenda whose pseudonym contains <paramref name="search"/> (empty: any), by
    /// pseudonym, at most <paramref name="limit"/>: the rule is <see cref="AgendaCandidacy"/>, run in SQL so that only those
    /// cases are read. Each carries its consent state as it stands today (what decides a 重層的支援会議, C2): expired consent
    /// reads 「同意（期限切れ）」 here as everywhere. Null when the meeting does not exist.
    /// </summary>
    public async Task<IReadOnlyList<AgendaCandidate>?> SearchCandidatesAsync(Guid meetingId, string? search, Caller caller,
        int limit = AgendaCandidacy.SearchLimit, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)) return null;
        var onAgenda = await db.Meetings.Where(m => m.Id == meetingId).SelectMany(m => m.Agenda.Select(a => a.CaseId)).ToListAsync(ct);
        var text = AgendaCandidacy.SearchText(search);
        var cases = db.SupportCases.AsNoTracking().Where(AgendaCandidacy.Offered(onAgenda));
        // SQLite's LIKE ignores ASCII case and it orders text by its bytes; PostgreSQL needs ILIKE and the "C" collation for the same.
        var postgres = db.Database.IsNpgsql();
        if (text.Length > 0)
        {
            var pattern = "%" + LikeEscaped(text) + "%";
            cases = postgres ? cases.Where(c => EF.Functions.ILike(c.Pseudonym, pattern, LikeEscape))
                : cases.Where(c => EF.Functions.Like(c.Pseudonym, pattern, LikeEscape));
        }
        var found = await (postgres ? cases.OrderBy(c => EF.Functions.Collate(c.Pseudonym, "C")) : cases.OrderBy(c => c.Pseudonym)).Take(limit).ToListAsync(ct);
        var today = Domain.Common.JapanTime.DateOf(clock.GetUtcNow());
        return [.. found.Select(c => new AgendaCandidate(c.Id, c.Pseudonym, c.PseudonymisedSummary, c.ConsentLabelOn(today), c.Stage.JapaneseName()))];
    }

    private const string LikeEscape = "\\";

    // What the 事務局 types is matched as text: LIKE's wildcards in it are escaped.
    private static string LikeEscaped(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal).Replace("%", LikeEscape + "%", StringComparison.Ordinal).Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    /// <summary>Accounts that can be invited: enabled, and not 管理者 or 閲覧者 (they take no part in meetings).</summary>
    public async Task<IReadOnlyList<AccountEntry>> InvitableAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        return [.. (await accounts.ListAsync(ct)).Where(a => !a.Disabled && !a.Roles.Any(r => r is AppRoles.Administrator or AppRoles.Reviewer))];
    }

    /// <summary>
    /// Calls a meeting and seats its chair; the 事務局 who prepares it is seated as 事務局. Returns the new meeting's id.
    /// </summary>
    public async Task<Guid> ScheduleAsync(MeetingKind kind, string? title, DateTimeOffset startsAt, string? place, string chairUserId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        var chair = await RequireAccountAsync(chairUserId, ct);
        var meeting = Meeting.Schedule(Guid.NewGuid(), kind, title ?? "", startsAt, place ?? "", caller.Actor, runner.Now);
        meeting.AddParticipant(Guid.NewGuid(), chair.DisplayName, chair.UserId, chair.AgencyId, MeetingRole.Chair, [], null, caller.Actor, runner.Now);
        if (caller.Roles.Contains(AppRoles.Secretariat) && caller.Actor.Id != chair.UserId && await accounts.FindAsync(caller.Actor.Id, ct) is { } self)
            meeting.AddParticipant(Guid.NewGuid(), self.DisplayName, self.UserId, self.AgencyId, MeetingRole.Secretariat, [], null, caller.Actor, runner.Now);
        await meetings.AddAsync(meeting, ct);
        return meeting.Id;
    }

    public Task<IReadOnlyList<JournalEntry>> AddToAgendaAsync(Guid meetingId, Guid caseId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        return runner.RunAsync(meetingId, caller, _ => [caseId], (m, cases) =>
            m.AddToAgenda(cases.TryGetValue(caseId, out var c) ? c : throw CaseErrors.NotFound(), caller.Actor, runner.Now), ct);
    }

    /// <summary>Invites an account; <paramref name="invitedCaseIds"/> empty means the whole agenda, otherwise only those cases (C9).</summary>
    public async Task<IReadOnlyList<JournalEntry>> InviteAsync(Guid meetingId, string userId, MeetingRole role, IReadOnlyList<Guid>? invitedCaseIds, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        var account = await RequireAccountAsync(userId, ct);
        return await runner.RunAsync(meetingId, caller, _ => [], (m, _) =>
            m.AddParticipant(Guid.NewGuid(), account.DisplayName, account.UserId, account.AgencyId, role, invitedCaseIds ?? [], null, caller.Actor, runner.Now), ct);
    }

    private async Task<AccountEntry> RequireAccountAsync(string userId, CancellationToken ct)
    {
        var account = await accounts.FindAsync(userId ?? "", ct);
        if (account is null || account.Disabled) throw new DomainException("participant.unknown-account", "指定された利用者が見つからないか、無効になっています。");
        return account;
    }
}

/// <summary>A case that may be put on an agenda, as the 事務局 sees it while preparing: pseudonym, consent, stage.</summary>
public sealed record AgendaCandidate(Guid CaseId, string Pseudonym, string Summary, string Consent, string Stage)
{
    /// <summary>How the picker names it, e.g. 「ケースA-02（ケースA-02・30代女性・ダブルケア・同意：同意・アセスメント）」.</summary>
    public string Label => $"{Pseudonym}（{Summary}・同意：{Consent}・{Stage}）";
}

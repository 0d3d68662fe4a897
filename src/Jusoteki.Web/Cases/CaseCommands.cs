using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Cases;

/// <summary>
/// Use cases on a case between meetings: 相談受付, contacts (支援経過記録), the assessment, 本人同意 and stage moves. Each
/// checks the permission table, then — for anything written about an existing case — that C10 lets the caller see it in
/// full; the rules themselves are the domain's. Every change is announced on the case feed, so open boards, case pages and
/// the coordinator's board read the case again through the gate.
/// </summary>
public sealed class CaseCommands(SupportCaseRepository cases, IDbContextFactory<JusotekiDbContext> contexts, CaseReaders readers,
    AgencyDirectory agencies, ICaseFeed feed, MeetingCommandRunner meetings, Infrastructure.Audit.AuditLog audit)
{
    /// <summary>Registers a consultation; returns the new case's id. The pseudonym is the next free ケースA-nn.</summary>
    public async Task<Guid> RegisterAsync(CaseRegistration registration, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RegisterConsultation);
        ArgumentNullException.ThrowIfNull(registration);
        AgencyVoice.RequireMaySpeakFor(caller, registration.ReceivingAgencyId);
        await RequireAgencyAsync(registration.ReceivingAgencyId, ct);
        foreach (var agency in registration.ConsentAtIntake?.Scope ?? []) await RequireAgencyAsync(agency, ct);
        // Two windows registering at the same moment may pick the same pseudonym: the unique index refuses one; try the next.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var pseudonym = CasePseudonyms.Next(await db.SupportCases.Select(c => c.Pseudonym).ToListAsync(ct));
            var supportCase = SupportCase.Register(Guid.NewGuid(), pseudonym, registration, caller.Actor, readers.Now);
            try
            {
                await cases.AddAsync(supportCase, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                continue;
            }
            await feed.PublishAsync(new CaseChanged(supportCase.Id, null), ct);
            return supportCase.Id;
        }
    }

    /// <summary>Possible duplicates of a consultation about to be registered, by pseudonym and reason only.</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindDuplicatesAsync(string? personName, DateOnly? birthDate, string? address, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RegisterConsultation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = DuplicateCheck.Find(await db.SupportCases.AsNoTracking().ToListAsync(ct), personName, birthDate, address);
        // A hit tells the window that a person it named is known: every one is audited, so probing for names leaves a trace.
        await audit.AppendAsync([.. found.Select(d => new Domain.Audit.AuditRecord(readers.Now, "case.duplicate-shown", caller.Actor.Id, caller.Actor.DisplayName,
            null, d.CaseId, $"{d.Pseudonym}：相談受付で重複の可能性として表示（{d.Reason}）"))], ct);
        return found;
    }

    /// <summary>支援経過記録 — a consultation or contact by the caller's agency (or any, for the city's meeting staff).</summary>
    public async Task RecordContactAsync(Guid caseId, Consultation contact, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordCaseProgress);
        ArgumentNullException.ThrowIfNull(contact);
        AgencyVoice.RequireMaySpeakFor(caller, contact.AgencyId);
        await RequireAgencyAsync(contact.AgencyId, ct);
        await UpdateAsync(caseId, caller, c => c.RecordConsultation(contact, caller.Actor, readers.Now), ct);
    }

    public async Task CompleteAssessmentAsync(Guid caseId, AssessmentSheet sheet, DateOnly assessedOn, Guid agencyId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordCaseProgress);
        AgencyVoice.RequireMaySpeakFor(caller, agencyId);
        await RequireAgencyAsync(agencyId, ct);
        await UpdateAsync(caseId, caller, c => c.CompleteAssessment(sheet, assessedOn, agencyId, caller.Actor, readers.Now), ct);
    }

    public async Task GrantConsentAsync(Guid caseId, ConsentGrant grant, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordConsent);
        foreach (var agency in grant?.Scope ?? []) await RequireAgencyAsync(agency, ct);
        await UpdateAsync(caseId, caller, c => c.GrantConsent(grant!, caller.Actor, readers.Now), ct);
    }

    public Task RefuseConsentAsync(Guid caseId, DateOnly? date, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordConsent);
        return UpdateAsync(caseId, caller, c => c.RefuseConsent(date ?? throw CaseErrors.Invalid("不同意の日付を入力してください。"), caller.Actor, readers.Now), ct);
    }

    /// <summary>
    /// 撤回 — takes effect at once everywhere: the case is announced (every board reads it again through the gate, the plan
    /// is frozen), then it leaves every 重層的支援会議 that has not closed (C2). The gate already hides it there meanwhile.
    /// </summary>
    public async Task WithdrawConsentAsync(Guid caseId, DateOnly? date, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordConsent);
        await UpdateAsync(caseId, caller, c => c.WithdrawConsent(date ?? throw CaseErrors.Invalid("撤回の日付を入力してください。"), caller.Actor, readers.Now), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var affected = (await db.Meetings.AsNoTracking().Where(m => m.Kind == MeetingKind.MultiLayeredSupportMeeting && m.Status != MeetingStatus.Closed).ToListAsync(ct))
            .Where(m => m.HasOnAgenda(caseId));
        var removed = false;
        foreach (var meeting in affected)
        {
            await meetings.RunConsequenceAsync(meeting.Id, caseId, (m, c) => m.RemoveWithoutConsent(c, caller.Actor, readers.Now), ct);
            removed = true;
        }
        // The case pages show which meetings have the case: announce it once more now that it has left them.
        if (removed) await feed.PublishAsync(new CaseChanged(caseId, null), ct);
    }

    /// <summary>Moves the case along the lifecycle table; 終結 and つながり続ける need the evaluation.</summary>
    public Task MoveToAsync(Guid caseId, LifecycleStage stage, string? evaluation, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ManageCaseStage);
        return UpdateAsync(caseId, caller, c =>
        {
            if (stage.IsEnded()) c.End(stage, evaluation ?? "", caller.Actor, readers.Now);
            else c.MoveTo(stage, caller.Actor, readers.Now);
        }, ct);
    }

    private async Task UpdateAsync(Guid caseId, Caller caller, Action<SupportCase> change, CancellationToken ct)
    {
        var reader = await readers.ForAsync(caller, ct);
        await cases.UpdateAsync(caseId, supportCase =>
        {
            CaseGateErrors.RequireFull(CaseGate.Decide(supportCase, reader, readers.Today));
            change(supportCase);
        }, ct);
        await feed.PublishAsync(new CaseChanged(caseId, null), ct);
    }

    private async Task RequireAgencyAsync(Guid agencyId, CancellationToken ct)
    {
        if (await agencies.FindAsync(agencyId, ct) is null) throw CaseErrors.UnknownAgency();
    }
}

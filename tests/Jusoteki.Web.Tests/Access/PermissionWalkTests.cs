using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Access;

/// <summary>
/// Walks every role through every operation the services implement and checks the service does exactly what the permission
/// table says: allowed → the table lets it through (the domain may still refuse it for its own reasons, never as
/// 「権限がありません」); denied → 「権限がありません」 and nothing is written.
/// </summary>
public sealed class PermissionWalkTests : IAsyncLifetime
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private static readonly Guid Case = MidoriCityDemo.CaseId("A-03");
    private readonly TestApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        // houkatsu has pledged, so that the consent gate lets every allowed edit through and only the role decides.
        await _app.Services.GetRequiredService<MeetingSessionCommands>().RecordPledgeAsync(MeetingId, MidoriCityDemo.ParticipantId(MeetingId, "houkatsu"),
            Jusoteki.Domain.Meetings.PledgeKind.ThisMeeting, TestApp.Caller("houkatsu", AppRoles.AgencyStaff));
    }
    public Task DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> Roles() => [.. AppRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_gets_exactly_what_the_table_allows(string role)
    {
        // houkatsu takes part in the December meeting, so only the role decides.
        var caller = TestApp.Caller("houkatsu", role);
        var queries = _app.Services.GetRequiredService<MeetingQueries>();
        var commands = _app.Services.GetRequiredService<MeetingCommands>();

        await Expect(caller, Operation.ViewMeetingList, () => queries.ListMeetingsAsync(caller));
        await Expect(caller, Operation.ViewBoard, () => queries.GetBoardAsync(MeetingId, caller));
        await Expect(caller, Operation.ViewBoard, () => queries.ReadJournalAfterAsync(MeetingId, 0, caller));
        var version = (await _app.Services.GetRequiredService<MeetingRepository>().FindAsync(MeetingId))!.Agenda.Single(a => a.CaseId == Case).SupportPolicyVersion;
        await Expect(caller, Operation.EditDecision, () => commands.EditSupportPolicyAsync(MeetingId, Case, $"{role} の案", version, caller));
        var houkatsu = MidoriCityDemo.AgencyId("houkatsu-chuo");
        await Expect(caller, Operation.AssignRole, () => commands.AssignRoleAsync(MeetingId, Case, houkatsu, $"{role} の役割", new DateOnly(2027, 3, 31), caller));
        await Expect(caller, Operation.AssignRole, () => commands.SetLeadAgencyAsync(MeetingId, Case, houkatsu, caller));
        await Expect(caller, Operation.DraftPlan, () => commands.DraftPlanAsync(MeetingId, Case, [new("目標", [houkatsu])], caller));
        await Expect(caller, Operation.AdoptPlan, () => commands.AdoptPlanAsync(MeetingId, Case, Guid.NewGuid(), caller));
        var session = _app.Services.GetRequiredService<MeetingSessionCommands>();
        var self = MidoriCityDemo.ParticipantId(MeetingId, "houkatsu");
        await Expect(caller, Operation.RecordPledge, () => session.RecordPledgeAsync(MeetingId, self, Jusoteki.Domain.Meetings.PledgeKind.ThisMeeting, caller));
        await Expect(caller, Operation.RecordAttendance, () => session.RecordAttendanceAsync(MeetingId, self, Jusoteki.Domain.Meetings.Attendance.Remote, caller));
        await Expect(caller, Operation.ChairMeeting, () => session.SetFocusAsync(MeetingId, Case, caller));
        await Expect(caller, Operation.ChairMeeting, () => session.OpenAsync(MeetingId, caller));
        await Expect(caller, Operation.PrepareMeeting, () => _app.Services.GetRequiredService<MeetingPreparation>().AddToAgendaAsync(MeetingId, MidoriCityDemo.CaseId("A-12"), caller));
        await Expect(caller, Operation.UpdateRoleProgress, () => _app.Services.GetRequiredService<Jusoteki.Web.Roles.RoleQueries>().ListAsync(caller, _app.Services.GetRequiredService<Jusoteki.Web.Cases.CaseDisclosureLog>()));
        var november = MidoriCityDemo.NovemberSupportMeetingId;
        var minutes = _app.Services.GetRequiredService<Jusoteki.Web.Minutes.MinutesCommands>();
        await Expect(caller, Operation.ReadMinutes, () => _app.Services.GetRequiredService<Jusoteki.Web.Minutes.MinutesQueries>().GetAsync(november, caller));
        await Expect(caller, Operation.ReadMinutes, () => _app.Services.GetRequiredService<Jusoteki.Web.Minutes.MinutesQueries>().LibraryAsync(new(), caller));
        await Expect(caller, Operation.EditMinutes, () => minutes.EditTextAsync(november, 1, "discussion:" + Case, "整えた文章", caller));
        await Expect(caller, Operation.EditMinutes, () => minutes.CorrectAsync(november, "誤字", caller));
        await Expect(caller, Operation.ApproveMinutes, () => minutes.ApproveAsync(november, 1, caller));
        await Expect(caller, Operation.ViewAggregates, () => _app.Services.GetRequiredService<Jusoteki.Web.Reports.RepresentativesReportQueries>().ForYearAsync(2026, caller));
        await Expect(caller, Operation.SetProgressTargets, () => _app.Services.GetRequiredService<Jusoteki.Web.Progress.ProgressTargets>().SetAsync(2026, "PlansDrafted", "6", null, caller));
        var gaps = _app.Services.GetRequiredService<Jusoteki.Web.Reports.ResourceGapReviews>();
        await Expect(caller, Operation.ApproveResourceGapWording, () => gaps.ForYearAsync(2026, caller));
        await Expect(caller, Operation.ApproveResourceGapWording, () => gaps.ApproveAsync(november, 1, 0, $"{role} の文言", "Other", caller));
        var evaluations = _app.Services.GetRequiredService<Jusoteki.Web.Reports.ProgramEvaluations>();
        await Expect(caller, Operation.ViewAggregates, () => evaluations.ForYearAsync(2026, caller));
        await Expect(caller, Operation.WriteProgramEvaluation, () => evaluations.SaveAsync(2026, 0, $"{role} の評価", caller));
        await Expect(caller, Operation.ExportStateReport, () => _app.Services.GetRequiredService<Jusoteki.Web.Progress.ProgressQueries>().StateRowsAsync(2026, caller));
        var caseQueries = _app.Services.GetRequiredService<Jusoteki.Web.Cases.CaseQueries>();
        var caseCommands = _app.Services.GetRequiredService<Jusoteki.Web.Cases.CaseCommands>();
        var visit = _app.Services.GetRequiredService<Jusoteki.Web.Cases.CaseDisclosureLog>();
        var day = new DateOnly(2026, 11, 30);
        await Expect(caller, Operation.ViewCases, () => caseQueries.BoardAsync(caller, new(), visit));
        await Expect(caller, Operation.ViewCases, () => caseQueries.CaseAsync(Case, caller, visit));
        await Expect(caller, Operation.RegisterConsultation, () => caseCommands.FindDuplicatesAsync("若葉 ゆい", null, null, caller));
        await Expect(caller, Operation.RecordCaseProgress, () => caseCommands.RecordContactAsync(Case,
            new(day, houkatsu, $"{role} の経過", Jusoteki.Domain.Cases.ContactKind.Visit), caller));
        await Expect(caller, Operation.ManageCaseStage, () => caseCommands.MoveToAsync(Case, Jusoteki.Domain.Cases.LifecycleStage.InSupport, null, caller));
        await Expect(caller, Operation.RecordConsent, () => caseCommands.RefuseConsentAsync(Case, day, caller));
    }

    private async Task Expect(Caller caller, Operation operation, Func<Task> call)
    {
        var journalBefore = await JournalLengthAsync();
        if (caller.May(operation))
        {
            try
            {
                await call();
            }
            catch (DomainException refused) when (refused.Code != "access.denied")
            {
                // Allowed by the table; the domain refused it on its own rules (not the chair, already pledged …).
            }
            return;
        }
        var error = await Assert.ThrowsAsync<DomainException>(call);
        Assert.Equal("access.denied", error.Code);
        Assert.Contains("権限がありません", error.Message);
        Assert.Equal(journalBefore, await JournalLengthAsync());
    }

    private async Task<int> JournalLengthAsync() =>
        (await _app.Services.GetRequiredService<MeetingJournal>().ReadAfterAsync(MeetingId, 0)).Count;
}

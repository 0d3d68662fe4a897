using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Access;

/// <summary>
/// Walks every role through every operation the services implement so far and checks the service does exactly what the
/// permission table says: allowed → it works; denied → 「権限がありません」 and nothing is written.
/// </summary>
public sealed class PermissionWalkTests : IAsyncLifetime
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private static readonly Guid Case = MidoriCityDemo.CaseId("A-03");
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
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
    }

    private async Task Expect(Caller caller, Operation operation, Func<Task> call)
    {
        var journalBefore = await JournalLengthAsync();
        if (caller.May(operation))
        {
            await call();
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

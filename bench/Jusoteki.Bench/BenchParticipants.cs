using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.E2E;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Bench;

/// <summary>One bench participant: an 機関担当者 account of its own, invited to the bench meeting and pledged.</summary>
public sealed record BenchParticipant(string UserName, Guid AgencyId);

/// <summary>
/// Prepares the benchmark's meeting on the app's database before the server starts, through the app's own services (the
/// same code as the admin and prepare pages): accounts, a 支援会議 with case A-02, every account invited and pledged, opened.
/// </summary>
public static class BenchParticipants
{
    private static readonly Caller Admin = new(new Actor("admin", "システム管理者"), new HashSet<string> { AppRoles.Administrator }, null);
    private static readonly Caller Secretariat = new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, MidoriCityDemo.AgencyId("fukushi-somu-ka"));
    private static readonly Caller Chair = new(new Actor("gicho", "社会福祉課長 山田"), new HashSet<string> { AppRoles.Chair }, MidoriCityDemo.AgencyId("shakai-fukushi-ka"));

    public static Guid CaseId => MidoriCityDemo.CaseId("A-02");

    /// <summary>Returns the meeting's id; participant i belongs to agency i mod 15, so any 15 in a row are of distinct agencies.</summary>
    public static async Task<(Guid MeetingId, IReadOnlyList<BenchParticipant> Participants)> PrepareAsync(AppServer server, int count)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:Jusoteki"] = $"Data Source={server.DatabasePath}";
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddJusoteki();
        await using var app = builder.Build();
        await app.InitializeDatabaseAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
        var preparation = scope.ServiceProvider.GetRequiredService<MeetingPreparation>();
        var session = scope.ServiceProvider.GetRequiredService<MeetingSessionCommands>();

        var meetingId = await preparation.ScheduleAsync(MeetingKind.SupportMeeting, "ベンチマーク 支援会議", DateTimeOffset.UtcNow.AddDays(1), "市役所3階 第2会議室", Chair.Actor.Id, Secretariat);
        await preparation.AddToAgendaAsync(meetingId, CaseId, Secretariat);
        var participants = new List<BenchParticipant>();
        for (var i = 0; i < count; i++)
        {
            var agency = MidoriCityDemo.Agencies[i % MidoriCityDemo.Agencies.Count].Id;
            var name = $"bench{i:000}";
            await accounts.CreateAsync(Admin, name, $"試験参加者 {i:000}", AppRoles.AgencyStaff, agency, SignIn.DemoPassword);
            var user = await users.FindByNameAsync(name) ?? throw new InvalidOperationException(name);
            var invited = await preparation.InviteAsync(meetingId, user.Id, MeetingRole.Member, null, Secretariat);
            var participantId = invited.Select(e => e.Event).OfType<ParticipantAdded>().Single().ParticipantId;
            await session.RecordPledgeAsync(meetingId, participantId, PledgeKind.ThisMeeting, Secretariat);
            participants.Add(new(name, agency));
        }
        var meeting = await scope.ServiceProvider.GetRequiredService<Jusoteki.Infrastructure.Meetings.MeetingRepository>().FindAsync(meetingId)
            ?? throw new InvalidOperationException("The bench meeting is missing.");
        await session.RecordPledgeAsync(meetingId, meeting.ParticipantOf(Chair.Actor.Id)!.Id, PledgeKind.ThisMeeting, Chair);
        await session.OpenAsync(meetingId, Chair);
        SqliteConnection.ClearAllPools();
        return (meetingId, participants);
    }
}

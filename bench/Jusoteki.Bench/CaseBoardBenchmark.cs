using System.Security.Claims;
using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;

namespace Jusoteki.Bench;

/// <summary>
/// The coordinator's board (進行管理台帳) at scale, on the app's own services and a temporary SQLite file: the read through the
/// C10 gate, the page's first render (bUnit, the real component tree), a filter, and a change to one case reaching an open board.
/// </summary>
public static class CaseBoardBenchmark
{
    private static readonly Caller Coordinator = new(new Actor("coordinator", "多機関協働コーディネーター 森"), new HashSet<string> { AppRoles.Coordinator }, null);
    private static readonly Caller Secretariat = new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, null);
    private static readonly Caller Chair = new(new Actor("gicho", "社会福祉課長 山田"), new HashSet<string> { AppRoles.Chair }, null);

    /// <summary>One closed 支援会議 with approved minutes (two cases on its agenda) for every this many added cases.</summary>
    private const int CasesPerMeeting = 10;

    public static async Task<int> RunAsync(int[] sizes, int repeats)
    {
        Console.WriteLine($"Jusoteki benchmark — 進行管理台帳 (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"{"cases",6} | {"board read (service)",-28} | {"page first render",-28} | {"filter",-28} | {"change → open board",-28} | {"「担当の役割」 first render",-28} | {"会議の準備 first render",-28} | {"議事録 library first render",-28} | {"case picker search 「B-1」",-28} | {"代表者会議 (service)",-28} | {"代表者会議 first render",-28}");
        foreach (var size in sizes)
        {
            await using var bench = await BenchApp.StartAsync();
            await bench.AddCasesAsync(size);
            await bench.AddMeetingsWithMinutesAsync(size / CasesPerMeeting);
            var queries = bench.Services.GetRequiredService<CaseQueries>();
            var log = bench.Services.GetRequiredService<CaseDisclosureLog>();
            // What the page asks: the board a column at a time (before the lists branch, the page read every card: BoardAsync).
            var read = await Measure.RepeatAsync(repeats, () => queries.BoardViewAsync(Coordinator, new(), log));
            var render = await Measure.RepeatAsync(repeats, bench.RenderBoardAsync);
            var filter = await Measure.RepeatAsync(repeats, () => queries.BoardViewAsync(Coordinator, new(UrgentOnly: true, Search: "ケースA-1"), log));
            var change = await Measure.RepeatAsync(repeats, bench.ChangeReachesOpenBoardAsync);
            var roles = await Measure.RepeatAsync(repeats, bench.RenderRolesAsync);
            var prepare = await Measure.RepeatAsync(repeats, bench.RenderPrepareAsync);
            var library = await Measure.RepeatAsync(repeats, bench.RenderMinutesLibraryAsync);
            var preparation = bench.Services.GetRequiredService<Jusoteki.Web.Meetings.MeetingPreparation>();
            var search = await Measure.RepeatAsync(repeats, () => preparation.SearchCandidatesAsync(MidoriCityDemo.DecemberMultiLayeredMeetingId, "B-1", Secretariat, AgendaCandidacy.SearchLimit + 1));
            var reports = bench.Services.GetRequiredService<Jusoteki.Web.Reports.RepresentativesReportQueries>();
            var year = FiscalYear.Of(DateTimeOffset.UtcNow);
            var report = await Measure.RepeatAsync(repeats, () => reports.ForYearAsync(year, Secretariat));
            var reportPage = await Measure.RepeatAsync(repeats, bench.RenderRepresentativesAsync);
            Console.WriteLine($"{size,6} | {read,-28} | {render,-28} | {filter,-28} | {change,-28} | {roles,-28} | {prepare,-28} | {library,-28} | {search,-28} | {report,-28} | {reportPage,-28}");
        }
        Console.WriteLine("median (min–max) of the repeats after one warm-up; the coordinator holds a standing pledge, so every card is read in full.");
        Console.WriteLine($"会議の準備: the 事務局 opens the December 重層的支援会議's prepare page. 議事録: the 事務局 opens the library, one approved meeting per {CasesPerMeeting} cases. Picker search: what one keystroke asks the server (21 rows at most). 代表者会議: the 事務局 opens this 年度's report.");
        return 0;
    }

    private sealed class BenchApp : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-bench", Guid.NewGuid().ToString("N"));
        private ServiceProvider _services = null!;

        public IServiceProvider Services => _services;

        public static async Task<BenchApp> StartAsync()
        {
            var app = new BenchApp();
            Directory.CreateDirectory(app._folder);
            var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error));
            services.AddJusotekiServices(app.ConnectionString);
            app._services = services.BuildServiceProvider();
            await app._services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);
            await app._services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator);
            return app;
        }

        private string ConnectionString => $"Data Source={Path.Combine(_folder, "bench.db")}";

        /// <summary>More consultations, registered through the domain and stored like the window's, each with one role of the window's.</summary>
        public async Task AddCasesAsync(int count)
        {
            var repository = _services.GetRequiredService<SupportCaseRepository>();
            var window = new Actor("houkatsu", "地域包括 佐藤");
            var agency = MidoriCityDemo.AgencyId("houkatsu-chuo");
            var houkatsu = MidoriCityDemo.Agencies.Single(a => a.Id == agency);
            var at = new DateTimeOffset(2026, 11, 1, 10, 0, 0, JapanTime.Offset);
            var tags = Enum.GetValues<IssueTag>();
            for (var i = 0; i < count; i++)
            {
                var registration = new CaseRegistration($"試験 {i:0000}", new DateOnly(1950 + i % 60, 1 + i % 12, 1), null, i % 2 == 0 ? "男性" : "女性", $"みどり市試験町{i}",
                    [(Field)(i % 7)], [tags[i % tags.Length]], [new("試験 家族", "母", "70代", "")], new DateOnly(2026, 11, 1), agency,
                    ConsultationRoute.Person, "ベンチマーク用の相談", Urgent: i % 10 == 0, null);
                var added = SupportCase.Register(Guid.NewGuid(), $"ケースB-{i:0000}", registration, window, at);
                added.AssignRole(Guid.NewGuid(), houkatsu, $"訪問して状況を確認する {i}", new DateOnly(2027, 1, 1 + i % 28), new DateOnly(2026, 11, 1), null, window, at);
                await repository.AddAsync(added);
            }
        }

        /// <summary>Closed 支援会議 with approved minutes, each with two of the added cases on its agenda, called by the 事務局.</summary>
        public async Task AddMeetingsWithMinutesAsync(int count)
        {
            var preparation = _services.GetRequiredService<Jusoteki.Web.Meetings.MeetingPreparation>();
            var meetings = _services.GetRequiredService<Jusoteki.Infrastructure.Meetings.MeetingRepository>();
            var session = _services.GetRequiredService<Jusoteki.Web.Meetings.MeetingSessionCommands>();
            var minutes = _services.GetRequiredService<Jusoteki.Web.Minutes.MinutesCommands>();
            await using var db = await _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Jusoteki.Infrastructure.Persistence.JusotekiDbContext>>().CreateDbContextAsync();
            var added = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.SupportCases.Where(c => c.Pseudonym.StartsWith("ケースB-")).OrderBy(c => c.Pseudonym).Select(c => c.Id));
            var first = new DateTimeOffset(2026, 4, 1, 14, 0, 0, JapanTime.Offset);
            for (var i = 0; i < count; i++)
            {
                // Scheduled through the domain (the bench has no sign-in accounts), seated like MeetingPreparation.ScheduleAsync.
                var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, $"試験 支援会議 {i:0000}", first.AddDays(i % 600), "市役所3階 第2会議室", Secretariat.Actor, first);
                meeting.AddParticipant(Guid.NewGuid(), Chair.Actor.DisplayName, Chair.Actor.Id, MidoriCityDemo.AgencyId("shakai-fukushi-ka"), MeetingRole.Chair, [], null, Secretariat.Actor, first);
                meeting.AddParticipant(Guid.NewGuid(), Secretariat.Actor.DisplayName, Secretariat.Actor.Id, MidoriCityDemo.AgencyId("fukushi-somu-ka"), MeetingRole.Secretariat, [], null, Secretariat.Actor, first);
                await meetings.AddAsync(meeting);
                var meetingId = meeting.Id;
                foreach (var caseId in added.Skip(i * 2).Take(2)) await preparation.AddToAgendaAsync(meetingId, caseId, Secretariat);
                await session.OpenAsync(meetingId, Chair);
                await session.CloseAsync(meetingId, Chair);
                await minutes.ApproveAsync(meetingId, 1, Chair);
            }
        }

        public async Task RenderBoardAsync()
        {
            await using var context = NewContext();
            var page = context.Render<CaseBoardPage>();
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        // The coordinator signed in, on an interactive renderer, with the app's own services.
        private BunitContext NewContext() => NewContext("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator);

        private BunitContext NewContext(string userId, string displayName, string role)
        {
            var context = new BunitContext();
            context.Services.AddJusotekiServices(ConnectionString);
            context.Services.AddMudServices();
            context.JSInterop.Mode = JSRuntimeMode.Loose;
            var user = context.AddAuthorization();
            user.SetAuthorized(userId);
            user.SetRoles(role);
            user.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(JusotekiClaims.DisplayName, displayName));
            context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
            return context;
        }

        /// <summary>「担当の役割」 as the coordinator opens it: every agency's roles, the real component tree, until loaded.</summary>
        public async Task RenderRolesAsync()
        {
            await using var context = NewContext();
            var page = context.Render<Jusoteki.Web.Components.Pages.Roles.RolesPage>();
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        /// <summary>The prepare page of the December 重層的支援会議 as the 事務局 opens it, until loaded.</summary>
        public async Task RenderPrepareAsync()
        {
            await using var context = NewContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat);
            var page = context.Render<Jusoteki.Web.Components.Pages.Meetings.PrepareMeetingPage>(p => p.Add(x => x.MeetingId, MidoriCityDemo.DecemberMultiLayeredMeetingId));
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        /// <summary>The minutes library as the 事務局 (seated in every meeting) opens it, until loaded.</summary>
        public async Task RenderMinutesLibraryAsync()
        {
            await using var context = NewContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat);
            var page = context.Render<Jusoteki.Web.Components.Pages.Minutes.MinutesLibraryPage>();
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        /// <summary>The 代表者会議 report of this 年度 as the 事務局 opens it, until loaded.</summary>
        public async Task RenderRepresentativesAsync()
        {
            await using var context = NewContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat);
            var page = context.Render<Jusoteki.Web.Components.Pages.Reports.RepresentativesReportPage>();
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        /// <summary>One contact recorded on a case; an open board (subscribed like the page) has put that case in its place again.</summary>
        public async Task ChangeReachesOpenBoardAsync()
        {
            var queries = _services.GetRequiredService<CaseQueries>();
            var log = _services.GetRequiredService<CaseDisclosureLog>();
            var open = await queries.BoardViewAsync(Coordinator, new(), log);
            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = _services.GetRequiredService<ICaseFeed>().Subscribe(change =>
            {
                _ = Task.Run(async () => { await queries.RefreshCaseAsync(open, change.CaseId, Coordinator, new(), log); reloaded.TrySetResult(); });
            });
            await _services.GetRequiredService<CaseCommands>().RecordContactAsync(MidoriCityDemo.CaseId("A-01"),
                new Consultation(new DateOnly(2026, 11, 2), MidoriCityDemo.AgencyId("houkatsu-chuo"), "ベンチマークの経過", ContactKind.Phone), Coordinator);
            await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}

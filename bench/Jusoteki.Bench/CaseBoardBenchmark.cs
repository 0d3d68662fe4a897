using System.Security.Claims;
using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
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

    public static async Task<int> RunAsync(int[] sizes, int repeats)
    {
        Console.WriteLine($"Jusoteki benchmark — 進行管理台帳 (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"{"cases",6} | {"board read (service)",-28} | {"page first render",-28} | {"filter",-28} | {"change → open board",-28} | {"「担当の役割」 first render",-28}");
        foreach (var size in sizes)
        {
            await using var bench = await BenchApp.StartAsync();
            await bench.AddCasesAsync(size);
            var queries = bench.Services.GetRequiredService<CaseQueries>();
            var log = bench.Services.GetRequiredService<CaseDisclosureLog>();
            var read = await Measure.RepeatAsync(repeats, () => queries.BoardAsync(Coordinator, new(), log));
            var render = await Measure.RepeatAsync(repeats, bench.RenderBoardAsync);
            var filter = await Measure.RepeatAsync(repeats, () => queries.BoardAsync(Coordinator, new(UrgentOnly: true, Search: "ケースA-1"), log));
            var change = await Measure.RepeatAsync(repeats, bench.ChangeReachesOpenBoardAsync);
            var roles = await Measure.RepeatAsync(repeats, bench.RenderRolesAsync);
            Console.WriteLine($"{size,6} | {read,-28} | {render,-28} | {filter,-28} | {change,-28} | {roles,-28}");
        }
        Console.WriteLine("median (min–max) of the repeats after one warm-up; the coordinator holds a standing pledge, so every card is read in full.");
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

        public async Task RenderBoardAsync()
        {
            await using var context = NewContext();
            var page = context.Render<CaseBoardPage>();
            page.WaitForAssertion(() => { if (page.FindAll("[data-loaded=true]").Count == 0) throw new InvalidOperationException("not loaded"); }, TimeSpan.FromSeconds(60));
        }

        // The coordinator signed in, on an interactive renderer, with the app's own services.
        private BunitContext NewContext()
        {
            var context = new BunitContext();
            context.Services.AddJusotekiServices(ConnectionString);
            context.Services.AddMudServices();
            context.JSInterop.Mode = JSRuntimeMode.Loose;
            var user = context.AddAuthorization();
            user.SetAuthorized("coordinator");
            user.SetRoles(AppRoles.Coordinator);
            user.SetClaims(new Claim(ClaimTypes.NameIdentifier, "coordinator"), new Claim(JusotekiClaims.DisplayName, "多機関協働コーディネーター 森"));
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

        /// <summary>One contact recorded on a case; an open board (subscribed like the page) has read itself again.</summary>
        public async Task ChangeReachesOpenBoardAsync()
        {
            var queries = _services.GetRequiredService<CaseQueries>();
            var log = _services.GetRequiredService<CaseDisclosureLog>();
            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = _services.GetRequiredService<ICaseFeed>().Subscribe(change =>
            {
                _ = Task.Run(async () => { await queries.BoardAsync(Coordinator, new(), log); reloaded.TrySetResult(); });
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

using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Startup;

/// <summary>
/// Right after start-up, reads a meeting the way a board does (its row, its agenda's cases, the agencies, the board model
/// for someone outside it: nothing disclosed, nothing audited), so that the first participant's board — often a whole room
/// reconnecting after a restart — does not wait for the query pipeline to be compiled. Runs in the background.
/// </summary>
public static class WarmUp
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            var contexts = services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>();
            Guid? meetingId;
            await using (var db = await contexts.CreateDbContextAsync(ct))
                meetingId = await db.Meetings.AsNoTracking().OrderBy(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
            if (meetingId is null) return;
            var queries = services.GetRequiredService<MeetingQueries>();
            if (await queries.LoadAsync(meetingId.Value, ct) is not { } loaded) return;
            var names = (await services.GetRequiredService<Infrastructure.Agencies.AgencyDirectory>().ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
            BoardReadModel.Build(loaded.Meeting, loaded.Cases, null, names, services.GetRequiredService<TimeProvider>().GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only an optimisation: the first board does the same work itself.
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WarmUp).FullName!).LogWarning(e, "Warming up after start-up failed.");
        }
    }
}

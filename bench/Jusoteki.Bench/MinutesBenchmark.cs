using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Minutes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Bench;

/// <summary>
/// The minutes of a long meeting: the December 支援会議 of the demo, opened by the chair, gets N edits of 支援方針 through the
/// app's own commands (each one journal entry), then the chair reads the draft minutes (journal replayed, drafted, gated).
/// </summary>
public static class MinutesBenchmark
{
    private static readonly Caller Chair = new(new Actor("gicho", "社会福祉課長 山田"), new HashSet<string> { AppRoles.Chair }, null);

    public static async Task<int> RunAsync(int[] entries, int repeats)
    {
        Console.WriteLine($"Jusoteki benchmark — 議事録の下書き (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"{"journal entries",16} | {"draft minutes (read, replay, draft, gate)",-44}");
        foreach (var count in entries)
        {
            var folder = Path.Combine(Path.GetTempPath(), "jusoteki-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
                .AddJusotekiServices($"Data Source={Path.Combine(folder, "bench.db")}").BuildServiceProvider();
            try
            {
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);
                var meetingId = MidoriCityDemo.DecemberSupportMeetingId;
                var session = services.GetRequiredService<MeetingSessionCommands>();
                // The chair pledges for this meeting, as at the start of a 支援会議 (C5), so that the agenda's cases open in full.
                await session.RecordPledgeAsync(meetingId, MidoriCityDemo.ParticipantId(meetingId, Chair.Actor.Id), PledgeKind.ThisMeeting, Chair);
                await session.OpenAsync(meetingId, Chair);
                var journal = await EditAsync(services, meetingId, count);
                var minutes = services.GetRequiredService<MinutesQueries>();
                var draft = await Measure.RepeatAsync(repeats, async () =>
                {
                    if (await minutes.GetAsync(meetingId, Chair) is null) throw new InvalidOperationException("no minutes");
                });
                Console.WriteLine($"{journal,16} | {draft,-44}");
            }
            finally
            {
                await services.DisposeAsync();
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
        Console.WriteLine("median (min–max) of the repeats after one warm-up; the entries are 支援方針 edits spread over the agenda's cases.");
        return 0;
    }

    /// <summary>Edits 支援方針 round the agenda until the journal holds at least <paramref name="count"/> entries; returns its length.</summary>
    private static async Task<long> EditAsync(IServiceProvider services, Guid meetingId, int count)
    {
        var queries = services.GetRequiredService<MeetingQueries>();
        var commands = services.GetRequiredService<MeetingCommands>();
        var loaded = await queries.LoadAsync(meetingId) ?? throw new InvalidOperationException("the demo meeting is missing");
        var versions = loaded.Meeting.Agenda.ToDictionary(a => a.CaseId, a => a.SupportPolicyVersion);
        var cases = versions.Keys.ToList();
        var last = loaded.Meeting.LastSequence;
        for (var i = 0; last < count; i++)
        {
            if (cases.Count == 0) throw new InvalidOperationException("the chair may edit no case of the demo meeting");
            var caseId = cases[i % cases.Count];
            try
            {
                var written = await commands.EditSupportPolicyAsync(meetingId, caseId, $"支援方針の検討 {i}：地域包括が訪問し、生活の状況を確かめる。", versions[caseId], Chair);
                versions[caseId]++;
                last = written[^1].Sequence;
            }
            catch (DomainException)
            {
                cases.Remove(caseId); // a card the gate shows pseudonymised is not editable: edit the others
            }
        }
        return last;
    }
}

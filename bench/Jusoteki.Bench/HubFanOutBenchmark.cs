using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Jusoteki.E2E;
using Microsoft.AspNetCore.SignalR.Client;

namespace Jusoteki.Bench;

/// <summary>
/// /hubs/meeting fan-out against the real server: N raw SignalR clients, each signed in as its own participant (invited and
/// pledged), join one meeting; 5 of them edit their agency's note on one case once a second. Every receiver notes when each
/// entry arrives: latency is arrival − the moment its editor sent the command (the command's commit included).
/// With <c>twoInstances</c>, a second server shares the database file and a private redis-server (Jusoteki:Redis): the editors
/// stay on A, every other receiver joins through B, and A's and B's receivers are reported side by side.
/// </summary>
public static class HubFanOutBenchmark
{
    private const int Editors = 5;

    public static async Task RunAsync(int[] sizes, int rounds, int editSeconds, bool twoInstances = false)
    {
        Console.WriteLine($"Jusoteki benchmark — hub fan-out{(twoInstances ? " across two instances (one SQLite file, one redis-server)" : "")} (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        using var redis = twoInstances ? Jusoteki.Testing.RedisServer.Start() : null;
        await using var server = new AppServer(redis is null ? null : new Dictionary<string, string> { [redis.EnvironmentVariable.Key] = redis.EnvironmentVariable.Value });
        var (meetingId, participants) = await BenchParticipants.PrepareAsync(server, sizes.Max());
        await server.StartAsync();
        // B reads and writes A's database and audit chain (the keys folder beside it), and shares A's Redis.
        await using var second = redis is null ? null : new AppServer(new Dictionary<string, string>
        {
            [redis.EnvironmentVariable.Key] = redis.EnvironmentVariable.Value,
            ["ConnectionStrings__Jusoteki"] = $"Data Source={server.DatabasePath}",
            ["Jusoteki__AuditKeyFolder"] = Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, "keys"),
        });
        if (second is not null) await second.StartAsync();
        var clock = Stopwatch.StartNew();
        var clients = new List<Receiver>();
        try
        {
            Console.WriteLine($"{"participants",12} | {"p50 per delivery",-28} | {"p99 per delivery",-28} | {"worst receiver's p99",-28} | {"edits",6} | {"lost",5} | {"dup",5} | load"
                + (second is null ? "" : $" | {"on A: p50",-28} | {"on A: p99",-28} | {"on B: p50",-28} | {"on B: p99",-28}"));
            foreach (var size in sizes.Order())
            {
                // Grows the room: the clients of the smaller sizes stay connected.
                var joining = participants.Skip(clients.Count).Take(size - clients.Count).Select((p, i) => (p, Index: clients.Count + i)).ToList();
                await Parallel.ForEachAsync(joining, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (join, _) =>
                {
                    // The editors (the first five by name) and every other receiver stay on A; the rest join through B.
                    var onB = second is not null && join.Index >= Editors && join.Index % 2 == 1;
                    var c = await Receiver.ConnectAsync(onB ? second! : server, join.p, meetingId, clock, onB);
                    lock (clients) clients.Add(c);
                });
                var ordered = clients.OrderBy(c => c.Participant.UserName).ToList();
                if (size == sizes.Min()) await EditAsync(ordered.Take(Editors).ToList(), meetingId, clock, 2); // warm-up, not counted
                var p50s = new List<double>(); var p99s = new List<double>(); var worst = new List<double>();
                var p50sA = new List<double>(); var p99sA = new List<double>(); var p50sB = new List<double>(); var p99sB = new List<double>();
                int edits = 0, lost = 0, duplicated = 0;
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var c in ordered) c.Reset();
                    var sent = await EditAsync(ordered.Take(Editors).ToList(), meetingId, clock, editSeconds);
                    await WaitForAllAsync(ordered, sent.Keys.Max());
                    var latencies = new List<double>();
                    var (onA, onB) = (new List<double>(), new List<double>());
                    var perReceiver = new List<double>();
                    foreach (var c in ordered)
                    {
                        var arrivals = c.Arrivals();
                        var mine = new List<double>();
                        foreach (var (sequence, at) in arrivals.Where(a => sent.ContainsKey(a.Sequence)))
                            mine.Add((at - sent[sequence]).TotalMilliseconds);
                        var distinct = arrivals.Where(a => sent.ContainsKey(a.Sequence)).Select(a => a.Sequence).Distinct().Count();
                        lost += sent.Count - distinct;
                        duplicated += arrivals.Count(a => sent.ContainsKey(a.Sequence)) - distinct;
                        mine.Sort();
                        perReceiver.Add(Measure.Percentile(mine, 99));
                        latencies.AddRange(mine);
                        (c.OnSecondInstance ? onB : onA).AddRange(mine);
                    }
                    latencies.Sort();
                    p50s.Add(Measure.Percentile(latencies, 50));
                    p99s.Add(Measure.Percentile(latencies, 99));
                    worst.Add(perReceiver.Max());
                    if (second is not null)
                    {
                        onA.Sort(); onB.Sort();
                        p50sA.Add(Measure.Percentile(onA, 50)); p99sA.Add(Measure.Percentile(onA, 99));
                        p50sB.Add(Measure.Percentile(onB, 50)); p99sB.Add(Measure.Percentile(onB, 99));
                    }
                    edits += sent.Count;
                }
                Console.WriteLine($"{size,12} | {Measure.Spread(p50s),-28} | {Measure.Spread(p99s),-28} | {Measure.Spread(worst),-28} | {edits,6} | {lost,5} | {duplicated,5} | {Measure.LoadAverage()}"
                    + (second is null ? "" : $" | {Measure.Spread(p50sA),-28} | {Measure.Spread(p99sA),-28} | {Measure.Spread(p50sB),-28} | {Measure.Spread(p99sB),-28}"));
            }
            Console.WriteLine($"median (min–max) over {rounds} round(s) of {editSeconds} s; {Editors} editors at 1 edit/s each; lost and dup summed over receivers and rounds.");
        }
        finally
        {
            foreach (var c in clients) await c.DisposeAsync();
        }
    }

    // Each editor sends one edit a second (their starts spread over the second) for the given time; returns sequence → sent at.
    private static async Task<Dictionary<long, TimeSpan>> EditAsync(IReadOnlyList<Receiver> editors, Guid meetingId, Stopwatch clock, int seconds)
    {
        var sent = new Dictionary<long, TimeSpan>();
        await Task.WhenAll(editors.Select(async (editor, index) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1000.0 * index / editors.Count)); // pacing the load, not waiting for a result
            var start = clock.Elapsed;
            for (var i = 0; i < seconds; i++)
            {
                var at = clock.Elapsed;
                var sequence = await editor.Connection.InvokeAsync<long>("EditAgencyNote", meetingId, BenchParticipants.CaseId, editor.Participant.AgencyId,
                    string.Create(CultureInfo.InvariantCulture, $"ベンチマークの記録 {editor.Participant.UserName} {at.TotalMilliseconds:0}"), editor.NoteVersion);
                editor.NoteVersion++;
                lock (sent) sent[sequence] = at;
                var next = start + TimeSpan.FromSeconds(i + 1) - clock.Elapsed;
                if (next > TimeSpan.Zero) await Task.Delay(next); // the editors' pace: one edit a second
            }
        }));
        return sent;
    }

    private static async Task WaitForAllAsync(IReadOnlyList<Receiver> receivers, long last)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (receivers.Any(r => r.LastSequence < last) && DateTime.UtcNow < deadline)
            await Task.Delay(20); // polling a condition: the last entry reaching everyone (or 15 s, then the rest count as lost)
    }

    private sealed class Receiver : IAsyncDisposable
    {
        private readonly List<(long Sequence, TimeSpan At)> _arrivals = [];
        private long _lastSequence;

        private Receiver(BenchParticipant participant, HubConnection connection, bool onSecondInstance)
        {
            Participant = participant;
            Connection = connection;
            OnSecondInstance = onSecondInstance;
        }

        public bool OnSecondInstance { get; }

        public BenchParticipant Participant { get; }
        public HubConnection Connection { get; }
        public int NoteVersion { get; set; }
        public long LastSequence => Interlocked.Read(ref _lastSequence);

        public static async Task<Receiver> ConnectAsync(AppServer server, BenchParticipant participant, Guid meetingId, Stopwatch clock, bool onSecondInstance)
        {
            var cookies = new CookieContainer();
            await HubClient.SignInAsync(server, cookies, participant.UserName);
            var connection = new HubConnectionBuilder().WithUrl($"{server.BaseUrl}/hubs/meeting", o => o.Cookies = cookies).Build();
            var receiver = new Receiver(participant, connection, onSecondInstance);
            connection.On<JsonElement>("JournalEntries", entries =>
            {
                var at = clock.Elapsed;
                lock (receiver._arrivals)
                {
                    foreach (var entry in entries.EnumerateArray())
                    {
                        var sequence = entry.GetProperty("sequence").GetInt64();
                        receiver._arrivals.Add((sequence, at));
                        if (sequence > receiver._lastSequence) Interlocked.Exchange(ref receiver._lastSequence, sequence);
                    }
                }
            });
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("JoinMeeting", meetingId);
            return receiver;
        }

        public void Reset() { lock (_arrivals) _arrivals.Clear(); }

        public List<(long Sequence, TimeSpan At)> Arrivals() { lock (_arrivals) return [.. _arrivals]; }

        public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
    }
}

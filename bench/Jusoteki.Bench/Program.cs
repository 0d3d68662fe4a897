using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts. Instead of the case lists: `--minutes` times draft minutes at 1,000 and
// 5,000 journal entries; `--browsers` an edit reaching nine other boards in real browsers; `--memory` (with `--boards 10,30,60`,
// `--gcdump DIR` for heap dumps by dotnet-gcdump, `--in-session` with the meeting opened by the chair first) memory per open board; `--hub` the hub's fan-out (`--sizes` = participants);
// `--hub --two-instances` the same across two servers sharing one Redis; `--startup` cold start, restart and reconnect (`--published DIR`: of a `dotnet publish` output instead of the build). All but the case lists run the real app as a child process (build first).
var quick = args.Contains("--quick");
var repeats = quick ? 2 : 5;
var sizesAt = Array.IndexOf(args, "--sizes");
int[]? asked = sizesAt >= 0 && sizesAt + 1 < args.Length ? [.. args[sizesAt + 1].Split(',').Select(int.Parse)] : null;
if (args.Contains("--memory"))
{
    var boardsAt = Array.IndexOf(args, "--boards");
    int[] boards = boardsAt >= 0 && boardsAt + 1 < args.Length ? [.. args[boardsAt + 1].Split(',').Select(int.Parse)] : [10, 30, 60];
    var gcdumpAt = Array.IndexOf(args, "--gcdump");
    return await MemoryBenchmark.RunAsync(boards, gcdumpAt >= 0 && gcdumpAt + 1 < args.Length ? args[gcdumpAt + 1] : null, inSession: args.Contains("--in-session"));
}
var hub = args.Contains("--hub");
var startup = args.Contains("--startup");
if (hub) await HubFanOutBenchmark.RunAsync(asked ?? (quick ? [10] : [10, 50, 100, 300]), rounds: quick ? 1 : 3, editSeconds: quick ? 3 : 10,
    twoInstances: args.Contains("--two-instances"));
var publishedAt = Array.IndexOf(args, "--published");
if (startup) await StartupBenchmark.RunAsync(repeats: quick ? 1 : 5, publishedAt >= 0 && publishedAt + 1 < args.Length ? Path.GetFullPath(args[publishedAt + 1]) : null);
if (hub || startup) return 0;
if (args.Contains("--browsers")) return await BrowserBoardsBenchmark.RunAsync(viewers: 9, edits: 20);
if (args.Contains("--minutes")) return await MinutesBenchmark.RunAsync([1000, 5000], repeats);
var status = await CaseBoardBenchmark.RunAsync(asked ?? (quick ? [100] : [500, 2000]), repeats);
// CI's smoke run: every measure once, small, only to prove it still works.
if (quick)
{
    status |= await MinutesBenchmark.RunAsync([100], repeats);
    status |= await BrowserBoardsBenchmark.RunAsync(viewers: 2, edits: 2);
    status |= await MemoryBenchmark.RunAsync([1, 3], gcdumpFolder: null);
    await HubFanOutBenchmark.RunAsync([10], rounds: 1, editSeconds: 3);
    await HubFanOutBenchmark.RunAsync([10], rounds: 1, editSeconds: 3, twoInstances: true);
}
return status;

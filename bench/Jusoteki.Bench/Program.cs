using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts. Instead of the case lists: `--minutes` times draft minutes at 1,000 and
// 5,000 journal entries; `--browsers` an edit reaching nine other boards in real browsers; `--memory` (with `--boards 10,30,60`,
// and `--gcdump DIR` for heap dumps by dotnet-gcdump) memory per open board with the real app and Chromium.
var quick = args.Contains("--quick");
if (args.Contains("--memory"))
{
    var boardsAt = Array.IndexOf(args, "--boards");
    int[] boards = boardsAt >= 0 && boardsAt + 1 < args.Length ? [.. args[boardsAt + 1].Split(',').Select(int.Parse)] : [10, 30, 60];
    var gcdumpAt = Array.IndexOf(args, "--gcdump");
    return await MemoryBenchmark.RunAsync(boards, gcdumpAt >= 0 && gcdumpAt + 1 < args.Length ? args[gcdumpAt + 1] : null);
}
var sizesAt = Array.IndexOf(args, "--sizes");
int[] sizes = sizesAt >= 0 && sizesAt + 1 < args.Length ? [.. args[sizesAt + 1].Split(',').Select(int.Parse)] : quick ? [100] : [500, 2000];
var repeats = quick ? 2 : 5;
if (args.Contains("--browsers")) return await BrowserBoardsBenchmark.RunAsync(viewers: 9, edits: 20);
if (args.Contains("--minutes")) return await MinutesBenchmark.RunAsync([1000, 5000], repeats);
var status = await CaseBoardBenchmark.RunAsync(sizes, repeats);
if (quick) status |= await MinutesBenchmark.RunAsync([100], repeats);
if (quick) status |= await BrowserBoardsBenchmark.RunAsync(viewers: 2, edits: 2);
if (quick) status |= await MemoryBenchmark.RunAsync([1, 3], gcdumpFolder: null);
return status;

using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts; `--minutes` times draft minutes at 1,000 and 5,000 journal entries instead; `--browsers`
// times an edit reaching nine other boards in real browsers.
var quick = args.Contains("--quick");
var sizesAt = Array.IndexOf(args, "--sizes");
int[] sizes = sizesAt >= 0 && sizesAt + 1 < args.Length ? [.. args[sizesAt + 1].Split(',').Select(int.Parse)] : quick ? [100] : [500, 2000];
var repeats = quick ? 2 : 5;
if (args.Contains("--browsers")) return await BrowserBoardsBenchmark.RunAsync(viewers: 9, edits: 20);
if (args.Contains("--minutes")) return await MinutesBenchmark.RunAsync([1000, 5000], repeats);
var status = await CaseBoardBenchmark.RunAsync(sizes, repeats);
if (quick) status |= await MinutesBenchmark.RunAsync([100], repeats);
if (quick) status |= await BrowserBoardsBenchmark.RunAsync(viewers: 2, edits: 2);
return status;

using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts. `--hub` measures the hub's fan-out, `--startup` cold start, restart and
// reconnect against the real app as a child process (build the solution first); with `--quick` each is a short version.
var quick = args.Contains("--quick");
var hub = args.Contains("--hub");
var startup = args.Contains("--startup");
var sizesAt = Array.IndexOf(args, "--sizes");
int[]? asked = sizesAt >= 0 && sizesAt + 1 < args.Length ? [.. args[sizesAt + 1].Split(',').Select(int.Parse)] : null;
if (hub) await HubFanOutBenchmark.RunAsync(asked ?? (quick ? [10] : [10, 50, 100, 300]), rounds: quick ? 1 : 3, editSeconds: quick ? 3 : 10);
if (startup) await StartupBenchmark.RunAsync(repeats: quick ? 1 : 5);
if (hub || startup) return 0;
int[] sizes = asked ?? (quick ? [100] : [500, 2000]);
return await CaseBoardBenchmark.RunAsync(sizes, repeats: quick ? 2 : 5);

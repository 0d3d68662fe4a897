using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts.
var quick = args.Contains("--quick");
var sizesAt = Array.IndexOf(args, "--sizes");
int[] sizes = sizesAt >= 0 && sizesAt + 1 < args.Length ? [.. args[sizesAt + 1].Split(',').Select(int.Parse)] : quick ? [100] : [500, 2000];
return await CaseBoardBenchmark.RunAsync(sizes, repeats: quick ? 2 : 5);

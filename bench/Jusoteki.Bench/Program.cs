using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
var quick = args.Contains("--quick");
return await CaseBoardBenchmark.RunAsync(quick ? [100] : [500, 2000], repeats: quick ? 2 : 5);

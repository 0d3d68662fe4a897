using Jusoteki.Bench;

// The benchmark program (README): prints figures, asserts nothing. `--quick` is CI's smoke run that proves it still works.
// `--sizes 500,2000,10000` chooses the case counts. `--memory` (with `--boards 10,30,60`, and `--gcdump DIR` for heap dumps
// by dotnet-gcdump) measures memory per open board with the real app and Chromium instead.
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
return await CaseBoardBenchmark.RunAsync(sizes, repeats: quick ? 2 : 5);

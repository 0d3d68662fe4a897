using Jusoteki.Domain.Progress;

namespace Jusoteki.Domain.Tests.Progress;

/// <summary>The README's 進行管理 table says what the code counts: one row per indicator, its unit and its source.</summary>
public sealed class ProgressReadmeTests
{
    [Fact]
    public void The_readme_lists_every_indicator_with_the_unit_and_source_the_code_uses()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jusoteki.sln"))) dir = dir.Parent;
        var readme = File.ReadAllText(Path.Combine(dir!.FullName, "README.md")).ReplaceLineEndings("\n");

        var table = string.Join("\n", ProgressIndicators.All.Select(i => $"| {i.JapaneseName()} | {i.Unit().Symbol()} | {i.Source()} |"));
        Assert.Contains(table, readme);
    }
}

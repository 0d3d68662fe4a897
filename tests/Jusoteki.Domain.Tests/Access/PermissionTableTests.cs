using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Tests.Access;

public sealed class PermissionTableTests
{
    [Fact]
    public void Every_operation_has_a_row_and_every_role_is_named()
    {
        foreach (var operation in Enum.GetValues<Operation>())
        foreach (var role in AppRoles.All)
            _ = Permissions.IsAllowed(role, operation);
        Assert.All(AppRoles.All, role => Assert.False(string.IsNullOrEmpty(AppRoles.JapaneseName(role))));
    }

    [Fact]
    public void The_readme_shows_exactly_the_permission_table_the_code_enforces()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        Assert.Contains(RenderTable(), readme.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_caller_without_the_permission_is_refused_in_japanese_and_one_with_it_passes()
    {
        var reviewer = new Caller(new Actor("etsuran", "閲覧者"), new HashSet<string> { AppRoles.Reviewer }, null);
        var chair = new Caller(new Actor("gicho", "議長"), new HashSet<string> { AppRoles.Chair }, null);

        var error = Assert.Throws<DomainException>(() => reviewer.Require(Operation.EditDecision));

        Assert.Equal("access.denied", error.Code);
        Assert.Equal("この操作（支援方針などを編集する）を行う権限がありません。", error.Message);
        chair.Require(Operation.EditDecision);
        Assert.False(Caller.Anonymous.May(Operation.ViewMeetingList));
    }

    [Fact]
    public void A_caller_with_several_roles_may_do_what_any_of_them_may()
    {
        var both = new Caller(new Actor("x", "x"), new HashSet<string> { AppRoles.Reviewer, AppRoles.Administrator }, null);
        Assert.True(both.May(Operation.ManageAccounts));
        Assert.True(both.May(Operation.ReadMinutes));
        Assert.False(both.May(Operation.EditDecision));
    }

    /// <summary>The table as the README shows it: one row per operation, ○ allowed, — denied.</summary>
    internal static string RenderTable()
    {
        var lines = new List<string>
        {
            "| 操作 | " + string.Join(" | ", AppRoles.All.Select(AppRoles.JapaneseName)) + " |",
            "|---|" + string.Concat(AppRoles.All.Select(_ => "---|")),
        };
        lines.AddRange(Enum.GetValues<Operation>().Select(op =>
            $"| {op.JapaneseName()} | " + string.Join(" | ", AppRoles.All.Select(role => Permissions.IsAllowed(role, op) ? "○" : "—")) + " |"));
        return string.Join("\n", lines);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jusoteki.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jusoteki.sln not found.");
    }
}

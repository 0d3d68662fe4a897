using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Web.Components.Pages.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The audit page over 1,100 rows: the newest first, a page at a time, and the CSV link carrying the same filter.</summary>
public sealed class AuditLogPagingTests() : AppTestContext("admin", "システム管理者", AppRoles.Administrator)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, JapanTime.Offset);

    protected override async Task ArrangeAsync()
    {
        var records = Enumerable.Range(0, 1_100).Select(i =>
            new AuditRecord(Start.AddMinutes(i), "account.login", $"user-{i:D4}", $"利用者{i:D4}", null, null, "ログイン")).ToList();
        foreach (var chunk in records.Chunk(300)) await Services.GetRequiredService<AuditLog>().AppendAsync(chunk);
    }

    [Fact]
    public void The_newest_row_is_on_top_and_older_ones_are_a_page_further()
    {
        var cut = Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='audit-row']")), TimeSpan.FromSeconds(10));

        Assert.Contains("user-1099", cut.FindAll("[data-testid='audit-row']")[0].TextContent);
        Assert.Equal(100, cut.FindAll("[data-testid='audit-row']").Count);
        Assert.Contains("新しい順", cut.Find("[data-testid='audit-count']").TextContent);
        Assert.Contains("/admin/audit/export.csv".TrimStart('/'), cut.Find("a[aria-label='この条件の監査ログをCSVでダウンロード']").GetAttribute("href"));

        cut.Find("button[aria-label='古い方のページへ']").Click();

        cut.WaitForAssertion(() => Assert.Contains("user-0999", cut.FindAll("[data-testid='audit-row']")[0].TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("101〜200件目", cut.Find("[data-testid='audit-count']").TextContent);
    }

    [Fact]
    public void A_date_range_shows_only_its_days_and_the_csv_link_carries_it()
    {
        var cut = Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='audit-row']")), TimeSpan.FromSeconds(10));

        cut.Find("input[aria-label='期間の始め']").Change("2026/12/02");
        cut.Find("input[aria-label='期間の終わり']").Change("2026/12/02");
        cut.FindAll("button").First(b => b.TextContent.Trim() == "検索").Click();

        // 2 December in Japan: 00:00 to 03:19 there, minutes 900 to 1099, and the day anchor before the first of them.
        cut.WaitForAssertion(() => Assert.StartsWith("全201件", cut.Find("[data-testid='audit-count']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("from=2026-12-02&to=2026-12-02", cut.Find("a[aria-label='この条件の監査ログをCSVでダウンロード']").GetAttribute("href"));
    }
}

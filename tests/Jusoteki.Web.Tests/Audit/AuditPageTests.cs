using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Audit;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Audit;

/// <summary>
/// The audit page over a log of more than a thousand rows: newest first, in pages, by date range in Japan, exported as CSV;
/// and a board opened again and again does not flood it (C6 once per reader, case and visit).
/// </summary>
public sealed class AuditPageTests : IAsyncLifetime
{
    private static readonly Caller Admin = TestApp.Caller("admin", AppRoles.Administrator);
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, JapanTime.Offset);
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private AuditQueries Queries => _app.Services.GetRequiredService<AuditQueries>();
    private AuditLog Log => _app.Services.GetRequiredService<AuditLog>();

    // 1,200 logins, one a minute from 1 December 09:00 (Japan) — until 2 December 05:00 —, after the demo's own rows.
    private async Task FillAsync()
    {
        var records = Enumerable.Range(0, 1_200).Select(i =>
            new AuditRecord(Start.AddMinutes(i), "account.login", $"user-{i:D4}", $"利用者{i:D4}", null, null, "ログイン")).ToList();
        foreach (var chunk in records.Chunk(300)) await Log.AppendAsync(chunk);
    }

    [Fact]
    public async Task The_newest_rows_come_first_and_every_row_is_reachable_page_by_page()
    {
        await FillAsync();

        var first = await Queries.ReadPageAsync(Admin, new AuditFilter(), 0);
        var all = await Queries.ReadPageAsync(Admin, new AuditFilter(), 0, 100_000);

        Assert.True(first.Total >= 1_200);
        Assert.Equal(AuditQueries.PageSize, first.Lines.Count);
        Assert.Equal("user-1199", first.Lines[0].ActorId);
        Assert.Equal(first.Lines.Select(l => l.At).OrderDescending(), first.Lines.Select(l => l.At));
        var second = await Queries.ReadPageAsync(Admin, new AuditFilter(), 1);
        Assert.Equal("user-1099", second.Lines[0].ActorId);
        var last = await Queries.ReadPageAsync(Admin, new AuditFilter(), first.PageCount - 1);
        Assert.Equal(all.Lines[^1], last.Lines[^1]);
        Assert.Equal(first.Total, all.Lines.Count);
        await Assert.ThrowsAsync<DomainException>(() => Queries.ReadPageAsync(TestApp.Caller("gicho", AppRoles.Chair), new AuditFilter(), 0));
    }

    [Fact]
    public async Task A_date_range_in_japan_and_an_exact_action_narrow_the_rows()
    {
        await FillAsync();
        await Log.AppendAsync([new AuditRecord(Start.AddMinutes(5), "account.login-failed", "user-x", "（不明）", null, null, "パスワードの誤り")]);

        // 2 December (Japan) holds the logins from 00:00 to 05:00 there: minutes 900 to 1199.
        var day = AuditExport.FilterOf("account.login", null, new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2));
        var page = await Queries.ReadPageAsync(Admin, day, 0, 1_000);

        Assert.Equal(300, page.Total);
        Assert.Equal(("user-1199", "user-0900"), (page.Lines[0].ActorId, page.Lines[^1].ActorId));
        Assert.Equal(1, (await Queries.ReadPageAsync(Admin, AuditExport.FilterOf("account.login-failed", null, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)), 0)).Total);
        Assert.Equal(0, (await Queries.ReadPageAsync(Admin, AuditExport.FilterOf("account.login", null, new DateOnly(2026, 12, 3), null), 0)).Total);
    }

    [Fact]
    public async Task Days_the_log_cannot_hold_bound_nothing_instead_of_failing()
    {
        var unbounded = AuditExport.FilterOf(null, null, DateOnly.MinValue, DateOnly.MaxValue);

        Assert.Equal((null, null), (unbounded.From, unbounded.Until));
        Assert.NotNull(await Queries.ReadPageAsync(Admin, unbounded, 0));
    }

    [Fact]
    public void The_csv_is_utf8_with_a_bom_and_keeps_formulas_as_text()
    {
        var csv = AuditExport.Csv([new AuditLine(Start, "account.login", "ログイン", "=cmd", "利用者", "ケースA-01", "ログイン, 再試行")]);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("日時,操作,操作コード,利用者ID,利用者,ケース,内容\r\n", text);
        Assert.Contains(",'=cmd,", text);
        Assert.Contains("\"ログイン, 再試行\"", text);
    }

    [Fact]
    public async Task Two_hundred_board_loads_by_the_same_reader_record_each_unconsented_case_once()
    {
        var meetings = _app.Services.GetRequiredService<MeetingQueries>();
        // The 民生委員's standing pledge shows the December 支援会議's unconsented cases in full.
        var minsei = TestApp.Caller("minsei", AppRoles.AgencyStaff) with { AgencyId = MidoriCityDemo.AgencyId("minsei-kita") };
        var december = MidoriCityDemo.DecemberSupportMeetingId;
        var before = await ShownAsync();

        await meetings.GetBoardAsync(december, minsei);
        var once = await ShownAsync() - before;
        for (var i = 0; i < 199; i++) await meetings.GetBoardAsync(december, minsei);

        Assert.True(once > 0);
        Assert.Equal(once, await ShownAsync() - before);
        // Another reader's display is their own record.
        await meetings.GetBoardAsync(december, TestApp.Caller("gicho", AppRoles.Chair));
        Assert.True(await ShownAsync() - before >= once);
    }

    private async Task<int> ShownAsync() =>
        (await Log.ReadPageAsync(new AuditFilter(Action: "case.personal-information-shown"), 0, 1)).Total;
}

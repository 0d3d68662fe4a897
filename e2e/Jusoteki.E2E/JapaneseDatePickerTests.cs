using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// Dates are entered with MudBlazor's picker speaking Japanese (JapaneseDatePicker), not the browser's mm/dd/yyyy: on the
/// intake form a window types one date and picks another from the calendar, the case page shows both as 令和8年12月1日（火）,
/// and a date the domain refuses is still refused in Japanese with what was typed kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JapaneseDatePickerTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private const string Name = "秋山 花子";
    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private string Url(string path) => $"{server.Server.BaseUrl}{path}";

    [Fact]
    public async Task A_date_typed_and_a_date_picked_from_the_japanese_calendar_are_saved_and_shown_in_wareki()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Jst).DateTime);
        var page = await NewPageAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1366, Height = 768 } });
        await SignIn.SignInToAsync(page, server.Server, "houkatsu", Url("/cases/new"));
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await page.GetByLabel("本人の氏名").FillAsync(Name);
        await page.GetByLabel("住所").FillAsync("みどり市秋町1-1");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "高齢" }).CheckAsync();
        await page.GetByLabel("主訴").FillAsync("本人から。通院の付き添いがいない。");

        // Typed, as a keyboard user does: 1990/04/01.
        await DateField.TypeAsync(DateField.In(page, "生年月日"), new DateOnly(1990, 4, 1));

        // A 受付日 in the future is refused by the domain, in Japanese, and nothing typed is lost.
        await DateField.TypeAsync(DateField.In(page, "受付日"), today.AddDays(1));
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("受付日に未来の日付は指定できません");
        await Expect(page.GetByLabel("本人の氏名")).ToHaveValueAsync(Name);
        await Expect(DateField.In(page, "生年月日")).ToHaveValueAsync("1990/04/01");

        // Picked: the calendar speaks Japanese (2026年12月, 日 月 火 …, the week from Sunday) and the 1st of this month is clicked.
        await page.GetByRole(AriaRole.Button, new() { Name = "受付日をカレンダーから選ぶ" }).ClickAsync();
        var calendar = page.GetByRole(AriaRole.Dialog, new() { Name = "受付日のカレンダー" });
        await Expect(calendar).ToContainTextAsync($"{today.Year}年{today.Month}月");
        await Expect(calendar.Locator(".mud-day-label")).ToHaveTextAsync(DayNames);
        await Expect(calendar.GetByRole(AriaRole.Button, new() { Name = "前の月" })).ToBeVisibleAsync();
        // The popover fades in: the picture is taken once its transition has finished.
        await page.Locator(".mud-popover-open").EvaluateAsync("e => Promise.all(e.getAnimations({ subtree: true }).map(a => a.finished))");
        Directory.CreateDirectory("/tmp/dates-shots");
        await page.ScreenshotAsync(new() { Path = "/tmp/dates-shots/intake-calendar-1366x768.png" });
        await calendar.Locator("button.mud-picker-calendar-day:not(.mud-hidden)").Filter(new() { HasTextRegex = new Regex("^1$") }).ClickAsync();
        var first = new DateOnly(today.Year, today.Month, 1);
        await Expect(DateField.In(page, "受付日")).ToHaveValueAsync(DateField.Typed(first));

        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(page.GetByTestId("case-title")).ToContainTextAsync(Name, new() { Timeout = 15_000 });
        var facts = page.GetByRole(AriaRole.Region, new() { Name = "本人と世帯" });
        await Expect(facts).ToContainTextAsync($"{Reiwa(first)}・");
        await Expect(facts).ToContainTextAsync("平成2年4月1日（日）");
    }

    [Fact]
    public async Task A_meeting_day_picked_from_next_months_calendar_and_a_typed_time_reach_the_prepare_page_and_a_date_too_far_is_refused()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Jst).DateTime);
        var page = await NewPageAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1366, Height = 768 } });
        await SignIn.SignInToAsync(page, server.Server, "jimukyoku", Url("/meetings/new"));
        await Expect(page.Locator("[data-live='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var form = page.GetByRole(AriaRole.Form, new() { Name = "会議を作成" });
        await form.GetByLabel("会議名").FillAsync("日付の選び方を確かめる支援会議");
        await form.GetByLabel("場所", new() { Exact = true }).FillAsync("市役所2階 相談室");
        var time = DateField.In(form, "開始時刻");
        await time.FillAsync("15:30");
        await time.PressAsync("Tab");
        await Expect(time).ToHaveValueAsync("15:30");

        // Beyond the horizon: the domain's Japanese refusal, and the form stays.
        await DateField.TypeAsync(DateField.In(form, "開催日"), new DateOnly(2099, 1, 1));
        await form.GetByRole(AriaRole.Button, new() { Name = "作成して準備へ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("開催日は");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("より先の日付は指定できません");
        await Expect(page).ToHaveURLAsync(Url("/meetings/new"));

        // Picked: back to this month by typing, then the calendar's 次の月 and the 18th.
        await DateField.TypeAsync(DateField.In(form, "開催日"), today);
        await page.GetByRole(AriaRole.Button, new() { Name = "開催日をカレンダーから選ぶ" }).ClickAsync();
        var calendar = page.GetByRole(AriaRole.Dialog, new() { Name = "開催日のカレンダー" });
        var next = today.AddMonths(1);
        await calendar.GetByRole(AriaRole.Button, new() { Name = $"次の月（{next.Year}年{next.Month}月）" }).ClickAsync();
        await Expect(calendar).ToContainTextAsync($"{next.Year}年{next.Month}月");
        await calendar.Locator("button.mud-picker-calendar-day:not(.mud-hidden)").Filter(new() { HasTextRegex = new Regex("^18$") }).ClickAsync();
        var day = new DateOnly(next.Year, next.Month, 18);
        await Expect(DateField.In(form, "開催日")).ToHaveValueAsync(DateField.Typed(day));

        await form.GetByRole(AriaRole.Button, new() { Name = "作成して準備へ" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/meetings/.+/prepare$"), new() { Timeout = 30_000 });
        await Expect(page.GetByText($"{Reiwa(day)}15:30")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    // 令和Y年M月D日（曜）, as the app writes a date standing alone (JapaneseFormat, 和暦 by default).
    private static string Reiwa(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"令和{(date.Year == 2019 ? "元" : (date.Year - 2018).ToString(CultureInfo.InvariantCulture))}年{date.Month}月{date.Day}日（{DayNames[(int)date.DayOfWeek]}）");
}

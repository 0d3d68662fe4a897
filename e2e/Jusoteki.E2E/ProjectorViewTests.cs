using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// The shared screen at 1920×1080 and 1366×768: every case of the agenda, reached with PageDown, fits one screen — its name,
/// 支援方針/見守り, 役割分担 with 主担当 and due dates, 次回確認日 — with nothing to press, body text of 24 px or more, and
/// text contrast of WCAG AA (4.5:1) or better. A screenshot of each case is kept in the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectorViewTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private static readonly string[] Parts = ["projector-title", "projector-policy", "projector-watching", "projector-roles", "lead-agency", "next-review-date"];

    // The smallest contrast ratio and font size over every element with its own text in the card.
    private const string MeasureText = """
        card => {
            const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = el => {
                for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || c[3] > 0) return c; }
                return [255, 255, 255];
            };
            let contrast = 99, size = 99, worst = '';
            for (const el of card.querySelectorAll('*')) {
                if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                const style = getComputedStyle(el);
                const [a, b] = [lum(rgb(style.color)), lum(background(el))];
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                const px = parseFloat(style.fontSize);
                if (ratio < contrast) contrast = ratio;
                if (px < size) { size = px; worst = el.textContent.trim().slice(0, 20); }
            }
            return [contrast, size, worst];
        }
        """;

    // A case as full as a meeting leaves it: a long 支援方針 and three roles (the theory's runs share the server).
    private static async Task FillCaseAsync(BoardPage chair, int run)
    {
        await ChairBoard.FocusAsync(chair, "ケースA-02");
        if (await chair.SupportPolicy("ケースA-02").TextContentAsync() == "（未記入）")
        {
            await chair.EditSupportPolicyAsync("ケースA-02",
                "父の介護負担を下げるため、ショートステイを月2回確保し、長女が自分の時間を持てるようにする。同じ立場の人が集まるピアグループを紹介し、長女の就労の希望は生活サポートセンターが聞き取る。");
            await Expect(chair.SupportPolicy("ケースA-02")).Not.ToHaveTextAsync("（未記入）");
        }
        var form = chair.Page.GetByRole(AriaRole.Form, new() { Name = "ケースA-02に役割を割り当てる" });
        for (var count = await chair.Roles("ケースA-02").CountAsync(); count < 3; count++)
        {
            await form.GetByLabel("担当機関", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 + count });
            await form.GetByLabel("役割の内容", new() { Exact = true }).FillAsync($"役割{count + 1}：月1回の訪問で長女の様子を聞き、次回の会議で報告する（{run}）");
            await form.GetByLabel("役割の内容", new() { Exact = true }).PressAsync("Enter");
            await Expect(chair.Roles("ケースA-02")).ToHaveCountAsync(count + 1);
        }
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1366, 768)]
    public async Task Every_case_fits_one_projector_screen_legibly_and_without_controls(int width, int height)
    {
        var page = await NewPageAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = width, Height = height } });
        await SignIn.SignInToAsync(page, server.Server, "gicho", DemoMeeting.Url(server.Server));
        var chair = new BoardPage(page);
        await chair.WaitUntilLiveAsync();
        await ChairBoard.PrepareAsync(chair);
        await FillCaseAsync(chair, width);
        await ChairBoard.FocusAsync(chair, "ケースA-01");
        await page.Keyboard.PressAsync("p");
        await Expect(chair.Board).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("projector"));

        foreach (var (pseudonym, index) in new[] { "ケースA-01", "ケースA-02", "ケースA-03", "ケースA-04", "ケースA-05", "ケースA-06" }.Select((p, i) => (p, i)))
        {
            if (index > 0) await page.Keyboard.PressAsync("PageDown");
            await Expect(chair.Board).ToHaveAttributeAsync("data-focus", pseudonym);
            var card = chair.Card(pseudonym);
            await Expect(card).ToHaveAttributeAsync("data-visibility", "Full");
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"projector-{width}x{height}-{pseudonym}.png") });

            foreach (var part in Parts)
            {
                var box = await card.GetByTestId(part).First.BoundingBoxAsync();
                Assert.True(box is not null && box.Y >= 0 && box.X >= 0 && box.Y + box.Height <= height && box.X + box.Width <= width,
                    $"{pseudonym}: {part} is outside the {width}×{height} screen ({box?.X}, {box?.Y}, {box?.Width}×{box?.Height}).");
            }
            Assert.Equal(0, await card.Locator("button, input, select, textarea, form").CountAsync());
            var measured = await card.EvaluateAsync<System.Text.Json.JsonElement>(MeasureText);
            Assert.True(measured[0].GetDouble() >= 4.5, $"{pseudonym}: a text has a contrast of {measured[0].GetDouble():F2}:1.");
            Assert.True(measured[1].GetDouble() >= 24, $"{pseudonym}: 「{measured[2].GetString()}」 is {measured[1].GetDouble()} px.");
        }
    }
}

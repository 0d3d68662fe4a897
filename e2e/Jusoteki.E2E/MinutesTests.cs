using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// From the closed meeting to the reader: the chair closes the seeded December 支援会議, the 事務局 tidies the draft minutes,
/// the chair approves them, and a 閲覧者 reads and downloads them redacted while a pledged member gets them in full.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private AppServer Server => server.Server;
    private string MinutesUrl => $"{Server.BaseUrl}/meetings/{DemoMeeting.Id}/minutes";

    [Fact]
    public async Task Closed_minutes_are_tidied_approved_and_read_redacted_by_a_reviewer_in_the_page_and_the_docx()
    {
        await HoldAndCloseAsync();

        var secretariat = await OpenMinutesAsync("jimukyoku");
        await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("議事録（第1版・下書き）");
        var article = secretariat.GetByRole(AriaRole.Article, new() { Name = "議事録" });
        await Expect(article).ToContainTextAsync("見守りと異変時の連絡");
        await article.GetByRole(AriaRole.Button, new() { Name = "協議の内容を編集" }).First.ClickAsync();
        await article.GetByRole(AriaRole.Textbox, new() { Name = "協議の内容" }).FillAsync("民生委員から、夜に外出する様子があると報告された。");
        await article.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Status)).ToHaveTextAsync("協議の内容を保存しました。");

        // Before approval a 閲覧者 may not read the draft, nor export it: refused in Japanese, nothing handed out.
        var early = await OpenAsAsync(Server, "etsuran", Server.BaseUrl + "/minutes");
        var refused = await early.APIRequest.GetAsync($"{MinutesUrl}.docx");
        Assert.Equal(403, refused.Status);
        Assert.Contains("まだ承認されていません", await refused.TextAsync());

        // Approving cannot be undone: the chair is asked; Escape changes nothing, and it is confirmed from the keyboard.
        var chair = await OpenMinutesAsync("gicho");
        await chair.GetByRole(AriaRole.Button, new() { Name = "第1版を承認" }).ClickAsync();
        var dialog = await ConfirmDialog.OpenedAsync(chair, "承認する");
        await Expect(dialog).ToContainTextAsync("議事録を承認する");
        await Expect(dialog).ToContainTextAsync("承認した版は変更できず");
        await chair.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("議事録（第1版・下書き）");
        await chair.GetByRole(AriaRole.Button, new() { Name = "第1版を承認" }).ClickAsync();
        await ConfirmDialog.OpenedAsync(chair, "承認する");
        await chair.Keyboard.PressAsync("Enter");
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("議事録（第1版・承認済み）");

        // The 閲覧者's meeting list now holds this meeting, leading to its minutes, and nothing they may not open.
        var list = await OpenAsAsync(Server, "etsuran", Server.BaseUrl + "/");
        await Expect(list.Locator("[aria-label='会議'] a")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(list.Locator("[aria-label='会議'] a")).ToContainTextAsync(DemoMeeting.Title + "（議事録）");
        await Expect(list.Locator("[aria-label='会議'] a")).ToHaveAttributeAsync("href", $"meetings/{DemoMeeting.Id}/minutes");

        var reviewer = await OpenAsAsync(Server, "etsuran", Server.BaseUrl + "/minutes");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = DemoMeeting.Title }).ClickAsync(new() { Timeout = 30_000 });
        await Expect(reviewer.Locator("[data-loaded='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(reviewer.GetByTestId("redacted").First).ToBeVisibleAsync();
        await Expect(reviewer.GetByRole(AriaRole.Article, new() { Name = "議事録" })).Not.ToContainTextAsync("緑川");
        var redacted = await DocxTextAsync(reviewer);
        Assert.DoesNotContain("緑川", redacted);
        Assert.DoesNotContain("夜に外出", redacted);
        Assert.Contains("個人情報を含むため、この部分は表示されません（仮名表示）。", redacted);
        Assert.Contains("ケースA-01・50代男性・8050・ひきこもり", redacted);

        var member = await OpenMinutesAsync("minsei");
        var full = await DocxTextAsync(member);
        Assert.Contains("ケースA-01（緑川 健一）", full);
        Assert.Contains("民生委員から、夜に外出する様子があると報告された。", full);
    }

    private async Task<IPage> OpenMinutesAsync(string userName)
    {
        var page = await OpenAsAsync(Server, userName, MinutesUrl);
        await Expect(page.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    private static async Task<string> DocxTextAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Word形式（.docx）でダウンロード" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The chair runs the December meeting to its close: case A-01 decided, its role and lead with the 民生委員 (standing pledge).
    // The 事務局, who will tidy the minutes, pledges at the opening like everyone at the table.
    private async Task HoldAndCloseAsync()
    {
        var secretariat = new BoardPage(await OpenAsAsync(Server, "jimukyoku", DemoMeeting.Url(Server)));
        await secretariat.WaitUntilLiveAsync();
        await secretariat.PledgeAsync();
        var chair = new BoardPage(await OpenAsAsync(Server, "gicho", DemoMeeting.Url(Server)));
        await chair.WaitUntilLiveAsync();
        await chair.PledgeAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "開会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "ケースA-01をフォーカスにする" }).ClickAsync();
        await chair.EditSupportPolicyAsync("ケースA-01", "見守りを継続し、母の介護サービス利用を入口に関係づくり");
        await chair.AssignRoleAsync("ケースA-01", "民生委員・児童委員（北地区）", "見守りと異変時の連絡");
        await Expect(chair.Roles("ケースA-01")).ToContainTextAsync("見守りと異変時の連絡");
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "閉会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Dialog, new() { Name = "閉会の確認" }).GetByRole(AriaRole.Button, new() { Name = "閉会を確定" }).ClickAsync();
        await Expect(chair.Page.GetByTestId("meeting-status")).ToHaveTextAsync("閉会");
    }
}

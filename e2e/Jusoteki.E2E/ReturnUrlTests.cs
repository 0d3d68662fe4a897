using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>Issue 11, item 9: a return address with Japanese in it answered 500 after a correct password.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReturnUrlTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Signing_in_with_a_Japanese_return_address_lands_on_that_address_not_on_an_error()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{server.Server.BaseUrl}/account/login?returnUrl={Uri.EscapeDataString("/会議")}");

        await SignIn.SubmitAsync(page, "gicho");

        await Expect(page.GetByText("ページが見つかりません")).ToBeVisibleAsync();
        Assert.Equal("/%E4%BC%9A%E8%AD%B0", new Uri(page.Url).AbsolutePath);
    }
}

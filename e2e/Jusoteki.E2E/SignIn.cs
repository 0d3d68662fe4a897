using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>Signing in through the real login page, as a person would: by the Japanese labels of the form.</summary>
public static class SignIn
{
    /// <summary>The password of every みどり市 demo account (DemoAccounts in Infrastructure).</summary>
    public const string DemoPassword = "midori-demo-2026";

    public static async Task SubmitAsync(IPage page, string userName, string password = DemoPassword)
    {
        await page.GetByLabel("ユーザー名").FillAsync(userName);
        await page.GetByLabel("パスワード").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
    }

    /// <summary>Signs in through the login page and lands on <paramref name="url"/>.</summary>
    public static async Task SignInToAsync(IPage page, AppServer server, string userName, string url)
    {
        await page.GotoAsync($"{server.BaseUrl}/account/login?returnUrl={Uri.EscapeDataString(new Uri(url).PathAndQuery)}");
        await SubmitAsync(page, userName);
        await Expect(page).ToHaveURLAsync(url, new() { Timeout = 30_000 });
    }
}

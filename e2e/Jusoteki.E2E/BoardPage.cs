using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>The meeting board as a participant's browser shows it, found by role and Japanese name like a screen reader would.</summary>
public sealed class BoardPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Board => Page.Locator(".board");

    public ILocator Card(string pseudonym) => Page.GetByRole(AriaRole.Region, new() { Name = pseudonym, Exact = true });

    public ILocator SupportPolicy(string pseudonym) => Card(pseudonym).GetByTestId("support-policy");

    public ILocator Editor(string pseudonym) => Card(pseudonym).GetByRole(AriaRole.Textbox, new() { Name = "支援方針" });

    public async Task OpenAsync(string url)
    {
        await Page.GotoAsync(url);
        await WaitUntilLiveAsync();
    }

    /// <summary>The page is usable only once the circuit is connected and the board loaded.</summary>
    public Task WaitUntilLiveAsync() =>
        Expect(Page.Locator(".board[data-live='true'][data-status='Loaded']")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    public async Task EditSupportPolicyAsync(string pseudonym, string text)
    {
        await Card(pseudonym).GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}の支援方針を編集" }).ClickAsync();
        await Editor(pseudonym).FillAsync(text);
        await Card(pseudonym).GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}の支援方針を保存" }).ClickAsync();
    }
}

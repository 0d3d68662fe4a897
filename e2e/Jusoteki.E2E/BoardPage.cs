using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>The meeting board as a participant's browser shows it, found by role and Japanese name like a screen reader would.</summary>
public sealed class BoardPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Board => Page.Locator(".board");

    /// <summary>The case on screen (only one is shown at a time: the chair's focus, or the one this participant chose).</summary>
    public ILocator Card(string pseudonym) => Page.GetByRole(AriaRole.Region, new() { Name = pseudonym, Exact = true });

    public ILocator SupportPolicy(string pseudonym) => Card(pseudonym).GetByTestId("support-policy");

    public ILocator Editor(string pseudonym, string field = "支援方針") => Card(pseudonym).GetByRole(AriaRole.Textbox, new() { Name = $"{pseudonym}の{field}" });

    public ILocator Roles(string pseudonym) => Card(pseudonym).GetByTestId("role-row");

    public ILocator RollCall => Page.Locator("details.roll-call");

    public async Task OpenAsync(string url)
    {
        try
        {
            await Page.GotoAsync(url);
        }
        catch (PlaywrightException e) when (e.Message.Contains("interrupted by another navigation") || e.Message.Contains("net::ERR_ABORTED"))
        {
            // After a server restart the app itself reloads a page whose circuit is gone (ReconnectModal): either load ends
            // on the same board, so the live marker below is what counts.
        }
        await WaitUntilLiveAsync();
    }

    /// <summary>The page is usable only once the circuit is connected and the board loaded.</summary>
    public Task WaitUntilLiveAsync() =>
        Expect(Page.Locator(".board[data-live='true'][data-status='Loaded']")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    /// <summary>Looks at a case (unpinning from the chair's focus if there is one).</summary>
    public async Task ShowAsync(string pseudonym)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}を表示", Exact = true }).ClickAsync();
        await Expect(Board).ToHaveAttributeAsync("data-shown", pseudonym);
    }

    /// <summary>守秘義務の誓約 from the roll call, as each member does at the opening; waits until the board has read it.</summary>
    public async Task PledgeAsync()
    {
        await ExpandRollCallAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "守秘義務を誓約する" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "守秘義務を誓約する" })).ToHaveCountAsync(0);
    }

    /// <summary>Unfolds 出席と誓約 as a reader does (its table is rendered only while unfolded), unless it is open already.</summary>
    public async Task ExpandRollCallAsync()
    {
        if (await RollCall.GetAttributeAsync("open") is null) await RollCall.Locator("summary").ClickAsync();
        await Expect(RollCall.GetByRole(AriaRole.Table, new() { Name = "参加者" })).ToBeVisibleAsync();
    }

    public async Task EditSupportPolicyAsync(string pseudonym, string text)
    {
        if (await Board.GetAttributeAsync("data-shown") != pseudonym) await ShowAsync(pseudonym);
        await Card(pseudonym).GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}の支援方針を編集" }).ClickAsync();
        await Editor(pseudonym).FillAsync(text);
        await Card(pseudonym).GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}の支援方針を保存" }).ClickAsync();
    }

    /// <summary>役割分担 in three steps: agency, what, and submit (the due date keeps its default unless given).</summary>
    public async Task AssignRoleAsync(string pseudonym, string agency, string description, string? dueDate = null)
    {
        var form = Page.GetByRole(AriaRole.Form, new() { Name = $"{pseudonym}に役割を割り当てる" });
        await form.GetByLabel("担当機関", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = agency });
        if (dueDate is not null) await DateField.TypeAsync(DateField.In(form, "期限"), dueDate);
        await form.GetByLabel("役割の内容", new() { Exact = true }).FillAsync(description);
        await form.GetByLabel("役割の内容", new() { Exact = true }).PressAsync("Enter");
    }
}

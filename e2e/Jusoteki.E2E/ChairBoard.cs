using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>The chair (gicho) on the December board: pledged, the meeting open, and a case put in focus.</summary>
public static class ChairBoard
{
    public static async Task PrepareAsync(BoardPage chair)
    {
        await chair.ExpandRollCallAsync();
        if (await chair.Page.GetByRole(AriaRole.Button, new() { Name = "守秘義務を誓約する" }).CountAsync() > 0) await chair.PledgeAsync();
        var open = chair.Page.GetByRole(AriaRole.Button, new() { Name = "開会する" });
        if (await open.CountAsync() > 0) await open.ClickAsync();
        await Expect(chair.Page.GetByTestId("meeting-status")).ToHaveTextAsync("開会中");
    }

    /// <summary>Puts <paramref name="pseudonym"/> in everyone's focus (the server is shared by a test class: it may be there already).</summary>
    public static async Task FocusAsync(BoardPage chair, string pseudonym)
    {
        if (await chair.Board.GetAttributeAsync("data-focus") != pseudonym)
            await chair.Page.GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}をフォーカスにする" }).ClickAsync();
        await Expect(chair.Board).ToHaveAttributeAsync("data-focus", pseudonym);
        await Expect(chair.Board).ToHaveAttributeAsync("data-shown", pseudonym);
    }
}

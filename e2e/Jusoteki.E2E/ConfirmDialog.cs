using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>The confirmation message box (Components/UI/Confirmation.cs) as a person meets it.</summary>
public static class ConfirmDialog
{
    /// <summary>
    /// Waits until the box is open and ready, which is when its focus trap has put the focus on the confirming button (what a
    /// person sees first), and returns it. A click in the instant before that, while MudBlazor is still opening the box, was
    /// once lost on a loaded CI box and left it open.
    /// </summary>
    public static async Task<ILocator> OpenedAsync(IPage page, string confirmText)
    {
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = confirmText })).ToBeFocusedAsync();
        return dialog;
    }
}

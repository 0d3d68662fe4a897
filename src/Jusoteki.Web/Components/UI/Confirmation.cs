using MudBlazor;

namespace Jusoteki.Web.Components.UI;

/// <summary>
/// The one way a step that cannot be undone is confirmed (disabling an account, approving minutes, 誓約書の受領): a MudBlazor
/// message box in Japanese, usable from the keyboard alone: it opens with the focus on the confirming button (Enter
/// confirms, Tab reaches キャンセル) and Escape cancels.
/// </summary>
public static class Confirmation
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small };

    /// <summary>True only when the person chose <paramref name="confirmText"/>.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: confirmText, cancelText: "キャンセル", options: Options) == true;
}

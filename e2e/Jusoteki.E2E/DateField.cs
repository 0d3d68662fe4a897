using System.Globalization;
using Microsoft.Playwright;

namespace Jusoteki.E2E;

/// <summary>
/// The app's date fields are MudBlazor pickers (JapaneseDatePicker): a date is typed as 2026/12/18 and committed when the
/// field loses focus, as a keyboard user does it.
/// </summary>
public static class DateField
{
    /// <summary>The text box of the date field named <paramref name="label"/> (its calendar button's name contains the label too).</summary>
    public static ILocator In(IPage page, string label) => page.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    public static ILocator In(ILocator scope, string label) => scope.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    public static string Typed(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public static async Task TypeAsync(ILocator field, DateOnly date)
    {
        await field.FillAsync(Typed(date));
        await field.PressAsync("Tab");
        await Assertions.Expect(field).ToHaveValueAsync(Typed(date));
    }

    public static Task TypeAsync(ILocator field, string isoDate) => TypeAsync(field, DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}

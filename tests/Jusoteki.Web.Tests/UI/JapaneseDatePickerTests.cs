using Bunit;
using Jusoteki.Web.Components.UI;
using Jusoteki.Web.Tests.Components;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace Jusoteki.Web.Tests.UI;

/// <summary>
/// The app's one date input: a DateOnly? shown and typed as 2026/12/18, its calendar in Japanese from Sunday. (That a typed or
/// clicked date is saved end to end is proven in a real browser: e2e JapaneseDatePickerTests.)
/// </summary>
public sealed class JapaneseDatePickerTests : ComponentTestContext
{
    private readonly List<DateOnly?> _changes = [];

    public JapaneseDatePickerTests() => Services.AddLocalizationInterceptor(JapaneseMudLocalization.Create);

    private IRenderedComponent<JapaneseDatePicker> Picker(DateOnly? value) => Render<JapaneseDatePicker>(p => p
        .Add(x => x.Value, value).Add(x => x.Label, "期限").Add(x => x.ValueChanged, (DateOnly? d) => _changes.Add(d)));

    [Fact]
    public void A_bound_date_is_shown_as_yyyy_mm_dd_in_a_field_named_in_japanese()
    {
        var cut = Picker(new DateOnly(2026, 12, 18));

        var input = cut.Find("input[aria-label='期限']");
        Assert.Equal("2026/12/18", input.GetAttribute("value"));
        Assert.Equal("期限", cut.Find($"label[for='{input.Id}']").TextContent.Trim());
        Assert.NotNull(cut.Find("button[aria-label='期限をカレンダーから選ぶ']"));
    }

    [Fact]
    public void A_date_typed_as_yyyy_mm_dd_reaches_the_bound_value_as_a_date_only()
    {
        var cut = Picker(null);

        cut.Find("input[aria-label='期限']").Change("2027/01/14");

        cut.WaitForAssertion(() => Assert.Equal([new DateOnly(2027, 1, 14)], _changes));
    }

    [Fact]
    public void Text_that_is_not_a_date_gives_no_date_and_says_in_japanese_how_to_write_one()
    {
        var cut = Picker(new DateOnly(2026, 12, 18));

        cut.Find("input[aria-label='期限']").Change("2027/13/45");

        Assert.DoesNotContain(_changes, d => d is not null);
        cut.WaitForAssertion(() => Assert.Contains("日付は 2026/12/18 の形で入力してください。", cut.Markup));
    }

    [Fact]
    public void The_calendar_names_its_month_and_days_in_japanese_with_the_week_from_sunday()
    {
        var cut = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<JapaneseDatePicker>(1);
            builder.AddComponentParameter(2, nameof(JapaneseDatePicker.Value), (DateOnly?)new DateOnly(2026, 12, 18));
            builder.AddComponentParameter(3, nameof(JapaneseDatePicker.Label), "期限");
            builder.CloseComponent();
        });

        cut.Find("button[aria-label='期限をカレンダーから選ぶ']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["日", "月", "火", "水", "木", "金", "土"], cut.FindAll(".mud-day-label").Select(d => d.TextContent.Trim())));
        Assert.Contains("2026年12月", cut.Find(".mud-picker-calendar-header-switch").TextContent);
        Assert.Contains("12月18日（金）", cut.Find(".mud-picker-datepicker-toolbar").TextContent);
    }
}

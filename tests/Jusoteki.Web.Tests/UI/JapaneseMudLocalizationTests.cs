using Jusoteki.Web.Components.UI;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace Jusoteki.Web.Tests.UI;

public sealed class JapaneseMudLocalizationTests
{
    private readonly JapaneseMudLocalization _localization = new(NullLoggerFactory.Instance, new MudLocalizer());

    [Fact]
    public void The_calendars_month_buttons_are_named_in_japanese_with_one_pair_of_brackets()
    {
        Assert.Equal("次の月（2027年1月）", _localization.Handle("MudBaseDatePicker_NextMonth", "(2027年1月)").Value);
        Assert.Equal("前の月（2026年11月）", _localization.Handle("MudBaseDatePicker_PrevMonth", "(2026年11月)").Value);
    }

    [Fact]
    public void A_key_it_does_not_translate_keeps_mudblazors_own_text()
    {
        var text = _localization.Handle("MudDataGrid_Cancel");

        Assert.False(text.ResourceNotFound);
        Assert.NotEqual("MudDataGrid_Cancel", text.Value);
    }
}

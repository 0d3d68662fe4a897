using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Jusoteki.Web.Components.UI;

/// <summary>
/// The texts MudBlazor writes itself in the date pickers (the month buttons' names, a date it cannot read), in Japanese;
/// every other key keeps MudBlazor's own text.
/// </summary>
public sealed class JapaneseMudLocalization(ILoggerFactory loggerFactory, MudLocalizer localizer) : DefaultLocalizationInterceptor(loggerFactory, localizer)
{
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["MudBaseDatePicker_PrevMonth"] = "前の月（{0}）",
        ["MudBaseDatePicker_NextMonth"] = "次の月（{0}）",
        ["MudBaseDatePicker_PrevYear"] = "前の年（{0}）",
        ["MudBaseDatePicker_NextYear"] = "次の年（{0}）",
        ["MudBaseDatePicker_Open"] = "カレンダーを開く",
        ["MudInput_Clear"] = "入力を消す",
        ["Converter_InvalidDateTime"] = "日付は 2026/12/18 の形で入力してください。",
    };

    /// <summary>MudBlazor registers no <see cref="MudLocalizer"/> of its own: the base one, which finds nothing, stands in.</summary>
    public static JapaneseMudLocalization Create(IServiceProvider services) =>
        new(services.GetRequiredService<ILoggerFactory>(), services.GetService<MudLocalizer>() ?? new MudLocalizer());

    public override LocalizedString Handle(string key, params object[] arguments) =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(CultureInfo.InvariantCulture, text, [.. arguments.Select(Unbracketed)]))
            : base.Handle(key, arguments);

    // MudBlazor passes the month already in ASCII brackets, "(2027年1月)": the Japanese text brings its own （）.
    private static object Unbracketed(object argument) => argument is string text ? text.Trim().TrimStart('(').TrimEnd(')') : argument;
}

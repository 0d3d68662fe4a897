using MudBlazor;

namespace Jusoteki.Web.Components.Layout;

/// <summary>Theme for a projector in a bright meeting room: fonts the PC already has, strong contrast, larger body text.</summary>
public static class JusotekiTheme
{
    // System Japanese fonts only: web fonts would need the internet, which municipal networks do not have.
    private static readonly string[] Fonts =
        ["BIZ UDPGothic", "Meiryo", "Yu Gothic UI", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5394",
            Secondary = "#2e7d32",
            AppbarBackground = "#0b3d6b",
            TextPrimary = "#1a1a1a",
            TextSecondary = "#3d3d3d",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "1rem", LineHeight = "1.7" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "700" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.4rem", FontWeight = "700" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.2rem", FontWeight = "700" },
            Body1 = new Body1Typography { FontFamily = Fonts, FontSize = "1rem", LineHeight = "1.7" },
            Body2 = new Body2Typography { FontFamily = Fonts, FontSize = "0.95rem", LineHeight = "1.6" },
            Button = new ButtonTypography { FontFamily = Fonts, FontSize = "0.95rem", FontWeight = "700", TextTransform = "none" },
        },
    };
}

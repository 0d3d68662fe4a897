using Bunit;
using Jusoteki.Web.Components.Layout;
using Jusoteki.Web.Tests.Components;
using MudBlazor;

namespace Jusoteki.Web.Tests.UI;

/// <summary>The theme's CSS is built once per process and is exactly what MudBlazor's own provider renders.</summary>
public sealed class SharedThemeProviderTests : ComponentTestContext
{
    [Fact]
    public void The_shared_provider_renders_the_same_theme_as_mudblazors_own()
    {
        var mud = Render<MudThemeProvider>(p => p.Add(x => x.Theme, JusotekiTheme.Theme));
        var shared = Render<SharedThemeProvider>();

        Assert.Contains("--mud-palette-primary: rgba(11,83,148,1)", shared.Markup, StringComparison.Ordinal);
        Assert.Equal(mud.Markup, shared.Markup);
    }

    [Fact]
    public void Every_circuit_renders_the_one_string_built_for_the_process()
    {
        Assert.Same(SharedThemeProvider.Css, SharedThemeProvider.Css);
        Assert.Equal(SharedThemeProvider.Css, Render<SharedThemeProvider>().Markup);
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace Jusoteki.Web.Components.Layout;

/// <summary>
/// The theme's CSS variables, built once per process by MudBlazor's own provider: the theme never changes (no dark mode), and a
/// MudThemeProvider in every circuit would build the same 60 KB string, a default theme and a JS link for each open page.
/// </summary>
public sealed class SharedThemeProvider : ComponentBase
{
    private static readonly Lazy<string> s_css = new(() => new Builder().Css(JusotekiTheme.Theme));

    /// <summary>The markup MudThemeProvider renders for <see cref="JusotekiTheme.Theme"/>.</summary>
    public static string Css => s_css.Value;

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, Css);

    /// <summary>MudThemeProvider's own render tree (theme, scrollbar and chart styles), written out once as markup.</summary>
    private sealed class Builder : MudThemeProvider
    {
        // Reads MudThemeProvider's own frames (BL0006: framework types) so that the copy stays exact across MudBlazor updates;
        // SharedThemeProviderTests compares it with what MudThemeProvider renders.
#pragma warning disable BL0006
        public string Css(MudTheme theme)
        {
            Theme = theme;
            var tree = new RenderTreeBuilder();
            BuildRenderTree(tree);
            var frames = tree.GetFrames();
            var css = new System.Text.StringBuilder();
            var open = new Stack<(string Name, int End)>();
            for (var i = 0; i < frames.Count; i++)
            {
                while (open.Count > 0 && i >= open.Peek().End) css.Append("</").Append(open.Pop().Name).Append('>');
                var frame = frames.Array[i];
                switch (frame.FrameType)
                {
                    case RenderTreeFrameType.Markup: css.Append(frame.MarkupContent); break;
                    case RenderTreeFrameType.Text: css.Append(System.Net.WebUtility.HtmlEncode(frame.TextContent)); break;
                    case RenderTreeFrameType.Element when frame.ElementSubtreeLength == 1 || frames.Array[i + 1].FrameType != RenderTreeFrameType.Attribute:
                        css.Append('<').Append(frame.ElementName).Append('>');
                        open.Push((frame.ElementName, i + frame.ElementSubtreeLength));
                        break;
                    default:
                        // A MudBlazor version that renders more than static styles: fail loudly (SharedThemeProviderTests).
                        throw new NotSupportedException($"MudThemeProvider renders a {frame.FrameType} frame; SharedThemeProvider cannot copy it.");
                }
            }
            while (open.Count > 0) css.Append("</").Append(open.Pop().Name).Append('>');
            return css.ToString();
        }
#pragma warning restore BL0006
    }
}

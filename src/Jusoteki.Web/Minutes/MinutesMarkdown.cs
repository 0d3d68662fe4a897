using System.Text;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Minutes;

/// <summary>The minutes as Markdown: the export, the text the library searches, and what the golden test holds to the letter.</summary>
public static class MinutesMarkdown
{
    public static string Render(MinutesView minutes)
    {
        var md = new StringBuilder();
        foreach (var block in MinutesLayout.Blocks(minutes))
        {
            switch (block)
            {
                case MinutesHeading h:
                    md.Append('#', h.Level).Append(' ').AppendLine(ExportText.Markdown(h.Text));
                    break;
                case MinutesParagraph p:
                    md.AppendLine(ExportText.Markdown(p.Text));
                    break;
                case MinutesBullets b:
                    foreach (var item in b.Items) md.Append("- ").AppendLine(ExportText.Markdown(item));
                    break;
                case MinutesTable t:
                    md.Append("| ").Append(string.Join(" | ", t.Headers.Select(Cell))).AppendLine(" |");
                    md.Append('|').Append(string.Concat(t.Headers.Select(_ => "---|"))).AppendLine();
                    foreach (var row in t.Rows) md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
                    break;
                case MinutesNotice n:
                    md.Append("> ").AppendLine(ExportText.Markdown(n.Text));
                    break;
            }
            md.AppendLine();
        }
        return md.ToString().TrimEnd() + "\n";
    }

    // A table cell keeps its text on one line and cannot break the table (| is escaped with the rest of the markup).
    private static string Cell(string text) => ExportText.Markdown(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Minutes;

/// <summary>
/// The minutes as a Word document (.docx) on A4 with the fonts a municipal PC has — the same blocks, and so the same
/// redaction, as the page and the Markdown.
/// </summary>
public static class MinutesDocx
{
    private const string Font = "游明朝";

    public static byte[] Render(MinutesView minutes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in MinutesLayout.Blocks(minutes)) body.Append(Render(block));
            // A4 portrait, 20 mm margins.
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Render(MinutesBlock block) => block switch
    {
        MinutesHeading h => [Paragraph(h.Text, bold: true, halfPoints: h.Level switch { 1 => 32, 2 => 26, _ => 22 }, spaceBefore: 240)],
        MinutesParagraph p => [Paragraph(p.Text)],
        MinutesBullets b => b.Items.Select(item => Paragraph("・" + item)),
        MinutesTable t => [Table(t), Paragraph("")],
        MinutesNotice n => [Paragraph("※ " + n.Text, bold: true)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, null),
    };

    private static Paragraph Paragraph(string text, bool bold = false, int halfPoints = 21, int spaceBefore = 0)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font }, new FontSize { Val = halfPoints.ToString() });
        if (bold) properties.Append(new Bold());
        var run = new Run(properties);
        // Line breaks inside free text stay line breaks; the text is only ever text.
        var lines = ExportText.Printable(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "60" }), run);
    }

    private static Table Table(MinutesTable table)
    {
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; return b; });
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border(new TopBorder()), border(new BottomBorder()), border(new LeftBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder()))));
        result.Append(Row(table.Headers, header: true));
        foreach (var row in table.Rows) result.Append(Row(row, header: false));
        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header) =>
        new(cells.Select(text => new TableCell(Paragraph(text, bold: header, halfPoints: 19))));
}

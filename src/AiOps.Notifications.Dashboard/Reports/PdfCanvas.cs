using System.Globalization;
using AiOps.Notifications.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AiOps.Notifications.Dashboard.Reports;

/// <summary>Draws top to bottom, adding a page when the current one is full.</summary>
internal sealed class PdfCanvas(PdfDocument document) : IDisposable
{
    private const double Margin = 40;
    private const double RowHeight = 16;

    private static readonly double[] Columns = [0, 80, 250, 400];

    private readonly XFont _text = new(DejaVuFontResolver.FamilyName, 9);
    private readonly XFont _bold = new(DejaVuFontResolver.FamilyName, 9, XFontStyleEx.Bold);
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public void Heading(string text, double size)
    {
        Room(size + 8);
        var font = new XFont(DejaVuFontResolver.FamilyName, size, XFontStyleEx.Bold);
        _graphics!.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y + size));
        _y += size + 8;
    }

    public void Line(string text)
    {
        Room(RowHeight);
        _graphics!.DrawString(text, _text, XBrushes.Black, new XPoint(Margin, _y + 11));
        _y += RowHeight;
    }

    public void Gap() => _y += RowHeight / 2;

    public void BarChart(IReadOnlyList<KeyCount> bars)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        foreach (var bar in bars)
        {
            Room(RowHeight);
            var width = (_page!.Width.Point - 2 * Margin - 140) * bar.Count / max;
            _graphics!.DrawString(bar.Key, _text, XBrushes.Black, new XPoint(Margin, _y + 11));
            _graphics.DrawRectangle(XBrushes.SteelBlue, Margin + 100, _y + 2, Math.Max(1, width), RowHeight - 4);
            _graphics.DrawString(bar.Count.ToString(CultureInfo.InvariantCulture), _text,
                XBrushes.Black, new XPoint(Margin + 104 + width, _y + 11));
            _y += RowHeight;
        }
    }

    public void Table(IEnumerable<string[]> rows)
    {
        Row(["Section", "Key", "Metric", "Value"], _bold);
        foreach (var row in rows)
        {
            Row(row, _text);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void Row(string[] cells, XFont font)
    {
        Room(RowHeight);
        _graphics!.DrawRectangle(XPens.LightGray, Margin, _y, _page!.Width.Point - 2 * Margin, RowHeight);
        for (var i = 0; i < cells.Length; i++)
        {
            var text = cells[i].Length > 40 ? cells[i][..39] + "…" : cells[i];
            _graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin + 3 + Columns[i], _y + 11));
        }

        _y += RowHeight;
    }

    private void Room(double height)
    {
        if (_page is not null && _y + height <= _page.Height.Point - Margin)
        {
            return;
        }

        _graphics?.Dispose();
        _page = document.AddPage();
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}

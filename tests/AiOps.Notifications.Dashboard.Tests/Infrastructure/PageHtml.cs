using System.Net;
using System.Text.RegularExpressions;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Reads single values out of rendered pages, so a test can assert the figure itself and not a label.</summary>
internal static partial class PageHtml
{
    /// <summary>Gets the word on the status badge of an incident page's facts.</summary>
    public static string IncidentStatus(string html)
    {
        var match = StatusFact().Match(html);
        Assert.True(match.Success, "The page shows no incident status.");
        return match.Groups[1].Value;
    }

    /// <summary>Gets the value of the figure card with the label, such as "Active agents".</summary>
    public static string Figure(string html, string label)
    {
        var match = Regex.Match(
            html, "<h2>" + Regex.Escape(label) + "</h2>\\s*<p class=\"value\">([^<]*)</p>", RegexOptions.None,
            TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"The page has no figure '{label}'.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Gets the titles of the incidents listed in the incidents table.</summary>
    public static IReadOnlyList<string> ListedTitles(string html) =>
        [.. ListedTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Gets the names of the agents in the agent performance table.</summary>
    public static IReadOnlyList<string> AgentRows(string html)
    {
        var table = html[html.IndexOf("Diagnosis agents in the period", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. RowHeader().Matches(table).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    /// <summary>Gets the count in the heat map's cell for the day (such as "Thu") and the hour (UTC).</summary>
    public static int HeatCell(string html, string day, int hour)
    {
        var start = html.IndexOf("<th scope=\"row\">" + day + "</th>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The heat map has no row '{day}'.");
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return int.Parse(HeatCount().Matches(row)[hour].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    // An empty cell shows nothing and tells screen readers 0; a counted one shows its count.
    [GeneratedRegex("<td class=\"h[0-5]\">(?:<span class=\"visually-hidden\">)?([0-9]+)(?:</span>)?</td>")]
    private static partial Regex HeatCount();

    [GeneratedRegex("<dt>Status</dt>\\s*<dd><span class=\"badge status-[a-z]+\">([A-Za-z]+)</span>")]
    private static partial Regex StatusFact();

    [GeneratedRegex("<th scope=\"row\"(?: class=\"title\")?><a href=\"[^\"]*/incidents/[^\"]+\">([^<]*)</a></th>")]
    private static partial Regex ListedTitle();

    [GeneratedRegex("<th scope=\"row\">([^<]*)</th>")]
    private static partial Regex RowHeader();
}

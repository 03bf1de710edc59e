using System.Text.RegularExpressions;

namespace AiOps.Notifications.Routing;

/// <summary>
/// A condition on one field of a notification, written like Alertmanager's: <c>team="payments"</c>,
/// <c>priority=~"High|Critical"</c>.
/// </summary>
/// <remarks>
/// The fields <c>type</c>, <c>priority</c>, <c>component</c> and <c>category</c> read the notification and
/// its incident; any other name reads a label. A missing value is the empty string, as in Alertmanager,
/// so <c>env!="prod"</c> matches a notification without an <c>env</c> label.
/// </remarks>
public sealed class Matcher
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);
    private readonly Regex? _regex;

    /// <summary>Initializes a new instance of the <see cref="Matcher"/> class.</summary>
    /// <param name="name">The field or label name.</param>
    /// <param name="operator">The comparison.</param>
    /// <param name="value">The value or regular expression.</param>
    /// <exception cref="ArgumentException">The regular expression does not parse.</exception>
    public Matcher(string name, MatchOperator @operator, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);

        Name = name;
        Operator = @operator;
        Value = value;
        if (@operator is MatchOperator.Regex or MatchOperator.NotRegex)
        {
            _regex = new Regex("^(?:" + value + ")$", RegexOptions.CultureInvariant, RegexTimeout);
        }
    }

    /// <summary>Gets the field or label name.</summary>
    public string Name { get; }

    /// <summary>Gets the comparison.</summary>
    public MatchOperator Operator { get; }

    /// <summary>Gets the value or regular expression.</summary>
    public string Value { get; }

    /// <summary>
    /// Parses <c>name="value"</c>, <c>name!="value"</c>, <c>name=~"regex"</c> or <c>name!~"regex"</c>, as
    /// Alertmanager does: quotes are optional; <c>\"</c>, <c>\\</c> and <c>\n</c> in a value stand for a quote,
    /// a backslash and a newline, and any other backslash is kept (<c>=~"\d+"</c>).
    /// </summary>
    /// <param name="text">The matcher text.</param>
    /// <returns>The matcher.</returns>
    /// <exception cref="FormatException">
    /// The text is not a matcher; a quoted value has no closing quote or text after it; an unquoted value holds
    /// a quote, or starts with <c>=</c> or <c>~</c>, as in the typo <c>service==checkout</c> (quote such a value,
    /// <c>service="=checkout"</c>, to mean it).
    /// </exception>
    public static Matcher Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var match = MatcherSyntax.Pattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a matcher. {MatcherSyntax.Hint}.");
        }

        var value = MatcherSyntax.ReadValue(text, match);
        var @operator = match.Groups["op"].Value switch
        {
            "=" => MatchOperator.Equal,
            "!=" => MatchOperator.NotEqual,
            "=~" => MatchOperator.Regex,
            _ => MatchOperator.NotRegex,
        };
        try
        {
            return new Matcher(match.Groups["name"].Value, @operator, value);
        }
        catch (ArgumentException error)
        {
            throw new FormatException($"'{text}' has an invalid regular expression: {error.Message}", error);
        }
    }

    /// <summary>Tests a value.</summary>
    /// <param name="actual">The value, or <see langword="null"/> when the field is missing.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(string? actual)
    {
        actual ??= "";
        return Operator switch
        {
            MatchOperator.Equal => string.Equals(actual, Value, StringComparison.Ordinal),
            MatchOperator.NotEqual => !string.Equals(actual, Value, StringComparison.Ordinal),
            MatchOperator.Regex => SafeMatch(actual),
            _ => !SafeMatch(actual),
        };
    }

    /// <summary>
    /// Writes the matcher in the one form <see cref="Parse"/> reads back to the same matcher: the value quoted,
    /// with its quotes, backslashes and newlines escaped.
    /// </summary>
    /// <returns>The matcher text, such as <c>team="payments"</c>.</returns>
    public override string ToString()
    {
        var op = Operator switch
        {
            MatchOperator.Equal => "=",
            MatchOperator.NotEqual => "!=",
            MatchOperator.Regex => "=~",
            _ => "!~",
        };
        return Name + op + MatcherSyntax.Quote(Value);
    }

    private bool SafeMatch(string actual)
    {
        try
        {
            return _regex!.IsMatch(actual);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

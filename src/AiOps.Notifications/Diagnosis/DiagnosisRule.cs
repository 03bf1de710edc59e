namespace AiOps.Notifications;

/// <summary>One rule of the rule-based provider: patterns that must all match, and the diagnosis they give.</summary>
/// <remarks>Patterns are .NET regular expressions, matched case-insensitively; an unset pattern matches anything.</remarks>
public sealed class DiagnosisRule
{
    /// <summary>Gets or sets the rule name, for logs and documentation.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the pattern for the incident's title and message.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the pattern for the component.</summary>
    public string? Component { get; set; }

    /// <summary>Gets or sets the pattern for the exception type (the <c>exception_type</c> label, else the message).</summary>
    public string? ExceptionType { get; set; }

    /// <summary>Gets the patterns per label name; the label must exist and match.</summary>
    public IDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the probable cause the rule gives. Required.</summary>
    public string Cause { get; set; } = "";

    /// <summary>Gets the solution steps the rule gives.</summary>
    public IList<string> Steps { get; } = [];

    /// <summary>Gets or sets the confidence between 0 and 1.</summary>
    /// <value>Defaults to 0.6.</value>
    public double Confidence { get; set; } = 0.6;
}

namespace AiOps.Notifications;

/// <summary>Settings of the diagnosis seam, bound from <c>AiOps:Diagnosis</c>.</summary>
public sealed class DiagnosisOptions
{
    /// <summary>Gets or sets how long one provider may take on one incident.</summary>
    /// <value>Defaults to 10 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many incidents may wait for diagnosis; past that new ones are skipped.</summary>
    /// <value>Defaults to 256.</value>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Gets or sets a value indicating whether the rule-based provider uses the built-in rules.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseDefaultRules { get; set; } = true;

    /// <summary>Gets the rules of the rule-based provider, tried before the built-in ones.</summary>
    public IList<DiagnosisRule> Rules { get; } = [];
}

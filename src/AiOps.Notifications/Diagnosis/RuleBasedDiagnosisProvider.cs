using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Diagnoses incidents with configured regular-expression rules; the first matching rule wins.</summary>
internal sealed class RuleBasedDiagnosisProvider : IDiagnosisProvider
{
    public const string AgentName = "rules";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly IReadOnlyList<(DiagnosisRule Rule, Func<Incident, bool> Matches)> _rules;

    public RuleBasedDiagnosisProvider(IOptions<DiagnosisOptions> options)
    {
        var settings = options.Value;
        var rules = settings.UseDefaultRules ? settings.Rules.Concat(DefaultDiagnosisRules.All) : settings.Rules;
        _rules = [.. rules.Select(rule => (rule, Compile(rule)))];
    }

    public string Name => AgentName;

    public Task<Diagnosis?> DiagnoseAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);

        var match = _rules.FirstOrDefault(entry => entry.Matches(incident)).Rule;
        return Task.FromResult(match is null ? null : new Diagnosis
        {
            ProbableCause = match.Cause,
            SolutionSteps = [.. match.Steps],
            Confidence = match.Confidence,
            AgentName = AgentName,
        });
    }

    private static Func<Incident, bool> Compile(DiagnosisRule rule)
    {
        var message = Pattern(rule.Message);
        var component = Pattern(rule.Component);
        var exceptionType = Pattern(rule.ExceptionType);
        var labels = rule.Labels.Select(pair => (pair.Key, Regex: Pattern(pair.Value)!)).ToList();
        return incident =>
            Matches(message, $"{incident.Title}\n{incident.Message}")
            && Matches(component, incident.Component)
            && Matches(exceptionType, incident.Labels.GetValueOrDefault("exception_type") ?? incident.Message)
            && labels.All(label => incident.Labels.TryGetValue(label.Key, out var value) && label.Regex.IsMatch(value));
    }

    private static Regex? Pattern(string? pattern) => string.IsNullOrEmpty(pattern)
        ? null
        : new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);

    private static bool Matches(Regex? regex, string? text)
    {
        if (regex is null)
        {
            return true;
        }

        try
        {
            return text is not null && regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

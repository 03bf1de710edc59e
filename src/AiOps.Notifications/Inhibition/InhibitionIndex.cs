using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Inhibition;

/// <summary>
/// Knows the open incidents that can inhibit others, and answers whether a notification is inhibited.
/// </summary>
/// <remarks>
/// Thread safe. Only incidents matching some rule's source matchers are kept, in memory; the set is
/// loaded from the store at start-up and kept current by the incident manager.
/// </remarks>
internal sealed class InhibitionIndex
{
    private const int PageSize = 500;

    private readonly IReadOnlyList<ParsedRule> _rules;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Incident> _sources = new(StringComparer.Ordinal);

    public InhibitionIndex(IOptions<AiOpsNotificationsOptions> options)
    {
        _rules = [.. options.Value.InhibitRules.Select((rule, index) => Parse(rule, $"AiOps:InhibitRules:{index}"))];
    }

    public async Task LoadAsync(INotificationStore store, CancellationToken cancellationToken)
    {
        if (_rules.Count == 0)
        {
            return;
        }

        foreach (var status in new[] { IncidentStatus.New, IncidentStatus.Diagnosed, IncidentStatus.Acknowledged })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await store.QueryIncidentsAsync(
                    new IncidentQuery { Status = status, Skip = skip, Take = PageSize }, cancellationToken).ConfigureAwait(false);
                foreach (var incident in page.Items)
                {
                    Track(incident);
                }

                if (page.Items.Count < PageSize)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Records an incident's current state: open sources are kept, closed ones forgotten.</summary>
    public void Track(Incident incident)
    {
        if (_rules.Count == 0)
        {
            return;
        }

        var subject = Subject(incident);
        lock (_gate)
        {
            if (incident.IsOpen && _rules.Any(rule => MatchesAll(rule.Source, subject)))
            {
                _sources[incident.Id] = incident;
                return;
            }

            _sources.Remove(incident.Id);
        }
    }

    /// <summary>
    /// Finds an open incident that inhibits the notification, other than the notification's own
    /// incident.
    /// </summary>
    public Incident? FindInhibitor(RoutingSubject target, string? incidentId)
    {
        // The common case, no rule at all, returns before anything is allocated.
        return _rules.Count == 0 || target.Type == NotificationTypes.IncidentResolved
            ? null
            : FindSource(target, incidentId);
    }

    private Incident? FindSource(RoutingSubject target, string? incidentId)
    {
        lock (_gate)
        {
            foreach (var rule in _rules.Where(rule => MatchesAll(rule.Target, target)))
            {
                var source = _sources.Values.FirstOrDefault(source => source.Id != incidentId
                    && MatchesAll(rule.Source, Subject(source))
                    && rule.Equal.All(label => source.Labels.GetValueOrDefault(label) == target.Labels.GetValueOrDefault(label)));
                if (source is not null)
                {
                    return source;
                }
            }
        }

        return null;
    }

    private static RoutingSubject Subject(Incident incident) => new(
        NotificationTypes.IncidentDetected,
        incident.Priority,
        incident.Component,
        incident.Category,
        incident.Labels);

    private static bool MatchesAll(IReadOnlyList<Matcher> matchers, RoutingSubject subject) =>
        matchers.All(matcher => matcher.Matches(subject.Read(matcher.Name)));

    private static ParsedRule Parse(InhibitRuleOptions rule, string path)
    {
        if (rule.SourceMatchers.Count == 0 || rule.TargetMatchers.Count == 0)
        {
            throw new InvalidOperationException($"{path} needs at least one SourceMatchers and one TargetMatchers entry.");
        }

        var blank = rule.Equal.FindIndex(string.IsNullOrWhiteSpace);
        if (blank >= 0)
        {
            throw new InvalidOperationException($"{path}:Equal:{blank} is empty; name a label, such as instance.");
        }

        try
        {
            return new ParsedRule(
                [.. rule.SourceMatchers.Select(Matcher.Parse)], [.. rule.TargetMatchers.Select(Matcher.Parse)], rule.Equal);
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException($"{path}: {error.Message}", error);
        }
    }

    private sealed record ParsedRule(IReadOnlyList<Matcher> Source, IReadOnlyList<Matcher> Target, IReadOnlyList<string> Equal);
}

namespace AiOps.Notifications.Reports;

/// <summary>Joins per-agent diagnosis figures with per-agent feedback figures; stores share it.</summary>
internal static class ReportMerge
{
    /// <summary>Merges diagnosis counts and latency with feedback counts into one row per agent, by name.</summary>
    /// <param name="diagnoses">Per agent: how many diagnoses and their mean latency.</param>
    /// <param name="feedback">Per agent: how much feedback and how much of it helpful.</param>
    /// <returns>The rows, by agent name.</returns>
    public static IReadOnlyList<AgentFigures> Agents(
        IReadOnlyDictionary<string, (int Count, TimeSpan? MeanLatency)> diagnoses,
        IReadOnlyDictionary<string, (int Count, int Helpful)> feedback)
    {
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(feedback);

        return [.. diagnoses.Keys.Union(feedback.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new AgentFigures
            {
                AgentName = name,
                Diagnoses = diagnoses.TryGetValue(name, out var d) ? d.Count : 0,
                MeanResponseTime = diagnoses.TryGetValue(name, out var l) ? l.MeanLatency : null,
                Feedback = feedback.TryGetValue(name, out var f) ? f.Count : 0,
                Helpful = feedback.TryGetValue(name, out var h) ? h.Helpful : 0,
            })];
    }
}

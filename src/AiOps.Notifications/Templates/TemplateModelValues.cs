using System.Collections.Frozen;
using Fluid.Values;

namespace AiOps.Notifications.Templates;

/// <summary>
/// Shows the model to templates as snake_case objects: exactly what templates may read, nothing else.
/// </summary>
/// <remarks>
/// Members are converted when a template reads them, not before: rendering a message that reads three
/// fields costs three small values instead of copies of every dictionary of the model.
/// </remarks>
internal static class TemplateModelValues
{
    public static FluidValue Of(Notification notification) =>
        DictionaryValue.Create(new NotificationFields(notification));

    public static FluidValue Of(Incident incident) => DictionaryValue.Create(new IncidentFields(incident));

    private static FluidValue Text(string? value) => value is null ? NilValue.Instance : StringValue.Create(value);

    /// <summary>Shows an enum member by name; the values are made once per member, not per read.</summary>
    private static FluidValue Named<T>(T value)
        where T : struct, Enum =>
        EnumNames<T>.Values.TryGetValue(value, out var name) ? name : StringValue.Create(value.ToString());

    private static FluidValue Time(DateTimeOffset? value) =>
        value is { } time ? DateTimeValue.Create(time) : NilValue.Instance;

    private static FluidValue Labels(IReadOnlyDictionary<string, string> labels) =>
        DictionaryValue.Create(new LabelFields(labels));

    /// <summary>The members of one model object, each read on demand.</summary>
    private abstract class Fields(string[] keys) : IFluidIndexable
    {
        public int Count => keys.Length;

        public IEnumerable<string> Keys => keys;

        public bool TryGetValue(string name, out FluidValue value)
        {
            value = Read(name) ?? NilValue.Instance;
            return Array.IndexOf(keys, name) >= 0;
        }

        protected abstract FluidValue? Read(string name);
    }

    private sealed class NotificationFields(Notification notification) : Fields(Names)
    {
        private static readonly string[] Names =
            ["id", "type", "priority", "title", "incident_id", "labels", "data", "created_at"];

        protected override FluidValue? Read(string name) => name switch
        {
            "id" => Text(notification.Id),
            "type" => Text(notification.Type),
            "priority" => Named(notification.Priority),
            "title" => Text(notification.Title),
            "incident_id" => Text(notification.IncidentId),
            "labels" => Labels(notification.Labels),
            "data" => Labels(notification.Data),
            "created_at" => Time(notification.CreatedAt),
            _ => null,
        };
    }

    private sealed class IncidentFields(Incident incident) : Fields(Names)
    {
        private static readonly string[] Names =
        [
            "id", "fingerprint", "title", "message", "component", "category", "source", "level", "priority",
            "status", "labels", "annotations", "diagnosis", "detected_at", "last_seen_at", "occurrence_count",
            "acknowledged_at", "acknowledged_by", "resolved_at", "resolved_by",
        ];

        protected override FluidValue? Read(string name) => name switch
        {
            "id" => Text(incident.Id),
            "fingerprint" => Text(incident.Fingerprint),
            "title" => Text(incident.Title),
            "message" => Text(incident.Message),
            "component" => Text(incident.Component),
            "category" => Text(incident.Category),
            "source" => Text(incident.Source),
            "level" => Named(incident.Level),
            "priority" => Named(incident.Priority),
            "status" => Named(incident.Status),
            "labels" => Labels(incident.Labels),
            "annotations" => Labels(incident.Annotations),
            "diagnosis" => incident.Diagnosis is { } diagnosis
                ? DictionaryValue.Create(new DiagnosisFields(diagnosis))
                : NilValue.Instance,
            "detected_at" => Time(incident.DetectedAt),
            "last_seen_at" => Time(incident.LastSeenAt),
            "occurrence_count" => NumberValue.Create(incident.OccurrenceCount),
            "acknowledged_at" => Time(incident.AcknowledgedAt),
            "acknowledged_by" => Text(incident.AcknowledgedBy),
            "resolved_at" => Time(incident.ResolvedAt),
            "resolved_by" => Text(incident.ResolvedBy),
            _ => null,
        };
    }

    private sealed class DiagnosisFields(Diagnosis diagnosis) : Fields(Names)
    {
        private static readonly string[] Names =
            ["probable_cause", "solution_steps", "confidence", "confidence_percent", "agent_name", "produced_at"];

        protected override FluidValue? Read(string name) => name switch
        {
            "probable_cause" => Text(diagnosis.ProbableCause),
            "solution_steps" => Steps(diagnosis.SolutionSteps),
            "confidence" => NumberValue.Create((decimal)diagnosis.Confidence),
            "confidence_percent" => NumberValue.Create((int)Math.Round(diagnosis.Confidence * 100)),
            "agent_name" => Text(diagnosis.AgentName),
            "produced_at" => Time(diagnosis.ProducedAt),
            _ => null,
        };

        private static FluidValue Steps(IReadOnlyList<string> steps) =>
            steps.Count == 0
                ? ArrayValue.Empty
                : ArrayValue.Create([.. steps.Select(step => StringValue.Create(step))]);
    }

    /// <summary>A label map shown as it is, without a copy.</summary>
    private sealed class LabelFields(IReadOnlyDictionary<string, string> labels) : IFluidIndexable
    {
        public int Count => labels.Count;

        public IEnumerable<string> Keys => labels.Keys;

        public bool TryGetValue(string name, out FluidValue value)
        {
            var found = labels.TryGetValue(name, out var text);
            value = found ? Text(text) : NilValue.Instance;
            return found;
        }
    }

    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, FluidValue> Values =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(value => value, value => (FluidValue)StringValue.Create(value.ToString()));
    }
}

using System.Collections.ObjectModel;

namespace AiOps.Notifications;

internal static class EmptyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Instance =
        ReadOnlyDictionary<string, string>.Empty;
}

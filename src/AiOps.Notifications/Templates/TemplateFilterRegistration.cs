using Fluid;

namespace AiOps.Notifications.Templates;

/// <summary>A Liquid filter that templates can use, such as an escape for a channel's markup.</summary>
/// <param name="Name">The filter name used in templates.</param>
/// <param name="Filter">The filter.</param>
public sealed record TemplateFilterRegistration(string Name, FilterDelegate Filter);

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>Finds configuration keys that name no property of a settings type, reporting their full path.</summary>
/// <remarks>
/// The binder's own check names only the key and a type; these messages name the setting as it is written,
/// such as <c>AiOps:Dashboard:Api:RateLimt</c>. Settings classes and dictionaries of them are followed.
/// </remarks>
internal static class UnknownSettings
{
    public static void Find(
        IConfigurationSection section,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type settings,
        List<string> errors)
    {
        var properties = settings.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var child in section.GetChildren())
        {
            var property = Array.Find(
                properties, p => p.Name.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                errors.Add(NotASetting(child.Path, properties.Select(p => p.Name)));
            }
            else
            {
                FindWithin(child, property.PropertyType, errors);
            }
        }
    }

    public static string NotASetting(string path, IEnumerable<string> known) =>
        $"{path} is not a setting; use {string.Join(", ", known)}.";

    [UnconditionalSuppressMessage("Trimming", "IL2062", Justification = "Settings types are kept by the binder.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Settings types are kept by the binder.")]
    private static void FindWithin(IConfigurationSection section, Type type, List<string> errors)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var entry = type.GetGenericArguments()[1];
            foreach (var child in section.GetChildren().Where(_ => IsSettings(entry)))
            {
                Find(child, entry, errors);
            }
        }
        else if (IsSettings(type))
        {
            Find(section, type, errors);
        }
    }

    private static bool IsSettings(Type type) => type.IsClass && type != typeof(string) && !type.IsArray;
}

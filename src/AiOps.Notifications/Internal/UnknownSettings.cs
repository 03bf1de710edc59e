using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Configuration;

// The dashboard compiles this file too; its copy lives in its own namespace, so the two never meet.
#if AIOPS_DASHBOARD
namespace AiOps.Notifications.Dashboard.Internal;
#else
namespace AiOps.Notifications.Internal;
#endif

/// <summary>Finds configuration keys that name no property of a settings type, reporting their full path.</summary>
/// <remarks>
/// The binder's own check names only the key and a .NET type; these messages name the setting as it is written,
/// such as <c>AiOps:Queue:Capacty</c>, and the settings that exist there. Settings classes, dictionaries and
/// lists of them are followed.
/// </remarks>
internal static class UnknownSettings
{
    /// <summary>Throws when <paramref name="section"/> holds a key that names no setting of the type.</summary>
    /// <param name="section">The section the settings bind from.</param>
    /// <param name="settings">The settings type, or a list or dictionary of settings.</param>
    /// <param name="skip">Names of child sections that other packages own and check.</param>
    /// <exception cref="InvalidOperationException">A key is not a setting; the message names each one.</exception>
    public static void ThrowIfAny(
        IConfigurationSection section,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type settings,
        IReadOnlyCollection<string>? skip = null)
    {
        var errors = new List<string>();
        if (skip is { Count: > 0 })
        {
            Find(section, settings, errors, skip);
        }
        else
        {
            FindWithin(section, settings, errors);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The settings under '{section.Path}' are not valid. " + string.Join(" ", errors));
        }
    }

    public static void Find(
        IConfigurationSection section,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type settings,
        List<string> errors,
        IReadOnlyCollection<string>? skip = null)
    {
        var properties = settings.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var child in section.GetChildren())
        {
            if (skip?.Contains(child.Key, StringComparer.OrdinalIgnoreCase) == true)
            {
                continue;
            }

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
        if (ItemType(type) is { } item)
        {
            // Dictionary keys and list indexes are the user's own names; only what each item holds is checked.
            foreach (var child in section.GetChildren().Where(_ => IsSettings(item)))
            {
                Find(child, item, errors);
            }
        }
        else if (IsSettings(type))
        {
            Find(section, type, errors);
        }
    }

    /// <summary>Gets the value type of a dictionary or the element type of a list or array, else null.</summary>
    private static Type? ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        return definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>)
            || definition == typeof(IReadOnlyDictionary<,>)
            ? arguments[1]
            : definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>)
                || definition == typeof(HashSet<>) || definition == typeof(ISet<>)
                ? arguments[0]
                : null;
    }

    private static bool IsSettings(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !type.IsArray;
}

using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Configuration;

// The dashboard compiles this file too; its copy lives in its own namespace, so the two never meet.
#if AIOPS_DASHBOARD
namespace AiOps.Notifications.Dashboard.Internal;
#else
namespace AiOps.Notifications.Internal;
#endif

/// <summary>
/// Finds configuration keys that name no property of a settings type, and values that do not convert to their
/// property's type, reporting each by its full path.
/// </summary>
/// <remarks>
/// The binder's own messages name a .NET type; these name the setting as it is written, such as
/// <c>AiOps:Queue:Capacty</c>, with the settings that exist there or the values it takes. Settings classes,
/// dictionaries and lists of them are followed.
/// </remarks>
internal static class SettingsCheck
{
    /// <summary>Throws when <paramref name="section"/> holds a key that is no setting or a wrong value.</summary>
    /// <param name="section">The section the settings bind from.</param>
    /// <param name="settings">The settings type, or a list or dictionary of settings.</param>
    /// <param name="skip">Names of child sections that other packages own and check.</param>
    /// <exception cref="InvalidOperationException">A key or value is wrong; the message names each one.</exception>
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
            else if (child.Value is { } value && !Converts(property.PropertyType, value))
            {
                errors.Add($"{child.Path} is '{value}'; use {Expected(property.PropertyType)}.");
            }
            else
            {
                FindWithin(child, property.PropertyType, errors);
            }
        }
    }

    /// <summary>Tells whether the binder can turn the text into a value of the type.</summary>
    public static bool Converts(Type type, string value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            // By name only: the binder also takes numbers, even ones that name no value ('99').
            return Array.Exists(
                Enum.GetNames(target), name => name.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        // An empty value binds as null or the default; settings classes and collections have no value of their own.
        return value.Length == 0 || IsSettings(target) || ItemType(target) is not null
            || TypeDescriptor.GetConverter(target).IsValid(value);
    }

    /// <summary>Says what a setting of the type takes, for a message.</summary>
    public static string Expected(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum ? string.Join(", ", Enum.GetNames(target))
            : target == typeof(bool) ? "true or false"
            : target == typeof(TimeSpan) ? "a time span such as 00:05:00"
            : target == typeof(int) || target == typeof(long) ? "a whole number"
            : target == typeof(double) || target == typeof(decimal) ? "a number such as 0.5"
            : target == typeof(Uri) ? "a URL"
            : "a valid value";
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

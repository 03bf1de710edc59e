using System.Globalization;
using AiOps.Notifications.Dashboard.Internal;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Collects validation errors keyed by camelCase field name, as ValidationProblem reports them.</summary>
internal sealed class ApiValidation
{
    public const int ShortText = 200;

    /// <summary>The limit of a title, a fingerprint or an idempotency key.</summary>
    public const int MediumText = 500;

    public const int LongText = 20_000;

    public const int MaxMapEntries = 64;

    public const int MaxMapValue = 2_000;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public ApiValidation Required(string field, string? value, int maxLength = ShortText)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"'{field}' is required.");
            return this;
        }

        return Optional(field, value, maxLength);
    }

    public ApiValidation Optional(string field, string? value, int maxLength = ShortText)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, string.Create(
                CultureInfo.InvariantCulture, $"'{field}' must be at most {maxLength} characters."));
        }

        return this;
    }

    public ApiValidation Map(string field, IReadOnlyDictionary<string, string>? map, int maxValue = MaxMapValue)
    {
        if (map is null)
        {
            return this;
        }

        if (map.Count > MaxMapEntries)
        {
            Add(field, string.Create(
                CultureInfo.InvariantCulture, $"'{field}' must have at most {MaxMapEntries} entries."));
        }

        foreach (var (key, value) in map)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > ShortText || value is null || value.Length > maxValue)
            {
                var valueLimit = maxValue == int.MaxValue
                    ? ""
                    : string.Create(CultureInfo.InvariantCulture, $", at most {maxValue}");
                Add(field, string.Create(CultureInfo.InvariantCulture,
                    $"'{field}' keys must be 1-{ShortText} characters and values non-null{valueLimit}."));
                break;
            }
        }

        return this;
    }

    public ApiValidation List(string field, IReadOnlyList<string>? items, bool required, int maxItems = 50)
    {
        if (items is null || items.Count == 0)
        {
            return required ? Add(field, $"'{field}' needs at least one item.") : this;
        }

        if (items.Count > maxItems || items.Any(item => string.IsNullOrWhiteSpace(item) || item.Length > MaxMapValue))
        {
            Add(field, string.Create(CultureInfo.InvariantCulture,
                $"'{field}' must have at most {maxItems} non-empty items of at most {MaxMapValue} characters."));
        }

        return this;
    }

    public ApiValidation Defined<T>(string field, T? value)
        where T : struct, Enum =>
        value is null || Enum.IsDefined(value.Value)
            ? this
            : Add(field, $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<T>())}.");

    public ApiValidation Date(string field, DateTimeOffset? value) =>
        value is null || DateBounds.Contains(value.Value) ? this : Add(field, DateBounds.Rule(field));

    public ApiValidation Check(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    public ApiValidation Add(string field, string message)
    {
        Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }
}

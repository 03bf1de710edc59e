using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>The settings page's silence forms: create one for a while, expire one now.</summary>
internal static class SilenceForms
{
    public static IReadOnlyList<(string Value, string Label, TimeSpan Length)> Durations { get; } =
    [
        ("1h", "1 hour", TimeSpan.FromHours(1)),
        ("4h", "4 hours", TimeSpan.FromHours(4)),
        ("24h", "24 hours", TimeSpan.FromHours(24)),
        ("7d", "7 days", TimeSpan.FromDays(7)),
    ];

    public static async Task<IResult> CreateAsync(
        HttpContext context, ISilenceManager silences, TimeProvider time, DashboardMount mount)
    {
        if (await ActionEndpoints.RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var matchers = form["matchers"].ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var duration = Durations.FirstOrDefault(d => d.Value == form["duration"]);
        if (matchers.Length == 0 || duration.Value is null)
        {
            return await FailedAsync(
                context, mount, form, matchers.Length == 0 ? "s-matchers" : "s-duration",
                "Give at least one matcher and a duration.").ConfigureAwait(false);
        }

        return await CreateAsync(context, silences, mount, form, matchers, time.GetUtcNow() + duration.Length)
            .ConfigureAwait(false);
    }

    public static async Task<IResult> ExpireAsync(
        string id, HttpContext context, ISilenceManager silences, DashboardMount mount)
    {
        if (await ActionEndpoints.RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var silence = await silences.ExpireAsync(id, context.RequestAborted).ConfigureAwait(false);
        return silence is null
            ? NotFoundPages.Silence(context, mount, id)
            : SettingsPageEndpoints.BackToSettings(context, mount, "expired", "silences");
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, ISilenceManager silences, DashboardMount mount, IFormCollection form, string[] matchers,
        DateTimeOffset endsAt)
    {
        string? comment = form["comment"];
        try
        {
            await silences.CreateAsync(
                matchers, null, endsAt, ActionEndpoints.UserName(context),
                string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), context.RequestAborted).ConfigureAwait(false);
            return SettingsPageEndpoints.BackToSettings(context, mount, "silenced", "silences");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return await FailedAsync(context, mount, form, "s-matchers", ErrorText.Of(ex)).ConfigureAwait(false);
        }
    }

    private static Task<IResult> FailedAsync(
        HttpContext context, DashboardMount mount, IFormCollection form, string fieldId, string message) =>
        SettingsPageEndpoints.FormFailedAsync(context, mount, new FormFailure("silence", fieldId, message, form));
}

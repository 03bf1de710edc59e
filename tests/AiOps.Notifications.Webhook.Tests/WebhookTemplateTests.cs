using System.Text.Json;
using System.Text.Json.Nodes;
using AiOps.Notifications.Templates;
using AiOps.Notifications.Webhook.Tests.Infrastructure;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class WebhookTemplateTests
{
    [Fact]
    public async Task RenderAsync_IncidentDetected_MatchesGoldenFile()
    {
        var model = SampleModels.Detected();

        var body = await WebhookHost.RenderBodyAsync(model);

        var normalised = JsonNode.Parse(body)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Golden.AssertMatches("incident.detected.body.json", normalised + "\n");
    }

    [Fact]
    public async Task RenderAsync_HostileValues_StayValidJsonAndRoundTrip()
    {
        const string hostile = "quote \" backslash \\ newline \n tab \t bell \u0007 nul \u0000 emoji 😀 </script> \u2028";
        var model = SampleModels.Detected(hostile);
        model = model with
        {
            Notification = model.Notification with
            {
                Title = hostile,
                Labels = new Dictionary<string, string> { [hostile] = hostile },
            },
        };

        var body = await WebhookHost.RenderBodyAsync(model);

        using var document = JsonDocument.Parse(body);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(hostile, data.GetProperty("title").GetString());
        Assert.Equal(hostile, data.GetProperty("incident").GetProperty("message").GetString());
        Assert.Equal(hostile, data.GetProperty("labels").GetProperty(hostile).GetString());
    }

    [Fact]
    public async Task RenderAsync_IncidentEscalated_CarriesStepReasonAndNotifiedBefore()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated);

        var body = await WebhookHost.RenderBodyAsync(model);

        using var document = JsonDocument.Parse(body);
        var values = document.RootElement.GetProperty("data").GetProperty("values");
        Assert.Equal("2", values.GetProperty("step").GetString());
        Assert.Equal("4", values.GetProperty("steps").GetString());
        Assert.Equal("Not acknowledged within 15 min.", values.GetProperty("reason").GetString());
        Assert.Equal(
            "slack:C0123456789, email:oncall@example.com", values.GetProperty("notified_before").GetString());
    }

    [Fact]
    public async Task RenderAsync_IncidentSeenThreeTimes_CarriesCountAndLastSeen()
    {
        var model = SampleModels.Detected();

        var body = await WebhookHost.RenderBodyAsync(model);

        using var document = JsonDocument.Parse(body);
        var incident = document.RootElement.GetProperty("data").GetProperty("incident");
        Assert.Equal(3, incident.GetProperty("occurrence_count").GetInt32());
        Assert.Equal("2026-12-03T08:23:30.0000000+00:00", incident.GetProperty("last_seen_at").GetString());
    }

    [Fact]
    public async Task RenderAsync_IncidentOpenedWithPriority_CarriesItsOwnPriority()
    {
        var model = SampleModels.Detected();
        model = model with { Incident = model.Incident! with { Priority = NotificationPriority.Critical } };

        var body = await WebhookHost.RenderBodyAsync(model);

        using var document = JsonDocument.Parse(body);
        var incident = document.RootElement.GetProperty("data").GetProperty("incident");
        Assert.Equal("Error", incident.GetProperty("level").GetString());
        Assert.Equal("Critical", incident.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task RenderAsync_NoIncident_WritesNulls()
    {
        var model = SampleModels.Detected() with { Incident = null, IncidentUrl = null };

        var body = await WebhookHost.RenderBodyAsync(model);

        using var document = JsonDocument.Parse(body);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("incident").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("url").ValueKind);
        Assert.Equal("incident.detected", document.RootElement.GetProperty("type").GetString());
    }
}

using System.Globalization;
using System.Text;
using AiOps.Samples.WebApp.Tests.Support;

namespace AiOps.Samples.WebApp.Tests;

/// <summary>The end-to-end path driven by a real Alertmanager: alerts posted to its API reach the sample host.</summary>
public sealed class AlertmanagerIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AlertPostedToAlertmanager_BecomesIncidentWithMailAndWebhook_ThenResolves()
    {
        await using var host = await SampleHost.StartAsync();
        await using var alertmanager = await AlertmanagerProcess.StartAsync(host.BaseUrl + "/aiops/api/ingest/alertmanager");
        using var client = new HttpClient();
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-1);

        await PostAlertAsync(client, alertmanager, startsAt, endsAt: null);
        var firing = await host.WaitForJsonAsync("/aiops/api/incidents", list => list.GetProperty("total").GetInt32() == 1);
        await host.WaitForJsonAsync("/dev/inbox.json", items => items.GetArrayLength() >= 2);

        var incident = firing.GetProperty("items")[0].GetProperty("incident");
        Assert.Equal("Queue consumer lag above 10k on orders", incident.GetProperty("title").GetString());
        Assert.Equal("Critical", incident.GetProperty("level").GetString());
        Assert.Equal("alertmanager", incident.GetProperty("source").GetString());

        await PostAlertAsync(client, alertmanager, startsAt, endsAt: DateTimeOffset.UtcNow.AddSeconds(-1));
        await host.WaitForJsonAsync("/aiops/api/incidents", list =>
            list.GetProperty("items")[0].GetProperty("incident").GetProperty("status").GetString() == "Resolved");
    }

    private static async Task PostAlertAsync(
        HttpClient client, AlertmanagerProcess alertmanager, DateTimeOffset startsAt, DateTimeOffset? endsAt)
    {
        var ends = endsAt is null ? "" : $", \"endsAt\": \"{endsAt.Value.ToString("O", CultureInfo.InvariantCulture)}\"";
        var body = $$"""
            [{
              "labels": {"alertname": "QueueLag", "service": "orders", "severity": "critical", "team": "fulfilment"},
              "annotations": {"summary": "Queue consumer lag above 10k on orders", "description": "Lag is 12,480 messages."},
              "startsAt": "{{startsAt.ToString("O", CultureInfo.InvariantCulture)}}"{{ends}}
            }]
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(alertmanager.Url + "/api/v2/alerts", content, Ct);
        response.EnsureSuccessStatusCode();
    }
}

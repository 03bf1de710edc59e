using System.Net;
using System.Text.Json;
using AiOps.Samples.WebApp.Tests.Support;
using Microsoft.Extensions.Options;

namespace AiOps.Samples.WebApp.Tests;

/// <summary>The sample host end to end: a real alert in, a real e-mail and a signed webhook out, visible in the API.</summary>
public sealed class EndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AlertmanagerFiringThenResolved_MailAndVerifiedWebhookArriveAndIncidentsResolve()
    {
        await using var host = await SampleHost.StartAsync();

        using var firing = await host.PostFileAsync("/aiops/api/ingest/alertmanager", "alertmanager-firing.json");
        Assert.Equal(HttpStatusCode.OK, firing.StatusCode);
        var inbox = await host.WaitForJsonAsync("/dev/inbox.json", items => Count(items, "mail") == 2 && Count(items, "webhook") == 2);

        Assert.All(Items(inbox, "webhook"), item => Assert.True(item.GetProperty("signatureValid").GetBoolean()));
        var subjects = Items(inbox, "mail").Select(item => item.GetProperty("subject").GetString()).ToList();
        Assert.Contains(subjects, subject => subject!.Contains("5xx ratio above 5% on checkout-7d9f-abcde", StringComparison.Ordinal));
        Assert.All(Items(inbox, "mail"), item =>
            Assert.Equal(["oncall@example.test", "sre@example.test"], item.GetProperty("to").EnumerateArray().Select(t => t.GetString())));
        var incidents = await host.WaitForJsonAsync("/aiops/api/incidents", list => AllDeliveries(list).Count() == 4
            && AllDeliveries(list).All(d => d.GetProperty("delivery").GetProperty("status").GetString() == "Delivered"));
        Assert.Equal(2, incidents.GetProperty("total").GetInt32());

        using var resolved = await host.PostFileAsync("/aiops/api/ingest/alertmanager", "alertmanager-resolved.json");
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var after = await host.WaitForJsonAsync("/aiops/api/incidents", list => AllDeliveries(list).Count() == 8
            && AllDeliveries(list).All(d => d.GetProperty("delivery").GetProperty("status").GetString() == "Delivered"));
        Assert.All(after.GetProperty("items").EnumerateArray(), item =>
            Assert.Equal("Resolved", item.GetProperty("incident").GetProperty("status").GetString()));
        var final = await host.WaitForJsonAsync("/dev/inbox.json", items => Count(items, "mail") == 4);
        Assert.Equal(2, Items(final, "mail").Count(item => item.GetProperty("subject").GetString()!.Contains("RESOLVED", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task SmtpServerDown_WebhookStillDeliveredAndMailFailureRecorded()
    {
        await using var host = await SampleHost.StartAsync(new()
        {
            ["AiOps:Channels:email:Port"] = SampleHost.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AiOps:Delivery:ImmediateAttempts"] = "2",
            ["AiOps:Delivery:MaxAttempts"] = "2",
        });

        using var response = await host.PostFileAsync("/aiops/api/ingest/alertmanager", "alertmanager-firing.json");
        var list = await host.WaitForJsonAsync("/aiops/api/incidents", json => AllDeliveries(json).Count() == 4
            && AllDeliveries(json).All(d => d.GetProperty("delivery").GetProperty("status").GetString() != "Pending"));

        var deliveries = AllDeliveries(list).ToList();
        Assert.All(deliveries.Where(d => Channel(d) == "webhook"), d => Assert.Equal("Delivered", Status(d)));
        Assert.All(deliveries.Where(d => Channel(d) == "email"), d =>
        {
            Assert.Equal("Failed", Status(d));
            Assert.Equal(2, d.GetProperty("attempts").GetArrayLength());
            Assert.All(d.GetProperty("attempts").EnumerateArray(), a => Assert.Equal("TransientFailure", a.GetProperty("outcome").GetString()));
        });
    }

    [Fact]
    public async Task MalformedAlertmanagerBody_Gets400ProblemDetails()
    {
        await using var host = await SampleHost.StartAsync();

        using var content = new StringContent("{\"version\":\"4\",\"alerts\":[{\"status\":42}]}", System.Text.Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("/aiops/api/ingest/alertmanager", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("alerts[0]", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSmtpHost_FailsAtStartupNamingTheSetting()
    {
        var folder = Directory.CreateTempSubdirectory("aiops-sample-").FullName;
        await using var app = SampleHost.Build(folder, new() { ["AiOps:Channels:email:Host"] = "" }, out _);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains("AiOps:Channels:email:Host", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static IEnumerable<JsonElement> Items(JsonElement inbox, string kind) =>
        inbox.EnumerateArray().Where(item => item.GetProperty("kind").GetString() == kind);

    private static int Count(JsonElement inbox, string kind) => Items(inbox, kind).Count();

    private static IEnumerable<JsonElement> AllDeliveries(JsonElement list) =>
        list.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("notifications").EnumerateArray())
            .SelectMany(notification => notification.GetProperty("deliveries").EnumerateArray());

    private static string? Channel(JsonElement delivery) => delivery.GetProperty("delivery").GetProperty("channel").GetString();

    private static string? Status(JsonElement delivery) => delivery.GetProperty("delivery").GetProperty("status").GetString();
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

/// <summary>Mutates valid inbound payloads at random (seeded) and checks that no answer is a 5xx.</summary>
public sealed class IngestFuzzTests
{
    private const int Seed = 20261203;

    private const int Rounds = 150;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Sources => new()
    {
        { "/aiops/api/ingest/alertmanager", "alertmanager" },
        { "/aiops/api/ingest/grafana", "grafana" },
        { "/aiops/api/ingest/generic", "generic" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Post_MutatedPayloads_NeverAnswer5xxAndKeepStoreConsistent(string url, string source)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var random = new Random(Seed + source.Length);
        var original = Original(source);
        var answered = new Dictionary<int, int>();

        for (var round = 0; round < Rounds; round++)
        {
            var body = PayloadMutator.Mutate(JsonNode.Parse(original)!, random);
            using var response = await sut.Client.PostAsync(url, Payloads.Json(body), Ct);

            var status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 500, $"Round {round} answered {status} for: {Shorten(body)}");
            answered[status / 100] = answered.GetValueOrDefault(status / 100) + 1;
        }

        // Both kinds of answer must occur, or the mutations are too weak (or too strong) to test anything.
        Assert.True(
            answered.GetValueOrDefault(2) > 0 && answered.GetValueOrDefault(4) > 0, string.Join(", ", answered));

        await AssertConsistentAsync(sut);
    }

    [Fact]
    public async Task Post_DeeplyNestedAndHugeBodies_Answer4xx()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var deep = new StringBuilder("{\"alerts\":").Append('[', 5000).Append(']', 5000).Append('}').ToString();
        var huge = "{\"source\":\"s\",\"title\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var nested = await sut.Client.PostAsync("/aiops/api/ingest/alertmanager", Payloads.Json(deep), Ct);
        var large = await sut.Client.PostAsync("/aiops/api/ingest/generic", Payloads.Json(huge), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, nested.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }

    private static string Original(string source) => source switch
    {
        "alertmanager" => Payloads.Sample,
        "grafana" => Payloads.GrafanaFiring,
        _ => Payloads.Generic,
    };

    private static async Task AssertConsistentAsync(DashboardTestHost sut)
    {
        var incidents = (await sut.Store.QueryIncidentsAsync(new() { Take = 10_000 }, Ct)).Items;
        Assert.All(incidents, incident =>
        {
            Assert.False(string.IsNullOrWhiteSpace(incident.Title));
            Assert.True(incident.OccurrenceCount >= 1);
        });
        var open = incidents.Where(incident => incident.IsOpen).GroupBy(incident => incident.Fingerprint);
        Assert.All(open, group => Assert.Single(group));
        foreach (var incident in incidents)
        {
            var notifications = await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct);
            Assert.All(notifications, n => Assert.Equal(incident.Id, n.IncidentId));
        }
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}

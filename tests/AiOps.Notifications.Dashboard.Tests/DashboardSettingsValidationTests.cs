using System.Net;
using AiOps.Notifications.Dashboard.Security;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Tests;

/// <summary>
/// Settings under <c>AiOps:Dashboard</c> were bound on first use only: typos and invalid values started fine,
/// then every API call answered 500 or every webhook 401.
/// </summary>
public sealed class DashboardSettingsValidationTests
{
    private static readonly string ValidHash = new('a', 64);

    [Theory]
    [InlineData("AiOps:Dashboard:Api:RateLimt:PermitLimit", "5", "AiOps:Dashboard:Api:RateLimt is not a setting")]
    [InlineData("AiOps:Dashboard:Bogus", "1", "AiOps:Dashboard:Bogus is not a setting")]
    [InlineData("AiOps:Dashboard:Api:Ingest:alertmanager:Secrt", "s", "AiOps:Dashboard:Api:Ingest:alertmanager:Secrt")]
    [InlineData("AiOps:Dashboard:Api:RateLimit:PermitLimit", "-5", "AiOps:Dashboard:Api:RateLimit:PermitLimit must be")]
    [InlineData("AiOps:Dashboard:Api:RateLimit:Window", "00:00:00", "AiOps:Dashboard:Api:RateLimit:Window must be")]
    [InlineData("AiOps:Dashboard:Api:DeduplicationCapacity", "0", "AiOps:Dashboard:Api:DeduplicationCapacity must be")]
    [InlineData("AiOps:Dashboard:Api:DeduplicationWindow", "-00:01:00", "AiOps:Dashboard:Api:DeduplicationWindow must be")]
    [InlineData("AiOps:Dashboard:Api:ApiKeys:ci:Sha256", "xyz", "AiOps:Dashboard:Api:ApiKeys:ci:Sha256 must be")]
    [InlineData("AiOps:Dashboard:Api:Ingest:alertmanger:Verification", "None", "AiOps:Dashboard:Api:Ingest:alertmanger")]
    [InlineData("AiOps:Dashboard:Api:Ingest:generic:Verification", "9", "AiOps:Dashboard:Api:Ingest:generic:Verification")]
    [InlineData("AiOps:Dashboard:Api:Ingest:grafana:Verification", "SharedSecrets",
        "AiOps:Dashboard:Api:Ingest:grafana:Verification is 'SharedSecrets'; use None, SharedSecret, StandardWebhooks.")]
    [InlineData("AiOps:Dashboard:Api:Ingest:grafana:Tolerance", "soon",
        "AiOps:Dashboard:Api:Ingest:grafana:Tolerance is 'soon'; use a time span such as 00:05:00.")]
    [InlineData("AiOps:Dashboard:Api:Ingest:generic:StrictVersion", "true",
        "AiOps:Dashboard:Api:Ingest:generic:StrictVersion applies to alertmanager and grafana only")]
    [InlineData("AiOps:Dashboard:Api:ApiKeys:ci:Revoked", "yes",
        "AiOps:Dashboard:Api:ApiKeys:ci:Revoked is 'yes'; use true or false.")]
    public async Task StartAsync_InvalidSetting_FailsNamingTheFullPath(string key, string value, string expected)
    {
        var start = DashboardTestHost.StartAsync(new() { Settings = new Dictionary<string, string?> { [key] = value } });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SharedSecret")]
    [InlineData("StandardWebhooks")]
    public async Task StartAsync_VerificationWithoutSecret_FailsNamingTheSecret(string verification)
    {
        const string Source = "AiOps:Dashboard:Api:Ingest:alertmanager";
        var start = DashboardTestHost.StartAsync(new()
        {
            Settings = new Dictionary<string, string?> { [Source + ":Verification"] = verification },
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains(Source + ":Secret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StandardWebhooksSecretNotBase64_FailsNamingTheSecret()
    {
        var start = DashboardTestHost.StartAsync(new()
        {
            Settings = new Dictionary<string, string?>
            {
                ["AiOps:Dashboard:Api:Ingest:generic:Verification"] = "StandardWebhooks",
                ["AiOps:Dashboard:Api:Ingest:generic:Secret"] = "whsec_not base64!",
            },
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("AiOps:Dashboard:Api:Ingest:generic:Secret must be base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidSettings_AnswersApiCalls()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            Settings = new Dictionary<string, string?>
            {
                ["AiOps:Dashboard:Api:RateLimit:PermitLimit"] = "5",
                ["AiOps:Dashboard:Api:ApiKeys:ci:Sha256"] = ValidHash.ToUpperInvariant(),
                ["AiOps:Dashboard:Api:Ingest:Grafana:Verification"] = "SharedSecret",
                ["AiOps:Dashboard:Api:Ingest:Grafana:Secret"] = "s3cret",
            },
        });

        var response = await sut.Client.GetAsync("/aiops/api/incidents", TestContext.Current.CancellationToken);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public void Dispose_PartitionLimiterFailedToBuild_DoesNotThrow()
    {
        var options = new AiOpsApiOptions();
        options.RateLimit.PermitLimit = -5;
        var sut = new ApiRateLimiter(Options.Create(options), TimeProvider.System);
        Assert.ThrowsAny<ArgumentException>(() => sut.Limiter!.AttemptAcquire("client"));

        var error = Record.Exception(sut.Dispose);

        Assert.Null(error);
    }
}

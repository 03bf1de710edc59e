using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Tests.Diagnoses;

public sealed class RuleBasedDiagnosisProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Npgsql: Timeout expired. The timeout period elapsed prior to obtaining a connection from the pool", "pool")]
    [InlineData("HttpRequestException: Connection refused (orders:8080)", "did not answer")]
    [InlineData("SocketException: Name or service not known (db.internal)", "DNS")]
    [InlineData("AuthenticationException: The remote certificate is invalid according to the validation procedure", "TLS")]
    [InlineData("System.OutOfMemoryException: Insufficient memory", "out of memory")]
    [InlineData("IOException: No space left on device", "disk is full")]
    [InlineData("SMTP 535: Authentication failed", "Authentication failed")]
    public async Task DiagnoseAsync_CommonFailure_DefaultRuleExplainsIt(string message, string cause)
    {
        var sut = CreateSut();

        var diagnosis = await sut.DiagnoseAsync(Incident(message), Ct);

        Assert.NotNull(diagnosis);
        Assert.Contains(cause, diagnosis.ProbableCause, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(diagnosis.SolutionSteps);
        Assert.Equal(RuleBasedDiagnosisProvider.AgentName, diagnosis.AgentName);
    }

    [Fact]
    public async Task DiagnoseAsync_NothingMatches_ReturnsNull()
    {
        var sut = CreateSut();

        var diagnosis = await sut.DiagnoseAsync(Incident("The order total was negative"), Ct);

        Assert.Null(diagnosis);
    }

    [Fact]
    public async Task DiagnoseAsync_ConfiguredRuleOnComponentTypeAndLabel_WinsOverDefaults()
    {
        var rule = new DiagnosisRule
        {
            Component = "^payments$", ExceptionType = "TimeoutException", Cause = "The card gateway is slow.",
            Confidence = 0.9,
        };
        rule.Labels["region"] = "eu-.*";
        var sut = CreateSut(rule);
        var incident = Incident("Request timed out") with
        {
            Component = "payments",
            Labels = new Dictionary<string, string> { ["region"] = "eu-west", ["exception_type"] = "System.TimeoutException" },
        };

        var diagnosis = await sut.DiagnoseAsync(incident, Ct);

        Assert.Equal(("The card gateway is slow.", 0.9), (diagnosis!.ProbableCause, diagnosis.Confidence));
        Assert.Contains("did not answer", (await sut.DiagnoseAsync(incident with { Component = "api" }, Ct))!.ProbableCause,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRuleBasedDiagnosis_IncidentDetected_DiagnosisAttachedAndDiagnosedNotificationSent()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel).AddRuleBasedDiagnosis());

        var incident = await host.Incidents.ReportAsync(
            new IncidentReport { Title = "Checkout failed", Message = "No space left on device" }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        var stored = await host.Store.FindIncidentAsync(incident.Id, Ct);
        Assert.Equal(IncidentStatus.Diagnosed, stored!.Status);
        Assert.Equal(RuleBasedDiagnosisProvider.AgentName, stored.Diagnosis!.AgentName);
        Assert.True(stored.Diagnosis.ProducedAt >= stored.DetectedAt);
        var types = (await host.Store.GetNotificationsForIncidentAsync(incident.Id, Ct)).Select(n => n.Type);
        Assert.Contains(NotificationTypes.IncidentDiagnosed, types);
    }

    private static RuleBasedDiagnosisProvider CreateSut(params DiagnosisRule[] rules)
    {
        var options = new DiagnosisOptions();
        foreach (var rule in rules)
        {
            options.Rules.Add(rule);
        }

        return new RuleBasedDiagnosisProvider(Options.Create(options));
    }

    private static Incident Incident(string message) => new()
    {
        Id = "inc-1", Fingerprint = "fp", Title = "Failure", Message = message, Component = "api",
    };
}

using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Incidents;

public sealed class IncidentFingerprintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportAsync_SameTitleWithTrailingSpace_FoldsIntoTheOpenIncident()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")));
        var first = await host.Incidents.ReportAsync(Report("t", ("team", "payments")), Ct);

        var second = await host.Incidents.ReportAsync(Report(" t ", ("team", "payments")), Ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.OccurrenceCount);
        Assert.Equal("t", second.Title);
    }

    [Fact]
    public void Compute_LabelValueHoldingALineBreakAndEquals_DiffersFromTwoLabels()
    {
        var one = Report("t", ("a", "1\nb=2"));
        var two = Report("t", ("a", "1"), ("b", "2"));

        var fingerprints = (IncidentFingerprint.Compute(one), IncidentFingerprint.Compute(two));

        Assert.NotEqual(fingerprints.Item1, fingerprints.Item2);
    }

    [Fact]
    public void Compute_ComponentAndTitleSplitElsewhere_Differ()
    {
        var one = Report("y\nz") with { Component = "x" };
        var two = Report("z") with { Component = "x\ny" };

        var fingerprints = (IncidentFingerprint.Compute(one), IncidentFingerprint.Compute(two));

        Assert.NotEqual(fingerprints.Item1, fingerprints.Item2);
    }

    [Fact]
    public void Compute_MissingOrEmptyComponent_IsTheSame()
    {
        var missing = Report("t") with { Component = null };
        var empty = Report("t") with { Component = "" };

        var fingerprints = (IncidentFingerprint.Compute(missing), IncidentFingerprint.Compute(empty));

        Assert.Equal(fingerprints.Item1, fingerprints.Item2);
    }

    private static IncidentReport Report(string title, params (string Key, string Value)[] labels) => new()
    {
        Title = title,
        Labels = labels.ToDictionary(label => label.Key, label => label.Value),
    };
}

using System.Net.Http.Headers;
using System.Text;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Inbound payloads: Alertmanager samples (CONTRACTS.md 5.3), and the Grafana and generic samples.</summary>
internal static class Payloads
{
    public const string FiringFingerprint = "alertmanager:6b2f1c8a9d0e4f13";

    public static string Sample => Read("alertmanager-sample.json");

    public static string Resolved => Read("alertmanager-resolved.json");

    public static string GrafanaFiring => SampleFile("grafana-firing.json");

    public static string Generic => SampleFile("generic.json");

    public static string SampleFile(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", name));

    public static StringContent Json(string body) =>
        new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resources", name));
}

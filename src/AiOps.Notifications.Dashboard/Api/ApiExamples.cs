namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Example request bodies shown in the OpenAPI document.</summary>
internal static class ApiExamples
{
    public const string ReportIncident = """
        {"title":"Checkout answers 5xx","message":"Error ratio 7% for 10 minutes","component":"checkout",
         "level":"Critical","labels":{"team":"payments"}}
        """;

    public const string Actor = """{"by":"alice"}""";

    public const string Diagnosis = """
        {"probableCause":"Connection pool exhausted after the 14:02 deploy",
         "solutionSteps":["Roll back to 2026.12.1","Raise the pool size to 50"],"confidence":0.82,
         "agentName":"ops-agent"}
        """;

    public const string Feedback = """{"helpful":true,"comment":"Rollback fixed it","by":"alice"}""";

    public const string Publish = """
        {"type":"deploy.finished","title":"Checkout 2026.12.2 deployed","priority":"Low",
         "labels":{"team":"payments"},"data":{"version":"2026.12.2"}}
        """;

    public const string TestSend = """{"recipient":"ops@example.com"}""";

    public const string Silence = """
        {"matchers":["service=\"checkout\""],"endsAt":"2026-12-03T12:00:00Z","createdBy":"alice",
         "comment":"Database maintenance"}
        """;

    public const string Routing = """
        {"type":"incident.detected","priority":"High","component":"checkout","labels":{"team":"payments"}}
        """;

    public const string Generic = """
        {"source":"nightly-backup","id":"run-4711","status":"firing","title":"Backup failed",
         "message":"pg_dump exited with 1","component":"postgres","level":"Error","fingerprint":"backup-postgres",
         "labels":{"env":"prod"}}
        """;
}

using AiOps.Notifications;
using AiOps.Notifications.Reports;
using AiOps.Notifications.Sqlite;
using AiOps.Notifications.Webhook;
using AiOps.Samples.Worker;

var builder = Host.CreateApplicationBuilder(args);

// One line: the worker's own Error and Critical logs become incidents.
builder.Logging.AddAiOps();

builder.Services.AddAiOpsNotifications()
    .UseSqlite()
    .AddWebhook()
    .AddRuleBasedDiagnosis()
    .AddDigests();
builder.Services.AddHostedService<OrderSyncWorker>();

await builder.Build().RunAsync();

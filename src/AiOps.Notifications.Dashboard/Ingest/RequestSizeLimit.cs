using Microsoft.AspNetCore.Http.Metadata;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Endpoint metadata that lets the server enforce the ingest body limit before the body is read.</summary>
/// <param name="MaxRequestBodySize">The limit in bytes.</param>
internal sealed record RequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

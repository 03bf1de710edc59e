using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.OpenApi;

public sealed class OpenApiDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Document_IsOpenApi31WithTitle()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var document = await GetDocumentAsync(sut);

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("AiOps.Notifications API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_Document_ListsEveryMappedApiEndpoint()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var mapped = MappedApiEndpoints(sut);

        var paths = (await GetDocumentAsync(sut)).GetProperty("paths");

        Assert.True(mapped.Count >= 24, $"Only {mapped.Count} API endpoints were found.");
        foreach (var (path, method) in mapped)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the document.");
            Assert.True(
                item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is missing.");
            Assert.True(operation.TryGetProperty("summary", out _), $"{method} {path} has no summary.");
        }
    }

    [Fact]
    public async Task Get_Document_ListsNoHeadOperation()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var paths = (await GetDocumentAsync(sut)).GetProperty("paths");

        var heads = paths.EnumerateObject().Where(path => path.Value.TryGetProperty("head", out _)).Select(p => p.Name);
        Assert.Empty(heads);
    }

    [Theory]
    [InlineData("/aiops/api/reports/export")]
    [InlineData("/aiops/api/incidents/export")]
    [InlineData("/aiops/api/notifications/export")]
    public async Task Get_Document_ExportsListTheirQueryParameters(string path)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var operation = (await GetDocumentAsync(sut)).GetProperty("paths").GetProperty(path).GetProperty("get");

        var names = operation.GetProperty("parameters").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString()));
        Assert.Equal([("from", "query"), ("to", "query"), ("format", "query")], names);
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _), $"{path} lists no 400.");
    }

    [Fact]
    public async Task Get_Document_LeavesPagesOut()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var paths = (await GetDocumentAsync(sut)).GetProperty("paths");

        Assert.All(
            paths.EnumerateObject(), path => Assert.StartsWith("/aiops/api/", path.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Document_EnumsAreStringsAndBodiesHaveExamples()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var document = await GetDocumentAsync(sut);

        var level = document.GetProperty("components").GetProperty("schemas").GetProperty("IncidentLevel");
        Assert.Equal("string", level.GetProperty("type").GetString());
        Assert.Contains("Critical", level.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var body = document.GetProperty("paths").GetProperty("/aiops/api/incidents").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content");
        Assert.False(body.TryGetProperty("*/*", out _));
        Assert.Equal("Checkout answers 5xx",
            body.GetProperty("application/json").GetProperty("example").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("201", "Location")]
    [InlineData("201", "Content-Location")]
    [InlineData("200", "Content-Location")]
    public async Task Get_Document_ReportIncidentListsNewAndFoldedAnswersWithTheirHeaders(string status, string header)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var responses = (await GetDocumentAsync(sut)).GetProperty("paths").GetProperty("/aiops/api/incidents")
            .GetProperty("post").GetProperty("responses");

        var response = responses.GetProperty(status);
        Assert.True(response.GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(response.GetProperty("headers").TryGetProperty(header, out _), $"{status} has no {header}.");
    }

    private static async Task<JsonElement> GetDocumentAsync(DashboardTestHost sut)
    {
        using var response = await sut.Client.GetAsync("/aiops/openapi/v1.json", Ct);
        return await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    private static List<(string Path, string Method)> MappedApiEndpoints(DashboardTestHost sut) =>
    [
        .. sut.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/aiops/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(method => !HttpMethods.IsHead(method))
                .Select(method => ("/" + e.RoutePattern.RawText!.TrimStart('/'), method))),
    ];
}

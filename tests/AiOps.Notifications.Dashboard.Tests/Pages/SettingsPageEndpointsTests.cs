using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class SettingsPageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settings_Default_ShowsChannelHealthRoutesAndPolicies()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureServices = ConfigureEngine });

        var html = await sut.Client.GetStringAsync("/aiops/settings", Ct);

        Assert.Contains("<th scope=\"row\">memory</th>", html, StringComparison.Ordinal);
        Assert.Contains("badge health-healthy", html, StringComparison.Ordinal);
        Assert.Contains("<strong>critical</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Escalation policy page-ops", html, StringComparison.Ordinal);
        Assert.Contains("severity=&quot;critical&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_RootRouteWithoutChannels_SaysItSendsToEveryChannel()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops/settings", Ct);

        Assert.Contains("<dd>every channel: memory</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("inherited", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Settings_TemplatePreview_RendersEveryTypeAsEscapedText(string type)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync($"/aiops/settings?kind=memory&type={type}", Ct);

        Assert.Contains($"<h3>memory · {type} · text</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be rendered", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_Explain_ListsMatchingRoutes()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureServices = ConfigureEngine });

        var html = await sut.Client.GetStringAsync(
            "/aiops/settings?rt=incident.detected&rp=Critical&rl=severity%3Dcritical", Ct);

        Assert.Contains("<li><strong>root/critical</strong> →", html, StringComparison.Ordinal);
        Assert.Contains("memory (ops)<span> · escalation policy page-ops</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestSend_KnownChannel_PublishesAndShowsDeliveryStatus()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/test-send", ("channel", CoreServices.ChannelName));
        var page = await sut.Client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aiops/settings?done=sent&test=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Test delivery to memory", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestSend_UnknownChannel_Returns400SettingsPageWithTheMessageByTheForm()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PageForms.PostAsync(sut, "/aiops/settings", "/aiops/settings/test-send", ("channel", "nope"));

        var html = await HttpAssert.FormFailedPageAsync(response, "test-send", "Choose one of the configured channels.");
        Assert.Contains("<select id=\"t-channel\" name=\"channel\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silences_CreateThenExpire_ShowsAndRemovesIt()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var created = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/silences",
            ("matchers", "component=\"db\""), ("duration", "4h"), ("comment", "<i>maintenance</i>"));
        var silences = sut.Services.GetRequiredService<ISilenceManager>();
        var silence = Assert.Single(await silences.ListAsync(false, Ct));
        var listed = await sut.Client.GetStringAsync("/aiops/settings", Ct);
        using var expired = await PageForms.PostAsync(
            sut, "/aiops/settings", $"/aiops/settings/silences/{silence.Id}/expire");

        Assert.Equal("/aiops/settings?done=silenced#silences", created.Headers.Location?.ToString());
        Assert.Contains("&lt;i&gt;maintenance&lt;/i&gt;", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Empty(await silences.ListAsync(false, Ct));
    }

    [Fact]
    public async Task Silences_ExpireUnknown_Returns404SilenceNotFoundPage()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/silences/sil-nope/expire");

        var html = await HttpAssert.NotFoundPageAsync(response, "Silence", "sil-nope");
        Assert.Contains("<a href=\"/aiops/settings#silences\">Back to settings</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silences_TypoInMatcher_Returns400SettingsPageWithTheMessageAndTheInputKeptEscaped()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/silences",
            ("matchers", "team=\"x\" y"), ("duration", "4h"), ("comment", "<b>db</b> \"upgrade\""));

        var html = await HttpAssert.FormFailedPageAsync(
            response, "silence", "'team=\"x\" y' has text after the closing quote of its value: 'y'. Put the whole " +
            "value inside the quotes and write \\\" for a quote inside it.");
        Assert.Contains(">team=&quot;x&quot; y</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"4h\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;b&gt;db&lt;/b&gt; &quot;upgrade&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#s-matchers\">", html, StringComparison.Ordinal);
        Assert.Empty(await sut.Services.GetRequiredService<ISilenceManager>().ListAsync(false, Ct));
    }

    [Fact]
    public async Task Silences_NoMatcher_Returns400SettingsPageWithTheMessageByTheForm()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/silences", ("matchers", " \n "), ("duration", "1h"));

        var html = await HttpAssert.FormFailedPageAsync(response, "silence", "Give at least one matcher and a duration.");
        Assert.Contains("aria-describedby=\"silence-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_ReadOnly_FormsHiddenAndRefused()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureOptions = o => o.ReadOnly = true });

        var html = await sut.Client.GetStringAsync("/aiops/settings", Ct);
        using var response = await sut.Client.PostAsync(
            "/aiops/settings/test-send", new FormUrlEncodedContent([new("channel", "memory")]), Ct);

        Assert.DoesNotContain("method=\"post\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string> Types() => [.. NotificationTypes.BuiltIn];

    private static void ConfigureEngine(IServiceCollection services) =>
        services.Configure<AiOpsNotificationsOptions>(o =>
        {
            o.Routing.Channels.Add(CoreServices.ChannelName);
            o.Routing.Routes.Add(new Routing.NotificationRouteOptions
            {
                Name = "critical",
                Matchers = { "severity=\"critical\"" },
                Channels = { CoreServices.ChannelName },
                Recipients = { [CoreServices.ChannelName] = "ops" },
                EscalationPolicy = "page-ops",
            });
            o.EscalationPolicies["page-ops"] = new Escalation.EscalationPolicyOptions
            {
                Steps = { new Escalation.EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { "memory" } } },
            };
        });
}

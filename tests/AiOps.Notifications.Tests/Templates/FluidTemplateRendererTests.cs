using AiOps.Notifications.Templates;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Templates;

public sealed class FluidTemplateRendererTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RenderAsync_HtmlPart_EscapesIncidentText()
    {
        var sut = CreateSut(new TemplateDefinition("mail", "*", "html", "<p>{{ incident.message }}</p>", TemplateEncoders.Html));

        var parts = await sut.RenderAsync("mail", Model("<script>alert(1)</script>"), Ct);

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", parts["html"]);
    }

    [Fact]
    public async Task RenderAsync_JsonPart_ProducesValidJsonForHostileText()
    {
        var hostile = "quote \" backslash \\ newline \n tab \t bell \u0007 emoji 🔥 accents é";
        var sut = CreateSut(new TemplateDefinition("hook", "*", "body", "{\"m\":\"{{ incident.message }}\"}", TemplateEncoders.Json));

        var parts = await sut.RenderAsync("hook", Model(hostile), Ct);

        using var document = System.Text.Json.JsonDocument.Parse(parts["body"]);
        Assert.Equal(hostile, document.RootElement.GetProperty("m").GetString());
    }

    [Fact]
    public async Task RenderAsync_TypeWithOwnTemplate_PrefersItOverFallback()
    {
        var sut = CreateSut(
            new TemplateDefinition("mail", "*", "subject", "fallback", TemplateEncoders.PlainText),
            new TemplateDefinition("mail", "incident.detected", "subject", "detected {{ incident.level }}", TemplateEncoders.PlainText));

        var parts = await sut.RenderAsync("mail", Model("m"), Ct);

        Assert.Equal("detected Critical", parts["subject"]);
    }

    [Fact]
    public async Task RenderAsync_DiagnosisAndLabels_AreReadable()
    {
        var source = "{{ incident.labels.team }} {{ incident.diagnosis.confidence_percent }}% " +
            "{% for step in incident.diagnosis.solution_steps %}[{{ step }}]{% endfor %}";
        var sut = CreateSut(new TemplateDefinition("mail", "*", "text", source, TemplateEncoders.PlainText));
        var model = Model("m") with
        {
            Incident = Model("m").Incident! with
            {
                Labels = new Dictionary<string, string> { ["team"] = "payments" },
                Diagnosis = new Diagnosis { ProbableCause = "c", AgentName = "a", Confidence = 0.87, SolutionSteps = ["one", "two"] },
            },
        };

        var parts = await sut.RenderAsync("mail", model, Ct);

        Assert.Equal("payments 87% [one][two]", parts["text"]);
    }

    private static FluidTemplateRenderer CreateSut(params TemplateDefinition[] definitions) =>
        new(new TemplateCatalog(definitions, Options.Create(new AiOpsNotificationsOptions())), [], new FakeTimeProvider());

    private static TemplateModel Model(string message) => new()
    {
        Notification = new Notification { Id = "ntf_1", Type = NotificationTypes.IncidentDetected, Title = "t" },
        Incident = new Incident
        {
            Id = "inc_1",
            Fingerprint = "f",
            Title = "t",
            Message = message,
            Level = IncidentLevel.Critical,
        },
    };
}

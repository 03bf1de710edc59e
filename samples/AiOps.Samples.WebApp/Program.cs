using AiOps.Samples.WebApp;

SampleApp.Build(args).Run();

/// <summary>The entry point, visible to tests.</summary>
public partial class Program;

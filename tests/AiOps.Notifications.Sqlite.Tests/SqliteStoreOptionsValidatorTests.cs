using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class SqliteStoreOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoDatabasePath_FailsNamingTheSetting(string? path)
    {
        var sut = CreateSut();

        var result = sut.Validate(null, new SqliteStoreOptions { DatabasePath = path });

        Assert.True(result.Failed);
        Assert.Contains("AiOps:Sqlite:DatabasePath is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(":memory:")]
    [InlineData("file:x?mode=memory")]
    public void Validate_InMemoryDatabase_FailsNamingTheSetting(string path)
    {
        var sut = CreateSut();

        var result = sut.Validate(null, new SqliteStoreOptions { DatabasePath = path });

        Assert.True(result.Failed);
        Assert.Contains("AiOps:Sqlite:DatabasePath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PathEndingInSeparator_FailsNamingTheSetting()
    {
        var sut = CreateSut();

        var result = sut.Validate(null, new SqliteStoreOptions { DatabasePath = "data/" });

        Assert.True(result.Failed);
        Assert.Contains("does not name a file", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(601)]
    public void Validate_BusyTimeoutOutOfRange_FailsNamingTheSetting(int seconds)
    {
        var sut = CreateSut();
        var options = new SqliteStoreOptions { DatabasePath = "a.db", BusyTimeout = TimeSpan.FromSeconds(seconds) };

        var result = sut.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("AiOps:Sqlite:BusyTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeFilePath_Succeeds()
    {
        var sut = CreateSut();

        var result = sut.Validate(null, new SqliteStoreOptions { DatabasePath = "data/aiops.db" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheSetting()
    {
        var options = new SqliteStoreOptions { DatabasePath = null };

        var error = Assert.Throws<ArgumentException>(() => new SqliteNotificationStore(options));

        Assert.Contains("AiOps:Sqlite:DatabasePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FolderCannotBeCreated_ThrowsNamingTheSetting()
    {
        using var folder = new TempFolder();
        var blocker = Path.Combine(folder.FullPath, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder", TestContext.Current.CancellationToken);
        await using var store = folder.CreateStore(Path.Combine(blocker, "aiops.db"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("AiOps:Sqlite:DatabasePath '" + blocker, error.Message, StringComparison.Ordinal);
    }

    private static SqliteStoreOptionsValidator CreateSut() => new("AiOps:Sqlite");
}

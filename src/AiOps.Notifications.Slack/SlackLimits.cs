namespace AiOps.Notifications.Slack;

/// <summary>The Block Kit limits the Slack channel keeps messages inside.</summary>
public static class SlackLimits
{
    /// <summary>The most blocks in one message.</summary>
    public const int Blocks = 50;

    /// <summary>The most characters of a <c>header</c> block's text.</summary>
    public const int HeaderText = 150;

    /// <summary>The most characters of a <c>section</c> block's text.</summary>
    public const int SectionText = 3000;

    /// <summary>The most fields of a <c>section</c> block.</summary>
    public const int Fields = 10;

    /// <summary>The most characters of one field, and of one <c>context</c> element.</summary>
    public const int FieldText = 2000;

    /// <summary>The most elements of a <c>context</c> block.</summary>
    public const int ContextElements = 10;

    /// <summary>The most characters of a button's text.</summary>
    public const int ButtonText = 75;

    /// <summary>The most characters kept in the top-level <c>text</c> fallback.</summary>
    public const int TopLevelText = 4000;

    /// <summary>The most characters of all block texts together, kept below Slack's undocumented aggregate.</summary>
    public const int BlocksText = 12_000;

    /// <summary>The marker that ends a shortened text.</summary>
    public const string TruncationMarker = "…(truncated)";
}

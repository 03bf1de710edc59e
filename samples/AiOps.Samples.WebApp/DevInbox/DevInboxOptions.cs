namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>Settings of the development inbox (<c>DevInbox</c> section).</summary>
public sealed class DevInboxOptions
{
    /// <summary>Gets or sets a value indicating whether the inbox, its SMTP server and webhook receiver run.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the port of the development SMTP server on 127.0.0.1.</summary>
    public int SmtpPort { get; set; } = 2525;

    /// <summary>Gets or sets the secret the webhook receiver verifies signatures with (<c>whsec_…</c>).</summary>
    public string WebhookSecret { get; set; } = "";
}

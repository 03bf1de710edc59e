namespace AiOps.Notifications.Email;

/// <summary>How the connection to the SMTP server is secured; there is no automatic fallback to plain text.</summary>
public enum SmtpSecurity
{
    /// <summary>No encryption. Allowed with credentials only when the server is on the loopback interface.</summary>
    None,

    /// <summary>Connect in plain text, then require <c>STARTTLS</c> (usually port 587), failing without it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

namespace AiOps.Notifications;

/// <summary>The built-in rules for common failures.</summary>
internal static class DefaultDiagnosisRules
{
    public static IReadOnlyList<DiagnosisRule> All { get; } =
    [
        Rule("pool-exhaustion", @"pool (is )?exhausted|timeout expired.*pool|max pool size|too many connections",
            "The connection pool is exhausted: connections are held too long or the pool is too small.",
            ["Look for connections that are not disposed (missing using/await using).",
             "Check for slow queries holding connections.", "Raise the pool size only after that."], 0.75),
        Rule("connection-timeout", @"timed? ?out|timeout|connection refused|ECONNREFUSED",
            "A dependency did not answer in time or refused the connection.",
            ["Check that the dependency is up and reachable from this host.",
             "Compare its latency with the client timeout.", "Check firewalls and recent network changes."], 0.6),
        Rule("dns", @"name or service not known|no such host|NXDOMAIN|could not resolve|nodename nor servname",
            "A host name could not be resolved (DNS).",
            ["Check the host name in the configuration.", "Query the DNS server from this host (nslookup/dig).",
             "Check recent DNS or service discovery changes."], 0.8),
        Rule("tls", @"SSL|TLS|certificate|AuthenticationException.*remote",
            "The TLS handshake failed: an expired, untrusted or mismatched certificate, or a protocol mismatch.",
            ["Check the certificate's expiry and host name.", "Check the trust chain on this host.",
             "Check the TLS versions both sides allow."], 0.7),
        Rule("out-of-memory", @"OutOfMemory|out of memory|OOMKilled|Cannot allocate memory",
            "The process ran out of memory.",
            ["Check memory limits and recent load.", "Take a memory dump and look for growth (leaks, caches).",
             "Raise the limit only after that."], 0.8),
        Rule("disk-full", @"no space left on device|disk (is )?full|ENOSPC|There is not enough space on the disk",
            "A disk is full.",
            ["Free space (logs, temp files, old data).", "Add log rotation or retention.",
             "Grow the volume if the data is needed."], 0.85),
        Rule("authentication", @"401|403|unauthori[sz]ed|forbidden|authentication failed|invalid credentials|login failed",
            "Authentication failed: credentials are wrong, expired or lack permissions.",
            ["Check that the credentials or token are current.", "Check recent rotations of secrets.",
             "Check the account's permissions."], 0.7),
    ];

    private static DiagnosisRule Rule(string name, string message, string cause, string[] steps, double confidence)
    {
        var rule = new DiagnosisRule { Name = name, Message = message, Cause = cause, Confidence = confidence };
        foreach (var step in steps)
        {
            rule.Steps.Add(step);
        }

        return rule;
    }
}

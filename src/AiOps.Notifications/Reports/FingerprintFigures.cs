namespace AiOps.Notifications.Reports;

/// <summary>One recurring failure: the incidents that share a fingerprint in a period.</summary>
/// <param name="Fingerprint">The fingerprint.</param>
/// <param name="Title">The title of one of its incidents.</param>
/// <param name="Incidents">How many incidents had it.</param>
/// <param name="Occurrences">How many reports were folded into them in all.</param>
public sealed record FingerprintFigures(string Fingerprint, string Title, int Incidents, int Occurrences);

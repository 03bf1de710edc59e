namespace AiOps.Notifications;

/// <summary>Explains incidents: given one, returns a diagnosis or nothing.</summary>
/// <remarks>
/// Providers run in the background after an incident is detected, never on the delivery path, each with the
/// timeout of <see cref="DiagnosisOptions.Timeout"/>. The first diagnosis returned is attached to the incident.
/// </remarks>
public interface IDiagnosisProvider
{
    /// <summary>Gets the agent name recorded with this provider's diagnoses.</summary>
    string Name { get; }

    /// <summary>Diagnoses an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="cancellationToken">Cancelled when the timeout passes or the host stops.</param>
    /// <returns>The diagnosis, or <see langword="null"/> when the provider has none.</returns>
    Task<Diagnosis?> DiagnoseAsync(Incident incident, CancellationToken cancellationToken);
}

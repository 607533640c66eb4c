namespace SynthAudit.Auditing;

/// <summary>Where a run reports progress and warnings; the CLI writes them to standard error, a library caller may
/// collect or ignore them.</summary>
internal interface IRunLog
{
    /// <summary>Reports one step of progress (for a person watching; carries no result).</summary>
    void Progress(string message);

    /// <summary>Reports a doubt about the inputs or the result that the caller should see.</summary>
    void Warn(string message);
}

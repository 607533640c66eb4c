namespace SynthAudit.Auditing;

/// <summary>Where a run reports progress and warnings; the CLI writes them to standard error, a library caller may
/// collect or ignore them.</summary>
internal interface IRunLog
{
    /// <summary>Reports one step of progress (for a person watching; carries no result).</summary>
    void Progress(string message);

    /// <summary>Reports where a counted task stands (for a person watching: the CLI draws a progress bar with an ETA).</summary>
    /// <param name="task">The task, e.g. <c>audit</c>; one bar per task.</param>
    /// <param name="step">The step now running, e.g. the metric id.</param>
    /// <param name="completed">Steps finished.</param>
    /// <param name="total">All steps of the task.</param>
    void Step(string task, string step, int completed, int total);

    /// <summary>Reports a doubt about the inputs or the result that the caller should see.</summary>
    void Warn(string message);
}

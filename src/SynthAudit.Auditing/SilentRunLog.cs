namespace SynthAudit.Auditing;

/// <summary>A run log that drops progress and warnings (the warnings still reach the result).</summary>
internal sealed class SilentRunLog : IRunLog
{
    /// <summary>The shared instance.</summary>
    public static SilentRunLog Instance { get; } = new();

    /// <inheritdoc />
    public void Progress(string message)
    {
    }

    /// <inheritdoc />
    public void Step(string task, string step, int completed, int total)
    {
    }

    /// <inheritdoc />
    public void Warn(string message)
    {
    }
}

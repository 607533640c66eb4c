using Spectre.Console;
using SynthAudit.Auditing;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Where a command writes: standard output for results, standard error for progress and messages.</summary>
/// <param name="Out">Results and summaries.</param>
/// <param name="Error">Progress, warnings and errors.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error) : IRunLog
{
    private readonly Lazy<IAnsiConsole> _progress = new(() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    }));

    private readonly object _gate = new();
    private LiveProgress? _live;

    /// <summary>Whether <c>--quiet</c> was given: no progress at all. Set once, after parsing and before the command runs.</summary>
    public bool Quiet { get; set; }

    /// <summary>Whether progress may be shown: not <see cref="Quiet"/>, standard output and standard error are the real
    /// terminal, and CI is not set.</summary>
    public bool ShowProgress => ShouldShowProgress(Quiet,
        ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected && !Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable("CI"));

    /// <summary>The progress rule: shown only to a person at a terminal who did not ask for quiet, never in CI.</summary>
    /// <param name="quiet">Whether <c>--quiet</c> was given.</param>
    /// <param name="terminal">Whether standard output and standard error are both the terminal (not redirected or captured).</param>
    /// <param name="ci">The value of the CI environment variable.</param>
    public static bool ShouldShowProgress(bool quiet, bool terminal, string? ci) => !quiet && terminal && string.IsNullOrEmpty(ci);

    /// <summary>Writes one progress line to stderr (Spectre.Console) when progress is shown.</summary>
    public void Progress(string message)
    {
        if (ShowProgress)
        {
            _progress.Value.MarkupLine("[grey]synthaudit:[/] " + Markup.Escape(message));
        }
    }

    /// <summary>Draws or moves the progress bar of <paramref name="task"/> (step name, elapsed time, ETA) when progress is shown.</summary>
    public void Step(string task, string step, int completed, int total)
    {
        if (!ShowProgress)
        {
            return;
        }

        LiveProgress live;
        lock (_gate)
        {
            live = _live ??= new LiveProgress(_progress.Value);
        }

        live.Update(task, step, completed, total);
        if (completed >= total)
        {
            // The task is done: clear the bar before the command prints its results.
            EndProgress();
        }
    }

    /// <summary>Removes the progress display, if one was drawn; called when the command ends.</summary>
    public void EndProgress()
    {
        lock (_gate)
        {
            _live?.Dispose();
            _live = null;
        }
    }

    /// <summary>Writes a warning line to stderr.</summary>
    public void Warn(string message)
    {
        EndProgress();
        Error.WriteLine("synthaudit: warning: " + message);
    }
}

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

    /// <summary>Whether progress may be shown: stderr is the real terminal and CI is not set.</summary>
    public bool ShowProgress =>
        ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Writes one progress line to stderr (Spectre.Console) when progress is shown.</summary>
    public void Progress(string message)
    {
        if (ShowProgress)
        {
            _progress.Value.MarkupLine("[grey]synthaudit:[/] " + Markup.Escape(message));
        }
    }

    /// <summary>Writes a warning line to stderr.</summary>
    public void Warn(string message) => Error.WriteLine("synthaudit: warning: " + message);
}

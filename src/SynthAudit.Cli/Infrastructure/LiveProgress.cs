using Spectre.Console;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>A Spectre.Console progress display on standard error, one bar per task with its current step, elapsed time and
/// ETA, drawn on a background task while the command works.</summary>
/// <remarks>Spectre's progress display runs inside a callback; the command's steps arrive from the pipeline instead, so
/// the display is started on a background task and fed through <see cref="Update"/> (Spectre's tasks are thread-safe).</remarks>
internal sealed class LiveProgress : IDisposable
{
    private readonly TaskCompletionSource<ProgressContext> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Task _display;

    /// <summary>Starts the display on <paramref name="console"/>.</summary>
    public LiveProgress(IAnsiConsole console)
    {
        _display = Task.Run(async () =>
        {
            try
            {
                await console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                        new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        _ready.TrySetResult(context);
                        await _finished.Task.ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException)
            {
                // A console that cannot draw (another live display, a closed stream): the command runs without a bar.
                _ready.TrySetException(ex);
            }
        });
    }

    /// <summary>Moves the bar of <paramref name="task"/> to <paramref name="completed"/> of <paramref name="total"/>, showing <paramref name="step"/>.</summary>
    public void Update(string task, string step, int completed, int total)
    {
        // The display starts within milliseconds; a console that never starts it is skipped rather than waited for.
        if (!_ready.Task.Wait(TimeSpan.FromSeconds(2)) || !_ready.Task.IsCompletedSuccessfully)
        {
            return;
        }

        var context = _ready.Task.Result;
        lock (_tasks)
        {
            if (!_tasks.TryGetValue(task, out var bar))
            {
                bar = context.AddTask(Markup.Escape(task), maxValue: Math.Max(1, total));
                _tasks.Add(task, bar);
            }

            bar.MaxValue = Math.Max(1, total);
            bar.Value = Math.Clamp(completed, 0, Math.Max(1, total));
            bar.Description = Markup.Escape(task + ": " + step);
        }
    }

    /// <summary>Stops the display and waits until it has cleared its lines.</summary>
    public void Dispose()
    {
        _finished.TrySetResult();
        try
        {
            _display.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The display failed to start; there is nothing to clear.
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.Attacking;

/// <summary>A generator given as a command template, run as a child process per run: <c>{train}</c> is the shadow training
/// CSV, <c>{out}</c> the CSV it must write, <c>{rows}</c> how many rows.</summary>
/// <remarks>Each run works in its own temporary folder, deleted afterwards (the training CSV holds real records). The
/// child's standard error is kept in the report folder as <c>stderr/run-NNNN.txt</c> (<c>-retry</c> for the second try)
/// when it wrote any; a run that outlives the timeout is killed with its process tree.</remarks>
internal sealed class CommandShadowGenerator : IShadowGenerator
{
    private const int MaxStderrChars = 1 << 20;
    private readonly string _template;
    private readonly TimeSpan _timeout;
    private readonly string _workDir;
    private readonly string _stderrDir;

    public CommandShadowGenerator(string template, TimeSpan timeout, string workDir, string stderrDir)
    {
        _template = template;
        _timeout = timeout;
        _workDir = workDir;
        _stderrDir = stderrDir;
    }

    public string Description => _template;

    public CsvFile Generate(int run, int attempt, byte[] trainCsv, int rows, ulong seed, CancellationToken ct)
    {
        var dir = Path.Combine(_workDir, string.Create(CultureInfo.InvariantCulture, $"run-{run:D4}-{attempt}"));
        Directory.CreateDirectory(dir);
        try
        {
            var train = Path.Combine(dir, "train.csv");
            var output = Path.Combine(dir, "synthetic.csv");
            File.WriteAllBytes(train, trainCsv);
            var command = _template
                .Replace("{train}", Quote(train), StringComparison.Ordinal)
                .Replace("{out}", Quote(output), StringComparison.Ordinal)
                .Replace("{rows}", rows.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{seed}", (seed & long.MaxValue).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var (exit, stderr, timedOut) = Execute(command, ct);
            var stderrFile = string.Create(CultureInfo.InvariantCulture, $"run-{run:D4}{(attempt > 0 ? "-retry" : string.Empty)}.txt");
            var kept = string.Empty;
            if (stderr.Length > 0)
            {
                Directory.CreateDirectory(_stderrDir);
                File.WriteAllText(Path.Combine(_stderrDir, stderrFile), stderr);
                kept = " (stderr: " + Path.Combine(Path.GetFileName(_stderrDir), stderrFile) + ")";
            }

            if (timedOut)
            {
                throw new ShadowGeneratorFailure(string.Create(CultureInfo.InvariantCulture,
                    $"timed out after {_timeout.TotalSeconds:G6} s and was killed{kept}"));
            }

            if (exit != 0)
            {
                throw new ShadowGeneratorFailure(string.Create(CultureInfo.InvariantCulture, $"exit code {exit}{kept}"));
            }

            if (!File.Exists(output))
            {
                throw new ShadowGeneratorFailure("exit code 0 but no file was written to {out}" + kept);
            }

            try
            {
                return CsvTableReader.Read(output);
            }
            catch (SynthAuditException ex)
            {
                throw new ShadowGeneratorFailure("malformed CSV: " + ex.Message.Replace(dir, "{run}", StringComparison.Ordinal) + kept, ex);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A child that still holds a file open (killed at the timeout) keeps the folder until the attack's cleanup.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private (int Exit, string Stderr, bool TimedOut) Execute(string command, CancellationToken ct)
    {
        var info = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        info.UseShellExecute = false;
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardInput = true;
        using var process = new Process { StartInfo = info };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    if (stderr.Length < MaxStderrChars)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new ShadowGeneratorFailure("could not start the shell: " + ex.Message, ex);
        }

        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var finished = false;
        using (ct.Register(() => Kill(process)))
        {
            finished = process.WaitForExit(_timeout);
        }

        if (!finished)
        {
            Kill(process);
            process.WaitForExit(5000);
        }
        else
        {
            process.WaitForExit();
        }

        ct.ThrowIfCancellationRequested();
        string text;
        lock (stderr)
        {
            text = stderr.ToString();
        }

        return (finished ? process.ExitCode : -1, text, !finished);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string Quote(string path) =>
        OperatingSystem.IsWindows() ? "\"" + path + "\"" : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

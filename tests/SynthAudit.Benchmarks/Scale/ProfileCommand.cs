using System.Diagnostics;
using System.Globalization;
using SynthAudit.Auditing.Pipeline;

namespace SynthAudit.Benchmarks.Scale;

/// <summary>Runs one audit in-process and prints, per stage (reading, each metric, each report format), the CPU time,
/// the bytes allocated and the peak working set so far: <c>... -- profile REAL SYNTHETIC [HOLDOUT] [--target T]
/// [--sensitive a,b] [--format json,md] [--out DIR] [--metrics id,id]</c>.</summary>
/// <remarks>CPU time (user + system of the whole process) is what matters on a shared machine; wall time is printed
/// too but means little under load.</remarks>
internal static class ProfileCommand
{
    public static void Run(string[] args)
    {
        var positional = new List<string>();
        string? target = null;
        var sensitive = Array.Empty<string>();
        var formats = new[] { "json" };
        var outDir = Path.Combine(Path.GetTempPath(), "synthaudit-profile");
        string[]? metrics = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--target": target = args[++i]; break;
                case "--sensitive": sensitive = args[++i].Split(','); break;
                case "--format": formats = args[++i].Split(','); break;
                case "--out": outDir = args[++i]; break;
                case "--metrics": metrics = args[++i].Split(','); break;
                default: positional.Add(args[i]); break;
            }
        }

        var request = new AuditRequest
        {
            RealPath = positional[0],
            SyntheticPath = positional[1],
            HoldoutPath = positional.Count > 2 ? positional[2] : null,
            Target = target,
            Sensitive = sensitive,
            Metrics = metrics,
        };
        var clock = new StageClock();
        var loaded = AuditPipeline.Load(request);
                var result = AuditPipeline.Run(request, loaded, null, (id, _, _) => clock.Lap(id ?? "(after the last metric)"), CancellationToken.None);
        var writer = ReportFormats.CreateWriter();
        Directory.CreateDirectory(outDir);
        foreach (var format in formats)
        {
            clock.Lap("report " + format);
            writer.WriteAsync(result, outDir, [format], "audit", CancellationToken.None).GetAwaiter().GetResult();
        }

        clock.Lap("done");
        clock.Print(Console.Out);
    }

    /// <summary>Stage laps: each <see cref="Lap"/> closes the stage that was running and names the next one.</summary>
    private sealed class StageClock
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly List<(string Stage, double Cpu, double Wall, long Alloc, long Peak)> _laps = [];
        private string _current = "read and align inputs";
        private TimeSpan _cpu;
        private TimeSpan _wallMark;
        private long _alloc;

        public StageClock()
        {
            _cpu = _process.TotalProcessorTime;
            _alloc = GC.GetTotalAllocatedBytes();
        }

        public void Lap(string next)
        {
            _process.Refresh();
            var cpu = _process.TotalProcessorTime;
            var wall = _wall.Elapsed;
            var alloc = GC.GetTotalAllocatedBytes();
            _laps.Add((_current, (cpu - _cpu).TotalSeconds, (wall - _wallMark).TotalSeconds, alloc - _alloc, _process.PeakWorkingSet64));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_current,-34} cpu {(cpu - _cpu).TotalSeconds,8:F2} s  wall {(wall - _wallMark).TotalSeconds,8:F2} s  alloc {(alloc - _alloc) / 1e6,9:F0} MB  peak {_process.PeakWorkingSet64 / 1e6,7:F0} MB"));
            (_current, _cpu, _wallMark, _alloc) = (next, cpu, wall, alloc);
        }

        public void Print(TextWriter output)
        {
            output.WriteLine("| stage | CPU s | wall s | allocated MB | peak WS MB |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (stage, cpu, wall, alloc, peak) in _laps)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {cpu:F2} | {wall:F2} | {alloc / 1e6:F0} | {peak / 1e6:F0} |"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| total | {_laps.Sum(l => l.Cpu):F2} | {_laps.Sum(l => l.Wall):F2} | {_laps.Sum(l => l.Alloc) / 1e6:F0} | {_laps.Max(l => l.Peak) / 1e6:F0} |"));
        }
    }
}

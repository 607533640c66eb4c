using System.Diagnostics;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;
using Xunit.Abstractions;

namespace SynthAudit.Metrics.Tests.Privacy;

public sealed class ScratchTiming(ITestOutputHelper output)
{
    [Theory]
            [InlineData("fresh-hsplit")]
    public void Scratch_Run(string kind)
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, synthetic: real, holdout: holdout);
        var t = aligned.Real; var h = aligned.Holdout!;
        Core.Data.Table s = t, hh = h;
        if (kind == "fresh")
        {
            var perm = new DeterministicRandom(1).Permutation(t.RowCount);
            s = t.Take(perm.AsSpan(0, 9000));
            t = t.Take(perm.AsSpan(9000));
        }
        else if (kind == "fresh-hsplit")
        {
            var perm = new DeterministicRandom(1).Permutation(h.RowCount);
            s = h.Take(perm.AsSpan(0, h.RowCount / 2));
            hh = h.Take(perm.AsSpan(h.RowCount / 2));
        }
        var input = new AuditInput(t, s, hh, schema);
        var context = new MetricContext(new SeedSource(0));
        var total = Stopwatch.StartNew();
        foreach (var m in PrivacyMetrics.Create())
        {
            var sw = Stopwatch.StartNew(); var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var r = m.Compute(input, context, default);
            output.WriteLine($"{m.Descriptor.Id}: {r.Value} [{r.Ci?.Low}, {r.Ci?.High}] base {r.Baseline} {r.Reason} ({sw.ElapsedMilliseconds} ms, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds} ms)");
            foreach (var b in r.Breakdown) output.WriteLine($"    {b.Key}: {b.Value} [{b.Ci?.Low}, {b.Ci?.High}] base {b.Baseline} {b.Note}");
            foreach (var w in r.Warnings) output.WriteLine("    WARN " + w);
        }
        output.WriteLine($"total {total.ElapsedMilliseconds} ms");
    }
}

using System.Diagnostics;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Testing;
using Xunit.Abstractions;

namespace SynthAudit.Metrics.Tests.Neighbors;

public sealed class ScratchKnn(ITestOutputHelper output)
{
    [Fact]
    public void Scratch_Knn()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, synthetic: holdout, holdout: holdout);
        var cols = schema.Used.Select(c => c.Name).ToArray();
        var enc = new GowerEncoding(cols, aligned.Real, aligned.Holdout);
        var t = enc.Encode(aligned.Real);
        var h = enc.Encode(aligned.Holdout!);
        output.WriteLine($"lanes {System.Numerics.Vector<float>.Count} v512 {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}");
        for (var rep = 0; rep < 3; rep++)
        {
            NearestNeighbors.s_fallbacks = 0;
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = NearestNeighbors.Search(h, t, 1);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var pairs = (double)h.RowCount * t.RowCount;
            output.WriteLine($"H->T k=1: {sw.ElapsedMilliseconds} ms wall, {cpu:F3} s cpu, {pairs * cols.Length / cpu / 1e9:F2} G pair-cols/cpu-s, fallbacks {NearestNeighbors.s_fallbacks}");
        }
    }
}

using System.Diagnostics;
using Xunit.Abstractions;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Encoding;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

public sealed class TmpTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Timing()
    {
        var (train, _, schema) = Adult(30000);
        var synthetic = ShuffleColumns(train, 42);
        var input = new AuditInput(train, synthetic, null, schema);
        var sw = Stopwatch.StartNew();
        var enc = FidelityEncoding.Build(input);
        output.WriteLine("encode " + sw.ElapsedMilliseconds);
        sw.Restart();
        var plan = new FidelityPlan(enc, new SynthAudit.Core.Randomness.DeterministicRandom(1));
        output.WriteLine("plan " + sw.ElapsedMilliseconds + " cells " + plan.MaxCells + " card " + plan.MaxCardinality + " marg " + plan.KMarginals.Length);
        sw.Restart();
        var ev = new FidelityEvaluator(enc, plan);
        for (var i = 0; i < 5; i++)
        {
            ev.Evaluate(RowSet.All(train.RowCount), Sides.Synthetic, RowSet.All(synthetic.RowCount));
        }

        output.WriteLine("5 evals " + sw.ElapsedMilliseconds);
        var context = Context(200);
        foreach (var m in FidelityMetrics.Create())
        {
            sw.Restart();
            var r = m.Compute(input, context, CancellationToken.None);
            output.WriteLine(m.Descriptor.Id + " " + sw.ElapsedMilliseconds + " " + r.Value + " " + r.Ci);
        }
    }
}

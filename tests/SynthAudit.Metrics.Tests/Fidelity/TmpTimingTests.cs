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
    private static TimeSpan s_last;

    private static double Cpu()
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        var d = (now - s_last).TotalMilliseconds;
        s_last = now;
        return d;
    }

    [Fact]
    public void Timing()
    {
        var (train, _, schema) = Adult(30000);
        var synthetic = ShuffleColumns(train, 42);
        var input = new AuditInput(train, synthetic, null, schema);
        var sw = Stopwatch.StartNew(); Cpu();
        var enc = FidelityEncoding.Build(input);
        output.WriteLine("encode " + sw.ElapsedMilliseconds + " cpu " + Cpu());
        sw.Restart(); Cpu();
        var plan = new FidelityPlan(enc, new SynthAudit.Core.Randomness.DeterministicRandom(1));
        output.WriteLine("plan " + sw.ElapsedMilliseconds + " cpu " + Cpu() + " cells " + plan.MaxCells + " card " + plan.MaxCardinality + " marg " + plan.KMarginals.Length);
        sw.Restart(); Cpu();
        var ev = new FidelityEvaluator(enc, plan);
        for (var i = 0; i < 5; i++)
        {
            ev.Evaluate(RowSet.All(train.RowCount), Sides.Synthetic, RowSet.All(synthetic.RowCount));
        }

        output.WriteLine("5 evals " + sw.ElapsedMilliseconds + " cpu " + Cpu());
        for (var i = 0; i < 20; i++)
        {
            ev.Evaluate(RowSet.All(train.RowCount), Sides.Synthetic, RowSet.All(synthetic.RowCount));
        }

        output.WriteLine("20 evals cpu " + Cpu());
        var scratch = new long[2 * plan.MaxCells + 2];
        var ra = RowSet.All(train.RowCount);
        var rb = RowSet.All(synthetic.RowCount);
        for (var i = 0; i < 20; i++)
        {
            foreach (var m in plan.PairMarginals)
            {
                m.Tvd(0, ra, 1, rb, scratch);
            }
        }

        output.WriteLine("20 pair marg cpu " + Cpu());
        for (var i = 0; i < 20; i++)
        {
            foreach (var m in plan.KMarginals)
            {
                m.Tvd(0, ra, 1, rb, scratch);
            }
        }

        output.WriteLine("20 k marg cpu " + Cpu());
        var context = Context(200);
        foreach (var m in FidelityMetrics.Create().Take(0))
        {
            sw.Restart(); Cpu();
            var r = m.Compute(input, context, CancellationToken.None);
            output.WriteLine(m.Descriptor.Id + " " + sw.ElapsedMilliseconds + " cpu " + Cpu() + " " + r.Value + " " + r.Ci);
        }
    }
}

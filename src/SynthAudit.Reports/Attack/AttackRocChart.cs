using System.Collections.Immutable;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Charts;

namespace SynthAudit.Reports.Attack;

/// <summary>The pooled ROC curve on log–log axes (FPR and TPR from 10⁻³ to 1), the usual way to show low-FPR performance
/// (Carlini et al. 2022), with the chance diagonal dashed.</summary>
public static class AttackRocChart
{
    private const double Low = 1e-3;
    private const double PlotHeight = 200;

    /// <summary>Lays the chart out at <paramref name="width"/> points wide.</summary>
    public static ChartLayout Layout(AttackResult result, double width)
    {
        ArgumentNullException.ThrowIfNull(result);
        var items = ImmutableArray.CreateBuilder<ChartPrimitive>();
        var title = "ROC of the strongest attack (" + result.StrongestFamily + "), log-log";
        items.Add(new TextPrimitive(0, 12, title, 9.5, Palette.Ink, TextAnchor.Start, true));
        const double left = 40;
        var right = width - 10;
        const double top = 24;
        const double bottom = top + PlotHeight;
        double X(double v) => left + ((Math.Log10(Math.Max(v, Low)) - Math.Log10(Low)) / -Math.Log10(Low) * (right - left));
        double Y(double v) => bottom - ((Math.Log10(Math.Max(v, Low)) - Math.Log10(Low)) / -Math.Log10(Low) * (bottom - top));
        foreach (var (t, label) in new[] { (1e-3, "0.1%"), (1e-2, "1%"), (1e-1, "10%"), (1.0, "100%") })
        {
            items.Add(new LinePrimitive(left, Y(t), right, Y(t), Palette.Grid, 0.5));
            items.Add(new LinePrimitive(X(t), top, X(t), bottom, Palette.Grid, 0.5));
            items.Add(new TextPrimitive(left - 4, Y(t) + 2.5, label, 7, Palette.Muted, TextAnchor.End));
            items.Add(new TextPrimitive(X(t), bottom + 11, label, 7, Palette.Muted, TextAnchor.Middle));
        }

        items.Add(new LinePrimitive(X(Low), Y(Low), X(1), Y(1), Palette.Muted, 0.8, Dashed: true));
        var line = ImmutableArray.CreateBuilder<double>();
        foreach (var p in result.Roc)
        {
            if (p.Fpr <= 0 && p.Tpr <= 0)
            {
                continue;
            }

            line.Add(X(p.Fpr));
            line.Add(Y(p.Tpr));
        }

        if (line.Count >= 4)
        {
            items.Add(new PolylinePrimitive(line.ToImmutable(), Palette.Series(0), 1.5));
        }

        items.Add(new LinePrimitive(left, top, left, bottom, Palette.Ink, 0.8));
        items.Add(new LinePrimitive(left, bottom, right, bottom, Palette.Ink, 0.8));
        items.Add(new TextPrimitive((left + right) / 2, bottom + 24, "false positive rate (log scale; 0 drawn at 0.1%)", 7.5, Palette.Ink, TextAnchor.Middle));
        items.Add(new TextPrimitive(8, (top + bottom) / 2, "true positive rate (log)", 7.5, Palette.Ink, TextAnchor.Middle, false, -90));
        return new ChartLayout(width, bottom + 30, title, items.ToImmutable());
    }
}

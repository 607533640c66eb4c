namespace SynthAudit.Core.Metrics;

/// <summary>The kind of chart a <see cref="FigureData"/> is drawn as.</summary>
public enum FigureKind
{
    /// <summary>Bars (grouped when there are several series) over categories.</summary>
    Bars,

    /// <summary>Overlaid histograms: each series gives bar heights over shared bin edges in X.</summary>
    Histogram,

    /// <summary>Lines through (X, Y) points, e.g. ECDF or ROC curves.</summary>
    Lines,

    /// <summary>A square matrix over categories; series i is row i.</summary>
    Heatmap,

    /// <summary>Points, e.g. a privacy-versus-fidelity scatter.</summary>
    Scatter,
}

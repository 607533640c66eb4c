using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy work that depends on real data only: the Gower encoding (ranges from train ∪ holdout), the encoded
/// train and holdout, and the holdout → train and train → train neighbour searches behind the DCR and NNDR baselines.</summary>
/// <remarks>A <see cref="AnalysisScope.RealData"/> analysis: it never reads the synthetic table, so <c>compare</c> (one real
/// and one holdout table for every synthetic set) computes it once for all sets. The encoding's numeric ranges never involve synthetic data, and aligned tables share one level list
/// per categorical column, so a synthetic table encoded later with this encoding gives the same distances as in a
/// standalone audit.</remarks>
internal sealed class PrivacyRealData
{
    private readonly Lazy<NeighborResult?> _holdoutToTrain;
    private readonly Lazy<NeighborResult> _trainToTrain;

    private PrivacyRealData(string[] columns, Table real, Table? holdout, MetricContext context)
    {
        Columns = columns;
        Encoding = new GowerEncoding(columns, real, holdout);
        Train = Encoding.Encode(real);
        Holdout = holdout is null ? null : Encoding.Encode(holdout);
        HoldoutQueries = Holdout is null ? null : SampleSizes.Rows(Holdout.RowCount, SampleSizes.NeighborQueries, context.RandomFor("privacy", "holdout-queries"));
        TrainQueries = SampleSizes.Rows(Train.RowCount, SampleSizes.NeighborQueries, context.RandomFor("privacy", "train-queries"));
        var options = context.ParallelOptions(CancellationToken.None);
        _holdoutToTrain = new(() => Holdout is null ? null : NearestNeighbors.Search(Holdout, Train, 2, HoldoutQueries, options: options));
        _trainToTrain = new(() => NearestNeighbors.Search(Train, Train, 2, TrainQueries, excludeSelf: true, options: options));
    }

    /// <summary>The used columns, in schema order.</summary>
    public string[] Columns { get; }

    /// <summary>The Gower encoding, numeric ranges from train ∪ holdout.</summary>
    public GowerEncoding Encoding { get; }

    /// <summary>The encoded train table.</summary>
    public GowerMatrix Train { get; }

    /// <summary>The encoded holdout table (null without holdout).</summary>
    public GowerMatrix? Holdout { get; }

    /// <summary>The holdout rows searched for (a seeded sample), or null for every row.</summary>
    public int[]? HoldoutQueries { get; }

    /// <summary>The train rows searched for in the train → train search (a seeded sample), or null for every row.</summary>
    public int[]? TrainQueries { get; }

    /// <summary>The sample record of the holdout queries (null without holdout).</summary>
    public SampleSize? HoldoutSample => Holdout is null ? null : SampleSizes.Describe("holdout query rows", HoldoutQueries, Holdout.RowCount);

    /// <summary>The sample record of the train → train queries.</summary>
    public SampleSize TrainSample => SampleSizes.Describe("train query rows (train → train)", TrainQueries, Train.RowCount);

    /// <summary>The two nearest train rows of every holdout query row (null without holdout).</summary>
    public NeighborResult? HoldoutToTrain => _holdoutToTrain.Value;

    /// <summary>The two nearest other train rows of every train query row.</summary>
    public NeighborResult TrainToTrain => _trainToTrain.Value;

    /// <summary>The analysis key: real data only, so one instance for every synthetic set of a <c>compare</c>.</summary>
    internal static AnalysisKey<PrivacyRealData> Key { get; } = new("privacy.real", AnalysisScope.RealData,
        (a, _) => new PrivacyRealData([.. a.Input.UsedColumns], a.Input.Real, a.Input.Holdout, a.Context));

    /// <summary>The shared instance for the real and holdout tables of <paramref name="input"/> (whatever its synthetic table).</summary>
    public static PrivacyRealData For(AuditInput input, MetricContext context) => context.Analyses(input).Get(Key, CancellationToken.None);
}

using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The work every privacy metric shares, computed once per audit: the Gower encoding of train, synthetic and
/// holdout, and the nearest-neighbour searches several metrics read.</summary>
/// <remarks>Numeric ranges come from train ∪ holdout (docs/metrics.md 1.3), never from synthetic data. The real-only part
/// (<see cref="PrivacyRealData"/>) is cached apart, so <c>compare</c> computes it once for all synthetic sets.</remarks>
internal sealed class PrivacyData
{
    /// <summary>Holdouts smaller than this are not used: the baselines and control attacks would be meaningless.</summary>
    public const int MinimumHoldout = 20;

    /// <summary>Holdouts smaller than this are used with a warning that the intervals are wide.</summary>
    public const int SmallHoldout = 100;

    private readonly Lazy<NeighborResult> _syntheticToTrain;
    private readonly Lazy<NeighborResult?> _syntheticToHoldout;

    private PrivacyData(AuditInput input, MetricContext context)
    {
        Input = input;
        Real = PrivacyRealData.For(input, context);
        Synthetic = Real.Encoding.Encode(input.Synthetic);
        SyntheticQueries = SampleSizes.Rows(Synthetic.RowCount, SampleSizes.NeighborQueries, context.RandomFor("privacy", "synthetic-queries"));
        var options = context.ParallelOptions(CancellationToken.None);
        _syntheticToTrain = new(() => NearestNeighbors.Search(Synthetic, Train, 2, SyntheticQueries, options: options));
        _syntheticToHoldout = new(() => Holdout is null ? null : NearestNeighbors.Search(Synthetic, Holdout, 1, SyntheticQueries, options: options));
    }

    public AuditInput Input { get; }

    /// <summary>The real-only part, shared by every synthetic set audited against the same train and holdout tables.</summary>
    public PrivacyRealData Real { get; }

    /// <summary>The used columns, in schema order.</summary>
    public string[] Columns => Real.Columns;

    public GowerEncoding Encoding => Real.Encoding;

    public GowerMatrix Train => Real.Train;

    public GowerMatrix Synthetic { get; }

    public GowerMatrix? Holdout => Real.Holdout;

    /// <summary>The synthetic rows searched for (a seeded sample of <see cref="SampleSizes.NeighborQueries"/> rows), or null
    /// for every row; <see cref="SyntheticToTrain"/> and <see cref="SyntheticToHoldout"/> follow this order.</summary>
    public int[]? SyntheticQueries { get; }

    /// <summary>The sample record of the synthetic queries.</summary>
    public SampleSize SyntheticSample => SampleSizes.Describe("synthetic query rows", SyntheticQueries, Synthetic.RowCount);

    /// <summary>The two nearest train rows of every synthetic query row (all train rows searched).</summary>
    public NeighborResult SyntheticToTrain => _syntheticToTrain.Value;

    /// <summary>The nearest holdout row of every synthetic query row (null without holdout; all holdout rows searched).</summary>
    public NeighborResult? SyntheticToHoldout => _syntheticToHoldout.Value;

    /// <summary>The two nearest train rows of every holdout row (null without holdout).</summary>
    public NeighborResult? HoldoutToTrain => Real.HoldoutToTrain;

    /// <summary>The two nearest other train rows of every train row (the NNDR baseline when there is no holdout).</summary>
    public NeighborResult TrainToTrain => Real.TrainToTrain;

    /// <summary>The analysis key: one instance per input set.</summary>
    internal static AnalysisKey<PrivacyData> Key { get; } =
        new("privacy.data", AnalysisScope.InputSet, (a, _) => new PrivacyData(a.Input, a.Context));

    /// <summary>The shared instance for this input set.</summary>
    public static PrivacyData For(AuditInput input, MetricContext context) => context.Analyses(input).Get(Key, CancellationToken.None);

    /// <summary>Why a metric cannot run on these inputs, or null when it can.</summary>
    public static string? CannotRun(AuditInput input, bool needsHoldout)
    {
        if (input.UsedColumns.IsEmpty)
        {
            return "no columns left to compare (all excluded or identifiers)";
        }

        if (input.Real.RowCount < 2 || input.Synthetic.RowCount < 1)
        {
            return "needs at least 2 train rows and 1 synthetic row";
        }

        if (needsHoldout && input.Holdout is { } h && h.RowCount < MinimumHoldout)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the holdout has {h.RowCount} rows; at least {MinimumHoldout} are needed for a baseline");
        }

        return null;
    }

    /// <summary>The warning for a small holdout, or null.</summary>
    public static string? SmallHoldoutWarning(AuditInput input) =>
        input.Holdout is { } h && h.RowCount < SmallHoldout
            ? string.Create(CultureInfo.InvariantCulture, $"the holdout has only {h.RowCount} rows (fewer than {SmallHoldout}): the baselines are noisy and the intervals wide")
            : null;
}

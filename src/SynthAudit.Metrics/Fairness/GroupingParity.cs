namespace SynthAudit.Metrics.Fairness;

/// <summary>Positive rates of the target per group of one grouping, in the real and the synthetic data, with bootstrap replicates.</summary>
internal sealed class GroupingParity
{
    /// <summary>The grouping.</summary>
    public required Grouping Grouping { get; init; }

    /// <summary>Real rows with a known target, per group.</summary>
    public required int[] RealRows { get; init; }

    /// <summary>Real positives, per group.</summary>
    public required int[] RealPositives { get; init; }

    /// <summary>Synthetic rows with a known target, per group.</summary>
    public required int[] SyntheticRows { get; init; }

    /// <summary>Synthetic positives, per group.</summary>
    public required int[] SyntheticPositives { get; init; }

    /// <summary>Whether a group enters the gaps: not pooled, and at least the minimum rows in both datasets.</summary>
    public required bool[] Eligible { get; init; }

    /// <summary>The real demographic-parity difference over eligible groups (NaN with fewer than two).</summary>
    public required double RealDpd { get; init; }

    /// <summary>The synthetic demographic-parity difference over eligible groups (NaN with fewer than two).</summary>
    public required double SyntheticDpd { get; init; }

    /// <summary>The real group with the highest positive rate (-1 when undefined).</summary>
    public required int RealMaxGroup { get; init; }

    /// <summary>The real group with the lowest positive rate (-1 when undefined).</summary>
    public required int RealMinGroup { get; init; }

    /// <summary>Bootstrap replicates of <see cref="RealDpd"/>.</summary>
    public required double[] RealDpdReplicates { get; init; }

    /// <summary>Bootstrap replicates of <see cref="SyntheticDpd"/>.</summary>
    public required double[] SyntheticDpdReplicates { get; init; }

    /// <summary>Whether the disparity is defined (two or more eligible groups).</summary>
    public bool IsDefined => !double.IsNaN(RealDpd) && !double.IsNaN(SyntheticDpd);

    /// <summary>DPD of the synthetic data minus DPD of the real data.</summary>
    public double Change => SyntheticDpd - RealDpd;

    /// <summary>Whether the real most-favoured group has a lower synthetic rate than the real least-favoured group.</summary>
    public bool Flipped => IsDefined && RealDpd > 0
        && SyntheticRate(RealMaxGroup) < SyntheticRate(RealMinGroup);

    /// <summary>Whether the disparity is <see cref="Flipped"/> and the synthetic rates of the two groups differ the other way
    /// beyond noise (two-proportion z &gt; 1.96, the 95% level): a reversal, not a disparity erased within noise.</summary>
    public bool ReversedSignificantly
    {
        get
        {
            if (!Flipped)
            {
                return false;
            }

            var (high, low) = (SyntheticRate(RealMaxGroup), SyntheticRate(RealMinGroup));
            var se = Math.Sqrt((high * (1 - high) / SyntheticRows[RealMaxGroup]) + (low * (1 - low) / SyntheticRows[RealMinGroup]));
            return se > 0 ? (low - high) / se > 1.96 : low > high;
        }
    }

    /// <summary>The real positive rate of a group (NaN when empty).</summary>
    public double RealRate(int group) => RealRows[group] == 0 ? double.NaN : (double)RealPositives[group] / RealRows[group];

    /// <summary>The synthetic positive rate of a group (NaN when empty).</summary>
    public double SyntheticRate(int group) => SyntheticRows[group] == 0 ? double.NaN : (double)SyntheticPositives[group] / SyntheticRows[group];

    /// <summary>Replicates of <see cref="Change"/>.</summary>
    public double[] ChangeReplicates()
    {
        var result = new double[RealDpdReplicates.Length];
        for (var r = 0; r < result.Length; r++)
        {
            result[r] = SyntheticDpdReplicates[r] - RealDpdReplicates[r];
        }

        return result;
    }
}

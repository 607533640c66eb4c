namespace SynthAudit.Metrics.Privacy;

/// <summary>The breakdown keys of the replay test in <c>privacy.exact_match_rate</c>, read by the privacy verdict.</summary>
public static class ReplayKeys
{
    /// <summary>Replayed share of unique train rows minus that of unique holdout rows, with its Newcombe interval.</summary>
    public const string Excess = "unique_replay_excess";

    /// <summary>The number of unique train rows replayed verbatim; baseline = the number the holdout rate predicts.</summary>
    public const string TrainReplayed = "unique_replayed_train";

    /// <summary>The number of unique holdout rows replayed verbatim.</summary>
    public const string HoldoutReplayed = "unique_replayed_holdout";
}

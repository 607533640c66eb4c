namespace SynthAudit.Metrics.Utility;

/// <summary>Which of a binary target's two labels is the positive (favourable) class: one rule for the utility models and
/// the fairness measures, so both always agree.</summary>
/// <remarks>If exactly one label looks favourable (starts with <c>&gt;</c>, or is yes, true, 1, good, approved, accepted,
/// granted, hired, admitted, pass, positive, success, high; case and a trailing dot ignored) or exactly one looks
/// unfavourable (starts with <c>&lt;</c>, or is no, false, 0, bad, denied, rejected, declined, fail, negative, low), the
/// favourable one is positive (Adult: <c>&gt;50K</c>). Failing that, the minority class of the real data is positive
/// (ties: the ordinal-larger label).</remarks>
internal static class PositiveClassRule
{
    private static readonly HashSet<string> s_favourable = new(StringComparer.Ordinal)
    {
        "yes", "y", "true", "t", "1", "good", "approved", "accepted", "granted", "hired", "admitted", "pass", "passed",
        "positive", "success", "high",
    };

    private static readonly HashSet<string> s_unfavourable = new(StringComparer.Ordinal)
    {
        "no", "n", "false", "f", "0", "bad", "denied", "rejected", "declined", "fail", "failed", "negative", "low",
    };

    /// <summary>0 when <paramref name="a"/> is positive, 1 when <paramref name="b"/> is, and the rule that decided.</summary>
    public static (int Positive, string Rule) Choose(string a, string b, int countA, int countB)
    {
        var favA = LooksFavourable(a);
        var favB = LooksFavourable(b);
        if (favA != favB)
        {
            return (favA ? 0 : 1, "favourable-looking label");
        }

        var unfavA = LooksUnfavourable(a);
        var unfavB = LooksUnfavourable(b);
        if (unfavA != unfavB)
        {
            return (unfavA ? 1 : 0, "the other label looks unfavourable");
        }

        if (countA != countB)
        {
            return (countA < countB ? 0 : 1, "minority class of the real data");
        }

        return (string.CompareOrdinal(a, b) > 0 ? 0 : 1, "classes tied: ordinal-larger label");
    }

    private static string Normalise(string label) => label.Trim().TrimEnd('.').ToLowerInvariant();

    private static bool LooksFavourable(string label)
    {
        var s = Normalise(label);
        return s.StartsWith('>') || s.StartsWith('≥') || s_favourable.Contains(s);
    }

    private static bool LooksUnfavourable(string label)
    {
        var s = Normalise(label);
        return s.StartsWith('<') || s.StartsWith('≤') || s_unfavourable.Contains(s);
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Finds rows shared between the roles of an audit by hashing each row, and says what the overlap means.</summary>
/// <remarks>The holdout must be rows the generator never saw: membership inference, DCR and the attacks' control measure the
/// difference between train and holdout, so a holdout that repeats train rows makes them meaningless. Some repeats are
/// expected when the data have duplicate rows: the share of train rows identical to another train row estimates how often a
/// fresh row from the same population repeats a train row. An overlap that exceeds that share by
/// <see cref="ErrorExcess"/> or more is an error (exit 2) unless <c>--allow-overlap</c> is given, which turns it into a loud
/// warning; a smaller excess above <see cref="WarnExcess"/> is a warning. Synthetic rows equal to train rows are not an
/// error: measuring them is the job of <c>privacy.exact_match_rate</c>. A synthetic file identical to the real or holdout
/// file is named in a warning.</remarks>
internal static class RoleOverlap
{
    /// <summary>The excess of the holdout-in-train share over the train duplicate share that is an error.</summary>
    public const double ErrorExcess = 0.10;

    /// <summary>The excess that is worth a warning.</summary>
    public const double WarnExcess = 0.01;

    /// <summary>Checks the holdout against the real data.</summary>
    /// <exception cref="ConfigException">The holdout repeats real rows beyond what duplicates explain, and
    /// <paramref name="allowOverlap"/> is false.</exception>
    public static void Check(SourceTable real, SourceTable? holdout, bool allowOverlap, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(warnings);
        if (holdout is not null)
        {
            Check(real.File, real.Sha256, holdout.File, holdout.Sha256, allowOverlap, warnings, AuditMeaning);
        }
    }

    /// <summary>What a holdout that repeats train means for an audit.</summary>
    public const string AuditMeaning = "membership inference, DCR and the attacks' control compare train with holdout, so they measure nothing when the holdout repeats train";

    /// <summary>What a holdout that repeats train means for <c>synthaudit attack</c>.</summary>
    public const string AttackMeaning = "the attack draws its shadow population from the holdout, so that population would hold training rows and the attack game (target in or out) measures nothing";

    /// <summary>Checks the holdout against the real data, given as read; <paramref name="meaning"/> says what the overlap
    /// breaks (<see cref="AuditMeaning"/> or <see cref="AttackMeaning"/>).</summary>
    /// <exception cref="ConfigException">The holdout repeats real rows beyond what duplicates explain, and
    /// <paramref name="allowOverlap"/> is false.</exception>
    public static void Check(CsvFile real, string realSha256, CsvFile holdout, string holdoutSha256, bool allowOverlap, List<string> warnings, string meaning)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(holdout);
        ArgumentNullException.ThrowIfNull(warnings);
        if (holdout.RowCount == 0 || real.RowCount == 0)
        {
            return;
        }

        var columns = real.Columns.Select(c => c.Name).Where(n => holdout.Find(n) is not null).ToArray();
        if (columns.Length == 0)
        {
            return;
        }

        var realHashes = RowHashes(real, columns);
        var counts = new Dictionary<ulong, int>(realHashes.Length);
        foreach (var h in realHashes)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, h, out _)++;
        }

        var duplicateShare = (double)realHashes.Count(h => counts[h] > 1) / realHashes.Length;
        var holdoutHashes = RowHashes(holdout, columns);
        var shared = holdoutHashes.Count(counts.ContainsKey);
        var share = (double)shared / holdoutHashes.Length;
        var excess = share - duplicateShare;
        if (shared == 0 || excess < WarnExcess)
        {
            return;
        }

        var same = string.Equals(realSha256, holdoutSha256, StringComparison.Ordinal);
        var what = same
            ? "the holdout file is the real file"
            : shared == holdoutHashes.Length
            ? string.Create(CultureInfo.InvariantCulture, $"every holdout row ({shared}) also occurs in the real data")
            : string.Create(CultureInfo.InvariantCulture, $"{shared} of {holdoutHashes.Length} holdout rows ({share:0.#%}) also occur in the real data");
        var explained = string.Create(CultureInfo.InvariantCulture, $"duplicate rows within the real data explain about {duplicateShare:0.#%}");
        if (excess < ErrorExcess)
        {
            warnings.Add(what + "; " + explained + ", so the holdout is not wholly unseen and " + (ReferenceEquals(meaning, AttackMeaning)
                ? "the attack's shadow population holds a few training rows" : "the holdout-based privacy metrics understate the risk a little"));
            return;
        }

        if (!allowOverlap)
        {
            throw new ConfigException(null, "--holdout", what + " (" + explained + "): " + meaning
                + "; give rows the generator never saw (e.g. from 'synthaudit split'), or pass --allow-overlap to run anyway");
        }

        warnings.Add("OVERLAP (--allow-overlap): " + what + " (" + explained + "); " + meaning + (ReferenceEquals(meaning, AttackMeaning)
            ? ": do not read the attack's results" : ": do not read the holdout-based privacy metrics"));
    }

    /// <summary>Warnings for a synthetic file identical to the real or the holdout file (not an error: the replay metric
    /// measures it, at its worst).</summary>
    public static IEnumerable<string> SameFile(SourceTable real, SourceTable synthetic, SourceTable? holdout)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        if (string.Equals(real.Sha256, synthetic.Sha256, StringComparison.Ordinal))
        {
            yield return "the synthetic file is identical to the real file: every synthetic row is a real row, and the privacy metrics show a verbatim copy";
        }
        else if (holdout is not null && string.Equals(holdout.Sha256, synthetic.Sha256, StringComparison.Ordinal))
        {
            yield return "the synthetic file is identical to the holdout file: the audit compares real data with real data";
        }
    }

    /// <summary>A 64-bit hash of each row over <paramref name="columns"/> (numbers by value, text by spelling, missing alike).</summary>
    internal static ulong[] RowHashes(CsvFile file, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(file);
        var hashes = new ulong[file.RowCount];
        Array.Fill(hashes, 14695981039346656037UL);
        foreach (var name in columns)
        {
            var column = file.Find(name)!;
            ulong[]? levelHashes = column.Codes is null ? null : [.. column.Levels.Select(Fnv1a64.Hash)];
            for (var r = 0; r < hashes.Length; r++)
            {
                ulong v;
                if (column.Numbers is { } numbers)
                {
                    var x = numbers[r];
                    v = double.IsNaN(x) ? 0x9E3779B97F4A7C15UL : (ulong)BitConverter.DoubleToInt64Bits(x == 0 ? 0 : x);
                }
                else
                {
                    var code = column.Codes![r];
                    v = code < 0 ? 0x9E3779B97F4A7C15UL : levelHashes![code];
                }

                hashes[r] = Mix(hashes[r] ^ v);
            }
        }

        return hashes;
    }

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

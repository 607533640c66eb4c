using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Domain;

/// <summary>Learns a domain with budget when no public one is given (dp-generator.md 2.4); every data read is charged first.</summary>
/// <remarks>
/// Public inputs: the column names and kinds (number, integer, text) of the CSV schema; they are treated as public schema
/// metadata. Budget: <see cref="Share"/> of ρ, split equally between the numeric and the categorical columns present.
/// Numeric columns: one discrete Gaussian histogram per column on a public signed geometric grid (0, ±[2^k·(1 + j/4)) for
/// k = −8..40, j = 0..3; one row changes one cell, so sensitivity 1): the non-adaptive form of the design's "noisy binary
/// search on a public power-of-two grid with Gaussian counts". Noisy counts below 4σ are zeroed (see NoiseThreshold), and the edges are grid points
/// at 16 equal-mass quantiles of the noisy histogram plus its 0.5 % and 99.5 % points (post-processing).
/// Categorical columns: thresholded Gaussian partition selection: a value is released (never its count) iff its noisy
/// count exceeds τ = 1 + σ·sqrt(2 ln(1/δ_c)) (a sub-Gaussian tail bound, so a value held by one row appears with probability
/// ≤ δ_c); released lists are sorted; other and missing levels are always present. The k categorical columns are measured
/// together (L2 sensitivity sqrt(k)); the whole step is δ_d-approximately ρ_d-zCDP with δ_d = k·δ_c = δ/2, so the generator
/// converts ρ with δ/2 (see <see cref="PartitionDelta"/>).
/// </remarks>
public static class DomainLearner
{
    /// <summary>The share of ρ spent on learning the domain.</summary>
    public const double Share = 0.1;

    private const int MinExponent = -8;
    private const int MaxExponent = 40;
    private const int SubBins = 4;

    /// <summary>Noisy numeric cells below this many σ are zeroed. With about 400 grid cells a 2σ cut let about nine pure-noise
    /// cells per column through (P(Z ≥ 2) ≈ 2.3 %), each far out on the grid and heavier than 0.5 % of the rows, so the learned
    /// bounds reached ±10^12; at 4σ (P ≈ 3·10⁻⁵ per cell) a spurious cell is rare. Post-processing: no extra budget.</summary>
    internal const double NoiseThreshold = 4;

    /// <summary>The δ reserved for partition selection when the data has text columns (δ/2), else 0.</summary>
    public static double PartitionDelta(CsvFile file, double delta)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Columns.Any(c => !c.IsNumeric) ? delta / 2 : 0;
    }

    /// <summary>Learns the domain of every column, charging <paramref name="accountant"/> before reading the data.</summary>
    public static DomainSpec Learn(CsvFile file, PrivacyAccountant accountant, IDpRandom random, double partitionDelta)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(accountant);
        var numeric = file.Columns.Where(c => c.IsNumeric).ToList();
        var text = file.Columns.Where(c => !c.IsNumeric).ToList();
        var groups = (numeric.Count > 0 ? 1 : 0) + (text.Count > 0 ? 1 : 0);
        var rhoGroup = Share * accountant.TotalRho / Math.Max(1, groups);
        var learned = new Dictionary<string, DomainColumn>(StringComparer.Ordinal);
        if (numeric.Count > 0)
        {
            var sigma = Math.Sqrt(numeric.Count / (2 * rhoGroup));
            accountant.Spend(rhoGroup, "domain: numeric histograms on a public geometric grid", "gaussian", string.Create(CultureInfo.InvariantCulture,
                $"discrete Gaussian, sd {sigma:G6} per cell, {numeric.Count} column(s), L2 sensitivity 1 per column"));
            var sampler = new DiscreteGaussian(sigma * sigma);
            var grid = Grid();
            foreach (var c in numeric)
            {
                learned[c.Name] = LearnNumeric(c, grid, sampler, sigma, random);
            }
        }

        if (text.Count > 0)
        {
            var sigma = Math.Sqrt(text.Count / (2 * rhoGroup));
            var deltaColumn = partitionDelta / text.Count;
            var tau = 1 + (sigma * Math.Sqrt(2 * Math.Log(1 / deltaColumn)));
            accountant.Spend(rhoGroup, "domain: category discovery (thresholded Gaussian)", "gaussian", string.Create(CultureInfo.InvariantCulture,
                $"discrete Gaussian, sd {sigma:G6}, threshold {tau:G6}, {text.Count} column(s), delta {partitionDelta:G3} added by basic composition"));
            var sampler = new DiscreteGaussian(sigma * sigma);
            foreach (var c in text)
            {
                learned[c.Name] = LearnCategorical(c, sampler, tau, random);
            }
        }

        return new DomainSpec([.. file.Columns.Select(c => learned[c.Name])]);
    }

    private static double[] Grid()
    {
        var positive = new List<double>();
        for (var k = MinExponent; k <= MaxExponent; k++)
        {
            for (var j = 0; j < SubBins; j++)
            {
                positive.Add(Math.Pow(2, k) * (1 + ((double)j / SubBins)));
            }
        }

        positive.Add(Math.Pow(2, MaxExponent + 1));
        return [.. positive.Select(v => -v).Reverse(), 0, .. positive];
    }

    private static DomainColumn LearnNumeric(CsvColumnData c, double[] grid, DiscreteGaussian sampler, double sigma, IDpRandom random)
    {
        var edges = ImmutableArray.Create(grid);
        var counts = new long[grid.Length - 1];
        var integer = true;
        foreach (var v in c.Numbers!)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            integer &= v == Math.Floor(v);
            counts[DomainEncoder.Bin(edges, v, out _)]++;
        }

        var noisy = new double[counts.Length];
        sampler.AddNoise(counts, noisy, random);
        for (var i = 0; i < noisy.Length; i++)
        {
            noisy[i] = noisy[i] >= NoiseThreshold * sigma ? noisy[i] : 0;
        }

        var total = noisy.Sum();
        var result = new SortedSet<double>();
        if (total <= 0)
        {
            result.Add(0);
            result.Add(1);
        }
        else
        {
            double[] levels = [0.005, .. Enumerable.Range(1, 15).Select(k => k / 16.0), 0.995];
            double cumulative = 0;
            var next = 0;
            for (var i = 0; i < noisy.Length && next < levels.Length; i++)
            {
                var before = cumulative;
                cumulative += noisy[i];
                while (next < levels.Length && cumulative >= levels[next] * total)
                {
                    // The lower bound is the left edge of its cell, every other point the right edge.
                    result.Add(next == 0 && before < levels[0] * total ? grid[i] : grid[i + 1]);
                    next++;
                }
            }
        }

        // For integers a grid cell [g, h) holds exactly the integers of [ceil g, ceil h): rounding instead collapsed the cell
        // [0, 2^-8) of a point mass at 0 (capital-gain) into a wide bin, so the zeros came back spread uniformly over it.
        var list = result.Select(e => integer ? Math.Ceiling(e) : e).Distinct().Order().ToList();
        if (list.Count < 2)
        {
            list.Add(list[0] + 1);
        }

        return new DomainColumn
        {
            Name = c.Name, Kind = DomainColumnKind.Numeric, Edges = [.. list], Integer = integer, Source = "learned",
        };
    }

    private static DomainColumn LearnCategorical(CsvColumnData c, DiscreteGaussian sampler, double tau, IDpRandom random)
    {
        var counts = new long[c.Levels.Length];
        foreach (var code in c.Codes!)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        // Noise in sorted value order, so the released list never depends on the order of rows.
        var order = Enumerable.Range(0, counts.Length).OrderBy(l => c.Levels[l], StringComparer.Ordinal).ToArray();
        var released = new List<string>();
        foreach (var l in order)
        {
            if (counts[l] + sampler.Sample(random) > tau)
            {
                released.Add(c.Levels[l]);
            }
        }

        return new DomainColumn
        {
            Name = c.Name, Kind = DomainColumnKind.Categorical, Categories = [.. released], Other = true, Source = "learned",
        };
    }
}

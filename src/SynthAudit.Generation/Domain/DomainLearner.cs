using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Domain;

/// <summary>Learns a domain with budget when no public one is given (docs/dp-generator.md 2.4); every data read is charged first.</summary>
/// <remarks>
/// Public inputs: the column names and kinds (number, integer, text) of the CSV schema; they are treated as public schema
/// metadata. Budget: <see cref="Share"/> of ρ, split equally between the numeric and the categorical columns present.
/// Numeric columns: one discrete Gaussian histogram per column on a public signed grid (geometric ±2^k·(1 + j/4), k = −8..40,
/// j = 0..3, plus the exact-zero cell; integer columns: one cell per integer in [−64, 64), geometric beyond; one row changes
/// one cell, so sensitivity 1): the non-adaptive form of a noisy search on a public grid (docs/dp-generator.md 2.4) with
/// Gaussian counts. The bounds, interior edges and point-mass bins are post-processing of the noisy histogram (see
/// <see cref="Edges"/>).
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
    private const int IntegerCells = 64;
    private const double FalseCellProbability = 1e-3;
    private const int MaxWindow = 32;

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
            foreach (var c in numeric)
            {
                learned[c.Name] = LearnNumeric(c, sampler, sigma, random);
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

    /// <summary>The public grid of histogram cells: integer columns get one cell per integer in [−64, 64) and integer
    /// geometric cells beyond; other columns the signed geometric grid with the degenerate cell [0, 0⁺) holding exactly 0.</summary>
    internal static double[] Grid(bool integer)
    {
        var positive = new SortedSet<double>();
        for (var k = integer ? 6 : MinExponent; k <= MaxExponent; k++)
        {
            for (var j = 0; j < SubBins; j++)
            {
                positive.Add(Math.Pow(2, k) * (1 + ((double)j / SubBins)));
            }
        }

        positive.Add(Math.Pow(2, MaxExponent + 1));
        if (integer)
        {
            for (var v = 1; v < IntegerCells; v++)
            {
                positive.Add(v);
            }

            return [.. positive.Select(v => -v).Reverse(), 0, .. positive];
        }

        // Math.BitIncrement(0) makes [0, 0⁺) a cell that holds the exact value 0 only.
        return [.. positive.Select(v => -v).Reverse(), 0, Math.BitIncrement(0), .. positive];
    }

    private static DomainColumn LearnNumeric(CsvColumnData c, DiscreteGaussian sampler, double sigma, IDpRandom random)
    {
        // The integer flag is schema metadata (public, see the remarks); it picks the grid before any count is taken.
        var integer = true;
        foreach (var v in c.Numbers!)
        {
            integer &= double.IsNaN(v) || v == Math.Floor(v);
        }

        var grid = Grid(integer);
        var edges = ImmutableArray.Create(grid);
        var counts = new long[grid.Length - 1];
        foreach (var v in c.Numbers!)
        {
            if (!double.IsNaN(v))
            {
                counts[DomainEncoder.Bin(edges, v, out _)]++;
            }
        }

        var noisy = new double[counts.Length];
        sampler.AddNoise(counts, noisy, random);
        return Edges(c.Name, grid, noisy, sigma, integer);
    }

    /// <summary>The noisy counts of the cells judged to hold data (hysteresis thresholding), the others zeroed.</summary>
    /// <remarks>Seeds: aligned windows of w = 1, 2, 4, …, 32 cells whose summed noisy count exceeds σ·√w·sqrt(2 ln(2·cells/β)),
    /// β = 10⁻³, so an empty window is a seed with probability at most β over the whole grid. The support grows outward from
    /// each seed by the next cell when its noisy count is at least 3σ, else by the next w = 2, 4, …, 32 cells when their
    /// summed count is at least 4σ·√w (thin tails spread over many cells), and stops otherwise. An isolated empty cell far
    /// from the data therefore never becomes a bin or a bound. Counts inside the support stay unclamped (no upward bias).</remarks>
    internal static double[] Support(double[] noisy, double sigma)
    {
        // About 2·cells aligned windows are tested as seeds, hence the factor 2 inside the logarithm.
        var high = sigma * Math.Sqrt(2 * Math.Log(2 * noisy.Length / FalseCellProbability));
        var kept = new double[noisy.Length];
        var inSupport = new bool[noisy.Length];
        for (var w = 1; w <= MaxWindow; w *= 2)
        {
            for (var start = 0; start + w <= noisy.Length; start += w)
            {
                double sum = 0;
                for (var j = start; j < start + w; j++)
                {
                    sum += noisy[j];
                }

                // A window overlapping the support is no new seed (its mass may be the support's own).
                if (sum < high * Math.Sqrt(w) || Array.IndexOf(inSupport, true, start, w) >= 0)
                {
                    continue;
                }

                Array.Fill(inSupport, true, start, w);
                Grow(noisy, sigma, inSupport, start - 1, -1);
                Grow(noisy, sigma, inSupport, start + w, 1);
            }
        }

        // Inside the support the noisy counts are kept unclamped, so pure-noise cells add no mass on average.
        for (var i = 0; i < noisy.Length; i++)
        {
            kept[i] = inSupport[i] ? noisy[i] : 0;
        }

        return kept;
    }

    private static void Grow(double[] noisy, double sigma, bool[] inSupport, int from, int step)
    {
        var i = from;
        while (i >= 0 && i < noisy.Length)
        {
            var width = 0;
            for (var w = 1; w <= MaxWindow && width == 0; w *= 2)
            {
                var end = i + (step * (w - 1));
                if (end < 0 || end >= noisy.Length)
                {
                    break;
                }

                double sum = 0;
                for (var j = i; j != end + step; j += step)
                {
                    sum += noisy[j];
                }

                width = sum >= (w == 1 ? 3 : 4) * sigma * Math.Sqrt(w) ? w : 0;
            }

            if (width == 0)
            {
                return;
            }

            for (var j = 0; j < width; j++, i += step)
            {
                inSupport[i] = true;
            }
        }
    }

    /// <summary>Bin edges from a noisy grid histogram (post-processing only).</summary>
    /// <remarks>Cells outside the <see cref="Support"/> are zeroed, so noise far out in the tails never becomes a bin. The bounds are the
    /// 0.5 % and 99.5 % points of the remaining mass, interpolated linearly inside their cells (values beyond are clipped); interior edges are the cells' right edges at 15 equal-mass quantiles; a cell holding
    /// one value (an integer cell, or [0, 0⁺)) with at least 1/32 of the mass becomes its own bin, so un-binning reproduces
    /// the point mass. Integer columns use half-integer edges (v − ½), so a uniform integer draw stays in its bin and in range.</remarks>
    internal static DomainColumn Edges(string name, double[] grid, double[] noisy, double sigma, bool integer)
    {
        var kept = Support(noisy, sigma);
        var total = kept.Sum();
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
            int first = -1, last = -1;
            double lower = 0, upper = 0;
            for (var i = 0; i < kept.Length && next < levels.Length; i++)
            {
                var before = cumulative;
                cumulative += kept[i];
                while (next < levels.Length && cumulative >= levels[next] * total)
                {
                    first = next == 0 ? i : first;
                    last = i;
                    if (next == 0 || next == levels.Length - 1)
                    {
                        // The bounds: the 0.5 % and 99.5 % points, linearly interpolated inside their cell.
                        var point = Interpolate(grid, i, ((levels[next] * total) - before) / kept[i], integer, next == 0);
                        (lower, upper) = next == 0 ? (point, upper) : (lower, point);
                    }
                    else
                    {
                        result.Add(grid[i + 1]);
                    }

                    next++;
                }
            }

            last = last < 0 ? kept.Length - 1 : last;
            upper = next == levels.Length ? upper : grid[last + 1];
            for (var i = first; i <= last; i++)
            {
                var single = integer ? grid[i + 1] - grid[i] == 1 : grid[i + 1] == Math.BitIncrement(grid[i]);
                if (single && kept[i] >= total / 32)
                {
                    result.Add(grid[i]);
                    result.Add(grid[i + 1]);
                    upper = Math.Max(upper, grid[i + 1]);
                }
            }

            result.RemoveWhere(e => e <= lower || e >= upper);
            result.Add(lower);
            result.Add(upper);
        }

        var list = result.Select(e => integer ? e - 0.5 : e).ToList();
        if (list.Count < 2)
        {
            list.Add(list[0] + 1);
        }

        return new DomainColumn
        {
            Name = name, Kind = DomainColumnKind.Numeric, Edges = [.. list], Integer = integer, Source = "learned", WithoutSignal = total <= 0,
        };
    }

    /// <summary>The point a fraction <paramref name="fraction"/> into grid cell <paramref name="i"/> (integers: whole values
    /// inside the cell, rounded outward so the bound keeps the cell's mass).</summary>
    private static double Interpolate(double[] grid, int i, double fraction, bool integer, bool lower)
    {
        var lo = grid[i];
        var hi = grid[i + 1];
        var point = lo + ((hi - lo) * Math.Clamp(fraction, 0, 1));
        if (integer)
        {
            return lower ? Math.Clamp(Math.Floor(point), lo, hi - 1) : Math.Clamp(Math.Ceiling(point), lo + 1, hi);
        }

        return lower ? (point < hi ? point : lo) : (point > lo ? point : hi);
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

    /// <summary>The learned columns whose domain leaves the synthetic column without signal, each with the reason, in one
    /// list for one error line: no value range or category stood out of the noise (every row would be clipped into one
    /// placeholder bin or written as "(other)"), or the learned range holds a single value (the column would be constant).</summary>
    /// <remarks>Post-processing of the noisy counts behind the domain: the decision reads no private data. A column that is
    /// truly constant is also refused (its learned domain cannot be told apart from one whose other values drowned in the
    /// noise); a public domain serves it.</remarks>
    internal static List<string> WithoutSignal(DomainSpec domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var problems = new List<string>();
        foreach (var c in domain.Columns.Where(c => c.Source == "learned"))
        {
            if (c.WithoutSignal || (c.Kind == DomainColumnKind.Categorical && c.Categories.IsDefaultOrEmpty))
            {
                problems.Add("'" + c.Name + "' (" + (c.Kind == DomainColumnKind.Numeric ? "no value range" : "no category") + " stood out of the noise)");
            }
            else if (c.Kind == DomainColumnKind.Numeric && SingleValue(c))
            {
                problems.Add("'" + c.Name + "' (the learned range holds one value, so the column would be constant)");
            }
        }

        return problems;
    }

    private static bool SingleValue(DomainColumn c) => c.Integer
        ? Math.Floor(c.Edges[^1]) - Math.Ceiling(c.Edges[0]) < 1
        : c.Edges[^1] <= Math.BitIncrement(c.Edges[0]);
}

using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Randomness;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Pgm;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>The steps every mechanism shares: encode, run the mechanism behind the odometer, sample, decode, write the card.</summary>
internal static class GenerationPipeline
{
    public static GenerationResult Run(CsvFile real, DomainSpec? domain, GenerationOptions options, IDpRandom random, string method,
        Func<PrivateData, MechanismOutput> mechanism, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        if (options.Rows is { } requested && (requested < 1 || requested > GenerationOptions.MaxRows))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "rows must be in [1, 10 million]");
        }

        // Learning the domain adds partition selection, which is δ_d-approximate: convert ρ with δ − δ_d (docs/dp-generator.md 1.2, 2.4).
        var partitionDelta = domain is null ? DomainLearner.PartitionDelta(real, options.Budget.Delta) : 0;
        var rho = partitionDelta > 0 ? CksConversion.Rho(options.Budget.Epsilon, options.Budget.Delta - partitionDelta) : options.Budget.Rho;
        var accountant = new PrivacyAccountant(rho);
        if (domain is not null)
        {
            DomainEncoder.CheckColumns(real, domain);
        }

        if (domain is null)
        {
            domain = DomainLearner.Learn(real, accountant, random, partitionDelta);

            // A learned domain that leaves a column without signal would give a constant or all-"(other)" column: stop
            // before measuring anything else and before any row is written (post-processing of the noisy domain counts).
            var withoutSignal = DomainLearner.WithoutSignal(domain);
            if (withoutSignal.Count > 0)
            {
                var shown = string.Join(", ", withoutSignal.Take(4)) + (withoutSignal.Count > 4 ? string.Create(CultureInfo.InvariantCulture, $" and {withoutSignal.Count - 4} more") : string.Empty);
                throw new InputException(null, string.Create(CultureInfo.InvariantCulture,
                    $"generate: at epsilon {options.Budget.Epsilon:G6} the domain learned with budget leaves {withoutSignal.Count} of {domain.Columns.Length} column(s) without signal, so they would come out constant or all \"(other)\": {shown}; nothing was written. Give a public --domain (draft one with 'synthaudit domain' and review it), a larger --epsilon, or more rows"));
            }
        }
        var encoded = DomainEncoder.Encode(real, domain, out var outOfDomain);
        var data = new PrivateData(encoded, accountant, random)
        {
            Extras = [.. domain.Columns.Select(c => new[] { c.OtherIndex, c.MissingIndex }.Where(l => l >= 0).ToArray())],
            OrderedLevels = [.. domain.Columns.Select(c => c.Kind == DomainColumnKind.Numeric ? c.ValueLevels : 0)],
        };
        var output = mechanism(data);
        ct.ThrowIfCancellationRequested();

        var rows = options.Rows ?? (int)Math.Clamp(Math.Round(output.Model.Total), 1, GenerationOptions.MaxRows);
        var postSeed = random.NextUInt64();
        var sampled = SystematicSampler.Sample(output.Model, rows, new DeterministicRandom(postSeed));
        var synthetic = SyntheticDecoder.Decode(domain, sampled, output.Groups, output.Weights, new DeterministicRandom(postSeed ^ 0x9E3779B97F4A7C15UL));

        var warnings = ImmutableArray.CreateBuilder<string>();
        if (domain.Columns.Any(c => c.Source == "learned"))
        {
            warnings.Add("the domain was learned from the data with budget (category lists by thresholded Gaussian, numeric edges from noisy grid histograms): rare categories are absent and values beyond the learned bounds are clipped");
        }

        if (options.Seed is not null)
        {
            warnings.Add("seeded run: the noise can be regenerated from the seed, so this data is NOT private (testing only)");
        }

        var notSampled = new List<string>();
        var rareNotSampled = new List<string>();
        for (var i = 0; i < domain.Columns.Length; i++)
        {
            var column = domain.Columns[i];
            var groups = output.Groups[i];
            var excluded = output.Excluded?[i] ?? [];
            if (groups is null && excluded.Length == 0)
            {
                continue;
            }

            var absent = Enumerable.Range(0, column.Size).Where(l => excluded.Contains(l) || (groups is not null && !groups.Any(g => g.Contains(l)))).ToList();
            if (column.Kind == DomainColumnKind.Numeric)
            {
                var runs = groups?.Where(g => g.Length > 1).ToList() ?? [];
                if (runs.Count > 0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"column '{column.Name}': {runs.Sum(g => g.Length)} sparse bins merged into {runs.Count} run(s) of adjacent bins after noisy 1-way counts; values in a run are drawn bin by bin in proportion to the bins' noisy counts"));
                }
            }
            else
            {
                var rare = groups?.Where(g => g.Length > 1).Sum(g => g.Length) ?? 0;
                var dropped = absent.Where(l => l < column.ValueLevels).ToList();
                if (rare > 0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"column '{column.Name}': rare categories merged into one level after noisy 1-way counts; it is decoded to those with a noisy count of at least {LevelGroups.RareCategorySigmas:0.#} sigma ({rare} of them), in proportion to their counts, else to the largest category"));
                }

                if (dropped.Count > 0)
                {
                    rareNotSampled.Add(column.Name + " " + string.Join("/", dropped.Select(column.LevelLabel)));
                }
            }

            var extras = absent.Where(l => l >= column.ValueLevels).ToList();
            if (extras.Count > 0)
            {
                notSampled.Add(column.Name + " " + string.Join("/", extras.Select(column.LevelLabel)));
            }
        }

        if (notSampled.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"levels the domain allows but not sampled, their noisy counts being below {ExtraLevels.Sigmas:0} sigma (indistinguishable from zero): {string.Join(", ", notSampled)}"));
        }

        if (rareNotSampled.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"listed categories not sampled, their noisy counts being below {LevelGroups.RareCategorySigmas:0.#} sigma: {string.Join(", ", rareNotSampled)}"));
        }

        var names = domain.Columns.Select(c => c.Name).ToArray();
        var measurements = output.Measurements
            .Select(m => new DpMeasurement([.. m.Clique.Select(i => names[i])], m.StdDev, m.Values.Length))
            .ToImmutableArray();
        var card = new DpGuarantee(method, options.Budget.Epsilon, options.Budget.Delta, accountant.SpentRho, measurements,
            options.DomainSha256 ?? domain.CanonicalSha256(), domain.Columns.Any(c => c.Source != "public") ? "learned" : "public", accountant.Ledger)
        {
            Seed = options.Seed,
            PartitionSelectionDelta = partitionDelta,
            Estimator = string.Create(CultureInfo.InvariantCulture,
                $"Private-PGM mirror descent on a junction tree ({output.Model.Iterations} final iterations), loss sum of w(Mu - y)^2/(2 s^2), Armijo step (x1.01 accepted, x0.5 rejected); systematic-rounding sampler; numbers sampled uniformly within bins"),
            Conversion = partitionDelta > 0
                ? "CKS 2020 optimal zCDP to (epsilon, delta) conversion at delta/2, plus delta/2 for category discovery (basic composition)"
                : "CKS 2020 optimal zCDP to (epsilon, delta) conversion",
            Rows = rows,
            ToolVersion = options.ToolVersion,
            Warnings = warnings.ToImmutable(),
        };

        var owner = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < outOfDomain.Length; i++)
        {
            if (outOfDomain[i] > 0)
            {
                owner.Add(string.Create(CultureInfo.InvariantCulture,
                    $"column '{names[i]}': {outOfDomain[i]} value(s) outside the domain were clipped or mapped to other/missing (exact count from the private data: for the data owner only, not in dp.json)"));
            }
        }

        return new GenerationResult(synthetic, card, domain, owner.ToImmutable());
    }
}

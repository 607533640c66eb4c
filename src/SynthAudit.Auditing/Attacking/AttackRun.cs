using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using SynthAudit.Auditing.Generation;
using SynthAudit.Auditing.IO;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Core.Schema;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Metrics.Privacy.Shadow;
using SynthAudit.Reports;

namespace SynthAudit.Auditing.Attacking;

/// <summary>One <c>attack</c> run: choose targets, run the generator on shadow sets with and without them, train and score
/// the attack, write the reports.</summary>
/// <remarks>A run whose generator fails is retried once (with the same training set) and then counted as failed. The first
/// run goes alone: if it fails twice the attack stops at once with the reason (a broken command should not cost hundreds of
/// timeouts). Fewer than half the runs succeeding is an input error (exit 2).</remarks>
internal static class AttackRun
{
    /// <summary>The δ of the ε bound for a generator that states none.</summary>
    public const double DefaultDelta = 1e-5;

    /// <summary>Runs the attack and writes the reports; returns the result and the files written.</summary>
    public static async Task<(AttackResult Result, IReadOnlyList<string> Files)> RunAsync(AttackRequest request, string outDir,
        IReadOnlyList<string> formats, IRunLog log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var renderers = AttackFormats.Check(formats);
        OutputLocation.CheckFolder(outDir, "--out", renderers.Select(r => "attack" + r.FileExtension));
        var result = Run(request, outDir, log, ct);
        var files = await AttackFormats.WriteAsync(result, outDir, renderers, ct).ConfigureAwait(false);
        return (result, files);
    }

    /// <summary>Runs the attack without writing reports (a failing generator's stderr goes to <c>OUTDIR/stderr/</c>); the
    /// caller writes the result, alone or in one set with other documents.</summary>
    public static AttackResult Run(AttackRequest request, string outDir, IRunLog log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        Validate(request);
        var watch = Stopwatch.StartNew();
        log.Progress("reading " + request.RealPath + " and " + request.HoldoutPath);
        var realFile = TableFiles.Read(request.RealPath);
        var holdoutFile = TableFiles.Read(request.HoldoutPath);

        // The shadow population comes from the holdout: training rows in it would put the targets on both sides of the game.
        var warnings = new List<string>();
        Pipeline.RoleOverlap.Check(realFile, AtomicFile.Sha256(request.RealPath), holdoutFile, AtomicFile.Sha256(request.HoldoutPath),
            request.AllowOverlap, warnings, Pipeline.RoleOverlap.AttackMeaning);
        foreach (var w in warnings)
        {
            log.Warn(w);
        }

        var schema = SchemaInference.Infer(realFile).Schema;
        var aligned = TableAligner.Align(schema, realFile, null, holdoutFile);
        foreach (var w in aligned.Warnings)
        {
            log.Warn(w);
        }

        var real = aligned.Real;
        var holdout = aligned.Holdout!;
        if (request.Targets > real.RowCount / 2)
        {
            throw new ConfigException(null, "--targets", "must be at most half the real rows");
        }

        var columns = schema.Used.Select(c => c.Name).ToList();
        var space = new ShadowSpace(columns, real, holdout);
        var realRows = space.Encode(real);
        var populationRows = space.Encode(holdout);
        var seeds = new SeedSource(request.Seed);
        log.Progress("choosing " + request.Targets.ToString(CultureInfo.InvariantCulture) + " targets by outlier score");
        var targets = OutlierTargetSelector.Select(realRows, request.Targets, seeds.For("attack.targets"));
        var pool = Pool(space, realRows, targets, populationRows);
        if (pool.Count < holdout.RowCount)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{holdout.RowCount - pool.Count} holdout row(s) identical to a target were left out of the population pool"));
        }

        if (pool.Count < request.ShadowRows)
        {
            throw new ConfigException(null, "--shadow-rows", string.Create(CultureInfo.InvariantCulture,
                $"must be at most the usable holdout rows ({pool.Count})"));
        }

        var extractor = new ShadowFeatureExtractor(realRows, targets.Rows, populationRows, pool);
        var csv = new ShadowTrainingCsv(real, targets.Rows, holdout);
        var workDir = Path.Combine(Path.GetTempPath(), "synthaudit-attack-" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..12]);
        Directory.CreateDirectory(workDir);
        try
        {
            var generator = CreateGenerator(request, holdoutFile, workDir, Path.Combine(outDir, "stderr"), log);
            log.Progress("attacking " + generator.Description);
            double[][]?[] features = new double[request.Runs][][];
            var members = new bool[request.Runs][];
            var failures = new ConcurrentBag<AttackRunFailure>();
            var retries = 0;
            long generatorTicks = 0;
            var done = 0;

            void RunOne(int run)
            {
                var plan = ShadowRunPlan.For(seeds, run, targets.Count, pool, request.ShadowRows);
                members[run] = plan.Members;
                var bytes = csv.Build(plan.Members, plan.PopulationRows, new DeterministicRandom(plan.Seed ^ 0x5DEECE66DUL));
                string? reason = null;
                for (var attempt = 0; attempt < 2; attempt++)
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        var output = generator.Generate(run, attempt, bytes, request.ShadowRows, plan.Seed, ct);
                        Interlocked.Add(ref generatorTicks, Stopwatch.GetTimestamp() - started);
                        features[run] = extractor.Compute(space.Encode(Align(schema, realFile, output, holdoutFile)));
                        reason = null;
                        break;
                    }
                    catch (ShadowGeneratorFailure ex)
                    {
                        Interlocked.Add(ref generatorTicks, Stopwatch.GetTimestamp() - started);
                        reason = ex.Message;
                        if (attempt == 0)
                        {
                            Interlocked.Increment(ref retries);
                        }
                    }
                }

                if (reason is not null)
                {
                    failures.Add(new AttackRunFailure(run, reason));
                }

                var n = Interlocked.Increment(ref done);
                log.Step("attack", string.Create(CultureInfo.InvariantCulture, $"generator run {n}/{request.Runs}"), n, request.Runs);
            }

            RunOne(0);
            if (!failures.IsEmpty)
            {
                throw new InputException(null, "the generator failed on the first run, twice: " + failures.First().Reason + "; no further runs were made");
            }

            var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = request.Parallelism ?? Environment.ProcessorCount };
            Parallel.For(1, request.Runs, parallel, RunOne);
            var failed = failures.OrderBy(f => f.Run).ToImmutableArray();
            var succeeded = request.Runs - failed.Length;
            if (succeeded < Math.Max(ShadowAttackAnalyzer.MinimumRuns, (request.Runs + 1) / 2))
            {
                throw new InputException(null, string.Create(CultureInfo.InvariantCulture,
                    $"the generator failed in {failed.Length} of {request.Runs} runs (first: run {failed[0].Run}: {failed[0].Reason}); too few runs left to attack"));
            }

            if (!failed.IsEmpty)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the generator failed in {failed.Length} of {request.Runs} runs after a retry; those runs are left out and listed in the run log"));
            }

            var delta = request.Delta ?? (request.Builtin is not null ? PrivacyBudget.DefaultDelta : DefaultDelta);
            var outcome = ShadowAttackAnalyzer.Analyze(features, members, delta);
            var epsilon = outcome.Epsilon with { ClaimedEpsilon = request.Epsilon };
            var targetResults = targets.Rows.Select((row, t) => new AttackTargetResult(t + 1, targets.Selections[t], targets.OutlierScores[t], outcome.PerTarget[t])
            {
                RowIndex = request.IncludeRowIds ? row : null,
                EpsilonLowerBound = outcome.PerTargetEpsilon[t],
            }).ToImmutableArray();
            var setup = new AttackSetup(request.Targets, request.Runs, request.ShadowRows, request.Seed, real.RowCount, pool.Count, targets.ScoreDescription)
            {
                Builtin = request.Builtin,
                Epsilon = request.Epsilon,
                Delta = request.Builtin is not null || request.Delta is not null ? delta : null,
                TimeoutSeconds = request.GeneratorCommand is not null ? request.Timeout.TotalSeconds : null,
            };
            if (epsilon.ConsistentWithClaim == false)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"BUG: the empirical epsilon lower bound {epsilon.LowerBound:F3} exceeds the claimed epsilon {request.Epsilon:G6}: the generator or its privacy accounting is broken"));
            }

            var runLog = new AttackRunLog(generator.Description, request.Runs, succeeded, retries, failed, watch.Elapsed.TotalSeconds,
                (double)generatorTicks / Stopwatch.Frequency);
            var result = new AttackResult(AttackResult.CurrentSchemaVersion, ToolInfo.Current, DateTimeOffset.UtcNow, setup, outcome.StrongestFamily,
                outcome.Pooled, outcome.Families, targetResults, epsilon, outcome.Roc, runLog, [.. warnings])
            {
                CommandLine = request.CommandLine,
                DatasetName = Path.GetFileNameWithoutExtension(request.RealPath),
            };
            return result;
        }
        finally
        {
            try
            {
                Directory.Delete(workDir, recursive: true);
            }
            catch (IOException)
            {
                log.Warn("could not delete the temporary folder " + workDir + " (it holds shadow training sets: delete it)");
            }
        }
    }

    private static Table Align(TableSchema schema, CsvFile real, CsvFile synthetic, CsvFile holdout)
    {
        if (synthetic.RowCount == 0)
        {
            throw new ShadowGeneratorFailure("malformed CSV: no data rows");
        }

        try
        {
            return TableAligner.Align(schema, real, synthetic, holdout).Synthetic!;
        }
        catch (SynthAuditException ex)
        {
            throw new ShadowGeneratorFailure("malformed CSV: " + ex.Message, ex);
        }
    }

    private static List<int> Pool(ShadowSpace space, ShadowRows real, ShadowTargets targets, ShadowRows population)
    {
        var pool = new List<int>(population.Count);
        for (var i = 0; i < population.Count; i++)
        {
            var copy = false;
            foreach (var t in targets.Rows)
            {
                if (space.Encoding.Distance(real.Gower, t, population.Gower, i) == 0)
                {
                    copy = true;
                    break;
                }
            }

            if (!copy)
            {
                pool.Add(i);
            }
        }

        return pool;
    }

    private static IShadowGenerator CreateGenerator(AttackRequest request, CsvFile holdout, string workDir, string stderrDir, IRunLog log)
    {
        if (request.GeneratorCommand is { } command)
        {
            return new CommandShadowGenerator(command, request.Timeout, workDir, stderrDir);
        }

        ISyntheticGenerator generator = request.Builtin switch
        {
            "mst" => new MstGenerator(),
            "aim" => new AimGenerator(),
            _ => throw new ConfigException(null, "--builtin", "must be mst or aim"),
        };
        var budget = new PrivacyBudget(request.Epsilon!.Value, request.Delta ?? PrivacyBudget.DefaultDelta);
        DomainSpec domain;
        string source;
        if (request.DomainPath is { } path)
        {
            domain = DomainFile.Read(path);
            DomainEncoder.CheckColumns(holdout, domain);
            source = Path.GetFileName(path);
        }
        else
        {
            log.Warn("no --domain: the builtin generator's domain is drafted from the holdout (the population sample the attacker knows)");
            domain = DomainDrafter.Draft(holdout);
            source = "drafted from the holdout";
        }

        return new BuiltinShadowGenerator(generator, domain, budget, source);
    }

    private static void Validate(AttackRequest request)
    {
        if ((request.GeneratorCommand is null) == (request.Builtin is null))
        {
            throw new ConfigException(null, "--generator", "give exactly one of --generator and --builtin");
        }

        if (request.GeneratorCommand is { } command && (!command.Contains("{train}", StringComparison.Ordinal) || !command.Contains("{out}", StringComparison.Ordinal)))
        {
            throw new ConfigException(null, "--generator", "the command must contain {train} and {out}");
        }

        if (request.Builtin is not null && request.Epsilon is null)
        {
            throw new ConfigException(null, "--epsilon", "is required with --builtin");
        }

        if (request.Epsilon is { } eps && (!(eps > 0) || eps > 100))
        {
            throw new ConfigException(null, "--epsilon", "must be a number in (0, 100]");
        }

        if (request.Delta is { } delta && !(delta > 0 && delta < PrivacyBudget.MaxDelta))
        {
            throw new ConfigException(null, "--delta", "must be in (0, 0.001)");
        }

        if (request.Targets < 1)
        {
            throw new ConfigException(null, "--targets", "must be at least 1");
        }

        if (request.Runs < 2 * ShadowAttackAnalyzer.MinimumRuns)
        {
            throw new ConfigException(null, "--runs", "must be at least " + (2 * ShadowAttackAnalyzer.MinimumRuns).ToString(CultureInfo.InvariantCulture));
        }

        if (request.ShadowRows < 10 || request.ShadowRows < 2 * request.Targets)
        {
            throw new ConfigException(null, "--shadow-rows", "must be at least 10 and at least twice --targets");
        }

        if (request.Timeout <= TimeSpan.Zero)
        {
            throw new ConfigException(null, "--timeout", "must be positive");
        }
    }
}

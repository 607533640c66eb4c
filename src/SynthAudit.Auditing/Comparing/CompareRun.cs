using System.Globalization;
using SynthAudit.Auditing.Compliance;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Core.IO;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports;

namespace SynthAudit.Auditing.Comparing;

/// <summary>One <c>synthaudit compare</c>: load once, audit every synthetic set with shared real-side work, rank, write, record.</summary>
internal static class CompareRun
{
    /// <summary>Runs the comparison and writes compare.json and each generator's audit.json.</summary>
    public static async Task<(ComparisonResult Result, IReadOnlyList<WrittenFile> Files)> RunAsync(AuditRequest request,
        IReadOnlyList<SyntheticSpec> specs, string outDir, IReadOnlyList<string> formats, IRunLog console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(formats);
        var chosen = CheckFormats(formats);
        // compare.<ext> and NAME/audit.json are the files; NAME itself is a folder, so only a FILE called NAME is in the way.
        OutputLocation.CheckFolder(outDir, "--out", [.. chosen.Select(f => "compare." + f), .. specs.Select(s => Path.Combine(s.Name, "audit.json"))]);
        var blocked = specs.FirstOrDefault(s => File.Exists(Path.Combine(outDir, s.Name)));
        if (blocked is not null)
        {
            throw new Core.Errors.ConfigException(null, "--out", "'" + Path.Combine(outDir, blocked.Name) + "' is a file, but the folder for the set '" + blocked.Name + "' must be written there");
        }
        if (request.LedgerPath is not null)
        {
            LedgerRecorder.EnsureUsable(request.LedgerPath);
        }

        var (result, inputs) = Compute(request, specs, console, ct);
        var files = await WriteAsync(result, outDir, chosen, ct).ConfigureAwait(false);
        if (request.LedgerPath is not null)
        {
            var record = await LedgerRecorder.AppendAsync(LedgerEntryFor(result, inputs, request, files), request.LedgerPath, ct).ConfigureAwait(false);
            console.Progress("recorded ledger entry #" + record.Sequence.ToString(CultureInfo.InvariantCulture) + " in " + request.LedgerPath);
        }

        return (result, files);
    }

    /// <summary>Loads the inputs once, audits every synthetic set and ranks them; writes nothing.</summary>
    internal static (ComparisonResult Result, ComparisonInputs Inputs) Compute(AuditRequest request, IReadOnlyList<SyntheticSpec> specs, IRunLog console,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(specs);
        // The cited policy is read before any data, so a bad --policy fails fast.
        var pack = request.Review is { } review ? PolicyPacks.Load(review.Profile, review.PolicyPath) : null;
        MarginalEngines.CheckSources(request, [.. specs.Select(s => ((string?)s.Name, s.Table))]);
        console.Progress("reading " + request.RealPath + " and " + specs.Count.ToString(CultureInfo.InvariantCulture) + " synthetic sets");
        var inputs = ComparisonLoader.Load(request, specs);
        foreach (var warning in inputs.Warnings)
        {
            console.Warn(warning);
        }

        var audits = Audit(request, inputs, console, ct);
        if (request.Review is { } reviewRequest)
        {
            // Each candidate's audit.json carries the policy's thresholds evaluated on it, with their sources, as audit does.
            audits = [.. audits.Select(a => (a.Name, a.Audit with { Review = ReviewBuilder.Build(reviewRequest, pack, a.Audit) }))];
        }

        var result = ComparisonBuilder.Build(audits, request.Seed, request.DatasetName ?? Path.GetFileNameWithoutExtension(request.RealPath),
            inputs.Warnings, DateTimeOffset.UtcNow);
        return (result, inputs);
    }

    /// <summary>Audits every synthetic set against the shared real data with ONE <see cref="RealDataAnalyses"/> instance, so
    /// real-only analyses (TRTR models, real-side encodings and neighbour searches, noise floors) run once; with
    /// <c>--engine duckdb</c>, ONE engine loads the real and holdout files once and serves every set's marginal statistics.</summary>
    internal static List<(string Name, AuditResult Audit)> Audit(AuditRequest request, ComparisonInputs inputs, IRunLog console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inputs);
        var shared = new RealDataAnalyses();
        using var engine = inputs.Generators.IsEmpty ? null : MarginalEngines.Open(request, inputs.Generators[0].Loaded.Input.Schema,
            [.. inputs.Generators.Select(g => ((string?)g.Spec.Name, g.Spec.Table))]);
        var audits = new List<(string, AuditResult)>();
        var n = 0;
        foreach (var (spec, loaded) in inputs.Generators)
        {
            n++;
            console.Progress(string.Create(CultureInfo.InvariantCulture, $"auditing {spec.Name} ({n}/{inputs.Generators.Length})"));
            var own = request with { SyntheticPath = spec.Path, SyntheticSource = spec.Source };
            var before = n - 1;
            var sets = inputs.Generators.Length;
            // One bar over every set's metrics, so the ETA covers the whole comparison.
            audits.Add((spec.Name, AuditPipeline.Run(own, loaded, shared,
                (id, done, total) => console.Step("compare", spec.Name + ": " + (id ?? "done"), (before * total) + done, sets * total), ct,
                engine?.ForSynthetic(n - 1))));
        }

        return audits;
    }

    /// <summary>The comparison formats, json always among them (in the contract's file order json, pdf, html, md).</summary>
    internal static List<string> CheckFormats(IReadOnlyList<string> formats)
    {
        var chosen = ComparisonFormats.CreateWriter().CheckFormats([.. formats, "json"]);
        return [.. chosen.Select(r => r.Format).OrderBy(f => Array.IndexOf(["json", "pdf", "html", "md"], f))];
    }

    /// <summary>Writes compare.&lt;ext&gt; and each set's own audit.json as ONE report set: all of them or none.</summary>
    internal static async Task<IReadOnlyList<WrittenFile>> WriteAsync(ComparisonResult result, string outDir, List<string> formats,
        CancellationToken ct)
    {
        var set = new ReportSet();
        await ComparisonFormats.CreateWriter().AddToAsync(set, result, formats, "compare", ct).ConfigureAwait(false);

        // Each set's own audit.json, so that CI can gate every candidate with synthaudit gate.
        var auditWriter = ReportFormats.CreateWriter();
        foreach (var g in result.Generators)
        {
            await auditWriter.AddToAsync(set, g.Audit, ["json"], g.Name + "/audit", ct).ConfigureAwait(false);
        }

        return set.WriteTo(outDir);
    }

    private static LedgerEntry LedgerEntryFor(ComparisonResult result, ComparisonInputs inputs, AuditRequest request, IReadOnlyList<WrittenFile> files) =>
        new(DateTimeOffset.UtcNow, ToolInfo.Current.Version, "compare", result.Seed,
            [.. inputs.Inputs.Select(i => new LedgerFile(i.Role, i.Path, i.Sha256))],
            [.. result.Generators.SelectMany(g => LedgerRecorder.Headlines(g.Audit, g.Name + "/"))],
            [.. LedgerRecorder.Outputs(files)])
        {
            CommandLine = request.CommandLine,
            ConfigSha256 = request.ConfigPath is null ? null : AtomicFile.Sha256(request.ConfigPath),
        };
}

using System.Globalization;
using System.Security.Cryptography;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Core.Errors;
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
        if (request.LedgerPath is not null)
        {
            LedgerRecorder.EnsureUsable(request.LedgerPath);
        }

        console.Progress("reading " + request.RealPath + " and " + specs.Count.ToString(CultureInfo.InvariantCulture) + " synthetic sets");
        var inputs = ComparisonLoader.Load(request, specs);
        foreach (var warning in inputs.Warnings)
        {
            console.Warn(warning);
        }

        var audits = Audit(request, inputs, console, ct);
        var result = ComparisonBuilder.Build(audits, request.Seed, request.DatasetName ?? Path.GetFileNameWithoutExtension(request.RealPath),
            inputs.Warnings, DateTimeOffset.UtcNow);
        var files = await WriteAsync(result, outDir, chosen, ct).ConfigureAwait(false);
        if (request.LedgerPath is not null)
        {
            var record = await LedgerRecorder.AppendAsync(LedgerEntryFor(result, inputs, request, files), request.LedgerPath, ct).ConfigureAwait(false);
            console.Progress("recorded ledger entry #" + record.Sequence.ToString(CultureInfo.InvariantCulture) + " in " + request.LedgerPath);
        }

        return (result, files);
    }

    /// <summary>Audits every synthetic set against the shared real data with ONE <see cref="SharedComputations"/> instance.</summary>
    internal static List<(string Name, AuditResult Audit)> Audit(AuditRequest request, ComparisonInputs inputs, IRunLog console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var shared = new SharedComputations();
        var audits = new List<(string, AuditResult)>();
        var n = 0;
        foreach (var (spec, loaded) in inputs.Generators)
        {
            n++;
            console.Progress(string.Create(CultureInfo.InvariantCulture, $"auditing {spec.Name} ({n}/{inputs.Generators.Length})"));
            var own = request with { SyntheticPath = spec.Path };
            audits.Add((spec.Name, AuditPipeline.Run(own, loaded, shared, id => console.Progress(spec.Name + ": computing " + id), ct)));
        }

        return audits;
    }

    private static List<IComparisonRenderer> CheckFormats(IReadOnlyList<string> formats)
    {
        var chosen = new List<IComparisonRenderer>();
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Append("json").Distinct(StringComparer.Ordinal))
        {
            chosen.Add(ComparisonFormats.Renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal))
                ?? throw new ConfigException(null, "--format", "unknown format '" + format + "' (known: " + string.Join(", ", ComparisonFormats.Default) + ")"));
        }

        return chosen;
    }

    private static async Task<IReadOnlyList<WrittenFile>> WriteAsync(ComparisonResult result, string outDir, List<IComparisonRenderer> renderers,
        CancellationToken ct)
    {
        // Render everything to memory first, so a failing renderer leaves no partial set of files behind.
        var rendered = new List<(IComparisonRenderer Renderer, byte[] Bytes)>();
        foreach (var renderer in renderers)
        {
            using var buffer = new MemoryStream();
            await renderer.RenderAsync(result, buffer, ct).ConfigureAwait(false);
            rendered.Add((renderer, buffer.ToArray()));
        }

        var written = new List<WrittenFile>();
        foreach (var (renderer, bytes) in rendered.OrderBy(r => Array.IndexOf(["json", "pdf", "html", "md"], r.Renderer.Format)))
        {
            var full = Path.GetFullPath(Path.Combine(outDir, "compare" + renderer.FileExtension));
            AtomicFile.Write(full, s => s.Write(bytes));
            written.Add(new WrittenFile(renderer.Format, full, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        // Each set's own audit.json, so that CI can gate every candidate with synthaudit gate.
        var auditWriter = ReportFormats.CreateWriter();
        foreach (var g in result.Generators)
        {
            written.AddRange(await auditWriter.WriteAsync(g.Audit, Path.Combine(outDir, g.Name), ["json"], "audit", ct).ConfigureAwait(false));
        }

        return written;
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

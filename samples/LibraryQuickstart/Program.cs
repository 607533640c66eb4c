// Audits a synthetic table against the real one with the SynthAudit library and writes OUTDIR/audit.json.
// Usage: dotnet run --project samples/LibraryQuickstart -- REAL SYN HOLDOUT OUTDIR   (CSV or Parquet files, by extension)
using SynthAudit.Auditing;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: LibraryQuickstart REAL SYN HOLDOUT OUTDIR");
    return 2;
}

// 1. Say where the tables are and how to audit them (these are synthaudit audit's defaults: seed 0, 200 resamples).
var options = new AuditOptions
{
    Holdout = TableSource.FromFile(args[2]),
    Seed = 0,
    BootstrapResamples = 200,
};

// 2. Run every metric and get the typed result.
var result = Auditor.Run(TableSource.FromFile(args[0]), TableSource.FromFile(args[1]), options);
foreach (var metric in result.Metrics.Where(m => m.Value is not null))
{
    Console.WriteLine($"{metric.Metric.Id,-40} {metric.Value:0.0000}");
}

// 3. Write the report (any of Auditor.ReportFormats: pdf, html, json, md).
var files = await Auditor.WriteReportsAsync(result, args[3], ["json"]);
Console.WriteLine("wrote " + files[0]);
return 0;

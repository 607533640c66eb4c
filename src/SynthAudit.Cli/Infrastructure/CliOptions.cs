using System.CommandLine;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the stack trace of an internal error.",
        Recursive = true,
    };

    public static Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = "Show no progress (results, warnings and errors only). Progress is also off when output is not a terminal or CI is set.",
        Recursive = true,
    };

    public static Option<long> Seed() => new("--seed")
    {
        Description = "Master seed for every random choice (bootstrap, sampling, attacks). Same inputs and seed give identical results.",
        DefaultValueFactory = _ => 0,
    };

    /// <summary><c>--bootstrap</c>: 1 to 10,000 resamples (a huge count would exhaust memory); below 50 the audit warns and
    /// <c>gate</c> treats the bootstrap intervals as inconclusive.</summary>
    public static Option<int> Bootstrap()
    {
        var option = new Option<int>("--bootstrap")
        {
            Description = "Bootstrap resamples for the confidence intervals, 1 to 10,000 (default 200). Below 50 the intervals are too rough: the audit warns and gate treats them as inconclusive.",
            DefaultValueFactory = _ => 200,
        };
        option.Validators.Add(result =>
        {
            if (Parsed(result) is < 1 or > SynthAudit.Auditing.AuditOptions.MaxBootstrapResamples)
            {
                result.AddError("--bootstrap must be a whole number from 1 to 10,000 (default 200; at least 50 for usable intervals)");
            }
        });
        return option;
    }

    /// <summary><c>--allow-overlap</c>: run although the holdout repeats real rows (a loud warning instead of exit 2).</summary>
    public static Option<bool> AllowOverlap() => new("--allow-overlap")
    {
        Description = "Run even when the holdout repeats real rows beyond what duplicates explain (the holdout-based privacy metrics are then meaningless; a warning says so).",
    };

    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = "The audit-trail ledger file (SQLite). Default: ~/.synthaudit/ledger.db.",
    };

    public static Option<bool> NoLedger() => new("--no-ledger")
    {
        Description = "Do not append a record to the audit-trail ledger.",
    };

    /// <summary><c>--engine inprocess|duckdb</c> of <c>audit</c> and <c>compare</c>: where the marginal-based fidelity
    /// statistics are computed (docs/scale.md).</summary>
    public static Option<string> Engine()
    {
        var option = new Option<string>("--engine")
        {
            Description = "Where the marginal-based fidelity statistics are computed: inprocess (default) or duckdb (SQL pushed down to embedded DuckDB reading the CSV/Parquet files; docs/scale.md).",
            DefaultValueFactory = _ => "inprocess",
        };
        option.AcceptOnlyFromAmong("inprocess", "duckdb");
        return option;
    }

    /// <summary>The engine chosen with <see cref="Engine"/>.</summary>
    public static Auditing.AuditEngine EngineValue(System.CommandLine.ParseResult result, Option<string> option) =>
        result.GetValue(option) == "duckdb" ? Auditing.AuditEngine.DuckDb : Auditing.AuditEngine.InProcess;

    public static Option<int?> PositiveInt(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (Parsed(result) is < 1)
            {
                result.AddError(name + " must be a positive whole number");
            }
        });
        return option;
    }

    public static Option<string[]> CommaList(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
    };

    /// <summary>The option's whole-number value, or null when it is absent or not a number (System.CommandLine reports that
    /// itself; asking for the typed value in a validator would throw).</summary>
    private static long? Parsed(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count == 1 && long.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}

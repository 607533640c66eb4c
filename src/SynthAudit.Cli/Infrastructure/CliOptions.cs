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

    public static Option<long> Seed() => new("--seed")
    {
        Description = "Master seed for every random choice (bootstrap, sampling, attacks). Same inputs and seed give identical results.",
        DefaultValueFactory = _ => 0,
    };

    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = "The audit-trail ledger file (SQLite). Default: ~/.synthaudit/ledger.db.",
    };

    public static Option<bool> NoLedger() => new("--no-ledger")
    {
        Description = "Do not append a record to the audit-trail ledger.",
    };

    public static Option<int?> PositiveInt(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
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
}

namespace SynthAudit.Auditing.Attacking;

/// <summary>The inputs of one <c>attack</c> run.</summary>
internal sealed record AttackRequest
{
    /// <summary>The real training CSV the targets come from.</summary>
    public required string RealPath { get; init; }

    /// <summary>The holdout CSV: the population sample the attacker knows and the shadow sets are drawn from.</summary>
    public required string HoldoutPath { get; init; }

    /// <summary>The generator command template ({train}, {out}, {rows}); null with <see cref="Builtin"/>.</summary>
    public string? GeneratorCommand { get; init; }

    /// <summary>The builtin generator, <c>mst</c> or <c>aim</c>; null with <see cref="GeneratorCommand"/>.</summary>
    public string? Builtin { get; init; }

    /// <summary>The ε of the builtin generator.</summary>
    public double? Epsilon { get; init; }

    /// <summary>The δ of the builtin generator (default 1e-9), or the δ a command generator claims.</summary>
    public double? Delta { get; init; }

    /// <summary>The public domain file of the builtin generator (default: drafted from the holdout).</summary>
    public string? DomainPath { get; init; }

    /// <summary>Targets attacked.</summary>
    public int Targets { get; init; } = 20;

    /// <summary>Generator runs.</summary>
    public int Runs { get; init; } = 200;

    /// <summary>Rows of each shadow training set.</summary>
    public int ShadowRows { get; init; } = 1000;

    /// <summary>The master seed.</summary>
    public long Seed { get; init; }

    /// <summary>The per-run timeout of a command generator.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Runs executed at once (default: the processor count).</summary>
    public int? Parallelism { get; init; }

    /// <summary>Whether attack.json may carry the targets' row indices.</summary>
    public bool IncludeRowIds { get; init; }

    /// <summary>Run even when the holdout repeats real rows beyond what duplicates explain (<c>--allow-overlap</c>); a
    /// warning in attack.json says the game is then meaningless.</summary>
    public bool AllowOverlap { get; init; }

    /// <summary>The command line, for the report.</summary>
    public string? CommandLine { get; init; }
}

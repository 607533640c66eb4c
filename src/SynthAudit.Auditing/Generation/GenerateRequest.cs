namespace SynthAudit.Auditing.Generation;

/// <summary>Everything the user asked <c>generate</c> to do.</summary>
internal sealed record GenerateRequest
{
    public required string RealPath { get; init; }

    public required string OutPath { get; init; }

    public required double Epsilon { get; init; }

    public double? Delta { get; init; }

    public string Method { get; init; } = "mst";

    public string? DomainPath { get; init; }

    public int? Rows { get; init; }

    public long? Seed { get; init; }

    public string? LedgerOption { get; init; }

    public bool NoLedger { get; init; }

    public string? CommandLine { get; init; }
}

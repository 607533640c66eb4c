using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Reports.Attack;

/// <summary>Renders a shadow-model attack in one format to a stream (attack.json, .md, .html, .pdf).</summary>
public interface IAttackRenderer
{
    /// <summary>The format name used by <c>--format</c>: json, html, md or pdf.</summary>
    string Format { get; }

    /// <summary>The file extension including the dot, e.g. <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> (left open).</summary>
    Task RenderAsync(AttackResult result, Stream output, CancellationToken ct);
}

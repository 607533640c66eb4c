namespace SynthAudit.Core.Results;

/// <summary>The tool that produced a result.</summary>
/// <param name="Name">Always <c>synthaudit</c>.</param>
/// <param name="Version">The tool version.</param>
public sealed record ToolInfo(string Name, string Version)
{
    /// <summary>This build of SynthAudit.</summary>
    public static ToolInfo Current { get; } = new("synthaudit", typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
}

using System.Text.Json;
using SynthAudit.Core.Results;

namespace SynthAudit.Reports.Json;

/// <summary>Renders audit.json per the contract.</summary>
public sealed class JsonRenderer : IDocumentRenderer<AuditResult>
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public async Task RenderAsync(AuditResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Utf8JsonWriter(output, AuditJsonWriter.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            AuditJsonWriter.Write(result, writer);
            await writer.FlushAsync(ct).ConfigureAwait(false);
        }

        output.WriteByte((byte)'\n');
    }
}

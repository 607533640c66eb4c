using System.Text.Json.Nodes;
using Json.Schema;
using SynthAudit.Reports.Json;
using SynthAudit.Testing;

namespace SynthAudit.Reports.Tests;

/// <summary>audit.json, compare.json and attack.json follow the published schemas under docs/schema/ (issue 13).</summary>
public sealed class JsonSchemaTests
{
    private static readonly string s_root = Directory.GetParent(Fixtures.Root)!.FullName;
    private static readonly Lazy<(JsonSchema Audit, JsonSchema Compare)> s_schemas = new(Load);
    private static readonly Lazy<JsonSchema> s_attack = new(() => JsonSchema.FromFile(Path.Combine(s_root, "docs", "schema", "attack.schema.json")));

    [Fact]
    public void Audit_Sample_FollowsTheSchema()
    {
        // Arrange
        var json = Render.Text(new JsonRenderer(), SampleAudit.Create(SampleAudit.HostileName));

        // Act
        var errors = Validate(s_schemas.Value.Audit, json);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Compare_Sample_FollowsTheSchema()
    {
        // Arrange
        var json = Render.Text(new ComparisonJsonRenderer(), SampleAudit.Comparison());

        // Act
        var errors = Validate(s_schemas.Value.Compare, json);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void CommittedExampleReports_FollowTheSchemas()
    {
        // Arrange
        var audits = Directory.EnumerateFiles(Path.Combine(s_root, "reports"), "audit.json", SearchOption.AllDirectories).ToList();
        var compares = Directory.EnumerateFiles(Path.Combine(s_root, "reports"), "compare.json", SearchOption.AllDirectories).ToList();

        // Act
        var errors = audits.SelectMany(p => Validate(s_schemas.Value.Audit, File.ReadAllText(p)).Select(e => p + ": " + e))
            .Concat(compares.SelectMany(p => Validate(s_schemas.Value.Compare, File.ReadAllText(p)).Select(e => p + ": " + e)))
            .ToList();

        // Assert
        Assert.NotEmpty(audits);
        Assert.Empty(errors);
    }

    [Fact]
    public void Attack_CommittedExampleAndRenderedResult_FollowTheSchema()
    {
        // Arrange: the committed example and a re-render of it through the DTOs (row ids and per-target bounds included).
        var attacks = Directory.EnumerateFiles(Path.Combine(s_root, "reports"), "attack.json", SearchOption.AllDirectories).ToList();

        // Act
        var errors = attacks.SelectMany(p => Validate(s_attack.Value, File.ReadAllText(p)).Select(e => p + ": " + e)).ToList();

        // Assert
        Assert.NotEmpty(attacks);
        Assert.Empty(errors);
    }

    [Fact]
    public void Attack_TargetWithRecordValues_IsRejected()
    {
        // Arrange: a target may carry its number, outlier score and scores, never a column value.
        var path = Directory.EnumerateFiles(Path.Combine(s_root, "reports"), "attack.json", SearchOption.AllDirectories).First();
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["targets"]![0]!["age"] = 39;

        // Act
        var errors = Validate(s_attack.Value, node.ToJsonString());

        // Assert
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("metrics")]
    [InlineData("summary")]
    [InlineData("schemaVersion")]
    public void Audit_MissingRequiredKey_IsRejected(string key)
    {
        // Arrange
        var node = JsonNode.Parse(Render.Text(new JsonRenderer(), SampleAudit.Create()))!.AsObject();
        node.Remove(key);

        // Act
        var errors = Validate(s_schemas.Value.Audit, node.ToJsonString());

        // Assert
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Audit_UnknownDirectionOrSkipWithoutReason_IsRejected()
    {
        // Arrange
        var wrongDirection = JsonNode.Parse(Render.Text(new JsonRenderer(), SampleAudit.Create()))!;
        wrongDirection["metrics"]![0]!["direction"] = "sideways";
        var silentSkip = JsonNode.Parse(Render.Text(new JsonRenderer(), SampleAudit.Create()))!;
        silentSkip["metrics"]![0]!["status"] = "skipped";
        silentSkip["metrics"]![0]!["reason"] = null;

        // Act / Assert
        Assert.NotEmpty(Validate(s_schemas.Value.Audit, wrongDirection.ToJsonString()));
        Assert.NotEmpty(Validate(s_schemas.Value.Audit, silentSkip.ToJsonString()));
    }

    private static (JsonSchema Audit, JsonSchema Compare) Load()
    {
        var audit = JsonSchema.FromFile(Path.Combine(s_root, "docs", "schema", "audit.schema.json"));
        var compare = JsonSchema.FromFile(Path.Combine(s_root, "docs", "schema", "compare.schema.json"));
        SchemaRegistry.Global.Register(audit);
        return (audit, compare);
    }

    private static List<string> Validate(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Key + ": " + e.Value)).ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }
}

using SynthAudit.Auditing.Configuration;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Tests.Configuration;

public sealed class AuditConfigLoaderTests
{
    private const string Path = "audit.yml";

    private const string Full = """
        # every key
        seed: 42
        bootstrap-resamples: 500
        target: income
        sensitive: [sex, race]
        exclude:
          - fnlwgt
        missing-values: ["", "NA", "-999"]
        delimiter: ";"
        columns:
          education-num: { kind: categorical }
          id: { kind: identifier }
          age: { role: sensitive, kind: numeric }
        """;

    private static AuditConfig Parse(string text) => AuditConfigLoader.Parse(new StringReader(text), Path);

    private static string ErrorOf(string text)
    {
        var ex = Assert.Throws<ConfigException>(() => Parse(text));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(Path, ex.Path);
        Assert.Equal(2, ex.ExitCode);
        return ex.Message;
    }

    [Fact]
    public void Parse_EveryKey_ReadsEverySetting()
    {
        // Arrange / Act
        var config = Parse(Full);

        // Assert
        Assert.Equal(42, config.Seed);
        Assert.Equal(500, config.BootstrapResamples);
        Assert.Equal("income", config.Target);
        Assert.Equal(["sex", "race"], config.Sensitive.ToArray());
        Assert.Equal(["fnlwgt"], config.Exclude.ToArray());
        Assert.Equal(["", "NA", "-999"], config.MissingValues!.Value.ToArray());
        Assert.Equal(';', config.Delimiter);
        Assert.Equal(new ColumnConfig(ColumnKind.Categorical, null), config.Columns["education-num"]);
        Assert.Equal(new ColumnConfig(ColumnKind.Identifier, null), config.Columns["id"]);
        Assert.Equal(new ColumnConfig(ColumnKind.Numeric, ColumnRole.Sensitive), config.Columns["age"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Parse_EmptyFile_IsEmptyConfig(string text)
    {
        // Arrange / Act
        var config = Parse(text);

        // Assert
        Assert.Equal(AuditConfig.Empty, config);
    }

    [Fact]
    public void Parse_CommaSeparatedScalarList_IsSplit()
    {
        // Arrange / Act
        var config = Parse("sensitive: sex, race\n");

        // Assert
        Assert.Equal(["sex", "race"], config.Sensitive.ToArray());
    }

    [Fact]
    public void Parse_MalformedYaml_OneLineWithPosition()
    {
        // Arrange / Act
        var message = ErrorOf("seed: 1\ncolumns: [a, b\n");

        // Assert
        Assert.StartsWith("audit.yml: not valid YAML at line 3, column 1: ", message);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_NamesKeyAndLine()
    {
        // Arrange / Act
        var message = ErrorOf("seed: 1\nbootstrap: 100\n");

        // Assert
        Assert.Equal("audit.yml: 'bootstrap': unknown key (known keys: seed, bootstrap-resamples, target, sensitive, exclude, missing-values, delimiter, columns, attacks, multivariate-columns, query-attempts, link-a, link-b, link-k, inference-secrets, quasi-identifiers, secrets, release-context, profile, policy, decision) (line 2)", message);
    }

    [Fact]
    public void Parse_UnknownKind_NamesColumnKey()
    {
        // Arrange / Act
        var message = ErrorOf("columns:\n  age: { kind: numbr }\n");

        // Assert
        Assert.Equal("audit.yml: 'columns.age.kind': unknown value 'numbr' (expected numeric, categorical, boolean, datetime or identifier) (line 2)", message);
    }

    [Fact]
    public void Parse_UnknownRole_NamesColumnKey()
    {
        // Arrange / Act
        var message = ErrorOf("columns:\n  sex:\n    role: protected\n");

        // Assert
        Assert.Equal("audit.yml: 'columns.sex.role': unknown value 'protected' (expected feature, target, sensitive or excluded) (line 3)", message);
    }

    [Fact]
    public void Parse_UnknownColumnSetting_NamesIt()
    {
        // Arrange / Act
        var message = ErrorOf("columns:\n  sex: { type: categorical }\n");

        // Assert
        Assert.Equal("audit.yml: 'columns.sex.type': unknown key (known keys: kind, role) (line 2)", message);
    }

    [Theory]
    [InlineData("seed: abc\n", "audit.yml: 'seed': must be a whole number (line 1)")]
    [InlineData("bootstrap-resamples: 0\n", "audit.yml: 'bootstrap-resamples': must be a whole number from 1 to 10,000 (line 1)")]
    [InlineData("delimiter: x\n", "audit.yml: 'delimiter': must be one of , ; | or tab (line 1)")]
    [InlineData("target: [a, b]\n", "audit.yml: 'target': must be a single value (line 1)")]
    [InlineData("sensitive: { a: b }\n", "audit.yml: 'sensitive': must be a list such as [a, b] (line 1)")]
    [InlineData("columns: [a]\n", "audit.yml: 'columns': must map column names to { kind: ..., role: ... } (line 1)")]
    [InlineData("columns:\n  age: numeric\n", "audit.yml: 'columns.age': must be a mapping such as { kind: categorical, role: sensitive } (line 2)")]
    [InlineData("- a\n- b\n", "audit.yml: must be a mapping of keys (seed, target, columns, ...) to values")]
    public void Parse_InvalidValue_OneLineNamingKey(string text, string expected)
    {
        // Arrange / Act
        var message = ErrorOf(text);

        // Assert
        Assert.Equal(expected, message);
    }

    [Fact]
    public void Parse_DuplicateKey_Rejected()
    {
        // Arrange / Act
        var message = ErrorOf("seed: 1\nseed: 2\n");

        // Assert
        Assert.StartsWith("audit.yml: not valid YAML at line 2", message);
    }

    [Fact]
    public void Load_MissingFile_NamesPath()
    {
        // Arrange
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "synthaudit-no-such-config.yml");

        // Act
        var ex = Assert.Throws<ConfigException>(() => AuditConfigLoader.Load(path));

        // Assert
        Assert.Equal(path + ": file not found", ex.Message);
    }

    [Fact]
    public void Merge_ConfigOnly_BuildsSchemaAndCsvOptions()
    {
        // Arrange
        var config = Parse(Full);

        // Act
        var settings = AuditConfigLoader.Merge(config, null, Path);

        // Assert
        Assert.Equal("income", settings.Schema.Target);
        Assert.Equal(["sex", "race", "age"], settings.Schema.Sensitive.ToArray());
        Assert.Equal(["fnlwgt"], settings.Schema.Exclude.ToArray());
        Assert.Equal(ColumnKind.Categorical, settings.Schema.Kinds["education-num"]);
        Assert.Equal(ColumnKind.Identifier, settings.Schema.Kinds["id"]);
        Assert.Equal(ColumnKind.Numeric, settings.Schema.Kinds["age"]);
        Assert.Equal(["", "NA", "-999"], settings.Csv.MissingTokens.ToArray());
        Assert.Equal(';', settings.Csv.Delimiter);
        Assert.Equal(42, settings.Seed);
        Assert.Equal(500, settings.BootstrapResamples);
    }

    [Fact]
    public void Merge_CommandLine_WinsOverConfig()
    {
        // Arrange
        var config = Parse(Full);
        var cli = new AuditOverrides
        {
            Seed = 7,
            BootstrapResamples = 50,
            Target = "sex",
            Exclude = ["race"],
            MissingValues = ["?"],
            Delimiter = ',',
        };

        // Act
        var settings = AuditConfigLoader.Merge(config, cli, Path);

        // Assert: sex becomes the target (and leaves the config's sensitive list), race is excluded, not sensitive
        Assert.Equal("sex", settings.Schema.Target);
        Assert.Equal(["age"], settings.Schema.Sensitive.ToArray());
        Assert.Equal(["race"], settings.Schema.Exclude.ToArray());
        Assert.Equal(["?"], settings.Csv.MissingTokens.ToArray());
        Assert.Equal(',', settings.Csv.Delimiter);
        Assert.Equal(7, settings.Seed);
        Assert.Equal(50, settings.BootstrapResamples);
    }

    [Fact]
    public void Merge_SensitiveOnCommandLine_ReplacesConfigListAndTakesConfigTarget()
    {
        // Arrange
        var config = Parse("target: sex\nsensitive: [race]\n");
        var cli = new AuditOverrides { Sensitive = ["sex", "age"] };

        // Act
        var settings = AuditConfigLoader.Merge(config, cli, Path);

        // Assert
        Assert.Null(settings.Schema.Target);
        Assert.Equal(["sex", "age"], settings.Schema.Sensitive.ToArray());
    }

    [Fact]
    public void Merge_Nothing_GivesDefaults()
    {
        // Arrange / Act
        var settings = AuditConfigLoader.Merge(null, null);

        // Assert
        Assert.Null(settings.Schema.Target);
        Assert.Empty(settings.Schema.Sensitive);
        Assert.Empty(settings.Schema.Kinds);
        Assert.Equal(SynthAudit.Core.Csv.CsvReadOptions.Default.MissingTokens, settings.Csv.MissingTokens);
        Assert.Null(settings.Csv.Delimiter);
        Assert.Equal(0, settings.Seed);
        Assert.Equal(200, settings.BootstrapResamples);
    }

    [Fact]
    public void Merge_ColumnRoleTarget_BecomesTarget()
    {
        // Arrange
        var config = Parse("columns:\n  income: { role: target }\n");

        // Act
        var settings = AuditConfigLoader.Merge(config, null, Path);

        // Assert
        Assert.Equal("income", settings.Schema.Target);
    }

    [Fact]
    public void Merge_TwoTargetsInConfig_Rejected()
    {
        // Arrange
        var config = Parse("target: income\ncolumns:\n  sex: { role: target }\n");

        // Act
        var ex = Assert.Throws<ConfigException>(() => AuditConfigLoader.Merge(config, null, Path));

        // Assert
        Assert.Equal("audit.yml: 'columns.sex.role': names a second target ('income' is already the target)", ex.Message);
    }

    [Fact]
    public void Merge_SensitiveAndExcludedInConfig_Rejected()
    {
        // Arrange
        var config = Parse("sensitive: [sex]\nexclude: [sex]\n");

        // Act
        var ex = Assert.Throws<ConfigException>(() => AuditConfigLoader.Merge(config, null, Path));

        // Assert
        Assert.Equal("audit.yml: 'sex': is both sensitive and excluded; give it one role", ex.Message);
    }

    [Fact]
    public void Merge_AttackSettings_FileThenCommandLineWins()
    {
        // Arrange
        var config = Parse("attacks: 500\nmultivariate-columns: 4\nquery-attempts: 20\nlink-a: [age, sex]\nlink-k: 10\ninference-secrets: [race]\n");

        // Act
        var settings = AuditConfigLoader.Merge(config, new AuditOverrides { Attacks = 800, LinkB = ["race"] }, Path);

        // Assert
        var a = settings.Attacks;
        Assert.Equal(800, a.Attacks);
        Assert.Equal(4, a.MultivariateColumns);
        Assert.Equal(20, a.QueryAttempts);
        Assert.Equal(["age", "sex"], a.LinkColumnsA.ToArray());
        Assert.Equal(["race"], a.LinkColumnsB.ToArray());
        Assert.Equal(10, a.LinkNeighbors);
        Assert.Equal(["race"], a.InferenceSecrets.ToArray());
        Assert.Contains("attacks per side 800;", a.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NoAttackSettings_DefaultsDescribed()
    {
        // Act
        var settings = AuditConfigLoader.Merge(null, null, Path);

        // Assert
        Assert.Equal(Metrics.Privacy.AttackOptions.Default, settings.Attacks);
        Assert.Contains("attacks per side 2000 (default)", settings.Attacks.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_LinkColumnInBothSides_Rejected()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => AuditConfigLoader.Merge(Parse("link-a: [age]\nlink-b: [age]\n"), null, Path));

        // Assert
        Assert.Contains("in both linkability datasets", ex.Message, StringComparison.Ordinal);
    }
}

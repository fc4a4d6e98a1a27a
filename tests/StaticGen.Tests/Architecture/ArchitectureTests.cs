using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace StaticGen.Tests.Architecture;

/// <summary>Keeps the pipeline's shape: stages depend only on stages to their right, and the pure stages stay pure.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly s_library = typeof(StaticGen.Diagnostic).Assembly;

    // Cli → Build → Output → Rendering → Site → Enrichment → Content → Configuration → Diagnostic
    public static TheoryData<string, string[]> Layers => new()
    {
        { "StaticGen.Configuration", ["StaticGen.Content", "StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Content", ["StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Enrichment", ["StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Site", ["StaticGen.Enrichment", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Rendering", ["StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Output", ["StaticGen.Build"] },

        // staticgen check reads built output; it judges URLs with the Site stage's UrlBuilder and nothing of the pipeline.
        { "StaticGen.Checking", ["StaticGen.Content", "StaticGen.Enrichment", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Stages_depend_only_on_stages_to_their_right(string layer, string[] forbidden)
    {
        var result = Types.InAssembly(s_library).That().ResideInNamespaceStartingWith(layer)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"{layer} depends on a later stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("StaticGen.Enrichment")]
    [InlineData("StaticGen.Site")]
    public void Pure_stages_do_not_touch_the_file_system(string layer)
    {
        var result = Types.InAssembly(s_library).That().ResideInNamespaceStartingWith(layer)
            .ShouldNot().HaveDependencyOnAny("System.IO", "System.Net", "System.Diagnostics.Process").GetResult();
        Assert.True(result.IsSuccessful, $"{layer} touches the file system: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("StaticGen.Enrichment")]
    [InlineData("StaticGen.Site")]
    public void Pure_stages_do_not_read_the_clock_or_the_current_culture(string layer)
    {
        string[] banned =
        [
            "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today",
            "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow",
            "System.Globalization.CultureInfo::get_CurrentCulture", "System.Globalization.CultureInfo::get_CurrentUICulture",
            "System.Environment::GetEnvironmentVariable",
        ];
        using var module = ModuleDefinition.ReadModule(s_library.Location);
        var offenders = new List<string>();
        foreach (var type in module.GetTypes().Where(t => t.Namespace.StartsWith(layer, StringComparison.Ordinal) || (t.DeclaringType?.Namespace ?? "").StartsWith(layer, StringComparison.Ordinal)))
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is Code.Call or Code.Callvirt && instruction.Operand is MethodReference callee)
                    {
                        var name = $"{callee.DeclaringType.FullName}::{callee.Name}";
                        if (banned.Contains(name)) offenders.Add($"{type.FullName}.{method.Name} calls {name}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Dates_are_formatted_only_by_the_one_date_formatter()
    {
        // Configuration.Dates writes every date (pages, feeds, sitemaps, search index, front matter, messages).
        using var module = ModuleDefinition.ReadModule(s_library.Location);
        var offenders = new List<string>();
        var formatterSeen = false;
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            var isFormatter = owner.FullName == "StaticGen.Configuration.Dates";
            foreach (var method in type.Methods.Where(static m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.Operand is MethodReference { Name: "ToString" or "TryFormat" } callee
                        && callee.DeclaringType.FullName is "System.DateTimeOffset" or "System.DateTime"
                        && callee.Parameters.Count > 0)
                    {
                        if (isFormatter) formatterSeen = true;
                        else offenders.Add($"{type.FullName}.{method.Name} formats a date itself");
                    }
                }
            }
        }

        Assert.True(formatterSeen, "the scan does not see the formatter's own calls, so it cannot see anyone else's");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_cli_reaches_the_pipeline_only_through_build()
    {
        // staticgen check reads a built site (Checking); inspect still prints the enrichment's evidence
        // records (Enrichment), which is the one exception left.
        var cli = typeof(StaticGen.Cli.Program).Assembly;
        var result = Types.InAssembly(cli).ShouldNot()
            .HaveDependencyOnAny("StaticGen.Configuration", "StaticGen.Content", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output").GetResult();
        var failing = (result.FailingTypeNames ?? []).Where(static t => !t.StartsWith("StaticGen.Cli.Commands.InspectCommand", StringComparison.Ordinal)).ToList();
        Assert.True(failing.Count == 0, $"the CLI reaches past Build: {string.Join(", ", failing)}");
    }

    [Fact]
    public void The_cli_holds_no_pipeline_types()
    {
        var cli = typeof(StaticGen.Cli.Program).Assembly;
        var result = Types.InAssembly(cli).ShouldNot().HaveDependencyOnAny("Markdig", "Scriban", "YamlDotNet").GetResult();
        Assert.True(result.IsSuccessful, $"the CLI uses pipeline libraries directly: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}

using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace StaticGen.Tests.Architecture;

/// <summary>Keeps the pipeline's shape: stages depend only on stages to their right, and the pure stages stay pure.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly s_library = typeof(StaticGen.Diagnostic).Assembly;

    // Cli → Build → Output → Rendering → Site → Enrichment → Content → Configuration → Diagnostic
    // (Rendering skips Enrichment: it reads only the site records); Images beside Configuration.
    public static TheoryData<string, string[]> Layers => new()
    {
        { "StaticGen.Configuration", ["StaticGen.Images", "StaticGen.Content", "StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Content", ["StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Enrichment", ["StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Site", ["StaticGen.Enrichment", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build"] },

        // Rendering reads what the site records carry (a country's continent and flag travel on CountryRef
        // and Term) and parses with Content's MarkdownSyntax: it needs nothing of Enrichment.
        { "StaticGen.Rendering", ["StaticGen.Enrichment", "StaticGen.Output", "StaticGen.Build"] },
        { "StaticGen.Output", ["StaticGen.Build"] },

        // Images turns bytes into pictures with the settings of images: it knows no article, page or URL
        // (Build maps its plan onto the site's assets), so any stage may use it.
        { "StaticGen.Images", ["StaticGen.Content", "StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output", "StaticGen.Build", "StaticGen.Checking"] },

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

    [Fact]
    public void The_dependency_rule_finds_a_planted_violation()
    {
        // The rule the layers and the CLI are held to, applied to a type planted in this assembly that
        // reaches Enrichment (as Rendering did through Gazetteer) and Content (as inspect did).
        var result = Types.InAssembly(typeof(ArchitectureTests).Assembly).That().HaveName(nameof(PlantedLayerViolation))
            .ShouldNot().HaveDependencyOnAny("StaticGen.Enrichment", "StaticGen.Content").GetResult();
        Assert.False(result.IsSuccessful);
        Assert.Contains(typeof(PlantedLayerViolation).FullName!, result.FailingTypeNames ?? []);
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
        // staticgen check reads a built site (Checking); inspect's report is made in Build (InspectReport).
        var cli = typeof(StaticGen.Cli.Program).Assembly;
        var result = Types.InAssembly(cli).ShouldNot()
            .HaveDependencyOnAny("StaticGen.Configuration", "StaticGen.Content", "StaticGen.Enrichment", "StaticGen.Site", "StaticGen.Rendering", "StaticGen.Output").GetResult();
        Assert.True(result.IsSuccessful, $"the CLI reaches past Build: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_cli_holds_no_pipeline_types()
    {
        var cli = typeof(StaticGen.Cli.Program).Assembly;
        var result = Types.InAssembly(cli).ShouldNot().HaveDependencyOnAny("Markdig", "Scriban", "YamlDotNet").GetResult();
        Assert.True(result.IsSuccessful, $"the CLI uses pipeline libraries directly: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}

/// <summary>A type that reaches a stage it must not (Enrichment's gazetteer): the dependency rule must find it.</summary>
internal static class PlantedLayerViolation
{
    public static string? Flag(StaticGen.Enrichment.Gazetteer gazetteer, string code) => gazetteer.Find(code)?.Flag;
}

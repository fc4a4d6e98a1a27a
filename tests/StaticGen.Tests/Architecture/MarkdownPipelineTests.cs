using Markdig;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StaticGen.Tests.Architecture;

/// <summary>
/// One Markdig pipeline, built once: only <c>StaticGen.Content.MarkdownSyntax</c> builds a
/// <see cref="MarkdownPipeline"/>, and every call into <see cref="Markdown"/> passes that pipeline
/// (a method that parses gets it from <c>MarkdownSyntax.Pipeline</c> or holds it in a field), so no
/// stage parses with Markdig's default pipeline. An IL scan checks both.
/// </summary>
public sealed class MarkdownPipelineTests
{
    private const string Syntax = "StaticGen.Content.MarkdownSyntax";

    [Fact]
    public void Only_the_markdown_syntax_builds_a_pipeline_and_every_parse_uses_it()
    {
        var offenders = Offenders(typeof(StaticGen.Diagnostic).Assembly.Location);
        Assert.True(offenders.Count == 0, "Markdown parsed or a pipeline built outside MarkdownSyntax:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_scan_sees_the_one_pipeline_and_finds_planted_violations()
    {
        Assert.Contains(Builders(typeof(StaticGen.Diagnostic).Assembly.Location), static b => b == Syntax);
        var offenders = Offenders(typeof(MarkdownPipelineTests).Assembly.Location);
        Assert.Contains(offenders, static o => o.Contains(nameof(PlantedMarkdown.DefaultPipeline), StringComparison.Ordinal) && o.Contains("default pipeline", StringComparison.Ordinal));
        Assert.Contains(offenders, static o => o.Contains(nameof(PlantedMarkdown.OwnPipeline), StringComparison.Ordinal) && o.Contains("builds a pipeline", StringComparison.Ordinal));
    }

    /// <summary>The outermost types that build a Markdig pipeline.</summary>
    private static List<string> Builders(string assemblyPath) =>
        [.. Scan(assemblyPath).Where(static s => s.Builds).Select(static s => s.Owner).Distinct(StringComparer.Ordinal)];

    private static List<string> Offenders(string assemblyPath)
    {
        var offenders = new List<string>();
        foreach (var (owner, method, builds, parsesWithout) in Scan(assemblyPath))
        {
            if (builds && owner != Syntax) offenders.Add($"{method} builds a pipeline of its own");
            if (parsesWithout) offenders.Add($"{method} calls Markdig.Markdown with the default pipeline");
        }

        return offenders;
    }

    private static List<(string Owner, string Method, bool Builds, bool ParsesWithout)> Scan(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<(string, string, bool, bool)>();
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            foreach (var method in type.Methods.Where(static m => m.HasBody))
            {
                var instructions = method.Body.Instructions;
                var builds = instructions.Any(static i => i.OpCode.Code == Code.Newobj && i.Operand is MethodReference { DeclaringType.FullName: "Markdig.MarkdownPipelineBuilder" });
                var parses = instructions.Any(static i => i.Operand is MethodReference { DeclaringType.FullName: "Markdig.Markdown" });
                var hasPipeline = instructions.Any(static i =>
                    (i.Operand is MethodReference { Name: "Pipeline", DeclaringType.FullName: Syntax })
                    || (i.Operand is FieldReference field && field.FieldType.FullName == "Markdig.MarkdownPipeline"));
                if (builds || (parses && !hasPipeline)) found.Add((owner.FullName, $"{type.FullName}.{method.Name}", builds, parses && !hasPipeline));
            }
        }

        return found;
    }
}

/// <summary>Markdown parsed the ways the pipeline rule forbids: the scan must find both.</summary>
internal static class PlantedMarkdown
{
    public static int DefaultPipeline(string text) => Markdown.Parse(text).Count;

    public static int OwnPipeline(string text) => Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().Build()).Count;
}

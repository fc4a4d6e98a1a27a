using System.Text.RegularExpressions;
using StaticGen.Cli;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Tests.Repository;

/// <summary>
/// .github/workflows/pages.yml cannot run here; these tests hold it to what it must do: build on
/// push to main with the URL configure-pages gives, check the site, deploy with the official,
/// pinned Pages actions, and call staticgen only with options it has.
/// </summary>
public sealed partial class PagesWorkflowTests
{
    private static readonly string s_root = FindRoot();
    private readonly YamlMappingNode _workflow = Load();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("StaticGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(s_root, ".github", "workflows", "pages.yml"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode? At(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next)) return null;
            node = next;
        }

        return node;
    }

    private static string? Text(YamlNode node, params string[] keys) => (At(node, keys) as YamlScalarNode)?.Value;

    private IEnumerable<(string Job, YamlMappingNode Step)> Steps() =>
        ((YamlMappingNode)At(_workflow, "jobs")!).Children.SelectMany(job =>
            ((YamlSequenceNode)At(job.Value, "steps")!).Children.Cast<YamlMappingNode>().Select(step => (((YamlScalarNode)job.Key).Value!, step)));

    [Fact]
    public void Runs_on_push_to_main_with_pages_permissions_one_at_a_time()
    {
        var branches = (YamlSequenceNode)At(_workflow, "on", "push", "branches")!;
        Assert.Contains("main", branches.Children.Select(b => ((YamlScalarNode)b).Value));
        Assert.Equal("write", Text(_workflow, "permissions", "pages"));
        Assert.Equal("write", Text(_workflow, "permissions", "id-token"));
        Assert.Equal("read", Text(_workflow, "permissions", "contents"));
        Assert.Equal("pages", Text(_workflow, "concurrency", "group"));
    }

    [Fact]
    public void Uses_the_official_actions_pinned_to_major_versions()
    {
        var uses = Steps().Select(s => Text(s.Step, "uses")).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["actions/checkout@v4", "actions/configure-pages@v5", "actions/deploy-pages@v4", "actions/setup-dotnet@v4", "actions/upload-pages-artifact@v3"],
            uses);
        var dotnet = Steps().Single(s => Text(s.Step, "uses") == "actions/setup-dotnet@v4").Step;
        Assert.Equal("10.0.x", Text(dotnet, "with", "dotnet-version"));
    }

    [Fact]
    public void Builds_and_checks_with_the_url_configure_pages_gives_then_uploads_the_output()
    {
        var configure = Steps().Single(s => Text(s.Step, "uses") == "actions/configure-pages@v5");
        var id = Text(configure.Step, "id");
        Assert.NotNull(id);
        var expression = $"\"${{{{ steps.{id}.outputs.base_url }}}}\"";

        var commands = StaticGenCommands().ToList();
        Assert.Contains(commands, c => c.Args[0] == "build" && c.Line.Contains("--base-url " + expression, StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Args[0] == "check" && c.Line.Contains("--base-url " + expression, StringComparison.Ordinal));

        var upload = Steps().Single(s => Text(s.Step, "uses") == "actions/upload-pages-artifact@v3");
        Assert.Equal(configure.Job, upload.Job);
        Assert.Equal(new StaticGen.Configuration.PathsConfig().Output, Text(upload.Step, "with", "path"));
    }

    [Fact]
    public void Builds_and_checks_the_guide_under_docs_and_puts_it_into_the_uploaded_site()
    {
        var guideUrl = "--base-url https://octo.github.io/repo/docs/";
        var commands = StaticGenCommands().ToList();
        var build = Assert.Single(commands, c => c.Args[0] == "build" && c.Line.Contains("--config docs/site.config.yml", StringComparison.Ordinal));
        Assert.Contains(guideUrl, string.Join(' ', build.Args), StringComparison.Ordinal);
        Assert.Contains("--strict", build.Args);
        var check = Assert.Single(commands, c => c.Args[0] == "check" && c.Args.Length > 1 && c.Args[1] == "docs/_site");
        Assert.Contains(guideUrl, string.Join(' ', check.Args), StringComparison.Ordinal);

        // The guide's output folder is copied to docs/ inside the folder the upload step publishes.
        var output = new StaticGen.Configuration.PathsConfig().Output;
        var upload = Text(Steps().Single(s => Text(s.Step, "uses") == "actions/upload-pages-artifact@v3").Step, "with", "path");
        Assert.Contains(Steps(), s => Text(s.Step, "run") is { } run
            && run.Split('\n').Any(l => l.Trim() == $"cp -R docs/{output} {upload}/docs"));
        Assert.True(File.Exists(Path.Combine(s_root, "docs", "site.config.yml")), "docs/site.config.yml is missing");
    }

    [Fact]
    public void Every_staticgen_command_in_the_workflow_parses()
    {
        var commands = StaticGenCommands().ToList();
        Assert.NotEmpty(commands);
        foreach (var (line, args) in commands)
        {
            var parse = Program.CreateRootCommand(TextWriter.Null, TextWriter.Null).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"{line}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Deploys_after_the_build_to_the_github_pages_environment()
    {
        var deployJob = Steps().Single(s => Text(s.Step, "uses") == "actions/deploy-pages@v4");
        var job = At(_workflow, "jobs", deployJob.Job)!;
        Assert.Equal("build", Text(job, "needs"));
        Assert.Equal("github-pages", Text(job, "environment", "name"));
        Assert.Equal($"${{{{ steps.{Text(deployJob.Step, "id")}.outputs.page_url }}}}", Text(job, "environment", "url"));
    }

    /// <summary>The arguments after <c>--</c> of each <c>dotnet run --project src/StaticGen.Cli</c> line, with the Pages URL filled in.</summary>
    private IEnumerable<(string Line, string[] Args)> StaticGenCommands()
    {
        foreach (var (_, step) in Steps())
        {
            if (Text(step, "run") is not { } script) continue;
            foreach (var line in script.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("dotnet run --project src/StaticGen.Cli", StringComparison.Ordinal)))
            {
                var args = line[(line.IndexOf(" -- ", StringComparison.Ordinal) + 4)..];
                args = Expression().Replace(args, "https://octo.github.io/repo");
                yield return (line, args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    [GeneratedRegex(@"""\$\{\{[^}]*\}\}""")]
    private static partial Regex Expression();
}

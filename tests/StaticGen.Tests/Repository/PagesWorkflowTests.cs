using System.Text.RegularExpressions;
using StaticGen.Build;
using StaticGen.Cli;
using StaticGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Tests.Repository;

/// <summary>
/// The publishing files cannot run here (.ci/publish-checks lints them with actionlint and runs the
/// action's shell steps on a new site); these tests hold them to what they must do. The composite
/// action (.github/actions/staticgen/action.yml) checks out with full history, installs the tool,
/// builds with the URL configure-pages gives (or its base-url input), keeps the build state with
/// actions/cache, checks and uploads; this repository's workflow and the one <c>staticgen init</c>
/// writes use it and pass it only inputs it has; every staticgen command in them parses.
/// </summary>
public sealed partial class PagesWorkflowTests : IDisposable
{
    private static readonly string s_root = FindRoot();
    private readonly YamlMappingNode _workflow = Load(Path.Combine(s_root, ".github", "workflows", "pages.yml"));
    private readonly YamlMappingNode _action = Load(Path.Combine(s_root, ".github", "actions", "staticgen", "action.yml"));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("StaticGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static YamlMappingNode Load(string path) => Parse(File.ReadAllText(path));

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
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

    private static IEnumerable<(string Job, YamlMappingNode Step)> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")!).Children.SelectMany(job =>
            ((YamlSequenceNode)At(job.Value, "steps")!).Children.Cast<YamlMappingNode>().Select(step => (((YamlScalarNode)job.Key).Value!, step)));

    private IEnumerable<YamlMappingNode> ActionSteps() => ((YamlSequenceNode)At(_action, "runs", "steps")!).Children.Cast<YamlMappingNode>();

    private YamlMappingNode ActionStep(string uses) => ActionSteps().Single(s => Text(s, "uses") == uses);

    private IReadOnlySet<string> ActionInputs() =>
        ((YamlMappingNode)At(_action, "inputs")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Keys(YamlNode? node) =>
        node is YamlMappingNode map ? map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!) : [];

    [Fact]
    public void Runs_on_push_to_main_with_pages_permissions_one_at_a_time()
    {
        foreach (var workflow in new[] { _workflow, InitWorkflow() })
        {
            var branches = (YamlSequenceNode)At(workflow, "on", "push", "branches")!;
            Assert.Contains("main", branches.Children.Select(b => ((YamlScalarNode)b).Value));
            Assert.Equal("write", Text(workflow, "permissions", "pages"));
            Assert.Equal("write", Text(workflow, "permissions", "id-token"));
            Assert.Equal("read", Text(workflow, "permissions", "contents"));
            Assert.Equal("pages", Text(workflow, "concurrency", "group"));
        }
    }

    [Fact]
    public void The_action_uses_the_official_actions_pinned_to_major_versions()
    {
        Assert.Equal("composite", Text(_action, "runs", "using"));
        var uses = ActionSteps().Select(s => Text(s, "uses")).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["actions/cache/restore@v4", "actions/cache/save@v4", "actions/checkout@v4", "actions/configure-pages@v5", "actions/setup-dotnet@v4", "actions/upload-pages-artifact@v3"],
            uses);
        Assert.Equal("${{ inputs.dotnet-version }}", Text(ActionStep("actions/setup-dotnet@v4"), "with", "dotnet-version"));
        Assert.Equal("10.0.x", Text(_action, "inputs", "dotnet-version", "default"));
        Assert.All(ActionSteps().Where(s => Text(s, "run") is not null), s => Assert.Equal("bash", Text(s, "shell")));
    }

    [Fact]
    public void The_action_checks_out_the_full_history_for_git_dates()
    {
        Assert.Equal("0", Text(ActionStep("actions/checkout@v4"), "with", "fetch-depth"));
        Assert.Equal("inputs.checkout == 'true'", Text(ActionStep("actions/checkout@v4"), "if"));
        var build = ActionSteps().Single(s => Text(s, "id") == "build");
        Assert.Contains("SOURCE_DATE_EPOCH=\"$(git log -1 --pretty=%ct)\"", Text(build, "run"), StringComparison.Ordinal);

        // This repository's workflow checks out itself (a local action needs the files), with full history too.
        var checkout = Steps(_workflow).Single(s => Text(s.Step, "uses") == "actions/checkout@v4").Step;
        Assert.Equal("0", Text(checkout, "with", "fetch-depth"));
    }

    [Fact]
    public void The_action_builds_and_checks_with_the_url_configure_pages_gives_unless_given_one()
    {
        var configure = ActionStep("actions/configure-pages@v5");
        Assert.Equal("inputs.base-url == ''", Text(configure, "if"));
        var build = ActionSteps().Single(s => Text(s, "id") == "build");
        Assert.Equal($"${{{{ inputs.base-url || steps.{Text(configure, "id")}.outputs.base_url }}}}", Text(build, "env", "STATICGEN_BASE_URL"));
        Assert.Contains("staticgen build --output \"$STATICGEN_OUTPUT\" --base-url \"$STATICGEN_BASE_URL\"", Text(build, "run"), StringComparison.Ordinal);

        var check = ActionSteps().Single(s => Text(s, "run") is { } run && run.StartsWith("staticgen check", StringComparison.Ordinal));
        Assert.Equal("${{ steps.build.outputs.base-url }}", Text(check, "env", "STATICGEN_BASE_URL"));
        Assert.Equal("${{ inputs.output }}", Text(check, "env", "STATICGEN_OUTPUT"));

        var upload = ActionStep("actions/upload-pages-artifact@v3");
        Assert.Equal("${{ inputs.working-directory }}/${{ inputs.output }}", Text(upload, "with", "path"));
        Assert.Equal(new StaticGen.Configuration.PathsConfig().Output, Text(_action, "inputs", "output", "default"));
    }

    [Fact]
    public void The_action_restores_and_saves_the_output_and_its_manifest_under_one_key_per_commit()
    {
        var restore = ActionStep("actions/cache/restore@v4");
        var save = ActionStep("actions/cache/save@v4");
        var paths = Text(restore, "with", "path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["${{ inputs.working-directory }}/${{ inputs.output }}", "${{ inputs.working-directory }}/.staticgen-*"], paths);
        Assert.Equal(Text(restore, "with", "path"), Text(save, "with", "path"));
        Assert.Equal(Text(restore, "with", "key"), Text(save, "with", "key"));
        Assert.EndsWith("-${{ github.sha }}", Text(restore, "with", "key"), StringComparison.Ordinal);
        Assert.StartsWith(Text(restore, "with", "restore-keys")!.Trim(), Text(restore, "with", "key"), StringComparison.Ordinal);

        // The manifest is written beside the output folder, as .staticgen-<name>.manifest.json: the glob must catch it.
        var manifest = Path.GetFileName(StaticGen.Output.BuildManifest.PathOf(Path.Combine(_temp.Path, "_site")));
        Assert.Matches("^\\.staticgen-.*$", manifest);
        Assert.Matches("^\\.staticgen-.*$", Path.GetFileName(StaticGen.Output.ArticleCacheFile.PathOf(Path.Combine(_temp.Path, "_site"))));

        // Restored before the build, saved after it and before the check.
        var order = ActionSteps().Select(s => Text(s, "uses") ?? Text(s, "id") ?? Text(s, "run")![..15]).ToList();
        Assert.True(order.IndexOf("actions/cache/restore@v4") < order.IndexOf("build") && order.IndexOf("build") < order.IndexOf("actions/cache/save@v4"), string.Join(", ", order));
    }

    [Fact]
    public void The_action_never_pastes_an_input_into_a_script()
    {
        foreach (var step in ActionSteps().Where(s => Text(s, "run") is not null))
        {
            Assert.DoesNotContain("${{", Text(step, "run"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_workflow_passes_the_action_only_inputs_it_has()
    {
        var inputs = ActionInputs();
        Assert.Superset(new HashSet<string>(["version", "base-url", "args", "package-source", "from-source"], StringComparer.Ordinal), inputs.ToHashSet(StringComparer.Ordinal));
        var own = Steps(_workflow).Single(s => Text(s.Step, "uses") == "./.github/actions/staticgen").Step;
        Assert.Equal("true", Text(own, "with", "from-source"));
        Assert.Equal("true", Text(own, "with", "native"));
        var init = Steps(InitWorkflow()).Single(s => Text(s.Step, "uses") == PagesWorkflow.ActionReference).Step;
        foreach (var step in new[] { own, init })
        {
            var passed = Keys(At(step, "with")).ToList();
            Assert.NotEmpty(passed);
            Assert.All(passed, p => Assert.Contains(p, inputs));
        }
    }

    [Fact]
    public void The_workflow_init_writes_installs_the_same_version_and_deploys_what_the_action_uploads()
    {
        var workflow = InitWorkflow();
        var build = Steps(workflow).Where(s => s.Job == "build").Select(s => s.Step).ToList();
        var step = Assert.Single(build);
        Assert.Equal(PagesWorkflow.ActionReference, Text(step, "uses"));
        Assert.Matches("^[^/]+/[^/]+/\\.github/actions/staticgen@main$", PagesWorkflow.ActionReference);
        Assert.Equal(PagesWorkflow.ToolVersion, Text(step, "with", "version"));
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", PagesWorkflow.ToolVersion);
        Assert.Equal("_site", Text(step, "with", "output"));
        Assert.Equal("ubuntu-latest", Text(workflow, "jobs", "build", "runs-on"));

        var deploy = Steps(workflow).Single(s => Text(s.Step, "uses") == "actions/deploy-pages@v4");
        var job = At(workflow, "jobs", deploy.Job)!;
        Assert.Equal("build", Text(job, "needs"));
        Assert.Equal("github-pages", Text(job, "environment", "name"));
        Assert.Equal($"${{{{ steps.{Text(deploy.Step, "id")}.outputs.page_url }}}}", Text(job, "environment", "url"));
    }

    [Fact]
    public void The_workflow_init_writes_follows_the_configured_output_folder()
    {
        var site = _temp.Combine("moved");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "site.config.yml"), "title: Moved\npaths:\n  output: public\n");

        var init = CliRunner.Run("init", site, "--force");

        Assert.True(init.Exit == 0, init.Err);
        var workflow = Parse(File.ReadAllText(Path.Combine(site, ".github", "workflows", "pages.yml")));
        Assert.Equal("public", Text(Steps(workflow).First().Step, "with", "output"));
    }

    [Fact]
    public void Builds_the_guide_under_docs_with_the_installed_tool_and_puts_it_into_the_uploaded_site()
    {
        var commands = StaticGenCommands(_workflow).ToList();
        var build = Assert.Single(commands, c => c.Args[0] == "build" && c.Line.Contains("--config docs/site.config.yml", StringComparison.Ordinal));
        Assert.Contains("--base-url https://octo.github.io/repo/docs/", string.Join(' ', build.Args), StringComparison.Ordinal);
        Assert.Contains("--strict", build.Args);
        var check = Assert.Single(commands, c => c.Args[0] == "check" && c.Args.Length > 1 && c.Args[1] == "docs/_site");
        Assert.Contains("--base-url https://octo.github.io/repo/docs/", string.Join(' ', check.Args), StringComparison.Ordinal);
        var guide = Steps(_workflow).Single(s => Text(s.Step, "run") is { } run && run.Contains("docs/site.config.yml", StringComparison.Ordinal)).Step;
        var site = Steps(_workflow).Single(s => Text(s.Step, "uses") == "./.github/actions/staticgen").Step;
        Assert.Equal($"${{{{ steps.{Text(site, "id")}.outputs.base-url }}}}/docs/", Text(guide, "env", "GUIDE_URL"));

        // The action does not upload here: the guide is copied into the site first, then the workflow uploads.
        Assert.Equal("false", Text(site, "with", "upload"));
        var output = new StaticGen.Configuration.PathsConfig().Output;
        var upload = Text(Steps(_workflow).Single(s => Text(s.Step, "uses") == "actions/upload-pages-artifact@v3").Step, "with", "path");
        Assert.Equal(output, upload);
        Assert.Contains(Steps(_workflow), s => Text(s.Step, "run") is { } run
            && run.Split('\n').Any(l => l.Trim() == $"cp -R docs/{output} {upload}/docs"));
        Assert.True(File.Exists(Path.Combine(s_root, "docs", "site.config.yml")), "docs/site.config.yml is missing");
    }

    [Fact]
    public void Every_staticgen_command_in_the_workflow_and_the_action_parses()
    {
        var commands = StaticGenCommands(_workflow).Concat(ActionSteps().SelectMany(s => Commands(Text(s, "run")))).ToList();
        Assert.Contains(commands, c => c.Args[0] == "build");
        Assert.Contains(commands, c => c.Args[0] == "check");
        foreach (var (line, args) in commands)
        {
            var parse = Program.CreateRootCommand(TextWriter.Null, TextWriter.Null).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"{line}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    private YamlMappingNode InitWorkflow()
    {
        var site = _temp.Combine("site-" + Guid.NewGuid().ToString("N")[..6]);
        var init = CliRunner.Run("init", site);
        Assert.True(init.Exit == 0, init.Err);
        Assert.Contains("wrote " + PagesWorkflow.RelativePath, init.OutLines);
        return Parse(File.ReadAllText(Path.Combine(site, ".github", "workflows", "pages.yml")));
    }

    private static IEnumerable<(string Line, string[] Args)> StaticGenCommands(YamlMappingNode workflow) =>
        Steps(workflow).SelectMany(s => Commands(Text(s.Step, "run")));

    /// <summary>The arguments of each <c>staticgen</c> line of a script, with variables filled in (a URL, a folder).</summary>
    private static IEnumerable<(string Line, string[] Args)> Commands(string? script)
    {
        if (script is null) yield break;
        foreach (var line in script.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("staticgen ", StringComparison.Ordinal)))
        {
            var args = Variable().Replace(line["staticgen ".Length..], m => m.Value.Contains("URL", StringComparison.Ordinal) ? "https://octo.github.io/repo/docs/" : "_site");
            args = args.Replace("\"${extra[@]}\"", "", StringComparison.Ordinal);
            yield return (line, args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [GeneratedRegex(@"""\$[A-Z_]+""")]
    private static partial Regex Variable();
}

using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen init [DIR]</c>: makes a new site folder (config and an example article) that builds as it is.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var directory = new Argument<DirectoryInfo?>("DIR") { Description = "The folder to make the site in, new or empty (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var title = new Option<string?>("--title") { Description = $"The site title, written to site.config.yml (default: {SiteScaffold.DefaultTitle})." };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "The URL the site will be published at, written to site.config.yml, e.g. https://user.github.io/repo/.", CustomParser = CliParsers.AbsoluteUrl };
        var force = new Option<bool>("--force") { Description = "Also use a folder that is not empty: add the site's files, never overwriting one." };
        var command = new Command("init", "Make a new site: site.config.yml with comments, .gitignore, a GitHub Pages workflow (.github/workflows/pages.yml) and an example article in content/, ready for staticgen build.")
        {
            directory, title, baseUrl, force,
        };

        command.SetAction(parse =>
        {
            var console = cli.ConsoleFor(parse);
            var folder = parse.GetValue(directory)?.FullName ?? Directory.GetCurrentDirectory();
            var result = SiteScaffold.Init(folder, parse.GetValue(title), parse.GetValue(baseUrl), parse.GetValue(force), CliParsers.SourceDateEpoch() ?? DateTimeOffset.UtcNow);
            console.Diagnostics(result.Diagnostics);
            if (result.HasErrors) return 1;

            var where = CliParsers.PathFromHere(result.Directory);
            console.Info($"Made a new StaticGen site in {where}:");
            foreach (var file in result.Created) console.Info($"  wrote {file}");
            foreach (var file in result.Kept) console.Info($"  kept  {file} (it was already there)");
            console.Info("Next:");
            if (where != ".") console.Info($"  cd {Quoted(where)}");
            console.Info("  staticgen new \"Your first headline\" --tag \"A person or organisation\" --country \"A country\"");
            console.Info("  staticgen build        # writes the site into _site/");
            if (result.Created.Contains(PagesWorkflow.RelativePath, StringComparer.Ordinal))
            {
                console.Info($"  To publish on GitHub Pages, push the folder to a GitHub repository and set Settings > Pages > Source to \"GitHub Actions\": {PagesWorkflow.RelativePath} builds and deploys every push to main.");
            }

            return 0;
        });
        return command;
    }

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}

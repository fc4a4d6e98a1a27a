using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen clean</c>: deletes the output folder and what builds left beside it.</summary>
internal static class CleanCommand
{
    public static Command Create(CliContext cli)
    {
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config whose paths.output to clean (default: site.config.yml in the current folder)." };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Clean this output folder instead of paths.output (default: _site)." };
        var force = new Option<bool>("--force") { Description = "Also delete an output folder StaticGen did not write (one without .nojekyll)." };
        var command = new Command("clean", "Delete the output folder (_site/) and the staging and lock files builds leave beside it; never the site, content/ or templates/.")
        {
            config, output, force,
        };

        command.SetAction(parse =>
        {
            var console = cli.ConsoleFor(parse);
            if (console.OpenSite(parse.GetValue(config)) is not { } site) return 1;

            var result = SiteCleaner.Clean(site, parse.GetValue(output)?.FullName, parse.GetValue(force));
            console.Diagnostics(result.Diagnostics);
            if (result.HasErrors) return 1;

            var folder = CliParsers.PathFromHere(result.OutputDirectory);
            foreach (var leftover in result.Leftovers) console.Detail($"deleted {leftover}");
            var leftovers = result.Leftovers.Count == 1 ? "1 leftover of earlier builds" : $"{result.Leftovers.Count} leftovers of earlier builds";
            console.Info((result.OutputDeleted, result.Leftovers.Count) switch
            {
                (true, 0) => $"Deleted {folder}.",
                (true, _) => $"Deleted {folder} and {leftovers} beside it.",
                (false, 0) => $"Nothing to clean: {folder} does not exist.",
                _ => $"Deleted {leftovers} beside {folder}, which does not exist.",
            });
            return 0;
        });
        return command;
    }
}

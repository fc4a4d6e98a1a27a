using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen inspect FILE... [--json]</c>: shows what the loader extracted from article files, and why.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Article files (.txt raw articles or .md Markdown).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON array, an object per file." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config whose cleanup and tag rules apply (default: site.config.yml in the current folder)." };
        var command = new Command("inspect", "Show what StaticGen reads from article files: title, kicker, date, images, countries, tags, body, and why.")
        {
            files, json, config,
        };

        command.SetAction(parse =>
        {
            var console = cli.ConsoleFor(parse);
            var stdout = console.Out;
            if (console.OpenSite(parse.GetValue(config)) is not { } site) return 1;

            var paths = parse.GetValue(files)!.Select(static f => f.FullName).ToList();
            var inspected = ArticleInspector.Inspect(site, paths, new FallbackDates(site.ContentDirectory));
            if (parse.GetValue(json))
            {
                stdout.Write(InspectReport.Json(inspected));
                stdout.WriteLine();
            }
            else
            {
                foreach (var item in inspected) InspectReport.Text(item, stdout);
            }

            return inspected.Any(static i => i.Failed) ? 1 : 0;
        });
        return command;
    }
}

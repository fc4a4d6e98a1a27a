using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary>
/// <c>staticgen import SRC... [--out DIR] [--force]</c>: writes raw articles as Markdown files with front matter;
/// <c>staticgen import --from jekyll|hugo|wordpress SOURCE [--out DIR]</c>: brings another generator's site over.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var sources = new Argument<string[]>("SRC") { Description = "Raw article files, or folders of them (.txt).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Where to write the .md files (default: the site's content folder)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that were edited after they were imported." };
        var from = new Option<ForeignGenerator?>("--from") { Description = "Bring a site over from another generator: jekyll or hugo (SOURCE is its folder), wordpress (SOURCE is the export .xml). Never overwrites a file." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config (default: site.config.yml in the current folder)." };
        var command = new Command("import", "Write raw articles as <slug>.md with YAML front matter. Safe to re-run: edited files are kept unless --force.")
        {
            sources, output, force, from, config,
        };

        command.SetAction(parse =>
        {
            var console = cli.ConsoleFor(parse);
            if (console.OpenSite(parse.GetValue(config)) is not { } site) return 1;

            if (parse.GetValue(from) is { } generator)
            {
                if (parse.GetValue(sources) is not [var folder])
                {
                    console.Failure("import --from takes one SOURCE: the old site's folder, or the WordPress export file");
                    return 2;
                }

                var migration = SiteMigrator.Import(site, generator, folder, parse.GetValue(output)?.FullName ?? site.ContentDirectory);
                console.Diagnostics(migration.Diagnostics);
                foreach (var file in migration.Files) console.Info(file.Message + (file.Target is null ? $" ({file.Source})" : $" (from {file.Source})"));
                console.Info(migration.Summary);
                return migration.HasErrors ? 1 : 0;
            }

            var now = CliParsers.SourceDateEpoch() ?? DateTimeOffset.UtcNow;
            var result = Importer.Import(site, parse.GetValue(sources)!, parse.GetValue(output)?.FullName ?? site.ContentDirectory, parse.GetValue(force), now);
            console.Diagnostics(result.Diagnostics);
            foreach (var file in result.Files) console.Info(file.Message + (file.Target is null ? $" ({file.Source})" : $" (from {file.Source})"));
            console.Info(result.Summary);
            return result.HasErrors ? 1 : 0;
        });
        return command;
    }
}

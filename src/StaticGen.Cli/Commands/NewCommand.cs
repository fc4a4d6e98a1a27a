using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen new "Title" [--tag T] [--country C]</c>: writes a new Markdown article into <c>content/</c> and prints its path.</summary>
internal static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var title = new Argument<string>("TITLE") { Description = "The article's title, in quotes; its slug names the file (content/<slug>.md) and the URL." };
        var tags = new Option<string[]>("--tag", "-t") { HelpName = "NAME", Description = "A tag: a person, organisation or topic the article is about (repeat for more)." };
        var countries = new Option<string[]>("--country") { HelpName = "NAME|CODE", Description = "A country the article is about, as an English name or ISO code such as NO (repeat for more)." };
        var slug = new Option<string?>("--slug") { HelpName = "SLUG", Description = "The file name and URL slug, instead of one made from the title." };
        var draft = new Option<bool>("--draft") { Description = "Mark the article draft: true, so builds leave it out until --drafts or until you remove the line." };
        var page = new Option<bool>("--page") { Description = "Write a standalone page (type: page, such as About us) published at /<slug>/ and never listed, instead of an article." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config (default: site.config.yml in the current folder)." };
        var command = new Command("new", "Write a new Markdown article with front matter (title, date, slug, tags, countries) into content/ and print its path.")
        {
            title, tags, countries, slug, draft, page, config,
        };

        command.SetAction(parse =>
        {
            var console = cli.ConsoleFor(parse);
            if (console.OpenSite(parse.GetValue(config)) is not { } site) return 1;

            var request = new NewArticleRequest(parse.GetValue(title)!, parse.GetValue(tags) ?? [], parse.GetValue(countries) ?? [], parse.GetValue(slug), parse.GetValue(draft)) { Page = parse.GetValue(page) };
            var result = SiteScaffold.NewArticle(site, request, CliParsers.SourceDateEpoch() ?? DateTimeOffset.UtcNow);
            console.Diagnostics(result.Diagnostics);
            if (result.Path is not { } path) return 1;

            // Only the path, so that `$EDITOR "$(staticgen new "…")"` opens the new file.
            console.Result(CliParsers.PathFromHere(path));
            return 0;
        });
        return command;
    }
}

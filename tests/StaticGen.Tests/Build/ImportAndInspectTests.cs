using System.Text.Json;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class ImportAndInspectTests : IDisposable
{
    private const string Raw = """
        “Cold water”: Ferry talks between Norway and Denmark stall again

        “Cold water”
        Ferry talks between Norway and Denmark stall again

        By Lena Berg
        March 2, 2024

        Negotiators from Norway and Denmark met in Oslo on Tuesday. The Danish delegation walked out once morest the advice of its lawyers.

        Maritime minister Ingrid Halvorsen said the Nordic Council would review the plan. Halvorsen told reporters she was not worried.

        Fishermen fear higher fees

        ferry.jpg

        Ingrid Halvorsen speaks to reporters in Oslo.

        (Photo: Nordic Wire / Erik Lund)

        The Nordic Council expects a new draft before the summer.

        Leave a Replay
        """;

    private readonly FixtureSite _site = FixtureSite.Parse($"""
        -- site.config.yml --
        title: Ferry Herald
        -- incoming/ferry.txt --
        {Raw}
        -- incoming/undated.txt --
        Lighthouse keepers return to Skomvær

        The last keepers of the Skomvær lighthouse returned for one night to mark its anniversary.
        """);

    public ImportAndInspectTests()
    {
        _site.WriteBytes("incoming/ferry.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);
    }

    public void Dispose() => _site.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = StaticGen.Cli.Program.CreateRootCommand(stdout, stderr).Parse([.. args, "--config", Path.Combine(_site.Root, "site.config.yml")]).Invoke();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private ImportResult Import(bool force = false) =>
        Importer.Import(SiteContext.Open(_site.Root), [Path.Combine(_site.Root, "incoming")], Path.Combine(_site.Root, "content"), force, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Import_writes_slug_md_with_front_matter_and_copies_the_image()
    {
        var result = Import();
        Assert.False(result.HasErrors);
        var md = Path.Combine(_site.Root, "content", "ferry-talks-between-norway-and-denmark-stall-again.md");
        var parsed = Assert.IsType<ParsedArticle>(MarkdownArticleParser.Parse("a.md", File.ReadAllText(md)).Article);
        Assert.Equal("Ferry talks between Norway and Denmark stall again", parsed.Title);
        Assert.Equal("“Cold water”", parsed.Kicker);
        Assert.Equal("Lena Berg", parsed.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), parsed.Date);
        Assert.Equal("incoming/ferry.txt", parsed.Source);
        Assert.Contains("Ingrid Halvorsen", parsed.Tags!);
        Assert.Equal(["Norway", "Denmark"], parsed.Countries);
        Assert.Equal([new ArticleImage("ferry.jpg", "Ingrid Halvorsen speaks to reporters in Oslo.", "Nordic Wire / Erik Lund")], parsed.Images);
        Assert.DoesNotContain("Leave a Replay", parsed.Markdown!, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "content", "ferry.jpg")));

        // Undated: today's date is written, so it never moves again.
        var undated = MarkdownArticleParser.Parse("b.md", File.ReadAllText(Path.Combine(_site.Root, "content", "lighthouse-keepers-return-to-skomvaer.md"))).Article!;
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), undated.Date);
    }

    [Fact]
    public void Import_again_is_a_no_op_keeps_edits_and_force_overwrites()
    {
        Import();
        var md = Path.Combine(_site.Root, "content", "ferry-talks-between-norway-and-denmark-stall-again.md");
        var first = File.ReadAllText(md);
        Assert.All(Import().Files, f => Assert.Equal(WriteOutcome.Unchanged, f.Outcome));

        File.WriteAllText(md, first.Replace("The Nordic Council expects", "The council expects", StringComparison.Ordinal));
        var kept = Import();
        Assert.Contains(kept.Files, f => f.Outcome == WriteOutcome.KeptEdited);
        Assert.Contains(kept.Diagnostics, d => d.Path.EndsWith(".md", StringComparison.Ordinal) && d.Message.Contains("--force", StringComparison.Ordinal));
        Assert.Contains("The council expects", File.ReadAllText(md), StringComparison.Ordinal);

        Import(force: true);
        Assert.Equal(first, File.ReadAllText(md));
    }

    [Fact]
    public void An_imported_article_renders_like_the_raw_one()
    {
        _site.Write("content/ferry.txt", Raw);
        _site.WriteBytes("content/ferry.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);
        _site.BuildOk();
        var page = "articles/ferry-talks-between-norway-and-denmark-stall-again/index.html";
        var raw = _site.Html(page);

        _site.Delete("content/ferry.txt");
        Import();
        _site.Delete("content/lighthouse-keepers-return-to-skomvaer.md");
        _site.BuildOk();
        var imported = _site.Html(page);

        Assert.Equal(raw.QuerySelector("article")!.InnerHtml, imported.QuerySelector("article")!.InnerHtml);
        Assert.Equal(raw.Title, imported.Title);
    }

    [Fact]
    public void Inspect_json_has_exactly_the_documented_keys()
    {
        var (exit, output, _) = Run("inspect", "--json", Path.Combine(_site.Root, "incoming", "ferry.txt"), Path.Combine(_site.Root, "incoming", "missing.txt"));
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var a = items[0];
        Assert.Equal(
            ["source", "slug", "title", "kicker", "standfirst", "date", "author", "authors", "agency", "summary", "headings", "images", "countries", "tags", "body", "diagnostics"],
            a.EnumerateObject().Select(static p => p.Name));
        Assert.Equal("Ferry talks between Norway and Denmark stall again", a.GetProperty("title").GetString());
        Assert.Equal("2024-03-02", a.GetProperty("date").GetString());
        Assert.Equal(["Fishermen fear higher fees"], a.GetProperty("headings").EnumerateArray().Select(static h => h.GetString()));
        var image = Assert.Single(a.GetProperty("images").EnumerateArray());
        Assert.Equal(["src", "caption", "credit"], image.EnumerateObject().Select(static p => p.Name));
        var country = a.GetProperty("countries")[0];
        Assert.Equal(["code", "name", "mentions"], country.EnumerateObject().Select(static p => p.Name));
        Assert.Equal("NO", country.GetProperty("code").GetString());
        Assert.Equal(["name", "mentions"], a.GetProperty("tags")[0].EnumerateObject().Select(static p => p.Name));
        Assert.Contains("against the advice", a.GetProperty("body").GetString() + a.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var missing = Assert.Single(items[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(["severity", "line", "message"], missing.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("title").ValueKind);
    }

    [Fact]
    public void Inspect_text_explains_what_each_line_became()
    {
        var (exit, output, _) = Run("inspect", Path.Combine(_site.Root, "incoming", "ferry.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("line 3: kicker", output, StringComparison.Ordinal);
        Assert.Contains("byline: author 'Lena Berg'", output, StringComparison.Ordinal);
        Assert.Contains("boilerplate dropped: 'Leave a Replay'", output, StringComparison.Ordinal);
        Assert.Contains("NO Norway (", output, StringComparison.Ordinal);
    }
}

using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Tests.Site;

public sealed class SiteAssemblerTests
{
    private static readonly DateTimeOffset s_now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SiteConfig s_config = new() { BaseUrl = new Uri("https://example.org/repo/"), PageSize = 2 };

    private static Article A(string slug, int day, string[]? tags = null, string[]? countries = null, bool draft = false, string? path = null) => new()
    {
        SourcePath = path ?? $"content/{slug}.md",
        Format = SourceFormat.Markdown,
        Slug = slug,
        Title = slug,
        Summary = "s",
        Body = "b",
        Date = s_now.AddDays(day),
        Draft = draft,
        Tags = [.. (tags ?? []).Select(t => new TagRef(t, t.ToLowerInvariant()))],
        Countries = [.. (countries ?? []).Select(c => new CountryRef(c, c, c.ToLowerInvariant()))],
    };

    private static SiteModel Assemble(IReadOnlyList<Article> articles, PublishOptions? options = null, IReadOnlyList<string>? assets = null) =>
        SiteAssembler.Assemble(s_config, articles, assets ?? [], options ?? new PublishOptions(s_now)).Site;

    [Fact]
    public void Orders_newest_first_then_by_slug()
    {
        var site = Assemble([A("b", -2), A("c", -1), A("a", -2)]);
        Assert.Equal(["c", "a", "b"], site.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Undated_articles_come_after_dated_ones_whatever_their_fallback_date()
    {
        var undated = A("undated", -1) with { DateIsFallback = true };
        var site = Assemble([undated, A("old", -30), A("new", -2)]);
        Assert.Equal(["new", "old", "undated"], site.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Terms_sort_as_a_reader_s_index_does_accents_and_case_folded()
    {
        var article = A("a", -1) with
        {
            Tags =
            [
                new TagRef("Franck Kessié", "franck-kessie"), new TagRef("Ángel Di María", "angel-di-maria"),
                new TagRef("Félix Tshisekedi", "felix-tshisekedi"), new TagRef("Yara Ode", "yara-ode"),
                new TagRef("angela Merkel", "angela-merkel"),
            ],
        };
        var site = Assemble([article]);
        Assert.Equal(["Ángel Di María", "angela Merkel", "Félix Tshisekedi", "Franck Kessié", "Yara Ode"], site.Tags.Terms.Select(t => t.Name));
    }

    [Fact]
    public void Leaves_out_drafts_and_future_articles_unless_asked()
    {
        Article[] articles = [A("past", -1), A("future", 3), A("draft", -1, draft: true)];
        Assert.Equal(["past"], Assemble(articles).Articles.Select(a => a.Slug));
        Assert.Equal(["future", "draft", "past"], Assemble(articles, new PublishOptions(s_now, IncludeDrafts: true, IncludeFuture: true)).Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Duplicate_slugs_get_distinct_stable_urls_and_a_warning()
    {
        var result = SiteAssembler.Assemble(s_config, [A("same", -1, path: "content/b.md"), A("same", -2, path: "content/a.md")], [], new PublishOptions(s_now));

        var urls = result.Site.Articles.ToDictionary(a => a.Article.SourcePath, a => a.Url);
        Assert.Equal("/repo/articles/same/", urls["content/a.md"]);
        Assert.Equal("/repo/articles/same-2/", urls["content/b.md"]);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/b.md", warning.Path);
        Assert.Contains("content/a.md", warning.Message);
    }

    [Fact]
    public void Groups_taxonomies_and_paginates_term_pages()
    {
        var site = Assemble([A("a", -1, ["NATO"], ["FR"]), A("b", -2, ["NATO", "EU"]), A("c", -3, ["NATO"])]);

        var nato = site.Tags.Find("nato")!;
        Assert.Equal(["a", "b", "c"], nato.Articles.Select(a => a.Slug));
        Assert.Equal(["EU", "NATO"], site.Tags.Terms.Select(t => t.Name));
        var pages = site.Pages.OfType<TermPage>().Where(p => p.Term.Slug == "nato").ToList();
        Assert.Equal(["/repo/tags/nato/", "/repo/tags/nato/page/2/"], pages.Select(p => p.Url));
        Assert.Equal(["c"], pages[1].Pager.Items.Select(a => a.Slug));
        Assert.Equal("/repo/tags/nato/", pages[1].Pager.PreviousUrl);
        Assert.Equal("fr", Assert.Single(site.Countries.Terms).Slug);
    }

    [Fact]
    public void Related_articles_share_the_most_tags_and_countries()
    {
        var site = Assemble([
            A("subject", -1, ["NATO", "EU"], ["FR"]),
            A("two-tags", -5, ["NATO", "EU"]),
            A("one-tag", -2, ["NATO"]),
            A("country", -3, countries: ["FR"]),
            A("unrelated", -4, ["Sport"]),
        ]);

        // France is in two of five articles: sharing it alone says too little.
        var page = site.Pages.OfType<ArticlePage>().Single(p => p.Article.Slug == "subject");
        Assert.Equal(["two-tags", "one-tag"], page.Related.Select(a => a.Slug));
        Assert.Null(page.Newer);
        Assert.Equal("one-tag", page.Older!.Slug);
    }

    [Fact]
    public void Related_articles_share_rare_terms_and_unrelated_ones_are_left_out()
    {
        // A planted pair shares a rare person; ten distractors share only a country half the archive has.
        List<Article> articles =
        [
            A("ferry-strike", -1, ["Solveig Dahl", "Harbour Union"], ["NO"]),
            A("strike-talks", -9, ["Solveig Dahl"], ["NO"]),
        ];
        articles.AddRange(Enumerable.Range(0, 10).Select(i => A($"distractor{i}", -2 - (i % 5), [$"Topic {i}"], ["NO"])));
        articles.AddRange(Enumerable.Range(0, 12).Select(i => A($"elsewhere{i}", -3, [$"Other {i}"], ["SE"])));

        var site = Assemble(articles);
        var related = site.Pages.OfType<ArticlePage>().Single(p => p.Article.Slug == "ferry-strike").Related;

        Assert.Equal(["strike-talks"], related.Select(a => a.Slug));
        Assert.Empty(site.Pages.OfType<ArticlePage>().Single(p => p.Article.Slug == "distractor0").Related);
    }

    [Fact]
    public void Related_articles_of_a_big_term_come_from_the_articles_nearest_in_date()
    {
        // One country shared by many more articles than the window, though by only one article in four of the
        // archive (so it is rare enough to relate articles alone): the subject sits in the middle.
        var count = SiteAssembler.RelatedWindow * 3;
        var articles = Enumerable.Range(0, count).Select(i => A($"a{i:D4}", -1 - i, countries: ["FR"]))
            .Concat(Enumerable.Range(0, count * 3).Select(i => A($"other{i:D4}", -1 - i, countries: ["DE"])))
            .ToList();
        var subject = count / 2;
        articles.Add(A("far-but-two-tags", -1 - count, ["NATO", "EU"], ["FR"]));
        articles[subject] = articles[subject] with { Tags = [new TagRef("NATO", "nato"), new TagRef("EU", "eu")] };

        var site = Assemble(articles);
        var page = site.Pages.OfType<ArticlePage>().Single(p => p.Article.Slug == $"a{subject:D4}");

        // The article sharing two tags is found through the tags (small terms); the country adds its nearest members, newest first.
        Assert.Equal("far-but-two-tags", page.Related[0].Slug);
        var nearest = subject - (SiteAssembler.RelatedWindow / 2);
        Assert.Equal([$"a{nearest:D4}", $"a{nearest + 1:D4}", $"a{nearest + 2:D4}"], page.Related.Skip(1).Select(a => a.Slug));
    }

    [Fact]
    public void Missing_images_are_warned_about_and_present_ones_resolve()
    {
        var article = A("pics", -1) with
        {
            SourcePath = "content/world/pics.txt",
            Images = [new ArticleImage("here.jpg", "A caption", null), new ArticleImage("gone.jpg", null, null)],
        };
        var result = SiteAssembler.Assemble(s_config, [article], ["content/world/here.jpg"], new PublishOptions(s_now));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("gone.jpg", warning.Message);
        var item = Assert.Single(result.Site.Articles);
        Assert.Equal("/repo/images/world/here.jpg", result.Site.AssetUrl(item, "here.jpg"));
        Assert.Null(result.Site.AssetUrl(item, "gone.jpg"));
        Assert.Null(result.Site.AssetUrl(item, "../../../etc/passwd"));
    }

    [Fact]
    public void Aliases_become_redirect_pages_under_the_base_path()
    {
        var site = Assemble([A("new-name", -1) with { Aliases = ["/2019/old-name/", "/legacy.html"] }]);
        var redirects = site.Pages.OfType<RedirectPage>().Select(p => p.Url).ToList();
        Assert.Equal(["/repo/2019/old-name/", "/repo/legacy.html"], redirects);
    }
}

using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Tests.Site;

/// <summary>
/// The incremental assembly of <c>serve</c>: whether it reuses the previous model or assembles the
/// whole site again, its model is the one a full assembly gives.
/// </summary>
public sealed class SiteReassemblerTests
{
    private static readonly DateTimeOffset s_now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SiteConfig s_config = new() { BaseUrl = new Uri("https://example.org/"), PageSize = 2 };
    private static readonly PublishOptions s_options = new(s_now);

    private static Article A(string slug, int day, string[] tags, string body = "Ferry crews met on the quay.", string? title = null, bool draft = false) => new()
    {
        SourcePath = $"content/{slug}.md",
        Format = SourceFormat.Markdown,
        Slug = slug,
        Title = title ?? slug,
        Summary = "A short summary.",
        Body = body,
        Date = s_now.AddDays(day),
        Draft = draft,
        Tags = [.. tags.Select(t => new TagRef(t, t.ToLowerInvariant()))],
        Images = [new ArticleImage("missing.jpg", null, null)],
    };

    private static readonly Article[] s_articles =
    [
        A("ferry", -1, ["Harbour", "Transport"]),
        A("quay", -2, ["Harbour"]),
        A("tide", -3, ["Harbour", "Weather"]),
        A("storm", -4, ["Weather", "Transport"]),
        A("gulls", -5, ["Wildlife"], draft: true),
    ];

    private static Reassembly First() => SiteReassembler.Assemble(null, s_config, s_articles, [], s_options);

    private static Article[] With(int index, Article article)
    {
        var articles = s_articles.ToArray();
        articles[index] = article;
        return articles;
    }

    /// <summary>Everything a model holds, written out: two models that describe alike are alike.</summary>
    private static List<string> Describe(AssembleResult result)
    {
        static string Items(IEnumerable<SiteArticle> items) => string.Join(",", items.Select(static a => $"{a.Url}|{a.Article.Title}|{a.Article.Body}"));
        var site = result.Site;
        var lines = new List<string> { site.BuildDate.ToString("O"), Items(site.Articles) };
        foreach (var taxonomy in new[] { site.Tags, site.Countries })
        {
            lines.AddRange(taxonomy.Terms.Select(t => $"{t.Kind} {t.Name} {t.Slug} {t.Url} {Items(t.Articles)}"));
        }

        foreach (var page in site.Pages)
        {
            lines.Add(page switch
            {
                HomePage home => $"home {home.Url} {home.Pager.Number}/{home.Pager.TotalPages} {Items(home.Pager.Items)}",
                ArticlePage a => $"article {a.Url} {Items([a.Article])} newer {Items(a.Newer is null ? [] : [a.Newer])} older {Items(a.Older is null ? [] : [a.Older])} related {Items(a.Related)}",
                TermsPage t => $"terms {t.Url} {string.Join(",", t.Taxonomy.Terms.Select(static x => x.Slug + ":" + Items(x.Articles)))}",
                TermPage t => $"term {t.Url} {t.Term.Name} {Items(t.Term.Articles)} {Items(t.Pager.Items)} {string.Join(",", t.Taxonomy.Terms.Select(static x => Items(x.Articles)))}",
                RedirectPage r => $"redirect {r.Url} {Items([r.Target])}",
                _ => $"{page.Kind} {page.Url}",
            });
        }

        lines.AddRange(result.Diagnostics.Select(static d => d.ToString()));
        return lines;
    }

    private static void AssertLikeAFullAssembly(Reassembly again, IReadOnlyList<Article> articles, PublishOptions? options = null)
    {
        var full = SiteAssembler.Assemble(s_config, articles, [], options ?? s_options);
        Assert.Equal(Describe(full), Describe(again.Assembly.Result));
    }

    [Fact]
    public void A_body_edit_replaces_only_the_edited_article_and_the_pages_showing_it()
    {
        var first = First();
        var articles = With(1, A("quay", -2, ["Harbour"], body: "The quay was resurfaced over the weekend."));

        var again = SiteReassembler.Assemble(first.Assembly, s_config, articles, [], s_options);

        var changed = Assert.Single(again.Changed!);
        Assert.Same(articles[1], changed.Article);
        AssertLikeAFullAssembly(again, articles);
        var before = first.Assembly.Result.Site.Pages;
        var after = again.Assembly.Result.Site.Pages;
        for (var i = 0; i < before.Count; i++)
        {
            // A page showing the edited article is a new object; an article or home page not showing it is the previous one.
            switch (after[i])
            {
                case HomePage h:
                    Assert.Equal(!h.Pager.Items.Contains(changed), ReferenceEquals(before[i], h));
                    break;
                case ArticlePage a:
                    Assert.Equal(!(a.Article == changed || a.Newer == changed || a.Older == changed || a.Related.Contains(changed)), ReferenceEquals(before[i], a));
                    break;
                case TermPage t when t.Pager.Items.Contains(changed):
                    Assert.NotSame(before[i], t);
                    break;
            }
        }
    }

    [Fact]
    public void A_headline_edit_and_its_image_warning_are_those_of_a_full_assembly()
    {
        var first = First();
        var articles = With(0, A("ferry", -1, ["Harbour", "Transport"], title: "Ferry timetable changes for summer"));

        var again = SiteReassembler.Assemble(first.Assembly, s_config, articles, [], s_options);

        Assert.NotNull(again.Changed);
        AssertLikeAFullAssembly(again, articles);
        Assert.Contains(again.Assembly.Result.Diagnostics, static d => d.Path == "content/ferry.md" && d.Message.Contains("missing.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_draft_changes_no_page()
    {
        var first = First();
        var articles = With(4, A("gulls", -5, ["Wildlife"], body: "Gulls nested on the lighthouse roof.", draft: true));

        var again = SiteReassembler.Assemble(first.Assembly, s_config, articles, [], s_options);

        Assert.Empty(again.Changed!);
        Assert.Equal(first.Assembly.Result.Site.Pages, again.Assembly.Result.Site.Pages);
        AssertLikeAFullAssembly(again, articles);
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("date")]
    [InlineData("draft")]
    [InlineData("slug")]
    [InlineData("added")]
    [InlineData("removed")]
    public void A_change_that_moves_an_article_assembles_the_whole_site(string change)
    {
        var first = First();
        Article[] articles = change switch
        {
            "tag" => With(1, A("quay", -2, ["Harbour", "Weather"])),
            "date" => With(3, A("storm", 0, ["Weather", "Transport"])),
            "draft" => With(4, A("gulls", -5, ["Wildlife"])),
            "slug" => With(2, A("tide", -3, ["Harbour", "Weather"]) with { Slug = "high-tide" }),
            "added" => [.. s_articles, A("pier", -6, ["Harbour"])],
            _ => s_articles[..^1],
        };

        var again = SiteReassembler.Assemble(first.Assembly, s_config, articles, [], s_options);

        Assert.Null(again.Changed);
        AssertLikeAFullAssembly(again, articles);
    }

    [Fact]
    public void A_later_build_date_reuses_the_model_unless_an_article_is_published_in_between()
    {
        var first = First();
        var later = new PublishOptions(s_now.AddHours(1));
        var quiet = SiteReassembler.Assemble(first.Assembly, s_config, s_articles, [], later);
        Assert.NotNull(quiet.Changed);
        AssertLikeAFullAssembly(quiet, s_articles, later);

        var scheduled = With(0, A("ferry", 1, ["Harbour", "Transport"]));
        var beforeIt = SiteReassembler.Assemble(null, s_config, scheduled, [], s_options);
        var afterIt = new PublishOptions(s_now.AddDays(2));
        var published = SiteReassembler.Assemble(beforeIt.Assembly, s_config, scheduled, [], afterIt);
        Assert.Null(published.Changed);
        Assert.Contains(published.Assembly.Result.Site.Articles, static a => a.Slug == "ferry");
        AssertLikeAFullAssembly(published, scheduled, afterIt);
    }
}

using StaticGen.Rendering.Templates;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>The theme's strings, dates, direction and index order follow the site's <c>language:</c>.</summary>
public sealed class TranslationsTests
{
    private const string Articles = """
        -- content/vienna.md --
        ---
        title: Talks resume in Vienna
        date: 2024-05-17T08:00:00Z
        tags: [Österreich Werbung, Oslo Forum, Nube Azul, Ñandú Films, Zeta Group]
        ---
        Delegates met again in the old palace.
        -- content/port.md --
        ---
        title: The port reopens
        date: 2024-03-02T08:00:00Z
        tags: [Oslo Forum]
        ---
        Ships came back.
        """;

    [Fact]
    public void Every_bundled_language_has_every_english_key_and_no_other()
    {
        var theme = TemplateLoader.Load(null);
        Assert.Empty(theme.Diagnostics);
        var translations = theme.Templates.Translations;
        var english = translations.Keys("en").Order(StringComparer.Ordinal).ToList();
        Assert.Contains("related_articles", english);
        foreach (var language in new[] { "de", "fr", "es", "ar", "he" })
        {
            Assert.Equal(english, translations.Keys(language).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_german_site_shows_german_strings_dates_and_index_letters()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Test\nbaseUrl: https://example.org/\nlanguage: de\n" + Articles);
        site.BuildOk();

        var home = site.Html("index.html");
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", home.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Neueste Nachrichten", home.QuerySelector("h1")!.TextContent);
        Assert.Contains(home.QuerySelectorAll("nav.nav a"), a => a.TextContent == "Themen");

        var article = site.Html("articles/talks-resume-in-vienna/index.html");
        Assert.Equal("17. Mai 2024", article.QuerySelector(".byline time")!.TextContent);
        Assert.Equal("In diesem Artikel", article.QuerySelector(".article__footer-title")!.TextContent);

        // "Österreich" files under O, with Oslo, as a German index does.
        var groups = site.Html("tags/index.html").QuerySelectorAll(".term-group")
            .Select(g => (Letter: g.QuerySelector("h2")!.FirstChild!.TextContent.Trim(), Names: g.QuerySelectorAll(".term__name").Select(n => n.TextContent).ToList()))
            .ToList();
        Assert.Equal(["Oslo Forum", "Österreich Werbung"], groups.Single(g => g.Letter == "O").Names);
        Assert.Equal("Themen", site.Html("tags/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_spanish_index_files_enye_as_its_own_letter_after_n()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Test\nbaseUrl: https://example.org/\nlanguage: es\n" + Articles);
        site.BuildOk();
        var letters = site.Html("tags/index.html").QuerySelectorAll(".term-group h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["N", "Ñ", "O", "Z"], letters);
        Assert.Equal("17 de mayo de 2024", site.Html("articles/talks-resume-in-vienna/index.html").QuerySelector(".byline time")!.TextContent);
    }

    [Fact]
    public void An_english_index_files_enye_under_n()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Test\nbaseUrl: https://example.org/\n" + Articles);
        site.BuildOk();
        var letters = site.Html("tags/index.html").QuerySelectorAll(".term-group h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["N", "O", "Z"], letters);
        Assert.Equal("17 May 2024", site.Html("articles/talks-resume-in-vienna/index.html").QuerySelector(".byline time")!.TextContent);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("he")]
    [InlineData("fa-IR")]
    public void A_right_to_left_language_sets_the_direction(string language)
    {
        using var site = FixtureSite.Parse($"-- site.config.yml --\ntitle: Test\nbaseUrl: https://example.org/\nlanguage: {language}\n" + Articles);
        site.BuildOk();
        Assert.Equal("rtl", site.Html("index.html").DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("ar", "آخر الأخبار", "انتقل إلى المحتوى")]
    [InlineData("he", "החדשות האחרונות", "דילוג לתוכן")]
    public void Arabic_and_hebrew_sites_show_the_theme_in_their_language(string language, string latest, string skip)
    {
        using var site = FixtureSite.Parse($"-- site.config.yml --\ntitle: Test\nbaseUrl: https://example.org/\nlanguage: {language}\n" + Articles);
        site.BuildOk();
        Assert.Equal(latest, site.Html("index.html").QuerySelector("h1")!.TextContent.Trim());
        var home = site.Text("index.html");
        Assert.DoesNotContain("Latest news", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to content", home, StringComparison.Ordinal);
        var article = site.Html("articles/talks-resume-in-vienna/index.html");
        Assert.Equal(skip, article.QuerySelector(".skip-link")!.TextContent.Trim());
    }

    [Fact]
    public void A_hebrew_index_files_names_by_letter_with_vowel_points_ignored()
    {
        // Pointed "בְּרָכָה" sorts as ברכה, after בית; by code point the points (U+05B0…) would put it first.
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Test
            baseUrl: https://example.org/
            language: he
            -- content/a.md --
            ---
            title: The bridge opens
            date: 2024-05-01
            tags: [גשר, בְּרָכָה, בית המשפט, Zeta Group]
            countries: [Israel, Jordan]
            ---
            Cars crossed at noon.
            """);
        site.BuildOk();
        var groups = site.Html("tags/index.html").QuerySelectorAll(".term-group")
            .Select(g => (Letter: g.QuerySelector("h2")!.FirstChild!.TextContent.Trim(), Names: g.QuerySelectorAll(".term__name").Select(n => n.TextContent).ToList()))
            .ToList();
        Assert.Equal(["Z", "ב", "ג"], groups.Select(static g => g.Letter));
        Assert.Equal(["בית המשפט", "בְּרָכָה"], groups.Single(static g => g.Letter == "ב").Names);

        // Country names in Hebrew, in Hebrew order within their continent: ירדן (Jordan) before ישראל (Israel).
        Assert.Equal(
            ["ירדן", "ישראל"],
            site.Html("countries/index.html").QuerySelectorAll(".term__name").Select(static n => n.TextContent.Trim()));
    }

    [Fact]
    public void A_site_overrides_strings_key_by_key_as_in_hugo()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Test
            baseUrl: https://example.org/
            language: de
            -- i18n/de.yml --
            latest_news: Schlagzeilen des Tages
            min_read:
              one: "{{ .Count }} Minute"
              other: "{{ .Count }} Minuten"
            """ + "\n" + Articles);
        site.BuildOk();
        var home = site.Html("index.html");
        Assert.Equal("Schlagzeilen des Tages", home.QuerySelector("h1")!.TextContent);
        Assert.Equal("1 Minute", home.QuerySelectorAll(".card .meta span").Last().TextContent);
        // Keys the site does not override keep the theme's German.
        Assert.Equal("Zum Inhalt springen", home.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void A_key_no_table_has_fails_the_build_naming_the_template()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Test
            baseUrl: https://example.org/
            -- templates/layouts/404.html --
            <p>{{ i18n "no_such_key" }}</p>
            """ + "\n" + Articles);
        var report = site.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Contains("404.html", error.Path, StringComparison.Ordinal);
        Assert.Contains("no_such_key", error.Message, StringComparison.Ordinal);
    }
}

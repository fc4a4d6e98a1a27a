using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>
/// Text from content never becomes markup: for articles (raw and Markdown) whose every field is
/// hostile text, every page parses as HTML without an error the theme itself does not make, and holds
/// no element, attribute or script that the theme and the Markdown pipeline do not make for benign
/// articles; titles come out as text on the page, in the feeds and in the search index.
/// </summary>
public sealed class HostileContentPropertyTests
{
    /// <summary>Articles that use every feature of the theme and of the Markdown pipeline, so the vocabulary holds all a page may legitimately have.</summary>
    private static readonly (string, string)[] BenignArticles =
    [
        ("benign.txt", """
            “Harbour talks”: Ferry deal signed in Bergen

            “Harbour talks”
            Ferry deal signed in Bergen

            By Ingrid Halvorsen
            March 20, 2024

            BERGEN, March 20 (Reuters) - Norway and Denmark signed the ferry deal on Wednesday, the Nordic Council said.

            The terminal opens next year

            - More ferries in summer
            - Lower fares for islanders

            > We waited ten years for this.
            — Erik Lund

            photo.jpg
            The new terminal in Bergen.
            (Photo: Nordic Wire)

            missing.jpg
            A picture that is not there.
            (Photo: Nobody)
            """),
        ("benign.md", """
            ---
            title: Benign Markdown article
            kicker: Ferries
            summary: A summary.
            author: Erik Lund
            date: 2024-03-21
            updated: 2024-03-22
            tags: [Nordic Council, NATO]
            countries: [NO, DK]
            images:
              - src: photo.jpg
                caption: A caption.
                credit: A credit.
            ---
            # Heading one

            ## Heading two

            ### Heading three

            #### Four

            ##### Five

            ###### Six

            Setext
            ======

            Text with *em*, **strong**, ~~gone~~, `code`, [a link](https://example.org/ "A title"), [a local file](photo.jpg),
            [a missing file](missing.md), <https://example.org/auto>, [a fragment](#heading-two), a hard
            break\
            and an inline ![inline](photo.jpg "Credit") image, and a missing ![gone](missing.jpg "Credit") one, and an entity &amp; &copy;.

            ![Lone caption](photo.jpg "Lone credit")

            ![Missing lone caption](missing.jpg "Missing credit")

            > A quote
            > > nested

            - item
              - nested item
            - [x] done
            - [ ] to do

            3. three
            4. four

            | left | right | centre |
            |:-----|------:|:------:|
            | a    | b     | c      |

            ---

            ```js
            let x = 1;
            ```

                indented code

            A footnote[^1] and a [reference][ref].

            [^1]: The note.

            [ref]: https://example.org/ref "Ref title"
            """),
        ("allowed-html.md", "---\ntitle: Every tag of the raw HTML allow-list\ndate: 2024-03-20\n---\n" + AllowedHtml() + "\n"),
    ];

    /// <summary>
    /// Every tag of the raw HTML allow-list with every attribute it may carry, each where HTML lets it
    /// stand (table parts in a table, list items in a list): what an author may legitimately add to a page.
    /// </summary>
    private static string AllowedHtml()
    {
        var allow = StaticGen.Rendering.Markdown.Html.HtmlFilter.Default;
        string Open(string tag) => "<" + tag + string.Concat(allow.AttributesOf(tag).Select(a => $" {a}=\"{(allow.IsUrl(a) ? "https://example.org/" : "1")}\"")) + ">";
        string El(string tag, string inner = "x") => Open(tag) + inner + "</" + tag + ">";
        var nested = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["table"] = El("table", El("caption") + El("colgroup", Open("col")) + El("thead", El("tr", El("th"))) + El("tbody", El("tr", El("td"))) + El("tfoot", El("tr", El("td")))),
            ["ul"] = El("ul", El("li")), ["ol"] = El("ol", El("li")), ["dl"] = El("dl", El("dt") + El("dd")),
            ["details"] = El("details", El("summary") + "x"), ["figure"] = El("figure", El("figcaption")),
            ["ruby"] = El("ruby", "x" + El("rp", "(") + El("rt") + El("rp", ")")),
        };
        string[] inner = ["caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "li", "dt", "dd", "summary", "figcaption", "rp", "rt"];
        string[] empty = ["br", "hr", "img", "wbr"];
        var blocks = allow.Tags.Where(t => !inner.Contains(t)).Select(t => nested.TryGetValue(t, out var n) ? n : empty.Contains(t) ? Open(t) : El(t));
        return "<div>\n" + string.Join("\n", blocks) + "\n</div>";
    }

    private static readonly Lazy<Vocabulary> s_theme = new(() => Vocabulary.Of(InProcessSite.Render(BenignArticles)));

    private static readonly Gen<(string Name, string Text)[]> s_hostileSites =
        Gen.Choose(0, 1).SelectMany(kind => Hostile.NonBlankText.ArrayOf(8).Select(fields => kind == 0 ? Raw(fields) : Markdown(fields)))
            .ArrayOf()
            .Resize(6)
            .Select(static articles => articles.Select(static (a, i) => ($"h{i}{a.Extension}", a.Text)).ToArray());

    public static Arbitrary<(string Name, string Text)[]> Sites() => s_hostileSites.ToArbitrary();

    [Property(Arbitrary = [typeof(HostileContentPropertyTests)], MaxTest = 25)]
    public void Pages_made_from_hostile_text_hold_only_the_themes_markup((string Name, string Text)[] articles)
    {
        var site = InProcessSite.Render([.. BenignArticles, .. articles]);
        var theme = s_theme.Value;
        // A raw file with a NUL byte is binary and skipped; so is a near-duplicate of another file (as in
        // a build, with a warning naming both); every other raw file is published.
        var raw = articles.Count(static a => a.Name.EndsWith(".txt", StringComparison.Ordinal) && !a.Text.Contains('\0', StringComparison.Ordinal));
        var duplicates = site.Diagnostics.Count(static d => d.Path.EndsWith(".txt", StringComparison.Ordinal) && d.Message.StartsWith("near-duplicate of ", StringComparison.Ordinal));
        Assert.True(site.Articles.Count >= BenignArticles.Length + raw - duplicates, "every raw article is published:\n" + string.Join('\n', site.Diagnostics));

        foreach (var (path, html) in site.Pages)
        {
            var (document, errors) = Vocabulary.Parse(html);
            Assert.True(errors.IsSubsetOf(theme.ParseErrors), $"{path}: HTML parse errors the theme does not make: {string.Join(", ", errors.Except(theme.ParseErrors))}");
            foreach (var element in document.All)
            {
                var name = element.LocalName;
                Assert.True(theme.Elements.Contains(name), $"{path}: element <{name}> is not in the theme's vocabulary");
                foreach (var attribute in element.Attributes)
                {
                    Assert.True(theme.Attributes.Contains((name, attribute.Name)), $"{path}: attribute {attribute.Name} on <{name}> is not in the theme's vocabulary");
                    if (attribute.Name is "href" or "src" or "action" or "content")
                    {
                        var value = attribute.Value.Trim().ToLowerInvariant();
                        Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal), $"{path}: {attribute.Name}=\"{attribute.Value}\"");
                    }
                }

                if (name == "script") Assert.Contains(Vocabulary.ScriptKey(element), theme.Scripts);
            }
        }

        foreach (var article in site.Articles)
        {
            var page = Vocabulary.Parse(site.Files[$"articles/{article.Slug}/index.html"]).Document;
            Assert.Equal(Words(article.Title), Words(page.QuerySelector("h1")!.TextContent));
            Assert.Contains(Words(article.Title), Words(page.Title ?? ""), StringComparison.Ordinal);
        }

        // Feeds and indexes parse, and carry the titles as text.
        var titles = site.Articles.Select(static a => Words(a.Title)).Order(StringComparer.Ordinal).ToList();
        var rss = XDocument.Parse(site.Files["feed.xml"]);
        Assert.Equal(titles.Take(20).Count(), rss.Descendants("item").Count());
        Assert.All(rss.Descendants("item").Select(static i => Words(i.Element("title")!.Value)), t => Assert.Contains(t, titles));
        XDocument.Parse(site.Files["atom.xml"]);
        Assert.Equal(titles, SearchTitles(site).Select(Words).Order(StringComparer.Ordinal));
        using var feed = JsonDocument.Parse(site.Files["feed.json"]);
        Assert.All(feed.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Contains(Words(i.GetProperty("title").GetString()!), titles));
    }

    [Fact]
    public void A_script_title_is_text_on_every_page_feed_and_index()
    {
        const string title = "</script><script>alert(1)</script>";
        var site = InProcessSite.Render([
            ("a.md", $"---\ntitle: \"{title}\"\nkicker: \"<b>k</b>\"\nsummary: \"\\\" onmouseover=\\\"alert(2)\"\ntags: [\"<img src=x onerror=alert(3)>\"]\ndate: 2024-01-01\n---\n<script>alert(4)</script>\n"),
            ("b.txt", $"{title}\n\n{title}\n\nThe body says <script>alert(5)</script> and means it, in a sentence of its own.\n"),
        ]);

        Assert.Equal(2, site.Articles.Count);
        foreach (var (path, html) in site.Pages)
        {
            var document = Vocabulary.Parse(html).Document;
            Assert.All(document.QuerySelectorAll("script"), static s => Assert.True(Vocabulary.ScriptKey(s) == "application/ld+json" || !s.OuterHtml.Contains("alert", StringComparison.Ordinal), s.OuterHtml));
            Assert.Empty(document.QuerySelectorAll("img[onerror], b"));
            if (path.StartsWith("articles/", StringComparison.Ordinal)) Assert.Equal(title, document.QuerySelector("h1")!.TextContent.Trim());
        }

        Assert.Equal([title, title], XDocument.Parse(site.Files["feed.xml"]).Descendants("item").Select(static i => i.Element("title")!.Value));
        Assert.Equal([title, title], SearchTitles(site));
        Assert.All(site.Files.Where(static f => f.Key.EndsWith(".json", StringComparison.Ordinal)), static f => Assert.DoesNotContain("<script>", f.Value, StringComparison.Ordinal));
    }

    /// <summary>
    /// The titles in the search index, which every JSON file of it must hold as text: document
    /// chunks (<c>search/docs/N.json</c>) are arrays of [title, url, …].
    /// </summary>
    private static List<string> SearchTitles(InProcessSite.Result site)
    {
        var titles = new List<string>();
        foreach (var (path, text) in site.Files.Where(static f => f.Key.StartsWith("search/", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(text);
            if (path.StartsWith("search/docs/", StringComparison.Ordinal)) titles.AddRange(json.RootElement.EnumerateArray().Select(static d => d[0].GetString()!));
        }

        return titles;
    }

    /// <summary>Text as a reader sees it: runs of white space are one space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (string Extension, string Text) Raw(string[] f) =>
        (".txt", $"{f[0]}\n\n{f[1]}\n{f[0]}\n\n{f[2]}\n\n{f[6]}\n\n- {f[3]}\n- {f[4]}\n\n> {f[5]}\n\n{InProcessSite.Photo}\n{f[3]}\n(Photo: {f[4]})\n\n{f[7]}\n");

    private static (string Extension, string Text) Markdown(string[] f) =>
        (".md", $"""
            ---
            title: {Yaml(f[0])}
            kicker: {Yaml(f[1])}
            summary: {Yaml(f[2])}
            author: {Yaml(f[5])}
            date: 2024-01-01
            tags: [{Yaml(f[3])}, {Yaml(f[4])}]
            images:
              - src: {InProcessSite.Photo}
                caption: {Yaml(f[3])}
                credit: {Yaml(f[4])}
            ---
            {f[6]}

            ![{f[3]}]({InProcessSite.Photo} "{f[4].Replace("\"", "", StringComparison.Ordinal)}")

            {f[7]}
            """);

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    private static string Yaml(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    /// <summary>What the theme and the Markdown pipeline put in pages made of benign articles.</summary>
    private sealed record Vocabulary(HashSet<string> Elements, HashSet<(string, string)> Attributes, HashSet<string> Scripts, HashSet<string> ParseErrors)
    {
        public static Vocabulary Of(InProcessSite.Result site)
        {
            var vocabulary = new Vocabulary([], [], [], []);
            foreach (var (_, html) in site.Pages)
            {
                var (document, errors) = Parse(html);
                vocabulary.ParseErrors.UnionWith(errors);
                foreach (var element in document.All)
                {
                    vocabulary.Elements.Add(element.LocalName);
                    foreach (var attribute in element.Attributes) vocabulary.Attributes.Add((element.LocalName, attribute.Name));
                    if (element.LocalName == "script") vocabulary.Scripts.Add(ScriptKey(element));
                }
            }

            Assert.Contains("figure", vocabulary.Elements);
            Assert.Contains("table", vocabulary.Elements);
            return vocabulary;
        }

        /// <summary>
        /// What identifies a script of the theme: its src, or its code; structured data (JSON-LD)
        /// differs from page to page, so it must only be JSON, which it cannot be once text broke out.
        /// </summary>
        public static string ScriptKey(IElement script)
        {
            if (!string.Equals(script.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase)) return script.GetAttribute("src") ?? script.OuterHtml;
            using var json = JsonDocument.Parse(script.TextContent);
            return "application/ld+json";
        }

        public static (IDocument Document, HashSet<string> Errors) Parse(string html)
        {
            var errors = new HashSet<string>(StringComparer.Ordinal);
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
            return (parser.ParseDocument(html), errors);
        }
    }
}

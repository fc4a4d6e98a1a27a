using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticGen.Build;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Scoring;

/// <summary>
/// Scores the raw-article loader against a labelled corpus: runs <c>staticgen inspect --json</c> over
/// every article, builds the corpus as a site, and compares both with <c>labels.yml</c>. Prints the
/// figures per field and exits 1 when a target is missed, 0 when all are met or the corpus is absent.
/// </summary>
public static class Program
{
    private const double CountryF1Target = 0.97;
    private const double TagRecallTarget = 0.9;
    private const double TagPrecisionTarget = 0.85;

    public static int Main(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : "../shared/corpus";
        var labelsPath = Path.Combine(corpus, "labels.yml");
        if (!File.Exists(labelsPath))
        {
            Console.WriteLine($"scoring skipped: no labelled corpus at {corpus} (labels.yml not found)");
            return 0;
        }

        var labels = LoadLabels(labelsPath);
        var files = labels.Articles.Keys.Select(k => Path.Combine(corpus, k)).Where(File.Exists).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"scoring {files.Count} labelled articles in {corpus}");

        var inspected = Inspect(files);
        using var site = new BuiltCorpus(files);
        var score = new Score();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var label = labels.Articles[name];
            if (!inspected.TryGetValue(name, out var json))
            {
                score.Fail(name, "inspect printed no object for it");
                continue;
            }

            var slug = json.GetProperty("slug").GetString() ?? "";
            var page = site.Article(slug);
            ScoreArticle(name, label, labels.TagAliases, json, page, score);
        }

        return score.Report();
    }

    private static Dictionary<string, JsonElement> Inspect(IReadOnlyList<string> files)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = Cli.Program.CreateRootCommand(stdout, stderr).Parse(["inspect", "--json", .. files]).Invoke();
        if (exit != 0) Console.WriteLine($"inspect exited with {exit}: {stderr}");
        using var document = JsonDocument.Parse(stdout.ToString());
        return document.RootElement.EnumerateArray()
            .ToDictionary(static e => Path.GetFileName(e.GetProperty("source").GetString()!), static e => e.Clone(), StringComparer.Ordinal);
    }

    private static void ScoreArticle(string name, YamlMappingNode label, IReadOnlyDictionary<string, List<string>> tagAliases, JsonElement json, ArticlePage? page, Score score)
    {
        // Title: the page's headline; the kicker is its own field.
        var title = json.GetProperty("title").GetString() ?? "";
        var kicker = json.GetProperty("kicker").GetString();
        var headline = Str(label, "headline_fixed") ?? Str(label, "headline") ?? "";
        var fullTitle = Str(label, "title_fixed") ?? Str(label, "title") ?? "";
        var titleOk = Same(title, headline) || Same((kicker is null ? "" : kicker + ": ") + title, fullTitle);
        score.Check("title", name, titleOk, $"title '{title}', expected '{headline}'");

        var expectedKicker = Str(label, "kicker_fixed") ?? Str(label, "kicker");
        score.Check("kicker", name, Same(Unquote(kicker), Unquote(expectedKicker)) || (kicker is null && expectedKicker is null), $"kicker '{kicker}', expected '{expectedKicker}'");

        var optional = List(label, "subheadings_optional");
        var headings = json.GetProperty("headings").EnumerateArray().Select(static h => h.GetString()!).Where(h => !optional.Any(o => Same(o, h))).ToList();
        var expectedHeadings = List(label, "subheadings");
        score.Check("headings", name, headings.Count == expectedHeadings.Count && headings.Zip(expectedHeadings).All(static p => Same(p.First, p.Second)),
            $"headings [{string.Join(" | ", headings)}], expected [{string.Join(" | ", expectedHeadings)}]");

        var images = json.GetProperty("images").EnumerateArray().Select(static i => (Src: i.GetProperty("src").GetString(), Caption: i.GetProperty("caption").GetString(), Credit: i.GetProperty("credit").GetString())).ToList();
        var expectedImages = Seq(label, "images").Select(static i => (Src: Str(i, "file"), Caption: Str(i, "caption"), Credit: Str(i, "credit"))).ToList();
        score.Check("images", name, images.Count == expectedImages.Count && images.Zip(expectedImages).All(static p => p.First.Src == p.Second.Src && SameOrNull(p.First.Caption, p.Second.Caption) && SameOrNull(p.First.Credit, p.Second.Credit)),
            $"images [{string.Join("; ", images)}], expected [{string.Join("; ", expectedImages)}]");

        // A date for every article that states one (and none made up): a target.
        var dateIso = Str(label, "date_iso");
        var date = json.GetProperty("date").GetString();
        score.Check("date", name, dateIso is null ? date is null : date is not null && date.StartsWith(dateIso, StringComparison.Ordinal),
            $"date '{date}', expected '{dateIso}'");
        // The author comes from the byline or from a "Posted on … by NAME" date line; each name must be in one of them.
        var byline = string.Join(" ", new[] { Str(label, "byline"), Str(label, "date") }.Where(static s => s is not null));
        var author = json.GetProperty("author").GetString();
        var authorOk = author is null
            ? Str(label, "byline") is null
            : author.Split([", ", " and ", " & "], StringSplitOptions.RemoveEmptyEntries).All(a => byline.Contains(a, StringComparison.OrdinalIgnoreCase));
        score.Check("author", name, authorOk, $"author '{author}', byline '{byline}'", hard: false);
        var expectedLede = Str(label, "lede");
        var summary = json.GetProperty("summary").GetString() ?? "";
        if (expectedLede is not null)
        {
            score.Check("summary is the lede", name, Normalize(summary).Contains(Normalize(expectedLede), StringComparison.Ordinal),
                $"summary '{summary}', expected the lede '{expectedLede}'");
        }

        // Rendered text checks, on the built page.
        if (page is null)
        {
            score.Fail(name, $"no built page for slug '{json.GetProperty("slug").GetString()}'");
        }
        else
        {
            var lede = Str(label, "lede");
            if (lede is not null) score.Check("lede", name, page.Text.Contains(Normalize(lede), StringComparison.Ordinal), $"lede not rendered: '{lede}'");
            foreach (var s in List(label, "must_contain")) score.Check("must contain", name, page.Text.Contains(Normalize(s), StringComparison.Ordinal), $"missing text: '{s}'");
            foreach (var s in List(label, "must_not_contain")) score.Check("boilerplate", name, !page.Text.Contains(Normalize(s), StringComparison.Ordinal), $"boilerplate left: '{s}'");
            foreach (var s in List(label, "should_not_contain")) score.Check("should not contain", name, !page.Text.Contains(Normalize(s), StringComparison.Ordinal), $"left: '{s}'");
            foreach (var s in List(label, "raw_html_must_not_contain")) score.Check("raw html", name, !page.Html.Contains(s, StringComparison.Ordinal), $"unescaped in HTML: '{s}'");
            foreach (var s in List(label, "list_items"))
            {
                var item = Normalize(Fix(s, label));
                score.Check("list items", name, page.ListItems.Any(li => li == item), $"not a list item: '{s}'");
            }

            foreach (var fix in Seq(label, "spinner_fixes"))
            {
                var from = Str(fix, "from")!;
                var example = Str(fix, "fixed_example")!;
                score.Check("spinner", name, !page.Text.Contains(from, StringComparison.Ordinal) && page.Text.Contains(Normalize(example), StringComparison.Ordinal), $"spinner artefact '{from}' not repaired (expected '{example}')");
            }
        }

        // Countries, compared on ISO codes.
        var detected = json.GetProperty("countries").EnumerateArray().Select(static c => c.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);
        var required = Seq(label, "countries_required").Select(static c => Str(c, "iso2")!).ToList();
        var forbidden = Seq(label, "countries_forbidden").Select(static c => Str(c, "iso2")!).ToList();
        foreach (var code in required) score.Country(name, code, detected.Contains(code), required: true);
        foreach (var code in forbidden) score.Country(name, code, detected.Contains(code), required: false);

        // Tags: recall over the expected main entities, precision over every tag produced.
        var tags = json.GetProperty("tags").EnumerateArray().Select(static t => t.GetProperty("name").GetString()!).ToList();
        var tagKeys = tags.Select(t => Canonical(t, tagAliases)).ToHashSet(StringComparer.Ordinal);
        var expected = List(label, "tags_expected").Select(t => Canonical(t, tagAliases)).ToList();
        var allowed = expected.Concat(List(label, "tags_optional").Select(t => Canonical(t, tagAliases))).ToHashSet(StringComparer.Ordinal);
        foreach (var e in expected) score.TagRecall(name, e, tagKeys.Contains(e));
        foreach (var t in tags) score.TagPrecision(name, t, allowed.Contains(Canonical(t, tagAliases)));
    }

    private static string Fix(string text, YamlMappingNode label)
    {
        foreach (var fix in Seq(label, "spinner_fixes")) text = text.Replace(Str(fix, "from")!, Str(fix, "to")!, StringComparison.Ordinal);
        return text;
    }

    // ---- Labels --------------------------------------------------------------------------------

    private sealed record Labels(Dictionary<string, YamlMappingNode> Articles, Dictionary<string, List<string>> TagAliases);

    private static Labels LoadLabels(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var articles = ((YamlMappingNode)root.Children[new YamlScalarNode("articles")]).Children
            .ToDictionary(static p => ((YamlScalarNode)p.Key).Value!, static p => (YamlMappingNode)p.Value, StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("tag_aliases"), out var node) && node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                aliases[((YamlScalarNode)key).Value!] = value is YamlSequenceNode seq ? [.. seq.Children.OfType<YamlScalarNode>().Select(static s => s.Value!)] : [];
            }
        }

        return new Labels(articles, aliases);
    }

    /// <summary>A tag name as compared: its canonical label name when it is an alias, then case-, accent- and apostrophe-folded.</summary>
    private static string Canonical(string tag, IReadOnlyDictionary<string, List<string>> aliases)
    {
        var folded = Fold(tag);
        foreach (var (name, variants) in aliases)
        {
            if (Fold(name) == folded || variants.Any(v => Fold(v) == folded)) return Fold(name);
        }

        return folded;
    }

    private static string Fold(string text) => Content.LatinFolding.Fold(text).Replace('’', '\'').ToLowerInvariant().Trim();

    private static string? Str(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } s } scalar
            && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && s is "null" or "~" or "")
            ? s
            : null;

    private static List<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlScalarNode>().Select(static s => s.Value!)]
            : [];

    private static List<YamlMappingNode> Seq(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlMappingNode>()]
            : [];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool Same(string? a, string? b) => a is not null && b is not null && Normalize(a) == Normalize(b);

    private static bool SameOrNull(string? a, string? b) => (a is null && b is null) || Same(a, b);

    private static string? Unquote(string? s) => s?.Trim().Trim('“', '”', '"', '‘', '’', '\'', '«', '»').Trim();

    // ---- The built corpus ------------------------------------------------------------------------

    private sealed record ArticlePage(string Html, string Text, IReadOnlyList<string> ListItems);

    /// <summary>The corpus built as a site in a temporary folder, pages parsed with AngleSharp.</summary>
    private sealed class BuiltCorpus : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "staticgen-scoring-" + Guid.NewGuid().ToString("N"));
        private readonly HtmlParser _parser = new();

        public BuiltCorpus(IReadOnlyList<string> files)
        {
            var content = Path.Combine(_root, "content");
            Directory.CreateDirectory(content);
            foreach (var file in files) File.Copy(file, Path.Combine(content, Path.GetFileName(file)));
            var report = SiteBuilder.Build(new BuildOptions { SiteRoot = _root });
            if (!report.Succeeded)
            {
                Console.WriteLine("building the corpus failed:");
                foreach (var d in report.Diagnostics.Where(static d => d.IsError)) Console.WriteLine("  " + d);
            }
        }

        public ArticlePage? Article(string slug)
        {
            var path = Path.Combine(_root, "_site", "articles", slug, "index.html");
            if (!File.Exists(path)) return null;
            var html = File.ReadAllText(path);
            var document = _parser.ParseDocument(html);
            var article = document.QuerySelector("main article") ?? document.QuerySelector("article");
            if (article is null) return new ArticlePage(html, "", []);

            // The reader's text: the article without its footer (tag and country links) and navigation.
            var copy = (IElement)article.Clone(deep: true);
            foreach (var element in copy.QuerySelectorAll("footer, nav").ToList()) element.Remove();
            var text = Normalize(copy.TextContent);
            var items = copy.QuerySelectorAll("li").Select(static li => Normalize(li.TextContent)).ToList();
            return new ArticlePage(html, text, items);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // ---- Figures ---------------------------------------------------------------------------------

    private sealed class Score
    {
        private readonly SortedDictionary<string, (int Passed, int Total, bool Hard)> _checks = new(StringComparer.Ordinal);
        private readonly List<string> _failures = [];
        private int _requiredFound;
        private int _required;
        private int _forbiddenDetected;
        private int _forbidden;
        private int _tagsFound;
        private int _tagsExpected;
        private int _tagsAllowed;
        private int _tagsProduced;

        public void Check(string field, string article, bool ok, string why, bool hard = true)
        {
            var (passed, total, _) = _checks.GetValueOrDefault(field);
            _checks[field] = (passed + (ok ? 1 : 0), total + 1, hard);
            if (!ok) _failures.Add($"{article}: {field}: {why}{(hard ? "" : " (not a target)")}");
        }

        public void Fail(string article, string why) => _failures.Add($"{article}: {why}");

        public void Country(string article, string code, bool detected, bool required)
        {
            if (required)
            {
                _required++;
                if (detected) _requiredFound++;
                else _failures.Add($"{article}: countries: required {code} not detected");
            }
            else
            {
                _forbidden++;
                if (detected)
                {
                    _forbiddenDetected++;
                    _failures.Add($"{article}: countries: forbidden {code} detected");
                }
            }
        }

        public void TagRecall(string article, string tag, bool found)
        {
            _tagsExpected++;
            if (found) _tagsFound++;
            else _failures.Add($"{article}: tags: expected '{tag}' not produced");
        }

        public void TagPrecision(string article, string tag, bool allowed)
        {
            _tagsProduced++;
            if (allowed) _tagsAllowed++;
            else _failures.Add($"{article}: tags: '{tag}' is not a labelled entity (false positive)");
        }

        public int Report()
        {
            var ok = true;
            foreach (var (field, (passed, total, hard)) in _checks)
            {
                var met = !hard || passed == total;
                ok &= met;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {field,-20} {passed,4}/{total,-4} {(hard ? (met ? "ok" : "BELOW TARGET (all must pass)") : "(reported, not a target)")}"));
            }

            var precision = _requiredFound + _forbiddenDetected == 0 ? 1 : _requiredFound / (double)(_requiredFound + _forbiddenDetected);
            var recall = _required == 0 ? 1 : _requiredFound / (double)_required;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var countriesMet = _requiredFound == _required && _forbiddenDetected == 0 && f1 >= CountryF1Target;
            ok &= countriesMet;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"countries",-20} required {_requiredFound}/{_required} found, forbidden {_forbiddenDetected}/{_forbidden} detected, precision {precision:0.000} recall {recall:0.000} F1 {f1:0.000} {(countriesMet ? "ok" : $"BELOW TARGET (all required, no forbidden, F1 >= {CountryF1Target})")}"));

            var tagRecall = _tagsExpected == 0 ? 1 : _tagsFound / (double)_tagsExpected;
            var tagPrecision = _tagsProduced == 0 ? 1 : _tagsAllowed / (double)_tagsProduced;
            var tagsMet = tagRecall >= TagRecallTarget && tagPrecision >= TagPrecisionTarget;
            ok &= tagsMet;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"tags",-20} recall {tagRecall:0.000} ({_tagsFound}/{_tagsExpected}), precision {tagPrecision:0.000} ({_tagsAllowed}/{_tagsProduced}) {(tagsMet ? "ok" : $"BELOW TARGET (recall >= {TagRecallTarget}, precision >= {TagPrecisionTarget})")}"));

            if (_failures.Count > 0)
            {
                Console.WriteLine("  details:");
                foreach (var failure in _failures) Console.WriteLine("    " + failure);
            }

            Console.WriteLine(ok ? "scoring: all targets met" : "scoring: targets missed");
            return ok ? 0 : 1;
        }
    }
}

using StaticGen.Configuration;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Content;

/// <summary>
/// Parses a Markdown article: YAML front matter (keys as in DESIGN.md) and the Markdown body.
/// Pure; every front matter problem is a diagnostic with the file line and column.
/// </summary>
public static class MarkdownArticleParser
{
    /// <summary>The front matter keys StaticGen reads and <c>import</c> writes.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "kicker", "standfirst", "date", "updated", "slug", "summary", "author", "agency", "tags", "countries",
        "images", "draft", "detect", "toc", "type", "source", "aliases", "params", ArticleWriter.HashKey,
    ];

    /// <summary>
    /// Front matter keys that Jekyll or Hugo posts carry and StaticGen's own articles do not: a file with one
    /// was written for another generator (see <see cref="ParsedArticle.FromOtherGenerator"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> OtherGeneratorKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "layout", "permalink", "redirect_from", "redirect_to", "categories", "category", "lastmod", "excerpt", "published",
        "weight", "url", "publishDate", "expiryDate", "toc_sticky", "comments", "sitemap", "menu", "series",
    };

    /// <summary>Other generators' keys StaticGen does not read, with what to write instead (<c>Content/Data/foreign-keys.tsv</c>).</summary>
    internal static readonly IReadOnlyDictionary<string, string> s_foreignKeys = ForeignKeys(EmbeddedResources.ReadText("data/foreign-keys.tsv"));

    internal static Dictionary<string, string> ForeignKeys(string tsv)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t', 2) is not [var key, var hint]) continue;
            keys[key.Trim()] = hint.Trim().TrimEnd('.');
        }

        return keys;
    }

    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="unknown">What becomes of keys StaticGen does not read: a warning, or a place under <c>params</c> (<c>frontMatter.unknown</c>).</param>
    public static ParseResult Parse(string path, string text, UnknownKeys unknown = UnknownKeys.Warn)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);

        var diagnostics = new DiagnosticList();
        var split = FrontMatter.Split(path, text, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new ParseResult(null, diagnostics.Sorted());
        }

        // Liquid tags and Hugo shortcodes become Markdown, or are left out with a warning: never printed as written.
        var notes = new List<TemplateTagNote>();
        var body = TemplateTags.Convert(split.Body, notes);
        foreach (var note in notes) diagnostics.Warning(Stage.Load, path, split.BodyLine + note.Line, 0, note.Message);

        var article = new ParsedArticle
        {
            SourcePath = path,
            Format = SourceFormat.Markdown,
            Markdown = body,
            BodyLine = split.BodyLine,
        };

        // TOML is read as YAML that keeps every key on its line, so both are bound (and reported) alike.
        var yamlText = split is { IsToml: true, Yaml: { } toml } ? TomlFrontMatter.ToYaml(path, toml, split.YamlLine, diagnostics) : split.Yaml;
        if (diagnostics.HasErrors)
        {
            return new ParseResult(null, diagnostics.Sorted());
        }

        if (yamlText is not null)
        {
            // YamlDotNet counts lines from the start of the YAML text; the YAML starts on file line 2.
            var y = new YamlBinder(path, Stage.Load, diagnostics, lineOffset: split.YamlLine - 1);
            article = article with { Positions = y.Positions }; // filled as the keys are read
            var root = y.LoadMapping(yamlText, "the front matter");
            var kept = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root is null)
            {
                return new ParseResult(null, diagnostics.Sorted());
            }

            article = article with
            {
                FromOtherGenerator = split.IsToml || root.Children.Keys.Any(static k => k is YamlScalarNode { Value: { } key } && OtherGeneratorKeys.Contains(key)),
            };
            y.Mapping(root, "", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["title"] = n => article = article with { Title = y.String(n, "title") },
                ["kicker"] = n => article = article with { Kicker = y.String(n, "kicker") },
                ["standfirst"] = n => article = article with { Standfirst = y.String(n, "standfirst") },
                ["date"] = n => article = article with { Date = y.Date(n, "date") },
                ["updated"] = n => article = article with { Updated = y.Date(n, "updated") },
                ["slug"] = n => article = article with { Slug = y.String(n, "slug") },
                ["summary"] = n => article = article with { Summary = y.String(n, "summary") },
                // Hugo's and Jekyll's names for it; 'summary' wins when a file has both.
                ["description"] = n => article = article with { Summary = article.Summary ?? y.String(n, "description") },
                ["excerpt"] = n => article = article with { Summary = article.Summary ?? y.String(n, "excerpt") },
                ["author"] = n => article = article with { Authors = y.StringList(n, "author") is { Count: > 0 } authors ? authors : null },
                // Hugo sites write the list as "authors".
                ["authors"] = n => article = article with { Authors = y.StringList(n, "authors") is { Count: > 0 } authors ? authors : null },
                ["agency"] = n => article = article with { Agency = y.String(n, "agency") },
                ["section"] = n => article = article with { Section = y.String(n, "section") },
                ["tags"] = n => article = article with { Tags = Tags(y, n) },
                ["countries"] = n => article = article with { Countries = y.StringList(n, "countries") },
                ["images"] = n => article = article with { Images = Images(y, n) },
                ["draft"] = n => article = article with { Draft = y.Bool(n, "draft") ?? false },
                ["detect"] = n => article = article with { Detect = y.Bool(n, "detect") },
                ["toc"] = n => article = article with { Toc = y.Bool(n, "toc") },
                ["type"] = n => article = article with { Type = Type(y, n) },
                ["source"] = n => article = article with { Source = y.String(n, "source") },
                ["aliases"] = n => article = article with { Aliases = [.. article.Aliases, .. y.StringList(n, "aliases") ?? []] },
                // Old addresses as Jekyll (permalink, jekyll-redirect-from) writes them: each answers with a redirect.
                ["permalink"] = n => article = article with { Aliases = [.. article.Aliases, .. y.StringList(n, "permalink") ?? []] },
                ["redirect_from"] = n => article = article with { Aliases = [.. article.Aliases, .. y.StringList(n, "redirect_from") ?? []] },
                // Hugo's name for the date of the last change.
                ["lastmod"] = n => article = article with { Updated = article.Updated ?? y.Date(n, "lastmod") },
                ["params"] = n => article = article with { Params = y.Params(n, "params") ?? TemplateParams.Empty },
                [ArticleWriter.HashKey] = n => article = article with { ImportHash = y.String(n, ArticleWriter.HashKey) },
            }, s_foreignKeys, unknown == UnknownKeys.Keep ? (key, node) => kept[key] = y.Param(node, key) : null);

            // Keys kept by 'frontMatter.unknown: keep' join params; what 'params' itself says wins.
            if (kept.Count > 0)
            {
                foreach (var (key, value) in article.Params) kept[key] = value;
                article = article with { Params = kept.AsReadOnly() };
            }
        }

        if (diagnostics.HasErrors)
        {
            return new ParseResult(null, diagnostics.Sorted());
        }

        return new ParseResult(article, diagnostics.Sorted());
    }

    /// <summary><c>type:</c> is <c>article</c> (the default) or <c>page</c>.</summary>
    private static ArticleType Type(YamlBinder y, YamlNode node)
    {
        switch (y.String(node, "type"))
        {
            case null or "article":
                return ArticleType.Article;
            case "page":
                return ArticleType.Page;
            case var other:
                y.Error(node, $"'type' must be 'article' (the default) or 'page' (a standalone page such as 'About us'), got '{other}'");
                return ArticleType.Article;
        }
    }

    /// <summary><c>images:</c> is a list of file names or of <c>{src, caption, credit}</c> mappings.</summary>
    private static IReadOnlyList<ArticleImage>? Images(YamlBinder y, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            y.Error(node, "'images' must be a list of images, each a file name or a mapping with src, caption and credit");
            return null;
        }

        var images = new List<ArticleImage>();
        foreach (var item in sequence.Children)
        {
            y.Record(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"images[{images.Count}]"), item);
            if (item is YamlScalarNode { Value: { Length: > 0 } src })
            {
                images.Add(new ArticleImage(src, null, null));
                continue;
            }

            string? s = null, caption = null, credit = null;
            y.Mapping(item, "images", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["src"] = v => s = y.String(v, "images.src"),
                ["caption"] = v => caption = y.String(v, "images.caption"),
                ["credit"] = v => credit = y.String(v, "images.credit"),
            });
            if (s is null)
            {
                y.Error(item, "each image needs 'src', the image file name");
                continue;
            }

            images.Add(new ArticleImage(s, caption, credit));
        }

        return images;
    }

    /// <summary>
    /// The authored tags. A number or true/false where a tag's name belongs (<c>tags: 5</c>,
    /// <c>tags: [2024, yes]</c>) is most likely a slip, so it is kept as the text it was written as,
    /// with a warning that says so; a bare name (<c>tags: Harbour</c>) is one tag.
    /// </summary>
    private static IReadOnlyList<string>? Tags(YamlBinder y, YamlNode node)
    {
        IEnumerable<YamlNode> items = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode scalar => [scalar],
            _ => [],
        };
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { Length: > 0 } value } && NotText(value) is { } kind)
            {
                y.Warning(item, $"tag {value} is {kind}, not a name; it is kept as the tag '{value}' (quote it, '{value}', to say that is meant)");
            }
        }

        // Jekyll reads 'tags: release security ruby' as three tags. Only lower-case words are split
        // so: 'tags: Nordic Council' stays one name.
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } words } && words.Contains(' ', StringComparison.Ordinal)
            && words.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } split && split.All(static w => w.All(static c => !char.IsUpper(c))))
        {
            return split;
        }

        return y.StringList(node, "tags");
    }

    /// <summary>What a plain YAML scalar reads as when it is not text (YAML 1.2 core schema), or null for text.</summary>
    private static string? NotText(string value) => value switch
    {
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => "true or false",
        _ when char.IsAsciiDigit(value[^1]) && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) => "a number",
        _ => null,
    };
}

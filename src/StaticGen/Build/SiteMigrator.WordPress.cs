using AngleSharp.Html.Parser;
using StaticGen.Content;
using StaticGen.Content.Migration;

namespace StaticGen.Build;

public static partial class SiteMigrator
{
    /// <summary>WordPress's statuses of a post worth bringing over; trash, auto-drafts and revisions are not.</summary>
    private static readonly HashSet<string> s_statuses = new(StringComparer.Ordinal) { "publish", "future", "draft", "pending", "private" };

    private static readonly HtmlParser s_textParser = new();

    /// <summary>
    /// A WordPress export: posts and pages with their authors (display names), categories (the first is the
    /// section, unless it is WordPress's "Uncategorized"; the others are tags), tags, dates, excerpts and
    /// old addresses (aliases); bodies from HTML to Markdown (<see cref="HtmlToMarkdown"/>), each thing left out
    /// reported at its line of the export. Attachments stay at their WordPress addresses: each post lists its
    /// own under <c>params.attachments</c> and its featured image as <c>params.featured_image</c>.
    /// </summary>
    private static void WordPress(Run run, string file)
    {
        var display = run.Site.DisplayPath(file);
        if (ContentReader.ReadText(file, display) is not { Text: { } text })
        {
            run.Skip(display, "not readable");
            return;
        }

        var (export, problems) = WxrExport.Parse(display, text);
        run.Diagnostics.AddRange(problems);
        if (export is null) return;

        var attachments = export.Items.Where(static i => i.PostType == "attachment" && i.AttachmentUrl is { Length: > 0 }).ToList();
        var byId = attachments.Where(static a => a.Id is not null).GroupBy(static a => a.Id!).ToDictionary(static g => g.Key, static g => g.First().AttachmentUrl!, StringComparer.Ordinal);
        var others = 0;
        foreach (var item in export.Items)
        {
            if (item.PostType is not ("post" or "page"))
            {
                if (item.PostType != "attachment") others++;
                continue;
            }

            var where = $"{display}:{item.Line}";
            if (!s_statuses.Contains(item.Status))
            {
                run.Skip(where, $"'{item.Title}' has status '{item.Status}'");
                continue;
            }

            var notes = new List<ConversionNote>();
            var body = HtmlToMarkdown.Convert(item.Content, notes);
            foreach (var note in notes)
            {
                run.Diagnostics.Add(Diagnostic.Warning(Stage.Load, display, note.Line > 0 && item.ContentLine > 0 ? item.ContentLine + note.Line - 1 : item.Line, 0, $"'{item.Title}': {note.Message}"));
            }

            var type = item.PostType == "page" ? ArticleType.Page : ArticleType.Article;
            var name = Uri.UnescapeDataString(item.Name ?? "");
            var slug = Slugs.Slugify(name.Length > 0 ? name : item.Title) is { Length: > 0 } s ? s : "post-" + item.Id;
            var categories = item.Categories.Where(static c => c.Slug != "uncategorized").Select(static c => c.Name).ToList();
            var aliases = new List<string>();
            if (OldUrls.SitePath(item.Link) is { } old && old != "/" && item.Link?.Contains('?', StringComparison.Ordinal) != true
                && old != NewUrl(type, slug))
            {
                aliases.Add(old);
            }

            var kept = new Dictionary<string, object?>(StringComparer.Ordinal);
            var own = attachments.Where(a => a.ParentId is not null && a.ParentId == item.Id).Select(static a => (object?)a.AttachmentUrl).ToList();
            if (own.Count > 0) kept["attachments"] = own.AsReadOnly();
            if (item.Meta.TryGetValue("_thumbnail_id", out var thumbnail) && byId.TryGetValue(thumbnail, out var featured)) kept["featured_image"] = featured;
            if (own.Count > 0 || kept.ContainsKey("featured_image"))
            {
                run.Diagnostics.Add(Diagnostic.Warning(Stage.Load, display, item.Line, 0,
                    $"'{item.Title}': its {(own.Count == 1 ? "attachment stays" : "attachments stay")} at the WordPress address{(own.Count == 1 ? "" : "es")} (params.attachments, params.featured_image); download them beside the article to keep them when the old site goes"));
            }

            run.Write(where, (type == ArticleType.Page ? "" : "posts/") + slug + ".md", new MigratedArticle
            {
                Title = item.Title.Length > 0 ? System.Net.WebUtility.HtmlDecode(item.Title) : StaticGen.Enrichment.Enricher.TitleFromFileName(slug),
                Slug = slug,
                Type = type,
                Date = type == ArticleType.Page ? null : item.Date,
                Updated = item.Modified is { } modified && item.Date is { } date && modified > date.AddMinutes(1) ? modified : null,
                Authors = item.Creator is { Length: > 0 } login ? [export.Authors.GetValueOrDefault(login, login)] : [],
                Summary = item.Excerpt is { } excerpt ? s_textParser.ParseDocument("<body>" + excerpt).Body?.TextContent.Trim() : null,
                Section = type == ArticleType.Page ? null : categories.FirstOrDefault(),
                Tags = [.. item.Tags.Select(static t => t.Name).Concat(categories.Skip(1)).Distinct(StringComparer.Ordinal)],
                Draft = item.Status is "draft" or "pending" or "private",
                Aliases = aliases,
                Params = kept.AsReadOnly(),
                Source = $"{Path.GetFileName(file)}:{item.Line}",
                Body = body,
            });
        }

        if (others > 0) run.Skip(display, $"{others} items of other kinds (menus, revisions, custom post types)");
    }
}

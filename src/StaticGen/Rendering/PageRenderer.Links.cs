using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Rendering;

/// <summary>How the renderer resolves the links an article's body writes (file paths, site paths, a post named by its file).</summary>
public sealed partial class PageRenderer
{
    /// <summary>What a link in an article's body points to in this site (a URL with the picture's size, missing, or external).</summary>
    internal LinkResolution ResolveLink(SiteArticle article, string link)
    {
        if (link.StartsWith('#') || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return LinkResolution.External;
        }

        if (link.StartsWith('/'))
        {
            // Root-absolute links in Markdown are site paths: they get the base path, and keep their
            // query and fragment as written (/search/?q=x, /about/#contact).
            if (link.StartsWith("//", StringComparison.Ordinal)) return LinkResolution.To(link);
            var (path, rest) = SplitQueryAndFragment(link);
            var url = _site.Urls.Path(path);
            return _articlesByUrl.TryGetValue(url, out var page) ? ToArticle(page, rest) with { Url = url + rest } : LinkResolution.To(url + rest);
        }

        if (link.Contains(':', StringComparison.Ordinal)) return LinkResolution.External;

        var suffix = SplitQueryAndFragment(link).Suffix;
        if (_site.FindAsset(article, link) is { } asset)
        {
            return LinkResolution.To(asset.Url + suffix, asset.Width, asset.Height) with
            {
                Picture = asset.Picture is null ? null : (PictureMarkup.Of(asset), _site.Config.Images.Sizes),
            };
        }

        var target = ContentPaths.Resolve(article.Article.SourcePath, link);
        if (target is not null)
        {
            // post.md#section → /articles/post/#section.
            if (_articlesBySource.TryGetValue(target, out var linked)) return ToArticle(linked, suffix);
        }

        // A post named by its file alone, wherever it is and whatever its Markdown extension: what Jekyll's
        // post_url and Hugo's ref give (TemplateTags), when one file of the site has that name.
        var (linkPath, _) = SplitQueryAndFragment(link);
        if (ContentReader.KindOf(linkPath) == ContentKind.MarkdownArticle && _articlesByStem.TryGetValue(Stem(linkPath), out var named) && named is not null)
        {
            return ToArticle(named, suffix);
        }

        return LinkResolution.Missing;
    }

    /// <summary>A link to an article or page of the site, with its fragment checked against the page's ids.</summary>
    private LinkResolution ToArticle(SiteArticle target, string suffix) =>
        LinkResolution.To(target.Url + suffix) with { MissingFragment = _anchors.Missing(target, suffix) is { } fragment ? (fragment, target.Article.SourcePath) : null };

    /// <summary>
    /// A path's file name without its extension: <c>posts/2016-05-20-plan.markdown</c> → <c>2016-05-20-plan</c>; a Hugo
    /// page bundle's <c>posts/plan/index.md</c> → <c>plan</c>, the name its <c>ref</c> gives (TemplateTags).
    /// </summary>
    private static string Stem(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        if (stem is "index" or "_index" && slash > 0 && ContentReader.KindOf(name) == ContentKind.MarkdownArticle)
        {
            var folder = path[..slash];
            return folder[(folder.LastIndexOf('/') + 1)..];
        }

        return stem;
    }

    /// <summary>A link split before its query or fragment: <c>/search/?q=x#top</c> → (<c>/search/</c>, <c>?q=x#top</c>).</summary>
    internal static (string Path, string Suffix) SplitQueryAndFragment(string link)
    {
        var at = link.IndexOfAny(['?', '#']);
        return at < 0 ? (link, "") : (link[..at], link[at..]);
    }
}

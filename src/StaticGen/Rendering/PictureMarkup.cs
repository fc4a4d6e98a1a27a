using System.Globalization;
using System.Net;
using System.Text;
using StaticGen.Site;

namespace StaticGen.Rendering;

/// <summary>
/// The one place a picture's HTML is written, for figures in article bodies and for the
/// <c>picture</c> template function: <c>&lt;picture&gt;</c> with a <c>&lt;source&gt;</c> per modern
/// format (AVIF, then WebP) and an <c>&lt;img&gt;</c> with the fallback's <c>srcset</c>, the intrinsic
/// <c>width</c>/<c>height</c> and the image's dominant colour as its background until it loads
/// (no layout shift, no blank box). A file published as it is gets a plain <c>&lt;img&gt;</c>.
/// </summary>
public static class PictureMarkup
{
    /// <summary>What a picture's markup is made of: the fallback URL and candidates, the other formats' candidates, the size and colour.</summary>
    public sealed record Parts(string Src, string? Srcset, IReadOnlyList<(string Type, string Srcset)> Sources, int? Width, int? Height, string? Colour);

    /// <summary>The parts of a content image as the build published it.</summary>
    public static Parts Of(SiteAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.Picture is not { } picture) return new Parts(asset.Url, null, [], asset.Width, asset.Height, null);
        return new Parts(asset.Url, Srcset(picture.OfType(picture.FallbackType)),
            [.. picture.SourceTypes.Select(t => (t, Srcset(picture.OfType(t))))], asset.Width, asset.Height, picture.Colour);
    }

    /// <summary><c>url 480w, url 800w</c>.</summary>
    public static string Srcset(IEnumerable<AssetVariant> variants) =>
        string.Join(", ", variants.Select(static v => string.Create(CultureInfo.InvariantCulture, $"{v.Url} {v.Width}w")));

    /// <param name="parts">The picture.</param>
    /// <param name="alt">The text alternative (escaped here).</param>
    /// <param name="sizes">How wide the picture is shown (<c>sizes</c>).</param>
    /// <param name="cssClass">The <c>&lt;img&gt;</c>'s class, or null.</param>
    /// <param name="eager">Load at once with high priority (the page's largest picture above the fold), instead of lazily.</param>
    public static string Html(Parts parts, string alt, string sizes, string? cssClass, bool eager)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new StringBuilder(256 + (parts.Srcset?.Length ?? 0) * 3);
        var picture = parts.Srcset is not null;
        if (picture)
        {
            html.Append("<picture>");
            foreach (var (type, srcset) in parts.Sources)
            {
                html.Append("<source type=\"").Append(Attr(type)).Append("\" srcset=\"").Append(Attr(srcset)).Append("\" sizes=\"").Append(Attr(sizes)).Append("\">");
            }
        }

        html.Append("<img");
        if (cssClass is { Length: > 0 }) html.Append(" class=\"").Append(Attr(cssClass)).Append('"');
        html.Append(" src=\"").Append(Attr(parts.Src)).Append('"');
        if (picture) html.Append(" srcset=\"").Append(Attr(parts.Srcset!)).Append("\" sizes=\"").Append(Attr(sizes)).Append('"');
        html.Append(" alt=\"").Append(Attr(alt)).Append('"');
        if (parts is { Width: { } width, Height: { } height }) html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        html.Append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        if (parts.Colour is { } colour) html.Append(" style=\"background-color:").Append(Attr(colour)).Append('"');
        html.Append('>');
        if (picture) html.Append("</picture>");
        return html.ToString();
    }

    private static string Attr(string value) => WebUtility.HtmlEncode(value);
}

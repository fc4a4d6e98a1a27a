using System.Xml;

namespace StaticGen.Images;

/// <summary>
/// Whether an SVG file may be published as it is: a drawing opened at its own URL runs its scripts
/// with the site's origin, so one that holds anything active (scripts, event attributes, embedded
/// HTML, links to <c>javascript:</c> or to other sites' files, entity declarations) is refused. Pure:
/// the bytes come from the caller. An allow-list would be stricter; this refuses what can run or fetch.
/// </summary>
public static class SvgSafety
{
    private static readonly HashSet<string> s_activeElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "set", "animate", "animateTransform", "animateMotion",
    };

    /// <summary>Why the drawing is refused, or null when it is safe to publish.</summary>
    public static string? Problem(byte[] svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase)) return "it loads a style sheet";
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (root && reader.LocalName != "svg") return $"its root element is <{reader.LocalName}>, not <svg>";
                root = false;
                if (s_activeElements.Contains(reader.LocalName)) return $"it holds a <{reader.LocalName}> element";
                if (reader.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var css = reader.ReadElementContentAsString();
                    if (css.Contains("url(", StringComparison.OrdinalIgnoreCase) || css.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "its style sheet loads other files";
                    continue;
                }

                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"it has an event attribute ({reader.LocalName})";
                    var value = reader.Value.Trim();
                    if (reader.LocalName is "href" or "src" && !value.StartsWith('#') && !value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
                    {
                        return $"it links to '{(value.Length > 60 ? value[..60] + "…" : value)}' (only links within the drawing are kept)";
                    }

                    if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || value.Contains("url(http", StringComparison.OrdinalIgnoreCase)) return $"its {reader.LocalName} attribute runs or loads something";
                }
            }

            return root ? "it holds no <svg> element" : null;
        }
        catch (XmlException e)
        {
            return $"it is not well-formed XML ({e.Message})";
        }
    }
}

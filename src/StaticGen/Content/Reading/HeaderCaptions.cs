using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// A picture's caption between the headline and the lede, where the scraper kept the caption but not the image file line,
/// reads like a standfirst: a sentence about the story. An editor sees it is the picture's: its credit stands right under
/// it ("Name / Agency"), it holds the credit itself ("… in Springfield. [Name/The Outlet]", "© Name"), or it is the
/// picture's alt text printed twice and run together ("Police at the stationPolice at the station"). Pure.
/// </summary>
internal static partial class HeaderCaptions
{
    /// <summary>The shortest line read as a caption by this evidence.</summary>
    private const int MinChars = 20;

    /// <summary>The fewest words of a caption that closes no sentence (its credit run on at its end).</summary>
    private const int MinCaptionWords = 6;

    /// <summary>The least share of stop words of such a caption: a row of dates and times has next to none.</summary>
    private const double MinCaptionStopShare = 0.15;

    /// <summary>Why line <paramref name="i"/> of the header is a picture's caption, or null when nothing says so.</summary>
    public static string? Evidence(string[] lines, string[] original, LineFeatures?[] features, int i)
    {
        var line = lines[i].Trim();
        if (line.Length < MinChars) return null;
        if (CreditUnder(lines, original, features, i)) return $"a picture's caption: its credit stands right under it, on line {i + 2}";

        // The same caption printed again (the picture's alt text, then its caption): the copy with the credit under it says so.
        for (var k = 0; k < lines.Length; k++)
        {
            if (k != i && string.Equals(lines[k].Trim(), line, StringComparison.Ordinal) && CreditUnder(lines, original, features, k)) return $"the picture's caption printed again (line {k + 1}, with its credit under it)";
        }

        if (Doubled(line)) return "a picture's alt text printed twice and run together: its caption, not the standfirst";
        return CreditInsideRegex().IsMatch(line) ? "holds a picture's credit ('[Name/Outlet]', '©'): a caption, not the standfirst" : null;
    }

    /// <summary>
    /// Whether line <paramref name="i"/> reads as a sentence (closed by its punctuation, or running text of six words or more
    /// that ends in its agency's credit: "… in Berlin. REUTERS/Name"; not a run of dates and times) with a credit line right
    /// under it, in its block.
    /// </summary>
    private static bool CreditUnder(string[] lines, string[] original, LineFeatures?[] features, int i) =>
        features[i] is { } f && (f.EndsSentence || (f.Words >= MinCaptionWords && f.StopShare >= MinCaptionStopShare)) && i + 1 < lines.Length && original[i + 1].Length > 0 && features[i + 1] is { Credit: not null };

    /// <summary>Whether the line is one text printed twice, run together or with a space between.</summary>
    internal static bool Doubled(string line)
    {
        var n = line.Length;
        var half = n / 2;
        return n % 2 == 0
            ? line.AsSpan(0, half).SequenceEqual(line.AsSpan(half))
            : line[half] == ' ' && line.AsSpan(0, half).SequenceEqual(line.AsSpan(half + 1));
    }

    /// <summary>A credit inside the line: names joined by a slash in square brackets ("[Name/The Outlet]"), or a copyright sign.</summary>
    [GeneratedRegex(@"\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]|©", RegexOptions.CultureInvariant)]
    private static partial Regex CreditInsideRegex();
}

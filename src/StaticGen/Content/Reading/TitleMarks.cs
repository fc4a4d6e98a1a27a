using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// Marks a page prints in front of its headline that are not words of it: pictographs a channel or feed opens every post
/// with ("🚆 Night train returns"), and a wire service's version tag in brackets ("(2nd LD) Headline", "(LEAD) Headline",
/// "(URGENT) Headline"), a few words in capitals or an ordinal. The headline is what follows them.
/// </summary>
internal static partial class TitleMarks
{
    /// <summary>The title without the pictographs and version tag in front of it; the title itself when it has none or is nothing else.</summary>
    public static string WithoutLeadingMarks(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var start = 0;
        while (start < title.Length && Rune.DecodeFromUtf16(title.AsSpan(start), out var rune, out var used) == System.Buffers.OperationStatus.Done && (IsPictograph(rune) || Rune.IsWhiteSpace(rune)))
        {
            start += used;
        }

        var rest = title[start..];
        if (rest.Length > 0 && rest[0] == '(' && VersionTagRegex().Match(rest) is { Success: true } tag) rest = rest[tag.Length..];
        return rest.Length > 0 && rest.Any(char.IsLetter) ? rest : title;
    }

    /// <summary>
    /// The title without a web address glued to its start or end ("https://example.com/2026/09/slug Headline text", "Headline text
    /// https://example.com/…"), as a scraper writes the page's address on the title's line: an address is no word of a headline.
    /// The title itself when it is nothing else but the address and one word.
    /// </summary>
    public static string WithoutAddress(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!title.Contains("://", StringComparison.Ordinal) && !title.Contains("www.", StringComparison.Ordinal)) return title;
        var rest = TrailingAddressRegex().Replace(LeadingAddressRegex().Replace(title, ""), "");
        return rest.Count(static c => c == ' ') >= 1 && rest.Any(char.IsLetter) ? rest : title;
    }

    /// <summary>A web address opening the line, then a space: "https://example.com/2026/09/slug ", "www.example.com/a ".</summary>
    [GeneratedRegex(@"^<?(?:https?://|www\.)\S+?>?\s*[|–—-]?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAddressRegex();

    /// <summary>A web address closing the line, maybe after a bar or dash: " https://example.com/…", " | www.example.com".</summary>
    [GeneratedRegex(@"\s+(?:[|–—-]\s+)?<?(?:https?://|www\.)\S+>?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAddressRegex();

    /// <summary>
    /// A pictograph or what joins and styles one: a symbol from the arrows onward (emoji, dingbats, signs; not "©" or "°"), a
    /// variation selector, a zero-width joiner, a skin-tone modifier.
    /// </summary>
    private static bool IsPictograph(Rune rune) =>
        (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol && rune.Value >= 0x2190)
        || rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0x1F3FB and <= 0x1F3FF);

    /// <summary>"(2nd LD) ", "(LEAD) ", "(UPDATE 2) ": up to three words in capitals, numbers or ordinals in brackets, before a capital.</summary>
    [GeneratedRegex(@"^\((?:\d{1,2}(?:st|nd|rd|th)?|\p{Lu}{2,})(?:\s(?:\d{1,2}(?:st|nd|rd|th)?|\p{Lu}{2,})){0,2}\)\s+(?=[\p{Lu}\d""“‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex VersionTagRegex();
}

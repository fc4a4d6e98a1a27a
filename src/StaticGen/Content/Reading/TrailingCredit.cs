using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// A picture's caption that ends with its credit without a label, as many sites print it under an image file line:
/// a bracketed source ("… on Tuesday afternoon. (The Southerly: Corey Lindqvist)", "… most routers (Byteworks)", "… on
/// the quay. [Courtesy of Harbour Trust]"), or a
/// short run of names after the caption's last sentence ("… at the plant. Hartwell Foods", "… in her studio. Name
/// Surname for Kiln &amp; Table", "… in the hall. Name | The Outlet", "… at the port. FWS file photo", set off by a bar: "… on the quay. | Name | The Outlet"), or a credit word beside the names ("… on Sunday | Gentileza Name", <see cref="CreditWords"/>). Only asked about a line right under an image file, where a caption is expected; a
/// paragraph is never read so. An abbreviation in brackets that spells the words before it ("… the Road Safety Board
/// (RSB)") explains a name and is no credit.
/// </summary>
internal static partial class TrailingCredit
{
    /// <summary>The longest run of names read as a credit after the caption's last sentence.</summary>
    private const int MaxCreditWords = 8;

    /// <summary>The caption and its credit, or null when the line does not end with one.</summary>
    public static (string Caption, string Credit)? Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0) return null;
        if (line[^1] is ')' or ']' && BracketRegex().Match(line) is { Success: true } bracket)
        {
            var caption = bracket.Groups["caption"].Value.TrimEnd();
            var credit = bracket.Groups["credit"].Value.Trim();
            if (!SpellsWordsBefore(credit, caption)) return (caption, credit);
            return null;
        }

        if (AfterSentenceRegex().Match(line) is { Success: true } tail && RawArticleParser.WordCount(tail.Groups["credit"].Value) <= MaxCreditWords)
        {
            return (tail.Groups["caption"].Value, tail.Groups["credit"].Value.Trim());
        }

        // A credit word beside the names, in any language ("… on Sunday | Gentileza Name", "… at dawn. (📸 Name)").
        return CreditWords.AtEnd(line);
    }

    /// <summary>"RSB" after "Road Safety Board": the initials of the capitalised words right before the bracket.</summary>
    private static bool SpellsWordsBefore(string abbreviation, string caption)
    {
        if (abbreviation.Length is < 2 or > 8 || !abbreviation.All(char.IsUpper)) return false;
        var initials = caption.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(static w => char.IsUpper(w[0]))
            .Select(static w => w[0]);
        var tail = string.Concat(initials);
        return tail.EndsWith(abbreviation, StringComparison.Ordinal);
    }

    /// <summary>Capitalised words joined by nothing, a colon, a slash, a bar, "&amp;" or a few small words ("for", "of", "via").</summary>
    private const string Names = @"\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s*[:/&|]\s*|\s+(?:(?:for|of|via|and|the|de|da|van|von)\s+)?)\p{Lu}[\p{L}\p{M}.'’-]*){0,7}";

    [GeneratedRegex(@"^(?<caption>.{10,400}?\S)\s+(?:\((?<credit>" + Names + @")\)|\[(?<credit>" + Names + @")\])$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketRegex();

    /// <summary>What may follow the names of a credit to say what it is ("FWS file photo", "Harbour Trust handout").</summary>
    private const string KindOfPicture = @"(?:\s+(?:(?:file|archive|stock|handout|staff|pool|submitted)\s+)?(?:photo|picture|photograph|image|handout)s?)?";

    [GeneratedRegex(@"^(?<caption>.{10,400}?[.!?][”""’]?)\s+(?:[|•·—–]\s+)?(?<credit>" + Names + KindOfPicture + @")(?<=[\p{L}\p{M}])$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterSentenceRegex();
}

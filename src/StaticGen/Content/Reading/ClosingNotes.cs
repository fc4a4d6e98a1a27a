using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// The publication's own notes under a story, as an editor tells them from its last paragraphs: a contact line at the
/// publication's own address ("Write to the desk at news@ledger.example"), or a line that names the publication and speaks
/// to its reader ("Enjoyed this story? Get The Ledger in your inbox"), or that opens with its name and speaks of its business
/// ("The Ledger is a nonprofit newsroom. Support local journalism."), or that names it under the furniture closing the story
/// ("More news from the valley on The Ledger."). A story names its outlet to say who was told something ("…, a council
/// policy officer told The Ledger."), in the third person and without the outlet as its subject; a line with a quotation
/// is the story's whatever it names. Asked only about the last
/// lines of the main run, from the end up, so a paragraph inside the story is never read so. The publication's names are
/// the page's masthead (its first line, when that is furniture of a few words) and the holders of its copyright lines. Pure.
/// </summary>
internal static partial class ClosingNotes
{
    /// <summary>The most words of a note: a longer paragraph is the story's.</summary>
    public const int MaxNoteWords = 40;

    /// <summary>The most words of a masthead printed as the page's first line.</summary>
    private const int MaxMastheadWords = 5;

    /// <summary>
    /// The names the page gives its publication: its first line when that stands above the lede, a few words with a capital
    /// letter and no sentence or date (the masthead; two capitalised words read like a name, but a byline does not open a
    /// page), and the holder of each copyright line.
    /// </summary>
    public static List<string> OwnNames(string[] original, LineFeatures?[] features, int lede, IReadOnlyList<string> copyrightHolders)
    {
        var names = new List<string>(copyrightHolders);
        var first = RawArticleParser.NextNonEmpty(original, 0);
        if (first >= 0 && first < lede && features[first] is { ImageFile: false } f && f.Meta?.Date is null && original[first] is var top && RawArticleParser.WordCount(top) <= MaxMastheadWords
            && top.Any(char.IsUpper) && !RawArticleParser.EndsSentence(top) && !names.Contains(top, StringComparer.OrdinalIgnoreCase)) names.Add(top);
        return names;
    }

    /// <summary>Why <paramref name="line"/> is a note of the publication (named <paramref name="ownNames"/>), or null.</summary>
    public static string? Evidence(string line, IReadOnlyList<string> ownNames, ReaderData data, bool underFurniture)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ownNames.Count == 0 || RawArticleParser.WordCount(line) > MaxNoteWords || line.AsSpan().IndexOfAny("\"“”«»") >= 0) return null;
        foreach (Match mail in EmailRegex().Matches(line))
        {
            var domain = Folded(mail.Groups["domain"].Value);
            if (ownNames.Any(n => Folded(n) is { Length: >= MinFoldedLength } own && (domain.Contains(own, StringComparison.Ordinal) || own.Contains(domain, StringComparison.Ordinal))))
            {
                return $"a contact line at the publication's own address ('{mail.Value}')";
            }
        }

        if (ownNames.FirstOrDefault(n => Names(line, n) >= 0) is not { } name) return null;
        if (data.SpeaksToReader(line)) return $"names the publication ('{name}') and speaks to its reader";
        if (Names(line, name) == 0 && data.HasPitchWord(line)) return $"opens with the publication's name ('{name}') and speaks of its business";
        return underFurniture ? $"names the publication ('{name}') under the furniture that closes the story" : null;
    }

    /// <summary>The shortest folded name compared with an e-mail domain ("ap" is in too many).</summary>
    private const int MinFoldedLength = 4;

    /// <summary>
    /// Where the line first names <paramref name="name"/> as whole words, case and a leading "The" aside ("KMUR", "The Ledger",
    /// "Ledger's"): 0 when it opens the line (after "The"), -1 when the line does not name it.
    /// </summary>
    private static int Names(string line, string name)
    {
        var key = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        var opening = line.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        for (var at = line.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(key, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + key.Length;
            if ((at == 0 || !char.IsLetterOrDigit(line[at - 1])) && (end == line.Length || !char.IsLetterOrDigit(line[end]))) return at <= opening ? 0 : at;
        }

        return -1;
    }

    /// <summary>A name's letters and digits, lowered ("The Riverton Record" gives "rivertonrecord"; a leading "The" goes).</summary>
    private static string Folded(string name)
    {
        var key = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return string.Concat(key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }

    /// <summary>An e-mail address, its domain without the top level ("news@ledger.example.com" gives "ledger.example").</summary>
    [GeneratedRegex(@"[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)*)\.[a-z]{2,12}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();
}

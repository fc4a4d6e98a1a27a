using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// A listing page (a tag, topic, category, author or date archive) prints a label at its top ("Tag: Energy", "Posts
/// Tagged 'Harbours'", "Category Archives: Courts"; <c>Data/listing-labels.tsv</c>) over other pages' teasers: each a
/// headline with its date or byline line under it, or a bulleted headline. Its label is never a title, and a page with
/// two or more teasers under its label is a listing, not an article, unless a story's body runs under it
/// (<see cref="HasStory"/>). One story under such a label (an archive saved with only its first post) is that story,
/// without the label.
/// </summary>
public static partial class ListingPages
{
    /// <summary>The fewest teasers under a label that make a listing.</summary>
    public const int MinItems = 2;

    /// <summary>A listing's label stands among the first lines of the page (its title, masthead and menu).</summary>
    private const int MaxLabelLine = 12;

    /// <summary>The first teaser follows the label closely (the topic's name, a line on it and a "Follow this tag" button may stand between).</summary>
    private const int MaxLinesToFirstItem = 4;

    /// <summary>The most words of a teaser's snippet between its headline and its stamp.</summary>
    private const int MaxSnippetWords = 40;

    /// <summary>The fewest and most words of a teaser's headline.</summary>
    private const int MinItemWords = 3;

    private const int MaxItemWords = 16;

    /// <summary>The most words of the date or byline line under a teaser's headline.</summary>
    private const int MaxStampWords = 16;

    /// <summary>
    /// The line of the page's listing label among its first lines (the first line only for a page title that may name a
    /// listing), with its kind; null when there is none. <paramref name="lines"/> are the page's lines as written (a
    /// cleanup rule may have dropped the label: it still labels the page).
    /// </summary>
    public static (int Line, ListingLabelKind Kind)? Label(IReadOnlyList<string> lines, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(data);
        var seen = 0;
        (int, ListingLabelKind)? title = null;
        for (var i = 0; i < lines.Count && seen < MaxLabelLine; i++)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            if (data.ListingLabel(lines[i]) is not { } kind || InFieldTable(lines, i)) continue;
            if (kind == ListingLabelKind.Label) return (i, kind);
            if (seen == 1) title = (i, kind);
        }

        return title;
    }

    /// <summary>
    /// How many teasers stand under the label on line <paramref name="label"/>: bulleted headlines, and headlines with a
    /// date or byline line right under them; 0 when the first of them does not follow the label closely.
    /// </summary>
    public static int Items(string[] lines, int label, DateOrder order = DateOrder.MonthFirst)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var items = 0;
        var seen = 0;
        for (var i = label + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            if (IsBulletedHeadline(lines[i]))
            {
                items++;
            }
            else if (IsHeadline(lines[i]) && StampUnder(lines, i, order) is var stamp and >= 0)
            {
                items++;
                i = stamp;
            }
            else if (items == 0 && seen >= MaxLinesToFirstItem)
            {
                return 0;
            }
        }

        return items;
    }

    /// <summary>
    /// Whether a story's body runs under the label on line <paramref name="label"/>: <see cref="MinStoryParagraphs"/> paragraphs
    /// in a row (only blank lines between them), each a sentence or more of <see cref="MinStoryWords"/> words. A listing's
    /// teasers put a headline and a stamp between their snippets; an article's key points ("• Army drivers on standby" / "•
    /// Queues at the pumps") stand over its paragraphs, as an archive saved with its one story does.
    /// </summary>
    public static bool HasStory(string[] lines, int label)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var run = 0;
        for (var i = label + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            run = RawArticleParser.EndsSentence(lines[i]) && RawArticleParser.WordCount(lines[i]) >= MinStoryWords ? run + 1 : 0;
            if (run >= MinStoryParagraphs) return true;
        }

        return false;
    }

    /// <summary>The paragraphs in a row that make a story's body under a listing's label.</summary>
    private const int MinStoryParagraphs = 3;

    /// <summary>The fewest words of each of them (a teaser's snippet may have fewer, but never three in a row).</summary>
    private const int MinStoryWords = 20;

    /// <summary>
    /// The line of a teaser's date or byline under its headline on line <paramref name="i"/> (right under it, or under a line
    /// with the writer's name alone: "Headline" / "Name Surname" / "November 30, 2026", or under the teaser's snippet, one
    /// sentence or two in the headline's block: "Headline" / "The bid would pay for …" / "Yesterday · Politics"), or -1.
    /// </summary>
    private static int StampUnder(string[] lines, int i, DateOrder order)
    {
        var stamp = RawArticleParser.NextNonEmpty(lines, i + 1);
        if (stamp < 0 || stamp - i > 2) return -1;
        if (IsStamp(lines[stamp], order)) return stamp;
        if (stamp == i + 1 && RawArticleParser.EndsSentence(lines[stamp]) && RawArticleParser.WordCount(lines[stamp]) <= MaxSnippetWords
            && stamp + 1 < lines.Length && lines[stamp + 1].Length > 0 && IsStamp(lines[stamp + 1], order)) return stamp + 1;
        if (!IsBareName(lines[stamp])) return -1;
        var under = RawArticleParser.NextNonEmpty(lines, stamp + 1);
        return under >= 0 && under - stamp <= 2 && IsStamp(lines[under], order) ? under : -1;
    }

    /// <summary>A person's name alone on its line ("Rebecca Nkemelu", "Ana de la Cruz"): two to four words, each capitalised but for a particle.</summary>
    internal static bool IsBareName(string line) => line.Length <= MaxBareNameLength && BareNameRegex().IsMatch(line);

    /// <summary>The longest line read as a name alone.</summary>
    private const int MaxBareNameLength = 40;

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?: (?:de|da|van|von|du|la|le|al|bin|\p{Lu}[\p{L}'’.-]*)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNameRegex();

    /// <summary>The fewest "Field: value" lines in one block that make it a table of fields, not a label over teasers.</summary>
    private const int MinFieldLines = 3;

    /// <summary>
    /// Whether line <paramref name="i"/> stands in a table of fields (its block holds three or more such rows) ("Issuer: …" / "Category: Acquisition" / "Release
    /// time: …"): a document's details, where "Category:" names the document's kind, not a listing.
    /// </summary>
    internal static bool InFieldTable(IReadOnlyList<string> lines, int i)
    {
        var first = i;
        while (first > 0 && lines[first - 1].Length > 0) first--;
        var fields = 0;
        for (var k = first; k < lines.Count && lines[k].Length > 0; k++)
        {
            if (FieldRegex().IsMatch(lines[k])) fields++;
        }

        return fields >= MinFieldLines;
    }

    [GeneratedRegex(@"^\p{L}[\p{L} ]{0,24}:\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FieldRegex();

    /// <summary>A byline's label in a teaser's line ("· by Name", "By Name").</summary>
    [GeneratedRegex(@"(?:^|[\s·|])[Bb]y\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ByRegex();

    private static bool IsBulletedHeadline(string line) =>
        line.Length > 2 && line[0] is '•' or '▪' or '·' && line[1] == ' ' && IsHeadline(line[2..].Trim());

    /// <summary>A teaser's headline: a few words, opening with a capital, a digit or a quotation mark, ending no sentence or clause.</summary>
    private static bool IsHeadline(string line) =>
        RawArticleParser.WordCount(line) is >= MinItemWords and <= MaxItemWords && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '"' or '“' or '‘' or '\'')
        && line[^1] is not ('.' or ':' or ',' or ';') && !line.Contains(';', StringComparison.Ordinal);

    /// <summary>
    /// A teaser's date or byline line ("Aug 19 2024 · by A", "March 20, 2017", "2 hours ago · News · 4 comments"): short,
    /// giving a date or a labelled byline, maybe in its first part before a separator (the section and the comment count after it).
    /// </summary>
    private static bool IsStamp(string line, DateOrder order)
    {
        if (RawArticleParser.WordCount(line) > MaxStampWords) return false;
        if (MetaLines.TryParse(line, order) is { Date: not null } || TextDates.FindValue(line, order) is not null || ByRegex().IsMatch(line)) return true;
        var cut = line.IndexOfAny(s_stampSeparators);
        return cut > 0 && MetaLines.TryParse(line[..cut].Trim(), order) is { } first && (first.Date is not null || first.IsRelative);
    }

    private static readonly char[] s_stampSeparators = ['·', '|', '•'];
}

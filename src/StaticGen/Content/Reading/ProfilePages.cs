using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// A person's page is no article: a social profile shows the person's counts (followers, following, posts) or the month
/// they joined, two or more of these among its first lines (<c>Data/profile-counters.txt</c>); a writer's page opens with
/// a note about the writer ("Name is a reporter …", "I am the paper's … correspondent", or "Name covers …" when the page
/// prints that name alone under two or more of the stories) and lists the writer's stories under it, each a headline with its date or byline line, with no story of its own between. Such a page is skipped with
/// a warning naming the file, as listing pages are. Pure.
/// </summary>
public static partial class ProfilePages
{
    /// <summary>The fewest different counts that show a social profile.</summary>
    public const int MinCounts = 2;

    /// <summary>A profile's counts stand among its first lines (its name, handle, bio and buttons).</summary>
    private const int MaxCountLine = 30;

    /// <summary>The most words of a line of counts ("1,204 Followers · 312 Following · Joined March 2019").</summary>
    private const int MaxCountWords = 16;

    /// <summary>The most paragraphs of running text between a writer's note and the list of their stories (more of the bio).</summary>
    private const int MaxBioParagraphs = 3;

    /// <summary>
    /// The fewest paragraphs of running text, one after another, that make an article under a profile's counts: a forum
    /// post under its poster's box ("Posts: 412", "Joined: Mar 2019") or a story under its writer's card. A profile's own
    /// posts are set apart by their stamps and counters.
    /// </summary>
    public const int MinArticleRun = 3;

    private static readonly HashSet<string> s_counts = new(
        DataRows.Lines(EmbeddedResources.ReadText("reader/profile-counters.txt")),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The line where the page shows itself a person's page (the first count, or the note about the writer) and why, or
    /// null when it is none. <paramref name="lines"/> are the page's cleaned lines (blank lines empty).
    /// </summary>
    public static (int Line, string Why)? Find(string[] lines, DateOrder order = DateOrder.MonthFirst)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Counts(lines) ?? WritersPage(lines, order);
    }

    /// <summary>Two or more different counts of a social profile among the page's first lines, each alone on its line or in a row.</summary>
    private static (int, string)? Counts(string[] lines)
    {
        var kinds = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = -1;
        var seen = 0;
        for (var i = 0; i < lines.Length && seen < MaxCountLine; i++)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            // Every count has a digit ("1,204", "2019"): a line without one (most) is not split and matched; a paragraph's
            // words are counted only until they pass the limit.
            if (RawArticleParser.WordCount(lines[i], MaxCountWords) > MaxCountWords || !HasDigit(lines[i])) continue;
            foreach (var part in SeparatorRegex().Split(lines[i]))
            {
                if (CountKind(part.Trim()) is not { } kind) continue;
                kinds.Add(kind);
                if (first < 0) first = i;
            }
        }

        return kinds.Count >= MinCounts && !ArticleFollows(lines, first) ? (first, $"a social profile's counts ({string.Join(", ", kinds)})") : null;
    }

    /// <summary>Whether the line holds a decimal digit, in any script: what <c>\d</c> matches in <see cref="CountRegex"/>.</summary>
    private static bool HasDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>Whether <see cref="MinArticleRun"/> paragraphs of running text follow one another (blank lines apart) after line <paramref name="from"/>.</summary>
    private static bool ArticleFollows(string[] lines, int from)
    {
        var run = 0;
        for (var i = from + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            run = RawArticleParser.WordCount(lines[i], RunningText.MinParagraphWords) >= RunningText.MinParagraphWords && RawArticleParser.EndsSentence(lines[i]) ? run + 1 : 0;
            if (run >= MinArticleRun) return true;
        }

        return false;
    }

    /// <summary>The kind of a profile's count ("1,204 Followers", "Following 312", "Joined March 2019": followers, following, joined), or null.</summary>
    private static string? CountKind(string part)
    {
        if (CountRegex().Match(part) is not { Success: true } m) return null;
        var words = (m.Groups["before"].Success ? m.Groups["before"].Value : m.Groups["after"].Success ? m.Groups["after"].Value : m.Groups["since"].Value).Trim();
        // Two words may name the count ("member since") or be a count's word and a month ("Joined March 2019").
        var word = s_counts.Contains(words) ? words : words.Split(' ')[0];
        return s_counts.Contains(word) ? word.ToLowerInvariant() : null;
    }

    /// <summary>
    /// A note about a writer as the page's first paragraph of running text, then two or more teasers of stories with no
    /// more than <see cref="MaxBioParagraphs"/> paragraphs between (more of the bio).
    /// </summary>
    private static (int, string)? WritersPage(string[] lines, DateOrder order)
    {
        var note = Array.FindIndex(lines, static l => RawArticleParser.WordCount(l, RunningText.MinParagraphWords) >= RunningText.MinParagraphWords && RawArticleParser.EndsSentence(l));
        if (note < 0) return null;
        // A bio may run on past a note's length: its first sentence says whom it is about.
        var first = FirstSentenceRegex().Match(lines[note]) is { Success: true } sentence ? sentence.Value : lines[note];
        if (!(AuthorNotes.IsAboutWriter(first, RepeatedNames(lines), trailer: true) || AuthorNotes.IsFirstPersonNote(first))) return null;
        var paragraphs = 0;
        for (var k = note; k < lines.Length && paragraphs <= MaxBioParagraphs; k++)
        {
            if (lines[k].Length == 0) continue;
            if (k > note && RawArticleParser.WordCount(lines[k], RunningText.MinParagraphWords) >= RunningText.MinParagraphWords && RawArticleParser.EndsSentence(lines[k])) paragraphs++;
            if (ListingPages.Items(lines, k, order) is var items and >= ListingPages.MinItems)
            {
                return (note, $"a note about the writer ('{Shorten(lines[note])}') over {items} teasers of their stories");
            }
        }

        return null;
    }

    /// <summary>The names printed alone on two or more lines of the page: a writer's page prints the writer's name under each of their stories.</summary>
    private static string[] RepeatedNames(string[] lines) =>
        [.. lines.Where(static l => l.Length > 0 && ListingPages.IsBareName(l)).GroupBy(static l => l, StringComparer.Ordinal).Where(static g => g.Count() >= ListingPages.MinItems).Select(static g => g.Key)];

    [GeneratedRegex(@"^.+?[.!?](?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentenceRegex();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"\s*[·•∙|]\s*|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^(?:\d[\d,.]*[KkMm]?\s+(?<after>\p{L}+(?: \p{L}+)?)|(?<before>\p{L}+(?: \p{L}+)?)\s*:?\s+\d[\d,.]*[KkMm]?|(?<since>\p{L}+(?: \p{L}+)?)\s*:?\s+(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CountRegex();
}

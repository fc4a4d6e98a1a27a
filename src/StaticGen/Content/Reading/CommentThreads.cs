using System.Buffers;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// Readers' comments as a comment section prints them: a commenter's name, the time it was posted ("2 hours ago", "March
/// 7, 2024 at 10:14 am", on its own line or after the name: "Name · 2 days ago"), a short text, then a row of buttons
/// ("Reply · Like (12)", <c>Data/comment-actions.txt</c>). A page made of such comments and furniture, with no article
/// text of its own, is a comments page (the story is elsewhere), not an article.
/// </summary>
public static class CommentThreads
{
    /// <summary>The fewest comments that show a thread: one block of that shape may be a quoted exchange.</summary>
    public const int MinComments = 2;

    /// <summary>The most lines of a comment's text between its time and its buttons.</summary>
    private const int MaxTextLines = 4;

    /// <summary>The most words of a commenter's name or handle ("Dai from Ton", "Marko B. says:").</summary>
    private const int MaxNameWords = 5;

    /// <summary>
    /// Each comment on the page, as the range of its lines (the name's line to the buttons' row), top to bottom.
    /// <paramref name="lines"/> are the page's cleaned lines (blank lines empty).
    /// </summary>
    public static IReadOnlyList<(int First, int Last)> Find(IReadOnlyList<string> lines, ReaderData data, DateOrder order = DateOrder.MonthFirst)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(data);
        var found = new List<(int, int)>();
        var taken = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i <= taken || !IsActionRow(lines[i], data)) continue;
            // Up the comment's block: its text, then its time stamp (alone, or after the name on one line), then the name.
            var stamp = -1;
            var named = false;
            for (var k = i - 1; k > taken && k >= i - 1 - MaxTextLines && lines[k].Length > 0; k--)
            {
                if (Stamp(lines[k], order) is not { } afterName) continue;
                stamp = k;
                named = afterName;
                break;
            }

            if (stamp < 0 || stamp == i - 1) continue;
            var first = stamp;
            if (!named)
            {
                if (stamp == 0 || !IsName(lines[stamp - 1])) continue;
                first = stamp - 1;
            }

            // A second row of buttons under the first ("Reply" / "Share") is the comment's too.
            var last = i;
            while (last + 1 < lines.Count && IsActionRow(lines[last + 1], data)) last++;
            found.Add((first, last));
            taken = last;
        }

        return found;
    }

    /// <summary>A row of a comment's buttons: only words of <c>Data/comment-actions.txt</c>, counts and separators, at least one word.</summary>
    public static bool IsActionRow(string line, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(data);
        var words = 0;
        // The tokens are read in place (this runs on every line, and most lines fail at their first word).
        var rest = line.AsSpan();
        while (rest.IndexOfAnyExcept(s_separators) is var start and >= 0)
        {
            rest = rest[start..];
            var end = rest.IndexOfAny(s_separators);
            var t = (end < 0 ? rest : rest[..end]).Trim("()[]");
            rest = end < 0 ? default : rest[end..];
            if (t.Length == 0 || !t.ContainsAnyExcept(s_countChars)) continue;
            if (!data.IsCommentAction(t)) return false;
            words++;
        }

        return words > 0;
    }

    /// <summary>What separates the buttons of a row.</summary>
    private static readonly SearchValues<char> s_separators = SearchValues.Create(" \t·|•∙");

    /// <summary>The characters of a count ("12", "1.2K", "3,400").</summary>
    private static readonly SearchValues<char> s_countChars = SearchValues.Create("0123456789,.Kk");

    /// <summary>
    /// The time a comment was posted: false when alone on its line, true when after the commenter's name ("Name · 2 days
    /// ago"), null when the line gives no time.
    /// </summary>
    private static bool? Stamp(string line, DateOrder order)
    {
        if (IsTime(line, order)) return false;
        foreach (var separator in (string[])[" · ", " | ", " • ", " - ", " – "])
        {
            var at = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsName(line[..at]) && IsTime(line[(at + separator.Length)..], order)) return true;
        }

        return null;
    }

    private static bool IsTime(string text, DateOrder order) =>
        RawArticleParser.WordCount(text) <= 8 && MetaLines.TryParse(text.Trim(), order) is { Author: null } meta && (meta.IsRelative || meta.Date is not null);

    /// <summary>A commenter's name or handle: a few words ending no sentence ("says:" may close it).</summary>
    private static bool IsName(string line)
    {
        var text = line.Trim();
        if (text.EndsWith(" says:", StringComparison.OrdinalIgnoreCase)) text = text[..^6];
        return text.Length > 0 && RawArticleParser.WordCount(text) <= MaxNameWords && !RawArticleParser.EndsSentence(text) && text[^1] != ':';
    }
}

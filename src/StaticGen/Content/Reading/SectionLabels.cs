namespace StaticGen.Content.Reading;

/// <summary>
/// Tells a kicker from a section label over the headline, as an editor does. A kicker says what kind of story this is
/// ("Comment", "Guest Essay", "Factbox", "Obituary": <c>Data/story-kinds.txt</c>) or what it is about in a phrase of its
/// own ("Flood crisis", "Outlying islands"). A section label names the part of the site the story is filed under
/// ("Food", "Outdoors", "Counties", "FORAGE"): one word that names no kind of story, or a line the page's menu prints too.
/// The page's own title may carry a kicker before its headline ("Obituary: Name, …"): a line that opens the title so is a
/// kicker whatever its words. Pure.
/// </summary>
public static class SectionLabels
{
    /// <summary>The longest label over a headline read as a section's name.</summary>
    public const int MaxWords = 3;

    private static readonly HashSet<string> s_kinds = new(
        DataRows.Lines(EmbeddedResources.ReadText("reader/story-kinds.txt")),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a short label names a kind of story: its last word is one of <c>Data/story-kinds.txt</c>.</summary>
    public static bool IsStoryKind(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.Trim().TrimEnd(':');
        if (text.Length == 0 || RawArticleParser.WordCount(text) > MaxWords + 1) return false;
        return s_kinds.Contains(text[(text.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>
    /// Whether <paramref name="label"/>, a short line over the headline, is the name of a site's section rather than a
    /// kicker: it names no kind of story, the page's title does not open with it, and it is one word or the page prints it
    /// elsewhere as furniture (<paramref name="furniture"/>: the page's menu and labels).
    /// </summary>
    public static bool IsSection(string label, string title, IEnumerable<string> furniture)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(furniture);
        var text = label.Trim();
        var words = RawArticleParser.WordCount(text);
        if (words is 0 or > MaxWords || text[^1] is '.' or '!' or '?' or ':' or '”' or '"' or '’' || text[0] is '“' or '"' or '‘' || IsStoryKind(text)) return false;
        if (!text.Any(char.IsLetter) || text.Any(char.IsDigit)) return false;
        if (OpensTitle(title, text)) return false;
        return words == 1 || furniture.Any(l => string.Equals(l.Trim(), text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The title opens with the label and a separator ("Obituary: …", "Factbox - …").</summary>
    private static bool OpensTitle(string title, string label)
    {
        if (!title.StartsWith(label, StringComparison.OrdinalIgnoreCase) || title.Length <= label.Length) return false;
        var rest = title.AsSpan(label.Length);
        if (rest.StartsWith(": ")) return true;
        foreach (var separator in TitleChooser.SuffixSeparators)
        {
            if (rest.StartsWith(separator, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the page's furniture prints <paramref name="label"/> as one of its items: a line of its own, maybe in the plural
    /// ("Press Releases" for "Press release"), or an item of a menu's row or a breadcrumb ("Home News Sports", "Home › News"):
    /// the name of a section.
    /// </summary>
    public static bool PrintedInMenu(string label, IEnumerable<string> furniture)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(furniture);
        var text = label.Trim();
        if (text.Length == 0) return false;
        foreach (var line in furniture)
        {
            var item = line.Trim();
            if (string.Equals(item, text, StringComparison.OrdinalIgnoreCase) || string.Equals(item, text + "s", StringComparison.OrdinalIgnoreCase)
                || string.Equals(item, text + "es", StringComparison.OrdinalIgnoreCase)) return true;
            var row = " " + string.Join(' ', item.Split(s_rowBreaks, StringSplitOptions.RemoveEmptyEntries)) + " ";
            if (row.Contains(" " + text + " ", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>What sets a menu row's items apart (one array, not one per call).</summary>
    private static readonly char[] s_rowBreaks = [' ', '|', '·', '•', '/', '›', '»', '>'];
}

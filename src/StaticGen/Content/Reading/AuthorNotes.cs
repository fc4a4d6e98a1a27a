using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// Notes about the article's author that close (or open) the article, as an editor sets them in italics and never as
/// story text: a closing credit ("This article was written by Name, Health Correspondent.") names the author; a note
/// about a writer ("Name is a contributing editor at …", "Ms. Surname is a sleep researcher at …", "— Name can be reached at
/// name@…") opens with a name the
/// byline gives, or, in the last paragraphs, with a name and a word of the writer's trade (<c>Data/author-roles.txt</c>).
/// Pure.
/// </summary>
public static partial class AuthorNotes
{
    /// <summary>The longest note about an author.</summary>
    public const int MaxWords = 40;

    private static readonly HashSet<string> s_roles = new(
        DataRows.Lines(EmbeddedResources.ReadText("reader/author-roles.txt")),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The author names of a closing credit ("This article was written by A and B, Role."), or null when the paragraph is none.</summary>
    public static IReadOnlyList<string>? ClosingCredit(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (RawArticleParser.WordCount(paragraph, MaxWords) > MaxWords || ClosingCreditRegex().Match(paragraph.Trim()) is not { Success: true } m) return null;
        var names = m.Groups["names"].Value.Split([" and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length > 0 && names.All(static n => NameRegex().IsMatch(n)) ? names : null;
    }

    /// <summary>
    /// Whether a paragraph is a note about a writer: it opens with a name (maybe after "Mr.", "Ms.", "Dr."…) and "is", "was",
    /// "writes", "covers" or "reports on", is short, and the name is one of <paramref name="authors"/> (or their surname), or, when
    /// <paramref name="trailer"/>, the note holds a word of the writer's trade or an e-mail address to write to.
    /// </summary>
    public static bool IsAboutWriter(string paragraph, IReadOnlyList<string> authors, bool trailer)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(authors);
        if (RawArticleParser.WordCount(paragraph, MaxWords) > MaxWords || NoteRegex().Match(paragraph) is not { Success: true } m) return false;
        var name = m.Groups["name"].Value;
        foreach (var author in authors)
        {
            if (string.Equals(author, name, StringComparison.Ordinal)) return true;
            var surname = author[(author.LastIndexOf(' ') + 1)..];
            if (string.Equals(surname, name, StringComparison.Ordinal)) return true;
        }

        if (!trailer || m.Groups["title"].Success || !name.Contains(' ', StringComparison.Ordinal)) return false;
        // An address to write to ("Send feedback to columns@…") is the writer's, not the story's.
        if (EmailRegex().IsMatch(paragraph)) return true;
        foreach (var word in WordRegex().EnumerateMatches(paragraph.AsSpan(m.Length)))
        {
            if (s_roles.Contains(paragraph.Substring(m.Length + word.Index, word.Length))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph is a writer's note about themselves, as a writer's own page opens ("I am the paper's transport
    /// correspondent …", "I'm a reporter covering …"): in the first person, short, with a word of the writer's trade.
    /// </summary>
    public static bool IsFirstPersonNote(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (RawArticleParser.WordCount(paragraph, MaxWords) > MaxWords || !FirstPersonRegex().IsMatch(paragraph)) return false;
        foreach (var word in WordRegex().EnumerateMatches(paragraph))
        {
            if (s_roles.Contains(paragraph.Substring(word.Index, word.Length))) return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(?:I am|I'm|I’m|I have been|I've been|I’ve been) ", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonRegex();

    /// <summary>The full name a note about a writer opens with ("Ana Ruiz is a columnist …": "Ana Ruiz"); null for a surname after a title ("Ms. Ruiz is …") or no note.</summary>
    public static string? WriterOf(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return NoteRegex().Match(paragraph) is { Success: true } m && !m.Groups["title"].Success && m.Groups["name"].Value.Contains(' ', StringComparison.Ordinal)
            ? m.Groups["name"].Value
            : null;
    }

    [GeneratedRegex(@"^(?:This (?:article|story|report|piece|interview|column) was (?:written|reported|produced|compiled) by|(?:Written|Words|Story) by:?) (?<names>[^,.;]+?)(?:,[^;]*)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCreditRegex();

    [GeneratedRegex(@"^(?:[—–-]+ ?)?(?:(?<title>Mr|Ms|Mrs|Mx|Dr|Prof)\.? )?(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){0,3}) (?:is|was|writes|covers|reports (?:on|from)|has been|can be (?:reached|contacted)|may be (?:reached|contacted)) ", RegexOptions.CultureInvariant)]
    private static partial Regex NoteRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|de|van|von|da|du|al|bin)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}

using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// A draft pasted from a word processor carries its comments: an anchor in the text where a comment was made
/// ("… for nineteen years.[a]") and, at the end, the comment thread, each comment opening with its anchor
/// ("[a]Name: can we confirm …"). An anchor is taken out of the text only when a comment line of the same file opens
/// with it; the comment lines themselves are furniture (<c>Data/furniture.tsv</c>). Pure.
/// </summary>
public static partial class DraftComments
{
    /// <summary>Takes out of <paramref name="lines"/> the anchors that open a comment line; returns the lines (0-based) changed.</summary>
    public static List<int> Strip(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        HashSet<string>? anchors = null;
        foreach (var line in lines)
        {
            if (CommentRegex().Match(line) is { Success: true } m) (anchors ??= new(StringComparer.Ordinal)).Add(m.Groups["anchor"].Value);
        }

        var changed = new List<int>();
        if (anchors is null) return changed;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || CommentRegex().IsMatch(lines[i])) continue;
            var stripped = AnchorRegex().Replace(lines[i], m => anchors.Contains(m.Groups["anchor"].Value) ? "" : m.Value);
            if (string.Equals(stripped, lines[i], StringComparison.Ordinal)) continue;
            lines[i] = stripped.TrimEnd();
            changed.Add(i);
        }

        return changed;
    }

    /// <summary>A comment of the thread: its anchor, then at once the commenter's name and a colon.</summary>
    [GeneratedRegex(@"^\[(?<anchor>[a-z]{1,2})\]\p{L}[^:]{0,60}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex CommentRegex();

    [GeneratedRegex(@"\[(?<anchor>[a-z]{1,2})\]", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorRegex();
}

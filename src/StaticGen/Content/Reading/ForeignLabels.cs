using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// The labels a page prints in its own language ("Lire aussi :", "Crédit photo :", "Lesen Sie auch", "Kommentare"), read
/// as their English counterparts (<c>Data/label-translations.tsv</c>) so that every furniture and credit rule that knows
/// the English label knows them too: an editor who reads "Les også:" over a link knows it for "Read also:". A line is read
/// so only when it is the label alone, or the label, then a colon or a bar, then more text, or the label with its count
/// ("3 commenti:", "Komentarze (12)": the count keeps its place beside the English label). Pure.
/// </summary>
public static partial class ForeignLabels
{
    private static readonly Dictionary<string, string> s_labels = Parse(EmbeddedResources.ReadText("reader/label-translations.tsv"));

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The English labels a page prints with a count (the comment section's header: "Comments (12)", "3 Comments:").</summary>
    private static readonly HashSet<string> s_counted = new(["Comments"], StringComparer.Ordinal);

    /// <summary>The English labels a page prints with a figure after a space ("Tempo di lettura 4 minuti": a reading time).</summary>
    private static readonly HashSet<string> s_valued = new(["Reading time"], StringComparer.Ordinal);

    /// <summary>The longest line in brackets read for a label inside them ("(Crédits : Name)", a credit's length).</summary>
    private const int MaxBracketedLength = 100;

    /// <summary>The most characters a figure adds to such a label ("12 minuti di lettura").</summary>
    private const int MaxValueLength = 24;

    /// <summary>The most characters a count adds to a label ("(1,234) ", brackets, space and colon).</summary>
    private const int MaxCountLength = 12;

    /// <summary>The longest label looked for (characters).</summary>
    private static readonly int s_maxLabelLength = s_labels.Keys.Max(static k => k.Length);

    /// <summary>
    /// The line with its label in English ("Lire aussi : Bergerac …" gives "Read also: Bergerac …", "Kommentare" gives
    /// "Comments"), or null when the line opens with no label of another language.
    /// </summary>
    public static string? Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var span = line.AsSpan().Trim();
        if (span.Length == 0) return null;

        // A label in brackets with its text ("(Crédits : Name)"): read inside them, the brackets kept.
        if (span.Length > 2 && span[0] == '(' && span[^1] == ')' && span.Length <= MaxBracketedLength && Read(span[1..^1].ToString()) is { } inner) return $"({inner})";
        if (span.Length <= s_maxLabelLength + 1)
        {
            var alone = span.TrimEnd(':').TrimEnd();
            if (s_lookup.TryGetValue(alone, out var english)) return span.EndsWith(':') ? english + ":" : english;
        }

        // A count beside the label ("3 commenti:", "Komentarze (12)") is the section's size: it stays where it stands.
        if (span.Length <= s_maxLabelLength + MaxCountLength && CountedRegex().Match(line.Trim()) is { Success: true } counted
            && s_lookup.TryGetValue(counted.Groups["label"].Value, out var counter) && s_counted.Contains(counter))
        {
            var before = counted.Groups["before"].Value;
            var after = counted.Groups["after"].Value;
            return $"{(before.Length > 0 ? before + " " : "")}{counter}{(after.Length > 0 ? " " + after : "")}{counted.Groups["colon"].Value}";
        }

        // A reading time with its value after a space ("Tempo di lettura 4 minuti", "Lesezeit 3 Min."): the label, then the figure.
        if (span.Length <= s_maxLabelLength + MaxValueLength && ValuedRegex().Match(line.Trim()) is { Success: true } valued
            && s_lookup.TryGetValue(valued.Groups["label"].Value, out var measure) && s_valued.Contains(measure))
        {
            return $"{measure}: {valued.Groups["value"].Value}";
        }

        var stop = span[..Math.Min(span.Length, s_maxLabelLength + 2)].IndexOfAny(':', '|');
        if (stop <= 0 || !s_lookup.TryGetValue(span[..stop].TrimEnd(), out var label)) return null;
        var rest = span[(stop + 1)..].Trim();
        return rest.Length == 0 ? label + span[stop] : $"{label}{span[stop]} {rest}";
    }

    /// <summary>A label with its count before it ("3 commenti:") or after it in brackets ("Vos réactions (3)").</summary>
    [GeneratedRegex(@"^(?:(?<before>\d[\d.,]*)\s+(?<label>\p{L}[^:|()]*?)|(?<label>\p{L}[^:|()]*?)\s*(?<after>\(\d[\d.,]*\)))\s*(?<colon>:?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedRegex();

    /// <summary>A label, then a figure after a space ("Tempo di lettura 4 minuti").</summary>
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]*?)\s+(?<value>\d[\d.,]*\s*\p{L}{0,12}\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ValuedRegex();

    private static Dictionary<string, string> Parse(string tsv)
    {
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataRows.Of(tsv))
        {
            if (row.Length != 2) throw new FormatException($"label-translations.tsv: expected 'english<TAB>label' in '{string.Join('\t', row)}'");
            labels[row[1].Trim()] = row[0].Trim();
        }

        return labels;
    }
}

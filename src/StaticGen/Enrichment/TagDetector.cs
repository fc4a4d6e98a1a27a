using System.Globalization;
using System.Text;
using StaticGen.Configuration;

namespace StaticGen.Enrichment;

/// <summary>A tag found in an article, with how often it is mentioned (all its spellings together).</summary>
public sealed record DetectedTag(string Name, int Mentions, double Salience);

/// <summary>
/// Finds the people and organisations an article names: runs of capitalised words ("Alexander
/// Lukashenko", "International Court of Justice") and acronyms ("NATO"). Later mentions by surname
/// ("Lukashenko") count for the full name; an acronym and its spelled-out form are one tag; aliases
/// from config merge names; countries, months, days and common sentence openers are never tags.
/// </summary>
public sealed class TagDetector
{
    private static readonly string[] s_connectors = ["of", "for", "and", "de", "da", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al", "el", "&"];

    private static readonly string[] s_defaultStop =
    [
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "And", "But", "Or", "If", "As", "It", "Its", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "There", "Here", "When", "While",
        "After", "Before", "During", "Since", "Until", "Although", "However", "According", "Only", "Even", "Yet", "Still", "Also",
        "Some", "Many", "Most", "More", "Such", "Other", "Another", "Each", "Every", "All", "Both", "No", "Not", "Nobody",
        "What", "Who", "Why", "How", "Where", "Which", "Contrary", "Against", "Apart", "Until", "Above", "Once", "Then", "Now",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "West", "East", "North", "South", "Western", "Eastern",
        "Europe", "Africa", "Asia", "America", "Americas", "Oceania", "Antarctica", "Middle", "Photo", "Image", "Read", "Share",
    ];

    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Chancellor", "King", "Queen", "Pope", "Governor", "Senator", "General", "Secretary",
        "Interior", "Foreign", "Defence", "Defense", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Coach", "Captain",
        "Venezuelan", "Guyanese", "Romanian", "Austrian", "Belarusian", "Russian",
    };

    private readonly PhraseMatcher<bool> _places;
    private readonly HashSet<string> _stop;
    private readonly Dictionary<string, string> _aliases;
    private readonly int _max;

    public TagDetector(Gazetteer gazetteer, TagsConfig config)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(config);
        _places = new PhraseMatcher<bool>(gazetteer.Terms.Select(static t => KeyValuePair.Create(t.Text, true)));
        _stop = new HashSet<string>(s_defaultStop.Concat(config.Stop), StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(config.Aliases, StringComparer.OrdinalIgnoreCase);
        _max = config.Max;
    }

    public IReadOnlyList<DetectedTag> Detect(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var candidates = new List<(string Name, TextRole Role, int Position)>();
        var position = 0;
        foreach (var segment in segments)
        {
            var tokens = Tokenizer.Tokenize(segment.Text);
            var places = PlaceTokens(segment.Text, tokens);
            foreach (var (name, first) in Candidates(segment.Text, tokens, places))
            {
                candidates.Add((name, segment.Role, position + first));
            }

            position += tokens.Count;
        }

        // Canonical names: aliases first, then a surname or first word that belongs to a longer name.
        var multi = candidates.Select(static c => c.Name).Where(static n => n.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in multi)
        {
            var initials = Initials(name);
            if (initials.Length >= 2 && candidates.Any(c => c.Name == initials)) acronyms.TryAdd(name, initials);
        }

        var tallies = new Dictionary<string, (string Name, int Mentions, double Score, int First)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (raw, role, pos) in candidates)
        {
            var name = Canonical(raw, multi, acronyms);
            if (_stop.Contains(name)) continue;
            var key = Fold(name);
            tallies.TryGetValue(key, out var t);
            var preferred = t.Name is null || name.Length > t.Name.Length && !acronyms.ContainsValue(t.Name) ? name : t.Name;
            tallies[key] = (preferred, t.Mentions + 1, t.Score + Weight(role), t.Name is null ? pos : t.First);
        }

        return [.. tallies.Values
            .Where(static t => t.Mentions >= 2)
            .OrderByDescending(static t => t.Score)
            .ThenBy(static t => t.First)
            .ThenBy(static t => t.Name, StringComparer.Ordinal)
            .Take(_max)
            .Select(static t => new DetectedTag(t.Name, t.Mentions, t.Score))];
    }

    private string Canonical(string name, List<string> multi, Dictionary<string, string> acronyms)
    {
        if (_aliases.TryGetValue(name, out var alias)) return alias;
        if (acronyms.TryGetValue(name, out var acronym)) return acronym;
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            var owners = multi.Where(m => m.EndsWith(" " + name, StringComparison.Ordinal)).Distinct().ToList();
            if (owners.Count == 1) return _aliases.TryGetValue(owners[0], out var a) ? a : owners[0];
        }

        return name;
    }

    private bool[] PlaceTokens(string text, List<Token> tokens)
    {
        var isPlace = new bool[tokens.Count];
        foreach (var match in _places.Matches(text, tokens))
        {
            for (var k = 0; k < match.TokenCount; k++) isPlace[match.FirstToken + k] = true;
        }

        return isPlace;
    }

    /// <summary>Runs of capitalised tokens (with connectors such as "of" inside) and acronyms.</summary>
    private IEnumerable<(string Name, int First)> Candidates(string text, List<Token> tokens, bool[] places)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalised(text, tokens[i]) || places[i])
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var j = i + 1;
            while (j < tokens.Count)
            {
                var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
                if (!IsJoiningGap(gap)) break;
                if (IsCapitalised(text, tokens[j]) && !places[j])
                {
                    end = j;
                    j++;
                    continue;
                }

                if (IsConnector(text, tokens[j]) && j + 1 < tokens.Count && IsCapitalised(text, tokens[j + 1]) && !places[j + 1])
                {
                    j++;
                    continue;
                }

                break;
            }

            // Drop leading titles and sentence openers ("President Vladimir Putin" → "Vladimir Putin").
            while (start < end && (s_titles.Contains(Word(text, tokens[start])) || (tokens[start].SentenceStart && _stop.Contains(Word(text, tokens[start])))))
            {
                start++;
            }

            var name = text[tokens[start].Start..tokens[end].End];
            var single = start == end;
            var word = Word(text, tokens[start]);
            var keep = !(single && (_stop.Contains(word) || s_titles.Contains(word) || (tokens[start].SentenceStart && !IsAcronym(word))))
                && !name.Any(char.IsDigit)
                && word.Length > 1;
            if (keep) yield return (name, start);
            i = end + 1;
        }
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap) => gap.Length == 1 && gap[0] is ' ' or '-' or '\u00A0';

    private static bool IsConnector(string text, Token token) => Array.IndexOf(s_connectors, Word(text, token)) >= 0;

    private static bool IsCapitalised(string text, Token token) => char.IsUpper(text[token.Start]);

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(static w => w.Length > 0 && char.IsUpper(w[0])).Select(static w => w[0]));

    private static double Weight(TextRole role) => role switch
    {
        TextRole.Title => 4,
        TextRole.Kicker or TextRole.Lede => 2,
        TextRole.Caption => 0.5,
        _ => 1,
    };

    /// <summary>Case- and accent-insensitive key, so "Mbappé" and "Mbappe" are one tag.</summary>
    internal static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

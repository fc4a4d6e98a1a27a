namespace StaticGen.Content.Reading;

/// <summary>
/// The words with which a page speaks to its reader ("you", "your") or as the site ("we", "our"), per language
/// (<c>Data/address-words.tsv</c>): evidence that a line is a notice, a prompt or a pitch rather than news. English's words
/// are read on every page, as sites of every language keep English buttons; another language's only on a page in that
/// language, since one language's pronoun is another's article ("du": German "you", French "of the").
/// </summary>
public sealed class AddressWords
{
    /// <summary>Per language, every form of its words that is matched.</summary>
    private readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>English's words, read on every page.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _english;

    public AddressWords(IEnumerable<(string Language, IEnumerable<string> Words)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var (language, words) in rows)
        {
            var forms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.Length == 0) continue;
                forms.Add(word);
                // Written with a capital ("Ihre"), only so; "your" also as "Your" opening a sentence and "YOUR" on a
                // shouted button, but "us" never as "US".
                if (word.Any(char.IsUpper)) continue;
                forms.Add(char.ToUpperInvariant(word[0]) + word[1..]);
                if (word.Length >= 3) forms.Add(word.ToUpperInvariant());
            }

            _byLanguage[language] = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        _byLanguage.TryGetValue(TextLanguage.English, out _english);
    }

    /// <summary>The embedded table.</summary>
    public static AddressWords Default { get; } = Load();

    private static AddressWords Load() => new(DataRows.Of(EmbeddedResources.ReadText("reader/address-words.tsv"), header: true)
        .Where(static r => r.Length >= 2)
        .Select(static r => (r[0], (IEnumerable<string>)r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>Whether the line speaks to its reader or as the site, in English or in <paramref name="language"/>.</summary>
    public bool Address(ReadOnlySpan<char> line, string language = TextLanguage.English)
    {
        var english = _english;
        var own = language != TextLanguage.English && _byLanguage.TryGetValue(language, out var words) ? words : default;
        var at = 0;
        while (at < line.Length)
        {
            if (!char.IsLetter(line[at]))
            {
                at++;
                continue;
            }

            // A word: a run of letters ("you" of "you're").
            var end = at;
            while (end < line.Length && char.IsLetter(line[end])) end++;
            var word = line[at..end];
            if ((english.Set is not null && english.Contains(word)) || (own.Set is not null && own.Contains(word))) return true;
            at = end;
        }

        return false;
    }
}

namespace StaticGen.Content.Reading;

/// <summary>
/// The content words of an article's opening (the lede and the paragraphs after it), to weigh title candidates: a
/// headline shares words with the text it heads; a section label, a site's name or a button does not. Content words
/// are words of three letters or more that are not stop words, compared in lower case; words of five letters or more
/// also match on their first five letters ("strike" and "strikers"). Built once per article.
/// </summary>
public sealed class OpeningWords
{
    /// <summary>How many prose lines from the lede on make the opening.</summary>
    public const int Lines = 5;

    private const int PrefixLength = 5;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public OpeningWords(IEnumerable<string> texts, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(data);
        foreach (var text in texts)
        {
            foreach (var word in ContentWords(text, data))
            {
                _words.Add(word);
                if (word.Length >= PrefixLength) _prefixes.Add(word[..PrefixLength]);
            }
        }
    }

    /// <summary>How many distinct content words of <paramref name="line"/> the opening has, and how many content words the line has.</summary>
    public (int Shared, int Content) Shared(string line, ReaderData data)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in ContentWords(line, data))
        {
            if (!seen.Add(word)) continue;
            if (_words.Contains(word) || (word.Length >= PrefixLength && _prefixes.Contains(word[..PrefixLength]))) shared++;
        }

        return (shared, seen.Count);
    }

    private static IEnumerable<string> ContentWords(string text, ReaderData data)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }

            if (start >= 0 && i - start >= 3)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!data.IsStopWord(word)) yield return word;
            }

            start = -1;
        }
    }
}

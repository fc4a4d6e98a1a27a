namespace StaticGen.Enrichment;

/// <summary>Word count and reading time (at 220 words a minute, at least one minute).</summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 220;

    public static int Words(IEnumerable<TextSegment> segments) =>
        segments.Where(static s => s.Role is not (TextRole.Title or TextRole.Kicker)).Sum(static s => CountWords(s.Text));

    public static int Minutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = Tokenizer.IsWordChar(c);
            if (word && !inWord) count++;
            inWord = word || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}

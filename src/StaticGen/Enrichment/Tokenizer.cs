using System.Runtime.CompilerServices;

namespace StaticGen.Enrichment;

/// <summary>A word of a text: its characters and where it stands.</summary>
public readonly record struct Token(int Start, int Length, bool SentenceStart)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word tokens: runs of letters, digits and combining marks. Apostrophes,
/// hyphens and dots separate words ("Brazil’s" → "Brazil" "s", "U.S." → "U" "S"), so names match
/// the same way in every spelling. Records whether a token starts a sentence, which tells a
/// capitalised name from a capitalised first word.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                tokens.Add(new Token(start, i - start, sentenceStart));
                sentenceStart = false;
                continue;
            }

            if (c is '.' or '!' or '?' or '\n' or ':' or '“' or '"' && !IsAbbreviationDot(text, i))
            {
                sentenceStart = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>A letter, digit or combining mark; ASCII, most of any text, is answered without a Unicode table lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>A dot inside "U.S." or after a single capital ("J. Smith") does not end a sentence.</summary>
    private static bool IsAbbreviationDot(string text, int i)
    {
        if (text[i] != '.') return false;
        var before = i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !IsWordChar(text[i - 2]) || text[i - 2] == '.');
        return before;
    }
}

namespace StaticGen.Enrichment;

/// <summary>
/// Whether a line is written in title case ("Floods Hit Brazil As Rains Continue"), where a capital
/// letter says nothing about a name. A headline with names in it is not title case as long as one
/// ordinary longer word stays in lower case ("Real Madrid knock out Paris Saint-Germain").
/// </summary>
internal static class TitleCase
{
    /// <summary>Only headlines are written in title case; a line of names in running text is not ("— Ana Lind, Harbour Trust").</summary>
    public static bool Applies(TextRole role) => role is TextRole.Title or TextRole.Kicker or TextRole.Heading;

    /// <summary>Longer prepositions and conjunctions that title-case styles leave in lower case.</summary>
    private static readonly HashSet<string> s_minorWords = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "onto", "over", "upon", "amid", "than", "near", "past", "till", "until", "that", "when", "while",
    };

    public static bool Is(string text, IReadOnlyList<Token> tokens)
    {
        var longer = 0;
        foreach (var token in tokens)
        {
            if (token.Length < 4 || !char.IsLetter(text[token.Start])) continue;
            if (char.IsUpper(text[token.Start]))
            {
                longer++;
                continue;
            }

            if (!s_minorWords.Contains(text.Substring(token.Start, token.Length))) return false;
        }

        return longer >= 3;
    }
}

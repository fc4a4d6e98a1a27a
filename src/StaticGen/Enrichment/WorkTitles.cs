namespace StaticGen.Enrichment;

/// <summary>
/// The titles of works an article quotes ("the song “Cuban Heels”", "the hymn “On Jordan's Stormy Banks”"): a short run of
/// two to eight words in quotation marks, every word of four letters or more capitalised, with no sentence ending in it. A
/// country's word or a name inside one is part of the title, there and wherever the article prints the title again (a
/// track list). Pure.
/// </summary>
internal static class WorkTitles
{
    /// <summary>The quoted titles of the article's text, or null when it quotes none.</summary>
    public static HashSet<string>? Find(IReadOnlyList<TextSegment> segments)
    {
        HashSet<string>? titles = null;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            var at = text.AsSpan().IndexOfAny('"', '“');
            while (at >= 0 && at + 1 < text.Length)
            {
                var close = text.AsSpan(at + 1).IndexOfAny('"', '”');
                if (close < 0) break;

                // American punctuation puts the sentence's own stop inside the marks: “… Stormy Banks.”
                var inner = text.AsSpan(at + 1, close).Trim().TrimEnd(",.!?");
                if (IsTitle(inner)) (titles ??= new(StringComparer.Ordinal)).Add(inner.ToString());
                var next = text.AsSpan(at + close + 2).IndexOfAny('"', '“');
                at = next < 0 ? -1 : at + close + 2 + next;
            }
        }

        return titles;
    }

    /// <summary>Whether the span from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> lies inside one of <paramref name="titles"/> where the text prints it.</summary>
    public static bool Inside(string text, int start, int end, HashSet<string> titles)
    {
        foreach (var title in titles)
        {
            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
            {
                if (at <= start && end <= at + title.Length) return true;
            }
        }

        return false;
    }

    /// <summary>Whether every place the article prints <paramref name="name"/> lies inside one of its quoted titles.</summary>
    public static bool OnlyInTitles(string name, IReadOnlyList<TextSegment> segments, HashSet<string> titles)
    {
        var seen = false;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (!Inside(text, at, at + name.Length, titles)) return false;
                seen = true;
            }
        }

        return seen;
    }

    private static bool IsTitle(ReadOnlySpan<char> inner)
    {
        if (inner.Length < 3 || !char.IsUpper(inner[0]) || inner.IndexOfAny(".!?:;") >= 0) return false;
        // The words between spaces, read in place: two to eight, and every one of four letters or more (counted from its start) capitalised.
        var words = 0;
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            if (word.IsEmpty) continue;
            if (++words > 8) return false;
            var letters = 0;
            while (letters < word.Length && char.IsLetter(word[letters])) letters++;
            if (letters >= 4 && !char.IsUpper(word[0])) return false;
        }

        return words >= 2;
    }
}

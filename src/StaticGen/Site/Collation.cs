using System.Text;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Site;

/// <summary>
/// How an index orders and files its terms in the site's language. A term sorts by its slug, which folds case and
/// accents as a reader's index does ("Österreich" under O, "Ángel" among the A's); a language may keep a letter
/// of its own (Spanish ñ, after n and before o, filed under Ñ). Pure, ordinal comparisons only.
/// </summary>
public static class Collation
{
    // A letter that follows every ASCII letter in ordinal order; "ñ" keys as "n" + this, after every "nz…".
    private const char After = '\u02B9';

    /// <summary>The sort key of a term: its slug, or for a name with one of the language's own letters a slug that keeps them apart.</summary>
    public static string Key(SiteLanguage language, string name, string slug)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(name);
        var own = language.OwnLetters;
        if (own.Count == 0 || !name.Any(c => own.ContainsKey(char.ToLowerInvariant(c)))) return slug;
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (own.TryGetValue(char.ToLowerInvariant(c), out var before)) sb.Append(before).Append(After);
            else sb.Append(c);
        }

        var key = Slugs.Slugify(sb.ToString());
        return key.Length > 0 ? key : slug;
    }

    /// <summary>The letter an index files a sort key under, in upper case ("Ñ" for a key made of an own letter), or <c>#</c>.</summary>
    public static string Initial(SiteLanguage language, string key)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || !char.IsLetter(key[0])) return "#";
        if (key.Length > 1 && key[1] == After)
        {
            foreach (var (letter, before) in language.OwnLetters)
            {
                if (before == key[0]) return char.ToUpperInvariant(letter).ToString();
            }
        }

        return char.ToUpperInvariant(key[0]).ToString();
    }
}

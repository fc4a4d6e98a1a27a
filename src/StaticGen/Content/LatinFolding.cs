using System.Collections.Frozen;
using System.Text;

namespace StaticGen.Content;

/// <summary>
/// Removes accents from Latin letters ("São" → "Sao", "Modrić" → "Modric") without Unicode
/// normalisation, which the invariant globalisation mode the tool runs in does not provide.
/// Combining marks (U+0300–U+036F) are dropped; letters without an ASCII base are kept.
/// </summary>
public static class LatinFolding
{
    private static readonly FrozenDictionary<char, char> s_bases = Build();

    /// <summary>The letter without its accent, or the letter itself.</summary>
    public static char Base(char c) => c < 0x80 ? c : s_bases.GetValueOrDefault(c, c);

    /// <summary>Whether a character is a combining accent that folding drops.</summary>
    public static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsCombining(c)) sb.Append(Base(c));
        }

        return sb.ToString();
    }

    private static FrozenDictionary<char, char> Build()
    {
        (char Base, string Accented)[] table =
        [
            ('a', "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặ"), ('A', "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶ"),
            ('c', "çćĉċč"), ('C', "ÇĆĈĊČ"), ('d', "ďđ"), ('D', "ĎĐ"),
            ('e', "èéêëēĕėęěȅȇȩẹẻẽếềểễệ"), ('E', "ÈÉÊËĒĔĖĘĚȄȆȨẸẺẼẾỀỂỄỆ"),
            ('g', "ĝğġģǧǵ"), ('G', "ĜĞĠĢǦǴ"), ('h', "ĥħ"), ('H', "ĤĦ"),
            ('i', "ìíîïĩīĭįıǐȉȋịỉ"), ('I', "ÌÍÎÏĨĪĬĮİǏȈȊỊỈ"), ('j', "ĵ"), ('J', "Ĵ"), ('k', "ķǩ"), ('K', "ĶǨ"),
            ('l', "ĺļľŀł"), ('L', "ĹĻĽĿŁ"), ('n', "ñńņňǹ"), ('N', "ÑŃŅŇǸ"),
            ('o', "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱọỏốồổỗộớờởỡợ"), ('O', "ÒÓÔÕÖØŌŎŐƠǑǪǬǾȌȎȪȬȮȰỌỎỐỒỔỖỘỚỜỞỠỢ"),
            ('r', "ŕŗřȑȓ"), ('R', "ŔŖŘȐȒ"), ('s', "śŝşšș"), ('S', "ŚŜŞŠȘ"), ('t', "ţťŧț"), ('T', "ŢŤŦȚ"),
            ('u', "ùúûüũūŭůűųưǔǖǘǚǜȕȗụủứừửữự"), ('U', "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖỤỦỨỪỬỮỰ"),
            ('w', "ŵẁẃẅ"), ('W', "ŴẀẂẄ"), ('y', "ýÿŷỳỵỷỹ"), ('Y', "ÝŸŶỲỴỶỸ"), ('z', "źżž"), ('Z', "ŹŻŽ"),
        ];
        var map = new Dictionary<char, char>();
        foreach (var (letter, accented) in table)
        {
            foreach (var c in accented) map[c] = letter;
        }

        return map.ToFrozenDictionary();
    }
}

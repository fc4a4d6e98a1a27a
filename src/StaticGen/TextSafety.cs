using System.Globalization;
using System.Text;

namespace StaticGen;

/// <summary>
/// Characters that are not text: C0 and C1 control characters (except tab, line feed and carriage
/// return), DEL, lone surrogates and Unicode noncharacters. HTML forbids them in a page, XML 1.0 in a
/// feed, and a terminal may obey them; StaticGen removes them where text enters (content files and
/// YAML values) and shows them escaped in diagnostics.
/// </summary>
public static class TextSafety
{
    /// <summary>Whether the character at <paramref name="index"/> is not text (a lone surrogate counts; a surrogate pair does not).</summary>
    public static bool IsNotText(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = text[index];
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]) || IsNoncharacter(char.ConvertToUtf32(c, text[index + 1]));
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            _ => IsNoncharacter(c),
        };
    }

    /// <summary>
    /// <paramref name="text"/> without characters that are not text (a vertical tab or form feed
    /// becomes a space, so words stay apart); <paramref name="removed"/> counts them and
    /// <paramref name="first"/> is the index of the first one, or -1.
    /// </summary>
    public static string RemoveNonText(string text, out int removed, out int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = 0;
        first = -1;
        var i = 0;
        while (i < text.Length && !IsNotText(text, i)) i++;
        if (i == text.Length) return text;

        first = i;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (!IsNotText(text, i))
            {
                sb.Append(text[i]);
                continue;
            }

            removed++;
            if (text[i] is '\v' or '\f') sb.Append(' ');
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a bidirectional formatting character (U+200E/F marks, U+202A–202E
    /// embeddings and overrides, U+2066–2069 isolates). In a title or a name one can make it show in
    /// another order than it is written (a file name "invoice\u202Efdp.exe" reads "invoiceexe.pdf").
    /// </summary>
    public static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary><paramref name="text"/> without bidirectional formatting characters; <paramref name="removed"/> counts them.</summary>
    public static string RemoveBidiControls(string text, out int removed)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = 0;
        foreach (var c in text)
        {
            if (IsBidiControl(c)) removed++;
        }

        if (removed == 0) return text;
        var sb = new StringBuilder(text.Length - removed);
        foreach (var c in text)
        {
            if (!IsBidiControl(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// One line of text for a terminal: characters that are not text, line breaks, tabs and
    /// bidirectional controls (which would reorder the line) are written as <c>\uXXXX</c>.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !Escaped(text, i)) i++;
        if (i == text.Length) return text;

        var sb = new StringBuilder(text.Length + 8);
        for (i = 0; i < text.Length; i++)
        {
            if (Escaped(text, i)) sb.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(text[i]);
        }

        return sb.ToString();

        static bool Escaped(string text, int i) => text[i] is '\t' or '\n' or '\r' || IsNotText(text, i) || IsBidiControl(text[i]);
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}

namespace StaticGen;

/// <summary>
/// Finding an ASCII text in a line, case ignored, as <see cref="StringComparison.OrdinalIgnoreCase"/> does. StaticGen runs
/// with invariant globalization, where the framework's ordinal search ignoring case compares character by character,
/// every position of the line against the whole value (a tenth of a microsecond a line of prose, measured); this one looks
/// for the value's first character with the vectorised search, then compares the rest. The same answer: ignoring case,
/// no character outside ASCII equals one inside it (the Kelvin sign lowers to "k" but is not one; a test checks every
/// character against the framework).
/// </summary>
internal static class AsciiSearch
{
    /// <summary>Where <paramref name="value"/> (ASCII, not empty) first occurs in <paramref name="text"/>, case ignored; -1 when nowhere.</summary>
    public static int IndexOfIgnoreCase(ReadOnlySpan<char> text, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (!System.Text.Ascii.IsValid(value)) return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        var first = value[0];
        var tail = value.AsSpan(1);
        var last = text.Length - value.Length;
        for (var from = 0; from <= last;)
        {
            var at = char.IsAsciiLetter(first)
                ? text[from..(last + 1)].IndexOfAny((char)(first | 0x20), (char)(first & ~0x20))
                : text[from..(last + 1)].IndexOf(first);
            if (at < 0) return -1;
            at += from;
            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(at + 1, tail.Length), tail)) return at;
            from = at + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="value"/> (ASCII, not empty), case ignored.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<char> text, string value) => IndexOfIgnoreCase(text, value) >= 0;
}

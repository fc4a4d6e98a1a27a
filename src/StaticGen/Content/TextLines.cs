namespace StaticGen.Content;

/// <summary>Normalises text as read (BOM, CRLF, CR) and splits it into lines.</summary>
internal static class TextLines
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text;
    }

    public static string[] Split(string text) => Normalize(text).Split('\n');
}

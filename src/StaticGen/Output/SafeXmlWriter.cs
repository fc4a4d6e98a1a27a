using System.Text;
using System.Xml;

namespace StaticGen.Output;

/// <summary>
/// An <see cref="XmlWriter"/> that drops characters XML 1.0 cannot hold (control characters from
/// scraped text) instead of failing the build or writing a malformed feed.
/// </summary>
internal sealed class SafeXmlWriter(XmlWriter inner) : XmlWriter
{
    public override WriteState WriteState => inner.WriteState;

    public override void WriteString(string? text) => inner.WriteString(Clean(text));

    public override void WriteStartDocument() => inner.WriteStartDocument();

    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);

    public override void WriteEndDocument() => inner.WriteEndDocument();

    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);

    public override void WriteStartElement(string? prefix, string localName, string? ns) => inner.WriteStartElement(prefix, localName, ns);

    public override void WriteEndElement() => inner.WriteEndElement();

    public override void WriteFullEndElement() => inner.WriteFullEndElement();

    public override void WriteStartAttribute(string? prefix, string localName, string? ns) => inner.WriteStartAttribute(prefix, localName, ns);

    public override void WriteEndAttribute() => inner.WriteEndAttribute();

    public override void WriteCData(string? text) => inner.WriteCData(Clean(text));

    public override void WriteComment(string? text) => inner.WriteComment(Clean(text));

    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text);

    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);

    public override void WriteCharEntity(char ch) => inner.WriteCharEntity(ch);

    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);

    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);

    public override void WriteChars(char[] buffer, int index, int count) => inner.WriteString(Clean(new string(buffer, index, count)));

    public override void WriteRaw(char[] buffer, int index, int count) => inner.WriteRaw(buffer, index, count);

    public override void WriteRaw(string data) => inner.WriteRaw(data);

    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);

    public override void Flush() => inner.Flush();

    public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);

    internal static string? Clean(string? text)
    {
        if (text is null) return null;
        var bad = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsXmlChar(text, i))
            {
                bad = true;
                break;
            }
        }

        if (!bad) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (IsXmlChar(text, i))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}

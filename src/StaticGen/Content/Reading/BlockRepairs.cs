using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// The reader's last step, on the body's blocks once they are built (<see cref="ArticleReader"/>): what a line-by-line
/// reading cannot see, because it takes two blocks side by side or the whole body. A repeated image or paragraph, notes
/// about the writer, headings that are buttons or pull quotes, a paragraph broken in two by a blank line. Each records
/// what it changed as a note (<c>inspect</c> shows them).
/// </summary>
internal static class BlockRepairs
{
    /// <summary>
    /// A heading says what the next section is about: a short line that speaks of the page ("Gift this article", "Keep
    /// reading") is a button or a label, and a line whose words stand inside a paragraph of the article is a pull quote
    /// (the sentence stays where the paragraph has it). A person's name alone names who spoke or posted, not a section:
    /// under a paragraph that is all one quotation it is that quote's attribution, and over a reply that opens with a
    /// handle ("@name …") it is the reply's poster. All are dropped.
    /// </summary>
    internal static void DropFalseHeadings(List<RawBlock> blocks, ReaderData data, List<ParseNote> notes)
    {
        for (var k = blocks.Count - 1; k >= 0; k--)
        {
            if (blocks[k] is not RawHeading h) continue;
            if (data.IsPageSpeech(h.Text))
            {
                blocks.RemoveAt(k);
                notes.Add(new ParseNote(h.Line, "a short line that speaks of the page dropped (a button or label, not a heading)"));
            }
            else if (h.Text.Trim('“', '”', '"', '‘', '’', '\'', ' ') is { Length: >= MinPullQuoteChars } words
                && blocks.Any(b => b is RawParagraph p && p.Text.Contains(words, StringComparison.Ordinal)))
            {
                blocks.RemoveAt(k);
                notes.Add(new ParseNote(h.Line, "a pull quote (its words stand in a paragraph of the article) dropped, never a heading"));
            }
            else if (ArticleReader.BareNames(h.Text, DateOrder.MonthFirst, data) is [_]
                && ((k > 0 && blocks[k - 1] is RawParagraph quote && IsQuotation(quote.Text)) || (k + 1 < blocks.Count && blocks[k + 1] is RawParagraph reply && reply.Text.StartsWith('@'))))
            {
                blocks.RemoveAt(k);
                notes.Add(new ParseNote(h.Line, "a name alone under a quotation or over a reply (who spoke or posted) dropped, never a heading"));
            }
        }
    }

    /// <summary>A paragraph that is all one quotation, in quotation marks from its first character to its last.</summary>
    private static bool IsQuotation(string text) => text.Length > 2 && text[0] is '“' or '"' && text[^1] is '”' or '"';

    /// <summary>
    /// A paragraph broken in two by a blank line: a heading or paragraph that ends in a letter or a comma, with no closing
    /// punctuation, over a paragraph whose first word is in lower case ("In response, Mr Lee" / "said on Friday: …") is the
    /// first half of that paragraph, never a subheading. The two are joined.
    /// </summary>
    internal static void JoinBrokenLines(List<RawBlock> blocks, List<ParseNote> notes)
    {
        for (var k = blocks.Count - 2; k >= 0; k--)
        {
            var (line, text) = blocks[k] switch
            {
                RawHeading h => (h.Line, h.Text),
                RawParagraph p => (p.Line, p.Text),
                _ => (0, ""),
            };
            if (text.Length == 0 || !(char.IsLetter(text[^1]) || text[^1] == ',') || blocks[k + 1] is not RawParagraph next || !OpensInLowerCase(next.Text)) continue;
            blocks[k] = new RawParagraph(line, text + " " + next.Text);
            blocks.RemoveAt(k + 1);
            notes.Add(new ParseNote(line, $"a paragraph broken by a blank line joined (line {line} ends with no punctuation and line {next.Line} goes on in lower case)"));
        }
    }

    /// <summary>The first word is all in lower case letters ("tweeted", not "iPhone" or "eBay").</summary>
    private static bool OpensInLowerCase(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == 0) return false;
        foreach (var c in text.AsSpan(0, end))
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>A paragraph that repeats the one right before it word for word is printed twice by the page: the second goes.</summary>
    internal static void DropRepeatedParagraphs(List<RawBlock> blocks, List<ParseNote> notes)
    {
        for (var k = blocks.Count - 1; k > 0; k--)
        {
            if (blocks[k] is not RawParagraph p || blocks[k - 1] is not RawParagraph before || !string.Equals(p.Text, before.Text, StringComparison.Ordinal)) continue;
            blocks.RemoveAt(k);
            notes.Add(new ParseNote(p.Line, $"a paragraph that repeats the one on line {before.Line} word for word dropped"));
        }
    }

    /// <summary>The shortest pull quote: shorter lines may repeat a phrase of the text by chance.</summary>
    private const int MinPullQuoteChars = 20;

    /// <summary>
    /// Notes about the writer are no article text (<see cref="AuthorNotes"/>): a closing credit ("This article was written by
    /// A, Role.") among the last three paragraphs names the authors when no byline did; a note about a writer ("A is a
    /// reporter for …") among the last three paragraphs, or as the first paragraph when it names the byline's author, is
    /// dropped.
    /// </summary>
    internal static void DropAuthorNotes(List<RawBlock> blocks, List<string> authors, List<ParseNote> notes)
    {
        var stop = blocks.Count - 3;
        for (var k = blocks.Count - 1; k >= 0 && k >= stop; k--)
        {
            if (blocks[k] is not RawParagraph p) continue;
            if (AuthorNotes.ClosingCredit(p.Text) is { } names)
            {
                blocks.RemoveAt(k);
                notes.Add(new ParseNote(p.Line, $"closing credit dropped; {(authors.Count == 0 ? "authors" : "the byline's authors kept, not")}: {string.Join(", ", names)}"));
                if (authors.Count == 0) authors.AddRange(names);
            }
            else if (AuthorNotes.IsAboutWriter(p.Text, authors, trailer: true))
            {
                blocks.RemoveAt(k);
                // With no byline, the note is the only place the writer is named (an opinion column's closing line).
                var named = authors.Count == 0 && AuthorNotes.WriterOf(p.Text) is { } writer;
                if (named) authors.Add(AuthorNotes.WriterOf(p.Text)!);
                notes.Add(new ParseNote(p.Line, named
                    ? $"a note about the writer closing the article dropped; author (no byline names one): {authors[0]}"
                    : "a note about the writer closing the article dropped (a name, then what the writer does)"));
            }
        }

        if (authors.Count > 0 && blocks.FindIndex(static b => b is RawParagraph) is var first and >= 0 && blocks[first] is RawParagraph opening
            && AuthorNotes.IsAboutWriter(opening.Text, authors, trailer: false))
        {
            blocks.RemoveAt(first);
            notes.Add(new ParseNote(opening.Line, "a note about the byline's author above the story dropped; the lede is the next paragraph"));
        }
    }

    /// <summary>The same image (file, or caption) printed twice by the page: the first stays.</summary>
    internal static List<RawBlock> DropRepeatedCaptions(List<RawBlock> blocks, List<ParseNote> notes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<RawBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is RawFigure f && !seen.Add(f.Image.Src + "\n" + f.Image.Caption))
            {
                notes.Add(new ParseNote(f.Line, "repeated image dropped"));
                continue;
            }

            result.Add(block);
        }

        return result;
    }
}

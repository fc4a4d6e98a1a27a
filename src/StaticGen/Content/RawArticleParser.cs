// Over 500 lines, for now: the raw parser turns the reader's line classes (Content/Reading) into a
// ParsedArticle (title, meta, body blocks, images, notes for inspect) in one pass that threads one
// state through its steps. The reader helpers change it daily; split it by step (as TagDetector is)
// once the reader settles.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content;

/// <summary>What the cleanup rules say about a whole line of a raw article.</summary>
public enum JunkKind
{
    /// <summary>Article text.</summary>
    None,

    /// <summary>Not part of the article ("Leave a Reply", "Share this:", "Read also: …"): dropped.</summary>
    Boilerplate,

    /// <summary>A teaser label alone on its line ("Also read"): dropped with the headline line that follows it.</summary>
    TeaserLabel,

    /// <summary>A label heading a list of teasers ("Most read", "Related articles"): dropped with the headlines under it.</summary>
    SectionLabel,
}

/// <summary>Why the parser read a line the way it did, for <c>staticgen inspect</c>.</summary>
public sealed record ParseNote(int Line, string Message);

/// <summary>
/// Parses a scraped plain-text article: a title line; a header block that repeats it, as one line or
/// split into kicker and headline; byline and date lines; then the body, one paragraph per line,
/// with subheading lines, "- " or "•" list lines, "&gt; " quote lines, embedded posts, and image
/// file names followed by caption and credit. Pure: text in, structure out. Which lines are
/// boilerplate is decided by the caller's rules (see <c>TextCleanup</c>), so they are configured in
/// one place; spinner artefacts are repaired later, in enrichment.
/// </summary>
public static partial class RawArticleParser
{
    private const int MaxHeadingWords = 12;
    private const int MaxCaptionWords = 45;
    private const int MaxTwoSentenceCaptionWords = 25;

    /// <summary>Reads a raw article (see <see cref="Reading.ArticleReader"/>, which does the work).</summary>
    public static ParseResult Parse(string path, string text, Func<string, JunkKind>? junk = null, DateOrder? dateOrder = null, Reading.ReaderData? data = null, Reading.PileTable? pile = null) =>
        Reading.ArticleReader.Read(path, text, junk, dateOrder, data, pile);

    /// <summary>What <see cref="ReadMeta"/> read; <c>ByNameShape</c>: the authors come from a line of names without a label.</summary>
    internal sealed record MetaZone(List<string> Authors, string? Agency, DateTimeOffset? Date, DateTimeOffset? Updated, int Next, bool ByNameShape = false);

    /// <summary>
    /// The byline, agency, place and date lines under the header, maybe after a standfirst line (which stays
    /// the first paragraph). A line that only has the shape of names counts next to a line that is surely
    /// meta (a date, a label); "First published" is the date and the other date then the update; a label
    /// alone ("Published") gives its kind to the date on the next line; a relative date never gives one.
    /// </summary>
    internal static MetaZone ReadMeta(string[] lines, int i, DateOrder order, List<ParseNote> notes)
    {
        var authors = new List<string>();
        string? agency = null;
        DateTimeOffset? date = null, updated = null, firstPublished = null;
        if (i < 0) return new MetaZone(authors, agency, date, updated, i);

        var standfirst = -1;
        if (Meta(lines[i], order) is null && NextNonEmpty(lines, i + 1) is var afterStandfirst and >= 0
            && Meta(lines[afterStandfirst], order) is { } underStandfirst && (IsSure(underStandfirst) || NextToSure(lines, afterStandfirst, order, afterMeta: false))
            && WordCount(lines[i]) >= 8 && !IsStructural(lines[i]))
        {
            standfirst = i;
            i = afterStandfirst;
        }

        MetaLine? label = null;
        var byNameShape = false;
        var consumed = new List<int>();
        while (i >= 0)
        {
            var line = lines[i];
            var m = Meta(line, order);
            if (m is null)
            {
                // "LEIPZIG" (or "Europe correspondent") between a byline and a date: the place the story was filed from, the writer's job.
                if (consumed.Count > 0 && (PlaceLineRegex().IsMatch(line) || MetaLines.IsRoleLine(line)) && NextNonEmpty(lines, i + 1) is var n and >= 0 && IsSure(Meta(lines[n], order)))
                {
                    notes.Add(new ParseNote(i + 1, PlaceLineRegex().IsMatch(line) ? $"place line: '{line}'" : $"the writer's job: '{line}'"));
                    consumed.Add(i);
                    i = n;
                    continue;
                }

                break;
            }

            if (!IsSure(m) && (authors.Count > 0 || !NextToSure(lines, i, order, consumed.Count > 0))) break;
            if (m.Authors.Count > 0 && authors.Count == 0)
            {
                byNameShape = m.Evidence == MetaEvidence.NameShape;
                authors.AddRange(m.Authors);
                notes.Add(new ParseNote(i + 1, $"byline: {(m.Authors.Count == 1 ? "author" : "authors")} '{m.Author}'{(m.Evidence == MetaEvidence.NameShape ? " (names beside the date lines)" : "")}"));
            }

            if (m.Agency is { } a)
            {
                notes.Add(new ParseNote(i + 1, agency is null ? $"agency: '{a}'" : $"agency line after the byline: '{a}'"));
                agency ??= a;
            }

            if (m.IsLabelOnly)
            {
                label = m;
                notes.Add(new ParseNote(i + 1, "date label; the date is on the next line"));
            }
            else if (m.Date is { } d)
            {
                var kind = label ?? m;
                label = null;
                if (kind.IsFirstPublished) firstPublished ??= d;
                else if (kind.IsUpdate) updated ??= d;
                else date ??= d;
                if (m.Updated is { } alsoUpdated) updated ??= alsoUpdated;
                notes.Add(new ParseNote(i + 1, $"{(kind.IsFirstPublished ? "first published" : kind.IsUpdate ? "update" : "date")} line: {Configuration.Dates.FormatIso(d)}"));
            }
            else if (m.IsRelative)
            {
                notes.Add(new ParseNote(i + 1, "relative date (gives no date)"));
            }

            consumed.Add(i);
            i = NextNonEmpty(lines, i + 1);
        }

        // "Sun 2 Jun 2024 18.35 BST" above "First published on Sun 2 Jun 2024 09.05 BST": the first is the update.
        if (firstPublished is { } first)
        {
            if (date is { } shown && shown != first) updated ??= shown;
            date = first;
        }

        if (standfirst < 0) return new MetaZone(authors, agency, date, updated, i, byNameShape);
        if (consumed.Count == 0) return new MetaZone(authors, agency, date, updated, standfirst, byNameShape);

        // The standfirst is the first paragraph; the meta lines under it are read, so they are blanked out.
        foreach (var c in consumed) lines[c] = "";
        notes.Add(new ParseNote(standfirst + 1, "standfirst above the byline and date lines"));
        return new MetaZone(authors, agency, date, updated, standfirst, byNameShape);
    }

    private static MetaLine? Meta(string line, DateOrder order) => line.Length == 0 ? null : MetaLines.TryParse(line, order);

    /// <summary>A meta line that needs no context: labelled, a date, an agency; not only the shape of names.</summary>
    internal static bool IsSure(MetaLine? m) => m is not null && (m.Evidence != MetaEvidence.NameShape || m.Date is not null);

    /// <summary>
    /// Whether a names-only line at <paramref name="i"/> stands after meta lines or above a date line (across a
    /// place line). Above a byline it is not needed, and it may be furniture ("Video Ad Feedback").
    /// </summary>
    private static bool NextToSure(string[] lines, int i, DateOrder order, bool afterMeta)
    {
        if (afterMeta) return true;
        var n = NextNonEmpty(lines, i + 1);
        if (n >= 0 && (PlaceLineRegex().IsMatch(lines[n]) || MetaLines.IsRoleLine(lines[n]))) n = NextNonEmpty(lines, n + 1);
        return n >= 0 && Meta(lines[n], order) is { } next && IsSure(next) && next.Authors.Count == 0 && (next.Date is not null || next.IsLabelOnly || next.IsRelative);
    }

    /// <summary>Whether a line is a byline or date line by its own evidence (names alone are not enough).</summary>
    internal static bool IsMetaLine(string line) => IsSure(MetaLines.TryParse(line));

    /// <summary>Blanks out boilerplate lines (and the headlines after teaser labels), keeping a note of each; says which lines went.</summary>
    internal static bool[] DropJunk(string[] lines, Func<string, JunkKind> junk, List<ParseNote> notes)
    {
        var dropped = new bool[lines.Length];
        var header = true; // no paragraph of prose yet: a headline with a byline or date under it is this article's
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var kind = junk(lines[i]);
            if (kind == JunkKind.None)
            {
                if (header && EndsSentence(lines[i]) && WordCount(lines[i]) >= MinProseWords) header = false;
                continue;
            }

            notes.Add(new ParseNote(i + 1, $"boilerplate dropped: '{lines[i]}'"));
            lines[i] = "";
            dropped[i] = true;
            // The line under a teaser label is a teaser, unless it is above the first paragraph with a byline or date line under it: then it is this article's headline.
            if (kind == JunkKind.TeaserLabel && NextNonEmpty(lines, i + 1) is var next and >= 0 && IsHeadlineLike(lines[next])
                && !(header && HeadsTheArticle(lines, next)) && !ContinuedBelow(lines, next))
            {
                notes.Add(new ParseNote(next + 1, $"teaser headline dropped: '{lines[next]}'"));
                lines[next] = "";
                dropped[next] = true;
                i = next;
            }

            // The teaser headlines under a section label: short lines without a closing full stop, one blank line apart at most.
            while (kind == JunkKind.SectionLabel && NextNonEmpty(lines, i + 1) is var teaser and >= 0 && teaser - i <= 2 && IsTeaserHeadline(lines[teaser])
                && !(header && HeadsTheArticle(lines, teaser)) && !ContinuedBelow(lines, teaser))
            {
                notes.Add(new ParseNote(teaser + 1, $"teaser headline dropped: '{lines[teaser]}'"));
                lines[teaser] = "";
                dropped[teaser] = true;
                i = teaser;
            }
        }

        return dropped;
    }

    /// <summary>
    /// Whether a headline-like line above the first paragraph is this article's headline rather than a teaser: a byline
    /// or date line is under it, or a short line holding a date ("Monday, 03 February 2020 01:45 Written by"), or a
    /// sentence (the standfirst or the lede). A teaser has another teaser or a label under it.
    /// </summary>
    private static bool HeadsTheArticle(string[] lines, int headline)
    {
        if (NextNonEmpty(lines, headline + 1) is not (var under and >= 0)) return false;
        var line = lines[under];
        if (MetaLines.TryParse(line) is not null) return true;
        var words = WordCount(line);
        return (words <= 12 && TextDates.Find(line, DateOrder.MonthFirst) is { Value: not null })
            || (words >= 8 && line[^1] is '.' or '!' or '?' or '”' or '"' or '’');
    }

    /// <summary>
    /// Whether the line right under <paramref name="i"/> carries on its sentence in lower case ("… has fallen steadily for
    /// decades" / "as more homes installed …"): the first line of a hard-wrapped paragraph, which no teaser is.
    /// </summary>
    private static bool ContinuedBelow(string[] lines, int i) =>
        i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0]) && !EndsSentence(lines[i]);

    /// <summary>A sentence at least this long is a paragraph of prose: the page's header is over.</summary>
    private const int MinProseWords = 12;

    private static bool IsTeaserHeadline(string line) =>
        WordCount(line) <= 16 && line[^1] is not ('.' or ':' or ',' or ';') && IsHeadlineLike(line);

    internal sealed record Header(string Title, string? Kicker, int Next);

    /// <summary>
    /// The title line and the header block that may repeat it: the same line again, or a kicker line and a
    /// headline line that together make the title ("“Kicker”: Headline", "Kicker – Headline"), or a kicker
    /// line above a repeated title. A colon in a title alone never makes a kicker.
    /// </summary>
    internal static Header ReadHeader(string[] lines, int i, List<ParseNote> notes)
    {
        var title = lines[i];
        var titleLine = i + 1;
        var next = NextNonEmpty(lines, i + 1);
        if (next < 0)
        {
            notes.Add(new ParseNote(titleLine, "title line"));
            return new Header(title, null, -1);
        }

        var first = lines[next];
        var secondIndex = NextNonEmpty(lines, next + 1);
        var second = secondIndex >= 0 ? lines[secondIndex] : "";

        if (SameText(first, title))
        {
            notes.Add(new ParseNote(titleLine, "title line, repeated on the next line as the headline"));
            return new Header(title, null, NextNonEmpty(lines, next + 1));
        }

        if (second.Length > 0 && secondIndex - next <= 2 && IsKickerSplit(title, first, second))
        {
            notes.Add(new ParseNote(titleLine, "title line"));
            notes.Add(new ParseNote(next + 1, "kicker (the header block splits the title into kicker and headline)"));
            notes.Add(new ParseNote(secondIndex + 1, "headline"));
            return new Header(second, first, NextNonEmpty(lines, secondIndex + 1));
        }

        // A site name appended to the title line ("Headline | The Daily Example"), and the headline repeated alone.
        if (TitleSuffixRegex().Match(title) is { Success: true } suffixed && SameText(suffixed.Groups["title"].Value, first))
        {
            notes.Add(new ParseNote(titleLine, $"title line; '{suffixed.Groups["suffix"].Value}' after it is the site's name, not the headline"));
            return new Header(first, null, NextNonEmpty(lines, next + 1));
        }

        // "Kicker: Headline" as the title, and only the headline repeated: the kicker is the part before.
        foreach (var separator in s_kickerSeparators)
        {
            var cut = title.IndexOf(separator, StringComparison.Ordinal);
            // A kicker is shorter than its headline: "Long headline – Outlet" over a line "Outlet" is a site's name, not a split.
            if (cut > 0 && SameHeadline(title[(cut + separator.Length)..], first) && IsKickerLike(title[..cut]) && WordCount(title[..cut]) < WordCount(first))
            {
                notes.Add(new ParseNote(titleLine, "title line: kicker and headline; the headline is repeated on the next line"));
                return new Header(first, title[..cut].Trim(), NextNonEmpty(lines, next + 1));
            }
        }

        notes.Add(new ParseNote(titleLine, "title line (no header block repeats it)"));
        return new Header(title, null, next);
    }

    private static readonly string[] s_kickerSeparators = [": ", " – ", " — ", " - ", " | "];

    private static bool IsKickerSplit(string title, string kicker, string headline)
    {
        if (!IsKickerLike(kicker)) return false;

        // "Opinion | Headline" over "Guest Essay" and the headline: the title opens with the section, the line over the
        // headline names the kind of story, and that is the kicker.
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && WordCount(title[..bar]) <= Reading.SectionLabels.MaxWords && Reading.SectionLabels.IsStoryKind(kicker) && SameHeadline(title[(bar + 3)..], headline)) return true;
        if (!IsHeadlineLike(headline)) return false;
        if (SameText(headline, title)) return true;

        // "Kicker: headline" in the title line, the kicker quoted in one place and not the other, and the headline's
        // first letter capitalised in the block ("Morocco earthquake: death toll …" above "Death toll …").
        foreach (var separator in s_kickerSeparators)
        {
            var cut = title.IndexOf(separator, StringComparison.Ordinal);
            while (cut > 0)
            {
                if (SameText(Unquote(title[..cut]), Unquote(kicker)) && SameHeadline(title[(cut + separator.Length)..], headline)) return true;

                cut = title.IndexOf(separator, cut + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>The same text, except maybe for the case of the first letter.</summary>
    private static bool SameHeadline(string a, string b)
    {
        a = a.Trim();
        b = b.Trim();
        if (a.Length == 0 || b.Length == 0) return false;
        return char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]) && SameText(a[1..], b[1..]);
    }

    private static bool IsKickerLike(string line) => WordCount(line) is > 0 and <= 10 && !IsStructural(line) && !IsMetaLine(line) && !MostlyNumbers(line);

    /// <summary>
    /// More figures than words ("Ashby 34', 78' | Okafor-Reyes 61'", "FT 2-1"): a score or a statistic, which a kicker, a
    /// label of words, never is. A word with a figure in it ("COP28") is a word.
    /// </summary>
    internal static bool MostlyNumbers(string line)
    {
        int numbers = 0, words = 0;
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Any(char.IsLetter)) words++;
            else if (token.Any(char.IsDigit)) numbers++;
        }

        return numbers > words;
    }

    /// <summary>A line that could be a headline: short, one sentence, not a byline or an image.</summary>
    private static bool IsHeadlineLike(string line) =>
        WordCount(line) is > 0 and <= 30 && !IsStructural(line) && !IsMetaLine(line) && !SentenceBreakRegex().IsMatch(line.TrimEnd('.'));

    // attached: lines printed right under another line of text in their block (null: none); never a subheading, which stands alone.
    // wrapped: the lines that continue the paragraph of the line above, as the reader judged them (null: judged here by shape).
    // hyphens: mends words a line break split with a hyphen (null: lines are joined with a space).
    internal static List<RawBlock> ParseBody(string[] lines, int start, bool[] dropped, List<ParseNote> notes, bool[]? attached = null, bool[]? wrapped = null, Reading.LineBreakHyphens? hyphens = null)
    {
        var blocks = new List<RawBlock>();
        var i = start;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            var lineNumber = i + 1;
            if (NumberedRun(lines, i) is { Count: >= 2 } numbered)
            {
                var items = new List<string>();
                foreach (var n in numbered)
                {
                    items.Add(NumberedItemRegex().Match(lines[n]).Groups["text"].Value.Trim());
                }

                var first = int.Parse(NumberedItemRegex().Match(line).Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                blocks.Add(new RawList(lineNumber, items, first));
                notes.Add(new ParseNote(lineNumber, $"numbered list of {items.Count} items"));
                i = numbered[^1] + 1;
                continue;
            }

            // Lines that each open with a running time ("00:00 Intro", "1:02:15 Questions"), one under the other: a podcast's or
            // a video's chapters, an item a line, never one paragraph.
            if (ChapterRun(lines, i) is var chapters and >= MinChapters)
            {
                blocks.Add(new RawList(lineNumber, lines[i..(i + chapters)]));
                notes.Add(new ParseNote(lineNumber, $"list of {chapters} chapters (each line opens with a running time)"));
                i += chapters;
                continue;
            }

            // Table rows (cells kept apart by one tab; Reading.TableRows): the first row is the header.
            if (Reading.TableRows.IsRow(line))
            {
                var rows = new List<IReadOnlyList<string>>();
                while (i < lines.Length && Reading.TableRows.IsRow(lines[i]))
                {
                    rows.Add(Reading.TableRows.Split(lines[i]));
                    i++;
                }

                blocks.Add(new RawTable(lineNumber, rows));
                notes.Add(new ParseNote(lineNumber, $"table of {rows.Count} rows"));
                continue;
            }

            // A post credit with no post above it ("A post shared by …" under a dropped "View this post on Instagram").
            if (PostAttributionRegex().IsMatch(line))
            {
                notes.Add(new ParseNote(lineNumber, $"embedded-post credit without its post dropped: '{line}'"));
                i++;
                continue;
            }

            if (ListItemRegex().Match(line) is { Success: true } firstItem && !(firstItem.Groups["marker"].Value == "—" && EmDashSingle(lines, i)))
            {
                var emDash = firstItem.Groups["marker"].Value == "—";
                var items = new List<string>();
                while (i < lines.Length)
                {
                    if (lines[i].Length == 0 && NextNonEmpty(lines, i) is var n and >= 0 && ListItemRegex().IsMatch(lines[n]) && n - i <= 1)
                    {
                        i = n;
                        continue;
                    }

                    var m = ListItemRegex().Match(lines[i]);
                    if (!m.Success || (m.Groups["marker"].Value == "—") != emDash) break;
                    items.Add(m.Groups["text"].Value.Trim());
                    i++;
                }

                // A single "— Name" line is an attribution or a dash in running text, not a list; a single "- " or "– " line
                // that reads as a paragraph is a quote set as dialogue ("- It is a pity, says the director."), as Nordic and
                // other papers print speech: the dash is the paragraph's.
                if ((!emDash || items.Count > 1) && !(items.Count == 1 && IsDialogue(firstItem.Groups["marker"].Value, items[0])))
                {
                    blocks.Add(new RawList(lineNumber, items));
                    continue;
                }

                i = lineNumber - 1;
            }

            if (QuoteRegex().IsMatch(line))
            {
                var quoted = new List<string>();
                while (i < lines.Length && QuoteRegex().Match(lines[i]) is { Success: true } q)
                {
                    quoted.Add(q.Groups["text"].Value.Trim());
                    i++;
                }

                string? attribution = null;
                quoted.RemoveAll(static q => q.Length == 0);
                if (quoted.Count > 1 && AttributionRegex().IsMatch(quoted[^1]))
                {
                    attribution = quoted[^1];
                    quoted.RemoveAt(quoted.Count - 1);
                }
                else if (NextNonEmpty(lines, i) is var a and >= 0 && a - i <= 1 && PostAttributionRegex().IsMatch(lines[a]))
                {
                    attribution = lines[a];
                    i = a + 1;
                }

                if (quoted.Count > 0) blocks.Add(new RawQuote(lineNumber, quoted, attribution));
                continue;
            }

            if (ImageFileRegex().IsMatch(line))
            {
                i = ParseFigure(lines, i, out var figure, notes);
                blocks.Add(figure);
                continue;
            }

            // A credit line right above an image line, in its block ("Image source, Agency" / "photo.jpg" / "Image caption, …").
            if (i + 1 < lines.Length && ImageFileRegex().IsMatch(lines[i + 1]) && TryParseCredit(line, out var above))
            {
                i = ParseFigure(lines, i + 1, out var figure, notes, above);
                blocks.Add(figure);
                continue;
            }

            // A caption with its credit right above an image line that ends its block ("… on Nov. 9. [Courtesy of …]" / "photo.jpg").
            if (CaptionAbove(lines, i) is { } captionAbove)
            {
                notes.Add(new ParseNote(lineNumber, captionAbove.Credit.Length > 0 ? "image caption with its credit, printed above the image line" : "image caption (a description alone in its block), printed above the image line"));
                i = ParseFigure(lines, i + 1, out var figure, notes, captionAbove.Credit.Length > 0 ? captionAbove.Credit : null, captionAbove.Caption);
                blocks.Add(figure);
                continue;
            }

            // A paragraph hard-wrapped over several lines: a line that does not end a sentence continues on the
            // next when that one starts in lower case or with a digit, or when it is long (a wrapped line fills the
            // width; a subheading above a paragraph is short).
            var j = i + 1;
            var lastLine = line;
            // A byline or date line is never glued to the next line ("By A, CNN" above "(CNN) — …").
            while (j < lines.Length && lines[j].Length > 0 && !IsStructural(lines[j]) && !EndsSentence(lastLine)
                && (wrapped is not null ? wrapped[j] : char.IsLower(lines[j][0]) || char.IsDigit(lines[j][0]) || lastLine.Length >= 40)
                && !IsMetaLine(lastLine) && !IsMetaLine(lines[j]))
            {
                lastLine = lines[j];
                j++;
            }

            string paragraph;
            if (j == i + 1) paragraph = line;
            else if (hyphens is null) paragraph = string.Join(' ', lines, i, j - i);
            else
            {
                var mended = new List<string>();
                paragraph = hyphens.Join(lines, i, j - i, mended);
                if (mended.Count > 0) notes.Add(new ParseNote(lineNumber, $"words split by a line-break hyphen mended: {string.Join(", ", mended)}"));
            }

            i = j;

            // An embedded post: its text, then "— Name (@handle) date" on the next line. With a dropped line between them
            // ("View this post on Instagram"), the text is the article's and the credit has lost its post.
            if (NextNonEmpty(lines, i) is var at and >= 0 && PostAttributionRegex().IsMatch(lines[at]) && Array.IndexOf(dropped, true, i, at - i) < 0)
            {
                notes.Add(new ParseNote(lineNumber, "embedded post (the next line credits its author)"));
                blocks.Add(new RawQuote(lineNumber, [paragraph], lines[at]));
                i = at + 1;
                continue;
            }

            var isLast = NextNonEmpty(lines, i) < 0;

            // "Source: AFP, Reuters" closing the article names where it came from; it is not article text.
            if (isLast && SourceLineRegex().IsMatch(paragraph))
            {
                notes.Add(new ParseNote(lineNumber, $"closing source line dropped: '{paragraph}'"));
                continue;
            }

            if (!isLast && IsSubheading(paragraph) && attached?[lineNumber - 1] != true)
            {
                blocks.Add(new RawHeading(lineNumber, paragraph));
                notes.Add(new ParseNote(lineNumber, "subheading (a short line that does not read as a sentence)"));
            }
            else
            {
                blocks.Add(new RawParagraph(lineNumber, paragraph));
            }
        }

        return blocks;
    }

    /// <summary>
    /// A caption printed right above the image line, in its block, that ends in its credit ("… near the park on Nov. 9.
    /// [Courtesy of the Ecology Center]", "… on a winter evening. Source: Name/Agency"), when the image line ends the block
    /// (nothing under it describes the picture): the caption and its credit, or null. The credit is the evidence: a
    /// paragraph above a picture does not end in one. Or a description alone in its block with the image (<see
    /// cref="IsDescription"/>), with an empty credit.
    /// </summary>
    internal static (string Caption, string Credit)? CaptionAbove(string[] lines, int i)
    {
        if (i + 1 >= lines.Length || !ImageFileRegex().IsMatch(lines[i + 1]) || (i + 2 < lines.Length && lines[i + 2].Length > 0)) return null;
        var line = lines[i];
        if (line.Length == 0 || IsStructural(line) || WordCount(line) > MaxCaptionWords) return null;
        var (caption, credit) = SplitInlineCredit(line);
        if (credit is null && Reading.TrailingCredit.Split(line) is { Caption: var c, Credit: var bracketed } && line[^1] is ')' or ']') (caption, credit) = (c, CleanCredit(bracketed));
        if (credit is { Length: > 0 } && caption.Length > 0) return (caption, credit);
        // Without a credit: a description alone in its block with the image line under it ("" / "Aerial view of the bridge at
        // dusk" / "photo.jpg" / ""): it sits with the picture, not with the paragraphs set apart from it by blank lines.
        return (i == 0 || lines[i - 1].Length == 0) && IsDescription(line) ? (line, "") : null;
    }

    /// <summary>
    /// A picture's description that closes no sentence: at least <see cref="MinOpenCaptionWords"/> words, most of them (the
    /// first aside) in lower case ("Aerial view of the refinery at Lekki, Lagos State"). A subheading is short or
    /// capitalised; a name or a label is no description.
    /// </summary>
    internal static bool IsDescription(string line)
    {
        var words = WordCount(line);
        return words >= MinOpenCaptionWords && words <= MaxCaptionWords && !EndsSentence(line) && line[^1] is not (':' or ',' or ';') && !IsStructural(line)
            && line.Split(' ').Count(static w => w.Length > 0 && char.IsLower(w[0])) * 2 >= words - 1;
    }

    /// <summary>
    /// An image line, then maybe a caption line, then maybe a credit line (or a credit at the end of the caption). A credit
    /// printed right above the image line (<paramref name="creditAbove"/>) is the picture's when none follows it; a caption
    /// printed above it (<paramref name="captionAbove"/>, see <see cref="CaptionAbove"/>) is the picture's, and nothing under it is.
    /// </summary>
    private static int ParseFigure(string[] lines, int i, out RawFigure figure, List<ParseNote> notes, string? creditAbove = null, string? captionAbove = null)
    {
        var lineNumber = i + 1;
        var src = lines[i];
        string? caption = captionAbove;
        string? credit = null;
        var next = captionAbove is null ? NextNonEmpty(lines, i + 1) : -1;
        i++;

        if (next == i && IsCreditOverCaption(lines, next))
        {
            // A source's name right under the image line, over the caption in the same block ("KYODO" / "Smoke over the port.").
            credit = CleanCredit(lines[next].Trim('(', ')', '[', ']'));
            caption = lines[next + 1];
            notes.Add(new ParseNote(next + 1, "image credit (a source's name over the caption, in the figure's block)"));
            notes.Add(new ParseNote(next + 2, "image caption (right under its credit)"));
            i = next + 2;
        }
        else if (next >= 0 && TryParseCredit(lines[next], out var onlyCredit))
        {
            credit = onlyCredit;
            notes.Add(new ParseNote(next + 1, "image credit"));
            i = next + 1;

            // Credit first, then the caption ("Image source, Reuters" / "Image caption, …").
            var after = NextNonEmpty(lines, i);
            if (after >= 0 && after - i <= 1 && CaptionLabelRegex().Match(lines[after]) is { Success: true } labelled)
            {
                caption = labelled.Groups["caption"].Value.Trim();
                notes.Add(new ParseNote(after + 1, "image caption (after its credit)"));
                i = after + 1;
            }
            else if (after == i && IsCaptionAfterCredit(lines[after]))
            {
                // Credit first, then the caption without a label, in the same block ("Credit: Agency" / "Smoke over the port.").
                caption = lines[after];
                notes.Add(new ParseNote(after + 1, "image caption (right under its credit)"));
                i = after + 1;
            }
        }
        else if (next >= 0)
        {
            var candidate = lines[next];
            var after = NextNonEmpty(lines, next + 1);
            // A name alone as the figure block's last line credits a caption that has no credit of its own (else it is the story's byline).
            var creditEndsBlock = after >= 0 && (after + 1 >= lines.Length || lines[after + 1].Length == 0) && !HasCredit(candidate);
            var creditFollows = after >= 0 && (TryParseCredit(lines[after], out _) || (after == next + 1 && TryParseCreditUnderCaption(lines[after], out _, creditEndsBlock)));
            var captionLabel = CaptionLabelRegex().Match(candidate);
            var (captionText, inlineCredit) = LabelledCaption(candidate) is { } labelledCaption ? labelledCaption
                : SplitInlineCredit(captionLabel.Success ? captionLabel.Groups["caption"].Value.Trim() : candidate);
            // A caption ending in its source without a label ("… at the plant. Hartwell Foods", "… routers (Byteworks)").
            if (inlineCredit is null && !creditFollows && Reading.TrailingCredit.Split(captionText) is { } trailing) (captionText, inlineCredit) = (trailing.Caption, CleanCredit(trailing.Credit));
            // "Image caption, …" says what it is, whatever its shape.
            if (!IsStructural(candidate) && (creditFollows || inlineCredit is not null || captionLabel.Success || LooksLikeCaption(candidate, after >= 0 ? lines[after] : null, adjacent: next == i, endsBlock: after != next + 1)))
            {
                caption = captionText;
                credit = inlineCredit;
                notes.Add(new ParseNote(next + 1, inlineCredit is null ? "image caption" : "image caption with its credit at the end"));
                i = next + 1;
                if (credit is null && creditFollows && (TryParseCredit(lines[after], out var c) || TryParseCreditUnderCaption(lines[after], out c, creditEndsBlock)))
                {
                    credit = c;
                    notes.Add(new ParseNote(after + 1, "image credit"));
                    i = after + 1;
                }
            }
        }

        if (credit is null && creditAbove is not null)
        {
            credit = creditAbove;
            notes.Add(new ParseNote(lineNumber - 1, "image credit (printed above the image line)"));
        }

        notes.Add(new ParseNote(lineNumber, caption is null ? "image without a caption" : "image"));
        figure = new RawFigure(lineNumber, new ArticleImage(src, caption, credit));
        return i;
    }

    /// <summary>
    /// The line right under an image's credit, in the same block (no blank line between), describes the picture: a credit
    /// belongs to a picture, and a picture's text sits with it. A subheading or the next paragraph is set off by a blank
    /// line. Not a list, quote, table, byline or date line, another credit, or text longer than a caption.
    /// </summary>
    internal static bool IsCaptionAfterCredit(string line) =>
        WordCount(line) is > 0 and <= MaxCaptionWords && !IsStructural(line) && !IsMetaLine(line) && !TryParseCredit(line, out _) && SentenceBreakRegex().Count(line) <= 2;

    /// <summary>Whether the em-dash line at <paramref name="i"/> stands alone (no em-dash line right after it).</summary>
    private static bool EmDashSingle(string[] lines, int i) =>
        NextNonEmpty(lines, i + 1) is not (var n and >= 0) || n - i > 2 || !lines[n].StartsWith("— ", StringComparison.Ordinal);

    /// <summary>
    /// A paragraph of speech opened by a dash: a hyphen or an en dash, then running text (<see cref="MinProseWords"/> words or
    /// more, closing its sentence). A list's lone item is rarely a whole sentence of that length.
    /// </summary>
    private static bool IsDialogue(string marker, string text) =>
        marker is "-" or "–" && WordCount(text) >= MinProseWords && text[^1] is '.' or '!' or '?' or '”' or '"' or '»';

    internal static bool IsStructural(string line) =>
        Reading.TableRows.IsRow(line) || ImageFileRegex().IsMatch(line) || ListItemRegex().IsMatch(line) || QuoteRegex().IsMatch(line) || NumberedItemRegex().IsMatch(line);

    /// <summary>
    /// The lines of a numbered list starting at <paramref name="i"/>: "1. ", "2) " lines numbered one after the
    /// other (a blank line between items is allowed). A single numbered line is not a list ("1. FC Köln won").
    /// </summary>
    private static List<int> NumberedRun(string[] lines, int i)
    {
        var run = new List<int>();
        var expected = -1;
        while (i >= 0 && i < lines.Length && NumberedItemRegex().Match(lines[i]) is { Success: true } m)
        {
            var n = int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (expected >= 0 && n != expected) break;
            run.Add(i);
            expected = n + 1;
            var next = NextNonEmpty(lines, i + 1);
            i = next >= 0 && next - i <= 2 ? next : -1;
        }

        return run;
    }

    /// <summary>
    /// A caption is one sentence of reasonable length. A line that reads as a subheading (no closing
    /// punctuation) followed by running text is a subheading under a picture without a caption.
    /// </summary>
    private static bool LooksLikeCaption(string line, string? after, bool adjacent, bool endsBlock = false)
    {
        // One sentence; or, right under the image line, two short ones ("Smoke rises over Wajima. Hundreds of houses burnt.").
        // Longer text, or text set off by a blank line, is the body.
        var words = WordCount(line);
        var breaks = SentenceBreakRegex().Count(line);
        if (words is 0 or > MaxCaptionWords || breaks > 1 || (breaks == 1 && (!adjacent || words > MaxTwoSentenceCaptionWords))) return false;
        if (line[0] is '“' or '"' or '‘' or '«') return false;
        var closed = line[^1] is '.' or '!' or '?' or '”' or '"' or ')';
        // A portrait's caption is often the sitter's name alone, right under the image line: names are no subheading.
        // (A name over a sentence in the same block is more likely the picture's credit, then its caption.)
        if (!closed && adjacent && endsBlock && words <= MaxPortraitNameWords && MetaLines.TryParse(line) is { Evidence: MetaEvidence.NameShape, Date: null, Agency: null, Authors.Count: 1 }) return true;
        // A description right under the image line, alone in the figure's block, is its caption though it closes no sentence
        // ("Aerial view of the refinery at Lekki, Lagos State"): a subheading is short and stands apart from a picture by a
        // blank line, and a description runs on with its words in lower case.
        if (!closed && adjacent && endsBlock && IsDescription(line)) return true;
        return closed || after is null || !IsSubheading(line);
    }

    /// <summary>
    /// The line right under a caption, in the figure's block, that credits the picture in words of its own rather than a
    /// credit label: a short label ending in "by" before a name ("Snapped by: Name", "Shot by Name"), or a word or two
    /// before "photo" ("District photo", "Staff photo", "Submitted photo"), or, as the last line of the figure's block, a
    /// source's name alone or in brackets ("Hanwha Ocean", "(The Evening Post)"). Only asked about that position, where a
    /// credit is expected; a subheading or the next paragraph is set off from the figure by a blank line.
    /// </summary>
    internal static bool TryParseCreditUnderCaption(string line, out string credit, bool endsBlock = false)
    {
        credit = "";
        if (WordCount(line) > MaxCreditUnderCaptionWords) return false;
        var m = CreditUnderCaptionRegex().Match(line);
        if (!m.Success && endsBlock) m = NamesAloneRegex().Match(line);
        if (!m.Success) return false;
        credit = m.Groups["credit"].Value;
        return true;
    }

    /// <summary>Whether a caption line carries a credit of its own: a labelled one ("… Photo: Name/Agency") or one at its end without a label.</summary>
    internal static bool HasCredit(string caption) => SplitInlineCredit(caption).Credit is not null || Reading.TrailingCredit.Split(caption) is not null;

    /// <summary>
    /// A source's name alone, or in brackets, as the last line of a figure's block under its caption ("Hanwha Ocean", "(The
    /// Evening Post)"): capitalised words, ending no sentence. A subheading stands apart from the figure, after a blank line.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<credit>\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:(?:of|the|for|and|de|van|von)\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})|\((?<credit>\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:(?:of|the|for|and|de|van|von)\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})\))$", RegexOptions.CultureInvariant)]
    private static partial Regex NamesAloneRegex();

    /// <summary>The longest line read as a credit in words of its own under a caption (<see cref="TryParseCreditUnderCaption"/>).</summary>
    private const int MaxCreditUnderCaptionWords = 7;

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+by\s*:?\s+(?<credit>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})|(?<credit>\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+[\p{L}\p{M}.'’&-]+)?\s+(?:photo|picture|photograph|image)s?))$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditUnderCaptionRegex();

    /// <summary>The fewest words of a line that closes no sentence read as a caption right under its image line (<see cref="LooksLikeCaption"/>).</summary>
    private const int MinOpenCaptionWords = 7;

    /// <summary>The longest name read as a portrait's caption.</summary>
    private const int MaxPortraitNameWords = 5;

    internal static bool TryParseCredit(string line, out string credit)
    {
        // "Photo: A sentence describing the picture. (Outlet: Name)": the label heads a caption that carries its own credit.
        if (LabelledCaption(line) is not null)
        {
            credit = "";
            return false;
        }

        var m = CreditLabelRegex().Match(line);
        if (!m.Success) m = CreditLineRegex().Match(line);
        if (!m.Success) m = AgencyCreditLineRegex().Match(line);
        if (m.Success)
        {
            credit = CleanCredit(m.Groups["credit"].Value);
            return credit.Length > 0;
        }

        credit = Reading.CreditWords.Line(line) ?? "";
        return credit.Length > 0;
    }

    /// <summary>
    /// A caption under a picture label that ends with its own credit: "Photo: The treasurer hands down his budget. (Outlet:
    /// Name)". The text after the label is a sentence (words in lower case, closed by a full stop) and the credit is at its
    /// end, so the label heads the caption, not a credit. The caption and the credit, or null.
    /// </summary>
    internal static (string Caption, string Credit)? LabelledCaption(string line)
    {
        if (line.Length < MinLabelledCaptionChars || line[^1] is not (')' or ']') || PictureLabelRegex().Match(line) is not { Success: true } m) return null;
        var rest = line[m.Length..];
        if (Reading.TrailingCredit.Split(rest) is not { } split || !EndsSentence(split.Caption) || WordCount(split.Caption) < MinLabelledCaptionWords
            || !split.Caption.Split(' ').Any(static w => w.Length > 0 && char.IsLower(w[0]))) return null;
        return (split.Caption, CleanCredit(split.Credit));
    }

    /// <summary>The shortest line read as a labelled caption with its credit (<see cref="LabelledCaption"/>).</summary>
    private const int MinLabelledCaptionChars = 30;

    /// <summary>The fewest words of a sentence read as a caption after a picture label (<see cref="LabelledCaption"/>).</summary>
    private const int MinLabelledCaptionWords = 5;

    [GeneratedRegex(@"^(?i:Photo|Picture|Image)s?\s*:\s*")]
    private static partial Regex PictureLabelRegex();

    /// <summary>
    /// A credit printed right under the image line and over its caption, in one block, with no label: a source's name alone
    /// or in brackets ("KYODO", "(Harbour Agency)") over a sentence that closes the block. The name says nothing of the
    /// picture, and the sentence under it does: a picture's text sits with it. A byline ("By Name") is no credit.
    /// </summary>
    internal static bool IsCreditOverCaption(string[] lines, int i)
    {
        if (i + 1 >= lines.Length || lines[i].Length == 0 || lines[i + 1].Length == 0 || (i + 2 < lines.Length && lines[i + 2].Length > 0)) return false;
        if (WordCount(lines[i]) > MaxCreditUnderCaptionWords || !NamesAloneRegex().IsMatch(lines[i]) || MetaLines.TryParse(lines[i]) is { Evidence: MetaEvidence.Label }) return false;
        var caption = lines[i + 1];
        return IsCaptionAfterCredit(caption) && EndsSentence(caption) && WordCount(caption) >= MinLabelledCaptionWords;
    }

    /// <summary>
    /// A credit without the words that say it is one: "Photo courtesy of the Alliance" and "Pic by Name" give the name, and
    /// a full stop closing words in lower case ("Photo by the author.") goes; an initial keeps its dot.
    /// </summary>
    internal static string CleanCredit(string credit)
    {
        var text = credit.Trim();
        if (CreditLeadRegex().Match(text) is { Success: true } lead && lead.Length < text.Length) text = text[lead.Length..];
        // A credit word of another language before or after the names ("Fotó: Name", "Ljósmynd/Name", "Name nuotr.").
        if (Reading.CreditWords.Line(text) is { Length: > 0 } names && names.Length < text.Length) text = names;
        if (text.Length > 3 && text[^1] == '.' && char.IsLower(text[^2]) && char.IsLetter(text[^3])) text = text[..^1];
        return text;
    }

    /// <summary>
    /// What may open a credit's text before the name: "Photo courtesy of (the)", "Courtesy", "Pic by", "Photo:", an outlet's
    /// "Post Photo:", "Photo / Name" and "PHOTO/NAME" (a slash right after the word, where "AP Photo/Name" keeps its agency),
    /// the abbreviation "Fot." and the camera sign "📷" that some sites print for the word.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:Photo|Image|Picture|Pic)s?\s+)?Courtesy(?:\s+of)?(?:\s+the(?=\s+(?-i:\p{Lu})))?\s*:?\s+|(?:📷\s*)?(?:(?-i:\p{Lu})[\p{L}.]*\s+)?(?:Photo|Image|Picture|Pic|Foto)s?\s*(?:by\s+|:\s*)|(?:Photo|Image|Picture|Pic|Foto)s?\s*/\s*|Fot\.\s+|📷\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLeadRegex();

    /// <summary>Words that label a credit ("Photo: …", "© …", "Picture by …"): one must be in a line before it is read as a caption ending in its credit.</summary>
    private static readonly System.Buffers.SearchValues<string> s_creditLabels =
        System.Buffers.SearchValues.Create(["photo", "image", "picture", "pic", "credit", "©", "📷", "courtesy", "illustration", "graphic"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A caption sentence that ends with a labelled credit ("… the old harbour. / Photo: Name / Agency", "… at dawn. © AFP"):
    /// the caption text, or null. A sentence that merely ends with names is not one (the credit must carry a label).
    /// </summary>
    internal static string? CaptionWithLabelledCredit(string line)
    {
        if (line.Length > 0 && line[0] == '(' && LeadingCreditRegex().Match(line) is { Success: true } leading) return leading.Groups["caption"].Value.Trim();
        if (!MayEndInCredit(line) || line.AsSpan().IndexOfAny(s_creditLabels) < 0) return null;
        var (caption, credit) = SplitInlineCredit(line);
        if (credit is null) return null;
        var tail = line.AsSpan(caption.Length);
        return tail.IndexOfAny(s_creditLabels) >= 0 ? caption : null;
    }

    private static (string Caption, string? Credit) SplitInlineCredit(string line)
    {
        // "(Bild: Name/Agency) Divers check the pier …": the credit in brackets opens the caption.
        if (line.Length > 0 && line[0] == '(' && LeadingCreditRegex().Match(line) is { Success: true } leading) return (leading.Groups["caption"].Value.Trim(), CleanCredit(leading.Groups["credit"].Value));
        if (!MayEndInCredit(line)) return (line, null);
        var m = InlineCreditRegex().Match(line);
        return m.Success && m.Groups["caption"].Value.Trim().Length > 0
            ? (m.Groups["caption"].Value.Trim(), CleanCredit(m.Groups["credit"].Value))
            : (line, null);
    }

    /// <summary>Words before "by" in a credit ("Photo by …", "Pictures by …"), each also with a plural 's'.</summary>
    private static readonly string[] s_byCreditWords = ["photo", "photos", "image", "images", "picture", "pictures", "pic", "pics"];

    /// <summary>
    /// The words of <see cref="CreditWord"/> that may stand right before a credit's colon ("Photo: …", "Image credit: …",
    /// "Illustrations: …"), with their plurals: the colon of any other word ("said: …", "“Headline”: …") opens no credit.
    /// </summary>
    private static readonly string[] s_colonCreditWords =
    [
        "photo", "photos", "photograph", "photographs", "photographer", "photographers", "photography", "photographys", "pic", "pics",
        "image", "images", "picture", "pictures", "foto", "credit", "credits", "source", "graphic", "graphics", "illustration",
        "illustrations", "video", "screenshot", "screenshots",
    ];

    /// <summary>
    /// False when <see cref="InlineCreditRegex"/> cannot match: each of its shapes ends in ')' or ']', or holds '©', '📷',
    /// "courtesy", '/' or " via " (an agency credit), a credit word right before a colon ("Photo: …"), or a credit word right before " by "
    /// ("Photo by …"). Most paragraphs have none of these, and the regex, whose lazy caption tries every sentence end of the
    /// line, was the reader's costliest step on them: tried on a paragraph that merely holds " by " and "Olympic" (for
    /// "pic"), it took milliseconds a line. Each test asks no more than the regex does, so it refuses only lines the regex
    /// would not match.
    /// </summary>
    private static bool MayEndInCredit(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return false;
        if (line[^1] is ')' or ']' || line.IndexOfAny('©', '/') >= 0 || line.IndexOf("📷", StringComparison.Ordinal) >= 0 || line.IndexOf("ourtesy", StringComparison.Ordinal) >= 0) return true;
        if (HasSpacedWord(line, "via", StringComparison.Ordinal)) return true;
        for (var at = line.IndexOf(':'); at >= 0; at = line[(at + 1)..].IndexOf(':') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (EndsWithWord(line[..at].TrimEnd(), s_colonCreditWords)) return true;
        }

        // "Photo by …": a credit word, white space, "by", white space (as the regex's \s+by\s+).
        for (var from = 1; from < line.Length;)
        {
            var at = line[from..].IndexOfAny('b', 'B');
            if (at < 0) return false;
            at += from;
            if (at + 2 < line.Length && line[at + 1] is 'y' or 'Y' && char.IsWhiteSpace(line[at + 2]) && char.IsWhiteSpace(line[at - 1])
                && EndsWithWord(line[..at].TrimEnd(), s_byCreditWords)) return true;
            from = at + 1;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/> (any case).</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The line holds <paramref name="word"/> with white space on both sides (as a regex's <c>\s+word\s+</c>).</summary>
    /// <remarks>
    /// The word's first letter is found by a vectorised search for it in either case, then the word is compared as asked: a
    /// case-insensitive search of the whole word is a slow character-by-character loop in invariant-globalization mode, and
    /// this runs on every line. Exact for words whose first letter has no case partner outside ASCII (not i, k or s).
    /// </remarks>
    private static bool HasSpacedWord(ReadOnlySpan<char> line, string word, StringComparison comparison)
    {
        System.Diagnostics.Debug.Assert(char.IsAsciiLetter(word[0]) && char.ToLowerInvariant(word[0]) is not ('i' or 'k' or 's'));
        var lower = comparison == StringComparison.Ordinal ? word[0] : char.ToLowerInvariant(word[0]);
        var upper = comparison == StringComparison.Ordinal ? word[0] : char.ToUpperInvariant(word[0]);
        for (var from = 1; from < line.Length;)
        {
            var at = line[from..].IndexOfAny(lower, upper);
            if (at < 0) return false;
            at += from;
            var end = at + word.Length;
            if (line[at..].StartsWith(word, comparison) && char.IsWhiteSpace(line[at - 1]) && end < line.Length && char.IsWhiteSpace(line[end])) return true;
            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// A subheading is a short standalone line that does not read as a sentence: no closing full
    /// stop, comma, colon or semicolon, no markup-like characters, no second sentence. A question
    /// may be a subheading when short.
    /// </summary>
    internal static bool IsSubheading(string line)
    {
        // The checks that read one character first: most lines are paragraphs ending in a full stop.
        if (line.Length == 0) return false;
        var last = line[^1];
        if (last is '.' or ',' or ';' or ':' or '…' or '-' or '–' or '—') return false;
        if (!char.IsUpper(line[0]) && !char.IsDigit(line[0]) && line[0] is not ('“' or '"' or '‘' or '\'')) return false;
        var words = WordCount(line);
        if (words is 0 or > MaxHeadingWords) return false;
        if (line.AsSpan().IndexOfAny("<>{}[]=/\\|@#*_`") >= 0) return false;
        if (last is '?' or '!' && words > 10) return false;
        // A quoted sentence ("“That was the last boat.”") is a pull quote or speech, never a heading.
        if (last is '”' or '"' or '’' && line.Length > 2 && line[^2] is '.' or ',') return false;
        // A speaker's label in capitals ("HOST: Why now?") opens a turn of an interview, not a section.
        if (SpeakerLabelRegex().IsMatch(line)) return false;
        if (IsMetaLine(line) || CreditLineRegex().IsMatch(line)) return false;

        // A numbered section ("II. The squeeze"): its numeral is no sentence.
        if (SectionNumeralRegex().Match(line) is { Success: true } numeral) line = line[numeral.Length..];

        // A live blog's time stamp ("07:31", "7.15am", "14:05 GMT") marks an entry; it is no heading.
        if (Reading.TitleChooser.IsTimeStamp(line)) return false;
        return !SentenceBreakRegex().IsMatch(line);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}: ", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabelRegex();

    internal static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or '”' or '"' or '…';

    internal static int NextNonEmpty(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Length > 0) return i;
        }

        return -1;
    }

    /// <summary>Trims a line, makes no-break and other odd spaces plain, and removes zero-width characters.</summary>
    internal static string Clean(string line)
    {
        var needs = false;
        foreach (var c in line)
        {
            if (c is '\u00A0' or '\t' or '\u2007' or '\u202F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                needs = true;
                break;
            }
        }

        if (!needs) return LynxImage(line.Trim());
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00A0' or '\t' or '\u2007' or '\u202F':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return LynxImage(sb.ToString().Trim());
    }

    /// <summary>
    /// An image line of a text browser's dump with its link number before the file name ("[9]photo.jpg", "[9]IMG photo.jpg",
    /// "[IMG] photo.jpg"): the file name alone, so the figure is read as any other. Other lines as they are.
    /// </summary>
    private static string LynxImage(string line) =>
        line.Length > 4 && line[0] == '[' && LynxImageRegex().Match(line) is { Success: true } m ? m.Groups["file"].Value : line;

    [GeneratedRegex(@"^(?:\[\d{1,4}\]\s?(?:\[?IMG\]?\s?)?|\[IMG\]\s?)(?<file>[^\s/\\:*?""<>|\[\]]+\.(?:jpe?g|png|webp|gif|avif))$", RegexOptions.IgnoreCase)]
    private static partial Regex LynxImageRegex();

    private static string Unquote(string text) => text.Trim().Trim(s_quotes).Trim();

    /// <summary>Quote marks <see cref="Unquote"/> takes off (one array, not one per call).</summary>
    private static readonly char[] s_quotes = ['“', '”', '"', '‘', '’', '\'', '«', '»', '„'];

    private static bool SameText(string a, string b)
    {
        // Compared in place: white space at either end counts for nothing and a run of it inside for one space, as replacing
        // each run with a space and trimming would give ("\s" is char.IsWhiteSpace).
        var x = a.AsSpan().Trim();
        var y = b.AsSpan().Trim();
        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var space = char.IsWhiteSpace(x[i]);
            if (space != char.IsWhiteSpace(y[j])) return false;
            if (space)
            {
                while (char.IsWhiteSpace(x[i])) i++;
                while (char.IsWhiteSpace(y[j])) j++;
                continue;
            }

            if (x[i] != y[j]) return false;
            i++;
            j++;
        }

        return i == x.Length && j == y.Length;
    }

    internal static int WordCount(string text) => WordCount(text, int.MaxValue - 1);

    /// <summary>The words of <paramref name="text"/>, counted up to one more than <paramref name="atMost"/>: enough to tell whether it has more, without reading a long paragraph to its end.</summary>
    internal static int WordCount(string text, int atMost)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count > atMost) break;
            }
        }

        return count;
    }

    /// <summary>"- item", "• item", "* item", "· item", "– item", "▪ item", "— item" (an em dash only in a list of two or more).</summary>
    [GeneratedRegex(@"^(?:(?<marker>[-•*·–▪●◦—])\s+|(?<marker>•))(?<text>\S.*)$")]
    private static partial Regex ListItemRegex();

    /// <summary>How many lines that open with a running time, one under the other, make a list of chapters.</summary>
    private const int MinChapters = 2;

    /// <summary>How many lines from <paramref name="i"/> on, with no blank line between, open with a running time and go on with text.</summary>
    internal static int ChapterRun(string[] lines, int i)
    {
        var n = 0;
        while (i + n < lines.Length && ChapterLineRegex().IsMatch(lines[i + n])) n++;
        return n;
    }

    /// <summary>A chapter's line: a running time ("03:12", "1:02:15"), a space, then its title.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S.*$", RegexOptions.CultureInvariant)]
    internal static partial Regex ChapterLineRegex();

    /// <summary>"1. item", "2) item": a number, a dot or closing bracket, a space.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex NumberedItemRegex();

    /// <summary>A closing attribution of the whole article or its pictures: "Source: AFP, Reuters", "Photos: Kyodo".</summary>
    [GeneratedRegex(@"^(?:Sources?|Photos?|Pictures?|Images?|Photographs?)\s*:\s*\S.{0,100}$")]
    private static partial Regex SourceLineRegex();

    /// <summary>A section's roman numeral before its heading ("IV. ").</summary>
    [GeneratedRegex(@"^[IVXLC]{1,6}\.\s+(?=\p{Lu})")]
    private static partial Regex SectionNumeralRegex();

    [GeneratedRegex(@"^>\s*(?<text>.*)$")]
    private static partial Regex QuoteRegex();

    /// <summary>A bare image file name: no spaces or path separators, an image extension.</summary>
    [GeneratedRegex(@"^[^\s/\\:*?""<>|]+\.(?:jpe?g|png|webp|gif|avif)$", RegexOptions.IgnoreCase)]
    internal static partial Regex ImageFileRegex();

    private const string CreditWord = @"(?i:Photo(?:graph(?:er|y)?)?s?|Pics?|Images?|Pictures?|Foto|Bild|Mynd|Kuva|Credits?|Photo credit|Image credit|Picture credit|Source|Graphics?|Illustrations?|Video|Screenshots?)";

    /// <summary>"(Photo: A / B)", "Photo: Reuters", "File photo: Name", "Image: …", "© AFP", "Photo by …", "(AP Photo/Name)", "REUTERS/Name", "Courtesy (of) Name" (the credit is the name).</summary>
    [GeneratedRegex(@"^(?:\(\s*" + CreditWord + @"\s*:\s*(?<credit>[^)]+)\)|" + CreditWord + @"\s*:\s*(?<credit>.+)|(?-i:\p{Lu}\p{Ll}+)\s+(?:Photo(?:graph)?|Image|Picture)s?\s*:\s*(?<credit>(?-i:\p{Lu}).{1,80})|(?:©|\(c\)|Copyright)\s*(?<credit>.+)|(?:Photo(?:graph)?|Image|Picture|Pic)s?\s+by\s+(?<credit>.+)|\((?<credit>AP Photo/[^)]+)\)|(?<credit>(?:REUTERS|AFP|EPA|AP|XINHUA|ANADOLU)/[\p{L}\p{M} .'-]+)|(?:(?:Photo|Image|Picture|Pic)s?\s+)?Courtesy(?:\s+of)?\s*:?\s+(?<credit>(?-i:\p{Lu})[^.!?]{1,80})|(?:Photo(?:graph)?|Image|Picture|Pic|Foto)s?\s*/\s*(?<credit>(?-i:\p{Lu})[^/|]{1,80})"
        + @"|" + CreditWord + @"\s*\|\s*(?<credit>\S.{1,80})|(?<credit>(?-i:\p{Lu}[\p{Lu}\p{M}.'’&\s-]{1,40}\s(?:FILE\s)?(?:PHOTO|PICTURE|IMAGE)S?))"
        + @"|(?<credit>(?-i:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3})\s*\|\s*(?:(?:Staff|Chief|Senior|Contributing|Freelance)\s)?(?:Photo\s?(?:Editor|grapher|journalist)|Photojournalist|Picture Editor))"
        + @"|" + CreditWord + @"(?-i:(?=[^\p{Ll}]*$))\s+(?<credit>(?-i:\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4}\s*[,/]\s*\p{Lu}[\p{Lu}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’&-]*){0,4})))$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLineRegex();

    /// <summary>Capitalised words, as in a photographer's or agency's name ("Dean Lewins", "PA Wire", "U.S. Navy").</summary>
    private const string CapitalWords = @"\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}";

    /// <summary>
    /// A credit without a label, made of names joined by slashes or "via": "Dean Lewins/AAP", "AP Photo/Brian Inganga",
    /// "Florence Miettaux / UNHCR", "JAXA/Handout via Reuters", "KCNA via REUTERS".
    /// </summary>
    private const string AgencyCredit = "(?<credit>" + CapitalWords + @"(?:\s*/\s*" + CapitalWords + @"){1,3}(?:\s+via\s+" + CapitalWords + ")?|" + CapitalWords + @"\s+via\s+" + CapitalWords + ")";

    /// <summary>
    /// A caption sentence that ends with its credit: "… in Antakya. © AFP", "… Picture by Name/PA", "… by KCNA. KCNA via
    /// REUTERS"; or any caption followed by a bracketed credit: "… after the winning shot (Photo: Getty Images)", "… at
    /// dawn. (Name/Agency)", "… on the quay (photo Name)"; or a caption that does not close its sentence before a capitalised
    /// credit label, maybe set off by a dash or a bar, or a copyright sign: "… on the quay at night Credit: Agency", "… on
    /// Monday (3) — Foto: Name/Agency", "… over the bay © Agency".
    /// </summary>
    [GeneratedRegex(@"^(?:(?<caption>.*?[.!?”""])\s+(?:[|•·/—–-]\s*)?(?:\(\s*" + CreditWord + @"\s*:\s*(?<credit>[^)]+)\)|(?:\p{Lu}[\p{L}.]*\s+)?" + CreditWord + @"\s*:\s*(?<credit>.+)|(?:©|📷)\s*(?<credit>.+)|(?i:Photo|Image|Picture|Pic)s?\s+(?i:by)\s+(?<credit>.+)|(?i:(?:(?:Photo|Image|Picture|Pic)s?\s+)?Courtesy(?:\s+of)?)(?:\s+the)?\s*:?\s+(?<credit>\p{Lu}[^.!?]{1,80})|\((?<credit>AP Photo/[^)]+)\)|" + AgencyCredit + @")|(?<caption>.+?\S)\s*\(\s*" + CreditWord + @"\s*:\s*(?<credit>[^)]+)\)|(?<caption>.+?[.!?”""])\s+\((?<credit>[^()]{0,60}\b(?i:photo|picture)\b[^()]{0,40})\)|(?<caption>.+?)\s+\[\s*" + CreditWord + @"\s*:\s*(?<credit>[^\[\]]{2,60})\]|(?<caption>.+?)\s+\[(?<credit>[^\[\]]{2,60}/[^\[\]]{2,60})\]|(?<caption>.+?[.!?”""])\s+\((?<credit>[^()/]{2,60}/[^()]{2,60})\)|(?<caption>.+?[\p{L}\p{N})])\s+(?:[—–|]\s*)?(?:Credit|Photo|Picture|Image|Photograph|Foto)s?\s*:\s*(?<credit>\p{Lu}[^:.]{1,60})|(?<caption>.+?\S)\s+\((?i:photo|foto|picture|pic)s?\s+(?<credit>\p{Lu}[^()]{1,60})\)|(?<caption>.+?[\p{L}\p{N}])\s+©\s*(?<credit>\p{Lu}[^©]{1,60})|(?<caption>.+?[\p{L}\p{N}])\s+[—–|]\s*(?i:Photo|Image|Picture|Pic)s?\s+(?i:by)\s+(?<credit>\p{Lu}[^.!?—–|]{1,60}))$")]
    private static partial Regex InlineCreditRegex();

    /// <summary>A labelled credit in brackets opening the caption: "(Bild: Name/Agency) Divers check the pier …".</summary>
    [GeneratedRegex(@"^\(\s*" + CreditWord + @"\s*:\s*(?<credit>[^()]{2,80})\)\s*(?<caption>\p{Lu}.{9,400})$")]
    private static partial Regex LeadingCreditRegex();

    /// <summary>BBC style, credit first: "Image source, Reuters"; Guardian style: "Photograph: Name/Agency"; "Picture: PA"; a bracketed credit alone.</summary>
    [GeneratedRegex(@"^(?:(?i:Image source|Photographer|Photograph|Picture|Image credit|Photo credit|Picture credit)\s*[,:]\s*(?<credit>\S.*)|\((?<credit>[^()]{0,60}\b(?i:photo|picture)\b[^()]{0,40})\)|\[(?<credit>[^\[\]]{2,60}/[^\[\]]{2,60})\])$")]
    private static partial Regex CreditLabelRegex();

    /// <summary>"Image caption, …" (BBC), "Caption: …".</summary>
    [GeneratedRegex(@"^(?i:Image caption|Caption)\s*[,:]\s*(?<caption>\S.*)$")]
    private static partial Regex CaptionLabelRegex();

    /// <summary>A credit line without a label, under an image or its caption (see <see cref="AgencyCredit"/>).</summary>
    [GeneratedRegex("^" + AgencyCredit + "$")]
    private static partial Regex AgencyCreditLineRegex();

    /// <summary>The last line of a quote: "— Name, Institute".</summary>
    [GeneratedRegex(@"^\s*[—–-]{1,2}\s*\S")]
    private static partial Regex AttributionRegex();

    /// <summary>The credit under an embedded post: "— Name (@handle) December 14, 2023" or "A post shared by Name (@handle)".</summary>
    [GeneratedRegex(@"^(?:[—–-]{1,2}\s*.{1,80}\(@\w{1,30}\).{0,40}|A post shared by .{1,80})$")]
    internal static partial Regex PostAttributionRegex();

    /// <summary>A title line with the site's name after a bar or dash: "Headline | Site".</summary>
    [GeneratedRegex(@"^(?<title>.+?)\s+[|–—-]\s+(?<suffix>[^|–—-]{2,40})$")]
    private static partial Regex TitleSuffixRegex();

    /// <summary>A sentence end followed by another sentence inside the line.</summary>
    [GeneratedRegex(@"(?<!\b(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|No|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|Mt|Ft|vs|Inc|Ltd|Co|[A-Z]))[.!?][”""’)]?\s+[\p{Lu}“""]")]
    private static partial Regex SentenceBreakRegex();

    /// <summary>A place line in capitals, as regional outlets print it between byline and date ("LEIPZIG", "NEW DELHI").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]{2,30}$")]
    private static partial Regex PlaceLineRegex();
}

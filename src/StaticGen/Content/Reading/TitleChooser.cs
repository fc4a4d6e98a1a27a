// Over 500 lines, on purpose: the headline is one decision read in one place, every candidate line with its
// evidence and score side by side; the shapes it reads live in LineFeatures, SiteNames and SectionLabels.
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// Chooses the headline among the lines above the lede, by evidence: the first line of a scraped file is
/// usually the page title; a headline is repeated (the page title above the article's own headline, maybe
/// with the site's name after it); it sits just above the standfirst, byline, date or lede; it has a
/// headline's shape (a few words to a long sentence without a closing full stop, not all in capitals); it
/// matches the file name. Lines with furniture evidence (skip links, navigation and section labels,
/// breadcrumbs, dates, tickers, metadata prefixes) are never candidates.
/// </summary>
public static partial class TitleChooser
{
    /// <summary>
    /// Separators between a headline and a site's name after it ("Headline | Site", "Headline - Site", "Headline • Site"),
    /// or a label before it ("Opinion | Headline"; a colon too: "Factbox: Headline").
    /// </summary>
    internal static readonly string[] SuffixSeparators = [" | ", " - ", " – ", " — ", " :: ", " • ", " · ", " » "];

    /// <summary>The characters trimmed off a site's name once it is cut from the headline: spaces and the separators' marks.</summary>
    internal static readonly char[] SuffixMarks = [' ', '|', '-', '–', '—', ':', '•', '·', '»'];

    /// <summary>Scores the candidate lines among <paramref name="header"/> (indices of the header zone's non-empty lines).</summary>
    /// <remarks><paramref name="page"/> is the page as printed, with the lines the cleanup rules dropped (a copyright line names the site); <paramref name="lines"/> when null.</remarks>
    public static List<TitleCandidate> Candidates(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, string fileStem, OpeningWords? opening = null, ReaderData? data = null, IReadOnlyList<string>? page = null, int deskHeadline = -1)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var candidates = new List<TitleCandidate>();
        var stemWords = Words(fileStem.Replace('-', ' ').Replace('_', ' '));

        // The site's name as the page title gives it beside a section ("Callouts – Ridge Rescue Volunteers"): printed alone
        // lower down, that name is the masthead.
        var pageTitleSection = header.Count > 0 && opening is not null && data is not null ? SiteAndSection(lines[header[0]], page ?? lines, header[0], opening, data) : null;
        List<(string Folded, string Address)>? addresses = null;
        foreach (var i in header)
        {
            if (features[i] is not { } f || !Viable(lines[i], f, evidence[i])) continue;
            var reasons = new List<string>();
            var score = 0;
            if (i == deskHeadline)
            {
                // A draft or a content system's export names its fields: the page title above is the document's name.
                score += 8;
                reasons.Add("labelled the headline by the writer's desk ('HED:') (+8)");
            }

            if (i == header[0])
            {
                score += 4;
                reasons.Add("first line of the file (+4)");
            }

            var repeats = header.Where(j => j != i && Repeats(lines[i], lines[j])).ToList();
            if (repeats.Count > 0 && repeats.TrueForAll(j => (IsMasthead(lines, evidence, j) && RawArticleParser.WordCount(lines[j]) <= ArticleReader.MaxSiteNameWords) || NamedByCopyright(lines, lines[j])))
            {
                // "City of Paris - Press Release" over the masthead "City of Paris" and its menu: the page title names the site, not the story.
                // (A page title of a headline's length right over the menu is no masthead: a masthead is a name.)
                score -= 6;
                reasons.Add("repeated only by the masthead over the menu: the site's name, not a headline (-6)");
            }
            else if (repeats.Count > 0)
            {
                score += 3;
                reasons.Add("repeated in the header (+3)");
            }

            // The publisher's name on a line of its own ("Harian Nusantara", "University of Eastmoor"): the page names it again in
            // its copyright line, at the head of a footer line or in its web or mail address. It names who prints the story, never
            // the story.
            if (repeats.Count == 0 && SiteNameLine(lines[i], f, page ?? lines, i, ref addresses) is { } where)
            {
                score -= 6;
                reasons.Add($"the site's name, as {where} names it: the masthead (-6)");
            }

            if (i != header[0] && pageTitleSection is { } named && string.Equals(lines[i].Trim(), named.Site, StringComparison.OrdinalIgnoreCase))
            {
                score -= 6;
                reasons.Add($"the site's name, as the page title gives it beside '{lines[header[0]]}', printed alone: the masthead (-6)");
            }

            var next = header.Where(j => j > i && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? lede;
            if (OverStory(lines, features, evidence, header, lede, i))
            {
                score += 2;
                reasons.Add("sits above the standfirst, byline, date or lede (+2)");
            }

            // The page title of a section page or of the site's home ("Member Update – Chamber of Commerce", "The Ledger | The
            // Island's Daily"): the site's name beside a section or a slogan, while the story's headline sits lower, over its
            // byline, date or lede, and speaks of the story as the page title does not.
            if (i == header[0] && pageTitleSection is { } section && opening is not null && data is not null
                && HeadlineBelow(lines, features, evidence, header, lede, i, opening, data, section.Shared) is { } below)
            {
                score -= 6;
                reasons.Add($"the site's name '{section.Site}' beside '{section.Other}', which speaks little of the story, while the headline on line {below + 1} sits over it: the page title of a section or of the site (-6)");
            }

            // The site's masthead at the top of the file, maybe with its slogan under it, printed right on the site's menu ("The
            // Harbour Notebook" / "Lakeshore news and fish fries" / "Home" / "About"), while a line lower down reads as this
            // story's headline over its byline, date or lede and speaks of the story more: the site's name, not the headline.
            // (A page title that the headline repeats lower down names the story, whatever follows it.)
            if (i == header[0] && repeats.Count == 0 && opening is not null && data is not null && OnMenu(lines, evidence, i)
                && HeadlineBelow(lines, features, evidence, header, lede, i, opening, data, opening.Shared(lines[i], data).Shared) is { } headline)
            {
                score -= 6;
                reasons.Add($"printed right on the site's menu, while the headline on line {headline + 1} sits over the story and speaks of it more: the masthead (-6)");
            }

            // The site's name on the file's first line ("The Harbour Gazette", "Wellington Courier") over the story's headline:
            // a short name, every word capitalised, that speaks little of the story (one word shared with the opening
            // paragraphs at most), right over a headline-shaped line that shares three words more with them.
            if (i == header[0] && opening is not null && data is not null && MastheadOver(lines, features, evidence, header, i, opening, data) is { } story)
            {
                score -= 6;
                reasons.Add($"a short name, every word capitalised, over the headline-shaped line {story + 1}, which speaks of the story as it does not: the site's masthead (-6)");
            }

            // One of several lines set in one block, each a clause of its own ("Homeowners woke to a boom at 3am" / "A sinkhole
            // opened under the backyards" / …): the points of a summary under the headline, not the headline.
            if (SummaryBlock(lines, features, evidence, i))
            {
                score -= 3;
                reasons.Add("one of three or more clauses set in one block: a summary's point, not the headline (-3)");
            }

            // A page prints its headline, then the standfirst that expands it: a longer line under it, not a byline or date.
            if (next != lede && features[next] is { Meta: null, ImageFile: false, Capitals: false, Credit: null, Caption: null } sf && sf.Words >= 12 && sf.Words > f.Words && !IsItemRow(lines[next])
                && next == header.FirstOrDefault(j => j > i && lines[j].Length > 0, -1))
            {
                score += 1;
                reasons.Add("the longer line under it reads as its standfirst (+1)");
            }

            if (f.Words is >= 4 and <= 25 && !f.Capitals && lines[i][^1] != '.')
            {
                score += 1;
                reasons.Add("headline shape (+1)");
            }

            // Headline capitalisation ("Fresh Tension In Rivers"): standfirsts, captions and sentences are never written so.
            if (f.TitleCase)
            {
                score += 2;
                reasons.Add("headline capitalisation (+2)");
            }

            // Clauses strung on semicolons ("Water over the lock; boats moved; buses diverted") sum up a story: a live blog's
            // standfirst, not its headline.
            if (lines[i].Count(static c => c == ';') >= 2)
            {
                score -= 2;
                reasons.Add("clauses strung on semicolons: a summary (-2)");
            }

            // A long sentence with its full stop is a standfirst, a caption or the lede, not a headline.
            if (f.Words >= LongSentenceWords && lines[i][^1] == '.')
            {
                score -= 2;
                reasons.Add("a long sentence with a full stop (-2)");
            }

            // A picture's caption printed above the headline ("Fishermen haul their nets at the harbour mouth on Tuesday."): a
            // sentence closed by its full stop, as a headline is not, right over a headline-shaped line that sits over the
            // story's byline, date or lede.
            if (f.Words >= MinCaptionAboveWords && lines[i][^1] == '.' && HeadlineUnder(lines, features, evidence, header, lede, i) is { } under)
            {
                score -= 5;
                reasons.Add($"a sentence closed by a full stop right over the headline-shaped line {under + 1}, which sits over the story: a caption or standfirst printed above the headline (-5)");
            }

            // A headline names what the article is about: it shares words with the lede and the paragraphs after it.
            // A section label, a site's name or a button shares none.
            if (opening is not null && data is not null && opening.Shared(lines[i], data) is var (shared, content) && content > 0)
            {
                if (shared > 0)
                {
                    var bonus = Math.Min((2 * shared) - 1, 4);
                    score += bonus;
                    reasons.Add($"shares {shared} {(shared == 1 ? "word" : "words")} with the opening paragraphs (+{bonus})");
                }
                else
                {
                    score -= 3;
                    reasons.Add("shares no word with the opening paragraphs (-3)");
                }
            }

            // A short line whose words all stand in a longer headline-shaped line further down the header ("Volcanic ash: Bali
            // flights" over the dates, then "Volcanic ash disrupts Bali flights; waiver extended") is that story's label or
            // short name, as an alerts list or a teaser prints it; the longer line is the headline.
            // A headline in headline capitalisation over a longer line in sentence case is not that line's short name: the
            // longer line is its standfirst.
            if (i != header[0] && ShortNameOf(lines, features, evidence, header, i) is { } longer && !(f.TitleCase && features[longer] is { TitleCase: false }))
            {
                score -= 2;
                reasons.Add($"its words all stand in the longer headline on line {longer + 1}: a short name of the story (-2)");
            }

            // A live blog's entry: its heading sits under the entry's time stamp ("11.08am BST"); the page's headline does not.
            if (header.LastOrDefault(j => j < i, -1) is var above and >= 0 && i - above <= 2 && IsTimeStamp(lines[above]))
            {
                score -= 3;
                reasons.Add("under a time stamp: a live blog entry's heading (-3)");
            }

            // A date with its weekday ("From the Parish Newsletter — Sunday 15 November 2026"): an edition's or a post's stamp,
            // as a headline never prints its day.
            if (TextDates.Find(lines[i], DateOrder.DayFirst) is { Value: not null, HasWeekday: true })
            {
                score -= 6;
                reasons.Add("states a date with its weekday: an edition's or a post's stamp (-6)");
            }

            // A call to action or a line about the page itself ("Gift this article", "Share this story"): a button, not a headline.
            if (UiPhrase(lines[i], data))
            {
                score -= 3;
                reasons.Add("call to action or a line about the page (-3)");
            }

            if (stemWords.Count >= 3 && SharedWords(lines[i], stemWords) * 5 >= stemWords.Count * 3)
            {
                score += 2;
                reasons.Add("matches the file name (+2)");
            }

            candidates.Add(new TitleCandidate(i + 1, lines[i], score, reasons));
        }

        return candidates;
    }

    /// <summary>
    /// Whether line <paramref name="i"/> sits where a headline does: over its standfirst (a long line, or a sentence), a byline
    /// or date, a picture or the lede (never over a caption or credit), or over a deck that does.
    /// </summary>
    private static bool OverStory(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, int i)
    {
        var next = header.Where(j => j > i && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? lede;
        return next == lede || SummaryBlock(lines, features, evidence, next) || NameOverDate(lines, features, evidence, header, lede, next) || (features[next] is { } nf && (nf.Meta is not null || nf.ImageFile
            || ((nf.Words >= 12 || (nf.EndsSentence && nf.Words >= 6)) && !nf.Capitals && nf.Credit is null && nf.Caption is null && !IsItemRow(lines[next]))))
            || (features[i]!.Words >= MinDeckWords && IsDeck(lines, features, evidence, header, lede, i, next));
    }

    /// <summary>The longest site's name read on the file's first line over the headline.</summary>
    private const int MaxMastheadWords = 4;

    /// <summary>
    /// The headline-shaped line right under line <paramref name="i"/> (the next header line that is no furniture) when line
    /// <paramref name="i"/> is a short name (at most <see cref="MaxMastheadWords"/> words, each opening with a capital, no
    /// sentence) that shares at most one word with the opening paragraphs and the line under it three words more; null
    /// otherwise.
    /// </summary>
    private static int? MastheadOver(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int i, OpeningWords opening, ReaderData data)
    {
        if (features[i] is not { Words: <= MaxMastheadWords, EndsSentence: false, Capitals: false } || !EveryWordCapitalised(lines[i])) return null;
        var mine = opening.Shared(lines[i], data).Shared;
        if (mine > 1) return null;
        var k = header.Where(j => j > i && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? -1;
        return k >= 0 && features[k] is { Meta: null, Capitals: false, ImageFile: false, Credit: null, Caption: null, Words: >= 4 and <= 25 } h && lines[k][^1] != '.'
            && Viable(lines[k], h, evidence[k]) && opening.Shared(lines[k], data).Shared >= mine + 3 ? k : null;
    }

    /// <summary>Whether every word of the line opens with a capital letter (a name, "The Harbour Gazette").</summary>
    private static bool EveryWordCapitalised(string line)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0])) return false;
        }

        return true;
    }

    /// <summary>The fewest words of a sentence above the headline read as a caption printed there (a shorter one may be a headline with a full stop).</summary>
    private const int MinCaptionAboveWords = 8;

    /// <summary>
    /// The next header line under line <paramref name="i"/> that is no furniture, when it reads as a headline (a few words
    /// to a long line, no closing full stop, not in capitals, no byline, date, credit or caption) and sits over the story's
    /// standfirst, byline, date or lede; null otherwise.
    /// </summary>
    private static int? HeadlineUnder(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, int i)
    {
        var k = header.Where(j => j > i && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? -1;
        return k >= 0 && features[k] is { Meta: null, Capitals: false, ImageFile: false, Credit: null, Caption: null, EndsSentence: false, Words: >= 4 and <= 25 } h
            && Viable(lines[k], h, evidence[k]) && OverStory(lines, features, evidence, header, lede, k) ? k : null;
    }

    /// <summary>
    /// Whether line <paramref name="k"/> is a writer's name alone ("Ffion Haf Roberts") right over a date line: the byline
    /// set as two lines, name then date, as a headline sits over it.
    /// </summary>
    private static bool NameOverDate(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, int k)
    {
        if (k >= lede || features[k] is not { Meta: null } || MetaLines.TryParse(lines[k]) is not { Evidence: MetaEvidence.NameShape, Authors.Count: > 0 }) return false;
        var after = header.Where(j => j > k && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? lede;
        return after != lede && features[after]?.Meta is { Date: not null } && evidence[after] is null;
    }

    /// <summary>
    /// The site's name and the rest of a page title made of the two ("Member Update – Holland-Colombia Chamber of Commerce",
    /// "Volta Gazette – News from the Volta Region"), when the page prints that name elsewhere (a line of its own, the head of
    /// a footer line, its copyright line) and the rest shares at most half its words with the opening paragraphs: a section's
    /// name or the site's slogan, not a headline of this story. Null otherwise.
    /// </summary>
    private static (string Site, string Other, int Shared)? SiteAndSection(string line, IReadOnlyList<string> page, int i, OpeningWords opening, ReaderData data)
    {
        foreach (var separator in SuffixSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal) >= 0) continue;
            var left = line[..at].Trim();
            var right = line[(at + separator.Length)..].Trim();
            foreach (var (site, rest) in new[] { (right, left), (left, right) })
            {
                if (site.Length < 3 || rest.Length == 0 || RawArticleParser.WordCount(site) > ArticleReader.MaxSiteNameWords || !PrintedElsewhere(page, i, site)) continue;
                var (shared, content) = opening.Shared(rest, data);
                if (shared * 2 <= content) return (site, rest, shared);
            }
        }

        return null;
    }

    /// <summary>Whether a line of the page other than <paramref name="i"/> prints <paramref name="name"/>: as a line of its own, at the head of a footer line ("Name · Address"), or in its copyright line.</summary>
    private static bool PrintedElsewhere(IReadOnlyList<string> page, int i, string name)
    {
        for (var j = 0; j < page.Count; j++)
        {
            // A copy of the title itself (the headline under the page title) says nothing of the site.
            if (j == i || page[j].Length < name.Length || Repeats(page[i], page[j])) continue;
            var line = page[j].Trim();
            if (string.Equals(line, name, StringComparison.OrdinalIgnoreCase) || SiteNames.CopyrightLineNames(line, name)) return true;
            if (line.StartsWith(name, StringComparison.Ordinal) && Array.Exists(SuffixSeparators, s => line.AsSpan(name.Length).StartsWith(s, StringComparison.Ordinal))) return true;
        }

        return false;
    }

    /// <summary>
    /// Where the page names line <paramref name="i"/> as its own (its copyright line, a footer line it heads, a web or mail
    /// address spelling it), when the line is a name (a few words, no sentence, not in a row of items); null otherwise.
    /// The page's addresses are read the first time a line asks (<paramref name="addresses"/>), once for every line.
    /// </summary>
    private static string? SiteNameLine(string line, LineFeatures f, IReadOnlyList<string> page, int i, ref List<(string Folded, string Address)>? addresses)
    {
        var name = line.Trim();
        if (f.Words > ArticleReader.MaxSiteNameWords || f.EndsSentence || IsItemRow(name) || name.Length < 3) return null;
        if (PrintedElsewhere(page, i, name)) return "its copyright or footer line";
        addresses ??= SiteNames.Addresses(page);
        return SiteNames.AddressSpells(name, addresses) is { } address ? $"the address '{address}'" : null;
    }

    /// <summary>
    /// A line below <paramref name="i"/> that reads as this story's headline (a headline's shape, in a headline's place over
    /// the byline, date or lede) and shares more words with the opening paragraphs than <paramref name="shared"/>, at least
    /// two; null when none does.
    /// </summary>
    private static int? HeadlineBelow(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, int i, OpeningWords opening, ReaderData data, int shared)
    {
        foreach (var k in header)
        {
            if (k <= i || features[k] is not { Words: >= 4 and <= 25, Capitals: false } g || !Viable(lines[k], g, evidence[k]) || lines[k][^1] == '.'
                || !OverStory(lines, features, evidence, header, lede, k)) continue;
            if (opening.Shared(lines[k], data).Shared is var own && own >= 2 && own > shared) return k;
        }

        return null;
    }

    /// <summary>
    /// A row of items set apart by bars or bullets ("Home · News · Sport · Letters · Contact the Editor"): a menu or a strip of
    /// the masthead, however long, never the standfirst that a headline sits on.
    /// </summary>
    internal static bool IsItemRow(string line)
    {
        if (IsSpacedRow(line)) return true;
        var separators = 0;
        foreach (var separator in s_rowSeparators)
        {
            for (var at = line.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal)) separators++;
        }

        return separators >= MinRowSeparators;
    }

    private static readonly string[] s_rowSeparators = [" | ", " · ", " • "];

    /// <summary>
    /// A row of short items set apart by runs of spaces, as a scraper flattens a menu or a toolbar ("Home  Politics  Business
    /// Culture", "3.1K   Share   Download   Save"): at least <see cref="MinSpacedItems"/> items of at most
    /// <see cref="MaxSpacedItemWords"/> words, none closing a sentence (two spaces after a full stop are prose).
    /// </summary>
    private static bool IsSpacedRow(string line)
    {
        if (line.IndexOf("  ", StringComparison.Ordinal) < 0) return false;
        var items = 0;
        foreach (var item in SpacedItemRegex().Split(line.Trim()))
        {
            if (item.Length == 0) continue;
            if (RawArticleParser.WordCount(item) > MaxSpacedItemWords || item[^1] is '.' or '!' or '?') return false;
            items++;
        }

        return items >= MinSpacedItems;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{2,}|\t", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpacedItemRegex();

    /// <summary>The fewest items of a row set apart by spaces (a headline may carry one double space by accident).</summary>
    private const int MinSpacedItems = 3;

    /// <summary>The most words of one item of such a row ("Streamed live on Feb 9, 2026"); a clause of prose is longer.</summary>
    private const int MaxSpacedItemWords = 6;

    /// <summary>The fewest separators in a row of items (four items): a headline or a standfirst may set two parts apart.</summary>
    private const int MinRowSeparators = 3;

    /// <summary>The fewest words of a headline and of the deck printed right under it (a kicker over a headline is shorter).</summary>
    private const int MinDeckWords = 6;

    /// <summary>
    /// Whether line <paramref name="i"/> stands in a block of <see cref="MinSummaryLines"/> or more lines (no blank line
    /// between) that are each a paragraph of their own (none runs on from the line above), each a clause of at least
    /// <see cref="MinSummaryWords"/> words opening with a capital, none furniture, a byline or date, or in capitals: the
    /// points of a summary, as a tabloid sets them under its headline without bullets.
    /// </summary>
    private static bool SummaryBlock(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, int i)
    {
        if (lines[i].Length == 0) return false;
        var first = i;
        while (first > 0 && lines[first - 1].Length > 0) first--;
        var end = i + 1;
        while (end < lines.Length && lines[end].Length > 0) end++;
        if (end - first < MinSummaryLines) return false;
        for (var k = first; k < end; k++)
        {
            if (evidence[k] is not null || features[k] is not { Meta: null, ImageFile: false, Capitals: false, Credit: null, Caption: null } f || f.Words < MinSummaryWords
                || !char.IsUpper(lines[k][0]) || IsItemRow(lines[k])) return false;
        }

        return true;
    }

    /// <summary>The fewest lines of a summary set in one block.</summary>
    private const int MinSummaryLines = 3;

    /// <summary>The fewest words of each of a summary's points (a menu's or a scoreboard's lines are shorter).</summary>
    private const int MinSummaryWords = 6;

    /// <summary>
    /// Whether the site's menu starts right under line <paramref name="i"/>, or under the one line after it in its block (the
    /// site's slogan under its name), a blank line between or not.
    /// </summary>
    private static bool OnMenu(string[] lines, IReadOnlyList<string?> evidence, int i)
    {
        var j = i + 1;
        if (j < lines.Length && lines[j].Length > 0 && evidence[j] != ArticleReader.MenuRunEvidence) j++;
        if (j < lines.Length && lines[j].Length == 0) j++;

        // The menu's first item may be known furniture of its own ("Home"), the run under it; or the menu is one row of items
        // ("Home  News  Sport  Contact", "Study | Research | About | News").
        if (i + 1 < lines.Length && IsItemRow(lines[i + 1])) return true;
        return j < lines.Length && lines[j].Length > 0 && (evidence[j] == ArticleReader.MenuRunEvidence || IsItemRow(lines[j])
            || (evidence[j] is not null && j + 1 < lines.Length && evidence[j + 1] == ArticleReader.MenuRunEvidence));
    }

    /// <summary>
    /// A deck: a second headline-shaped line right under the headline, in its block or after one blank line, that is no
    /// sentence, no furniture and not in capitals, and itself sits right above the byline, date or lede. Print pages and
    /// their archives set the headline, then the deck, then the byline.
    /// </summary>
    private static bool IsDeck(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, int i, int next)
    {
        if (!(next == i + 1 || (next == i + 2 && lines[i + 1].Length == 0)) || next >= lede || evidence[next] is not null || features[next] is not { Meta: null, ImageFile: false, Capitals: false, Credit: null, Caption: null, EndsSentence: false } d
            || d.Words < MinDeckWords || lines[next].Contains('\t', StringComparison.Ordinal)) return false;
        var after = header.Where(j => j > next && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? lede;
        return after == lede || features[after]?.Meta is not null;
    }

    /// <summary>
    /// The longer headline-shaped line further down the header (no full stop, no furniture, not a byline or date) that holds
    /// every word of line <paramref name="i"/> and does not end with it (a kicker before the headline is no longer headline);
    /// null when none does.
    /// </summary>
    private static int? ShortNameOf(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int i)
    {
        var words = Words(lines[i]);
        if (words.Count < 2) return null;
        foreach (var k in header)
        {
            if (k <= i || evidence[k] is not null || features[k] is not { Meta: null, ImageFile: false, Capitals: false } g || !Viable(lines[k], g, null)
                || lines[k][^1] == '.' || g.Words <= features[i]!.Words || lines[k].EndsWith(lines[i], StringComparison.Ordinal)) continue;
            if (words.IsSubsetOf(Words(lines[k]))) return k;
        }

        return null;
    }

    /// <summary>
    /// Whether the page's copyright line names <paramref name="name"/> ("© Gallery Notes 2024" names "Gallery Notes"): then a
    /// short line of that text is the site's name, and a page title it repeats names the site, not the story.
    /// </summary>
    private static bool NamedByCopyright(string[] lines, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length < 3 || RawArticleParser.WordCount(trimmed) > SiteNames.MaxWords) return false;
        return Array.Exists(lines, line => SiteNames.CopyrightLineNames(line, trimmed));
    }

    /// <summary>A line of this many words ending in a full stop reads as a sentence.</summary>
    private const int LongSentenceWords = 15;

    /// <summary>The best candidate (the earlier one on a tie), or null.</summary>
    public static TitleCandidate? Best(IReadOnlyList<TitleCandidate> candidates)
    {
        TitleCandidate? best = null;
        foreach (var c in candidates)
        {
            if (best is null || c.Score > best.Score) best = c;
        }

        return best;
    }

    /// <summary>
    /// A line that may be a headline: a few words, one sentence at most, no furniture evidence, not a date or byline, not a
    /// label in capitals, not a writer's job title alone ("North West Correspondent", printed under the byline's name).
    /// </summary>
    public static bool Viable(string line, LineFeatures f, string? evidence) =>
        evidence is null && f.Meta is null && !f.ImageFile && f.Credit is null && f.Caption is null
        && f.Words is >= 2 and <= 40 && !(f.SeveralSentences && !TwoPartHeadline(line, f)) && !(f.Capitals && f.Words <= 6)
        && !(f.Words == 2 && !line.Contains(' ', StringComparison.Ordinal))
        && !RawArticleParser.IsStructural(line) && !HasAddress(line) && HasLongWord(line) && !IsTimeStamp(line) && !Introduces(line)
        && !NamesIssue(line) && !IsLedeSentence(line, f) && !MetaLines.IsRoleLine(line) && !IsItemRow(line) && !ScoreLineRegex().IsMatch(line);

    /// <summary>
    /// A side's line of a match's scoreboard: its name, its score, the scorers with their minutes in brackets ("Harwick Town 3
    /// (Lemos 14, 58)"); the headline names both sides.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.&\s-]*?\s\d{1,3}\s*\((?=[^()]*\d)[^()]+\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ScoreLineRegex();

    /// <summary>A sentence of more than <see cref="MaxFullStopHeadlineWords"/> words closed by a full stop: a story's first sentence, not a headline.</summary>
    internal static bool IsLedeSentence(string line, LineFeatures f) =>
        f.EndsSentence && line.Length > 0 && line[^1] == '.' && f.Words > MaxFullStopHeadlineWords;

    /// <summary>
    /// A line that ends with an issue's or edition's number ("ADDU WEEKLY -- TEXT EDITION -- No. 412", "The Harbour Ledger |
    /// Issue 62") is a text edition's masthead, never a headline.
    /// </summary>
    private static bool NamesIssue(string line)
    {
        var at = -1;
        foreach (var separator in s_issueSeparators)
        {
            at = Math.Max(at, line.LastIndexOf(separator, StringComparison.Ordinal) is var k and >= 0 ? k + separator.Length : -1);
        }

        return at > 0 && MetaLines.IsIssueNumber(line[at..]);
    }

    /// <summary>What sets an issue's number apart from a masthead (<see cref="NamesIssue"/>; one array, not one per call).</summary>
    private static readonly string[] s_issueSeparators = [.. SuffixSeparators, " -- "];

    /// <summary>
    /// The longest headline that ends with a full stop: a longer sentence closed by one is the story's first sentence (a page
    /// with no headline line opens with its lede), which stays the lede.
    /// </summary>
    private const int MaxFullStopHeadlineWords = 25;

    /// <summary>
    /// A line ending in a colon introduces what follows it ("Written by:", "The affected titles include:", "Share this:"): a
    /// label or a lead-in, never a headline.
    /// </summary>
    public static bool Introduces(string line) => line.Length > 0 && line[^1] is ':' or '：';

    /// <summary>
    /// A headline may ask and answer ("Has the port closed? No – only one berth has") or state and go on ("The buses stopped.
    /// Now the ferries run late"): two sentences, the second a clause that ends no sentence, as headlines drop their last
    /// full stop. Two sentences closed by a full stop are a standfirst, a caption or prose, and so is a sentence closed by its
    /// picture's credit ("… the history of the force. Name / Outlet").
    /// </summary>
    private static bool TwoPartHeadline(string line, LineFeatures f)
    {
        // A note in brackets ("(The following article first appeared in …. … here.)") closes its last sentence inside them.
        if (f.Words > MaxQuestionHeadlineWords || f.EndsSentence || line.TrimEnd(')', ']', '”', '"', '’', ' ') is [.., '.' or '!' or '?' or '…']) return false;
        var breaks = LineFeatures.SentenceBreakRegex().Matches(line);
        return breaks.Count == 1 && !RawArticleParser.TryParseCredit(line[(breaks[0].Index + breaks[0].Length - 1)..].Trim(), out _);
    }

    /// <summary>The longest headline of two sentences.</summary>
    private const int MaxQuestionHeadlineWords = 25;

    /// <summary>A time alone on its line ("11.08am BST", "2:30 p.m.", "10:25"): a live blog entry's stamp.</summary>
    public static bool IsTimeStamp(string line) => line.Length <= 20 && TimeStampRegex().IsMatch(line);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeStampRegex();

    /// <summary>
    /// The site's masthead: a line printed right on a run of the page's menu links (the next line, in its block, is one of
    /// a run of short link lines; the masthead may be counted in the run). A headline is followed by its standfirst, byline, date or lede, maybe by buttons
    /// ("Share", "Save"), not by the site's menu.
    /// </summary>
    private static bool IsMasthead(string[] lines, IReadOnlyList<string?> evidence, int j) =>
        j + 1 < lines.Length && lines[j + 1].Length > 0 && evidence[j + 1] == ArticleReader.MenuRunEvidence;

    /// <summary>A line with a web address in it is a link or the scraper's note, never a headline.</summary>
    private static bool HasAddress(string line) =>
        line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>A headline has at least one word of three letters or more ("2:30 p.m." and "1 of 3" have none).</summary>
    private static bool HasLongWord(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 3) return true;
        }

        return false;
    }

    /// <summary>
    /// A call to action (a user-interface verb first, as the known-furniture list has them, at any length) or a line that
    /// speaks of the page itself ("… this article", "… this story"): a button or a prompt, not a headline or a standfirst.
    /// </summary>
    public static bool UiPhrase(string line, ReaderData? data) =>
        data?.IsAction(line) == true || (data ?? ReaderData.Default).IsPageSpeech(line);

    /// <summary>Two header lines give the same headline: equal, or one is the other with a site's name after it.</summary>
    public static bool Repeats(string a, string b) =>
        Same(a, b) || WithoutSuffix(a, b) is not null || WithoutSuffix(b, a) is not null;

    /// <summary>
    /// <paramref name="withSuffix"/> without the site's name after <paramref name="headline"/> ("Headline | Bird flu |
    /// The Guardian" and "Headline" give "Headline"), or null when the first is not the second plus a suffix.
    /// </summary>
    public static string? WithoutSuffix(string withSuffix, string headline)
    {
        if (withSuffix.Length <= headline.Length || !withSuffix.StartsWith(headline, StringComparison.Ordinal)) return null;
        var rest = withSuffix.AsSpan(headline.Length);
        foreach (var separator in SuffixSeparators)
        {
            if (rest.StartsWith(separator, StringComparison.Ordinal)) return headline;
        }

        return null;
    }

    /// <summary>
    /// The label before <paramref name="headline"/> in <paramref name="title"/> and the site's name after it, when the title
    /// is a short label, a colon or separator, the headline and maybe a separator and a site's name ("Field report: Headline
    /// | WellSpring Alliance"); null otherwise.
    /// </summary>
    internal static (string Label, string? Site)? LabelledHeadline(string title, string headline)
    {
        if (headline.Length < MinLabelledHeadlineChars || title.Length <= headline.Length) return null;
        var at = title.IndexOf(headline, StringComparison.Ordinal);
        if (at <= 0) return null;
        var before = title[..at].TrimEnd();
        if (before.Length < 2 || !SuffixMarks.AsSpan().Contains(before[^1])) return null;
        var label = before.Trim(SuffixMarks);
        if (label.Length == 0 || RawArticleParser.WordCount(label) > MaxTitleLabelWords) return null;
        var after = title[(at + headline.Length)..];
        if (after.Length == 0) return (label, null);
        if (!SuffixSeparators.Any(sep => after.StartsWith(sep, StringComparison.Ordinal))) return null;
        var site = after.Trim(SuffixMarks);
        return site.Length > 0 && RawArticleParser.WordCount(site) <= ArticleReader.MaxSiteNameWords ? (label, site) : null;
    }

    /// <summary>The longest label a page title puts before its headline ("Field report", "Press release").</summary>
    private const int MaxTitleLabelWords = 4;

    /// <summary>The shortest headline looked for inside a page title (a word or two could stand in it by chance).</summary>
    private const int MinLabelledHeadlineChars = 20;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    /// <summary>What separates words for <see cref="Words"/> (one array, not one per call).</summary>
    private static readonly char[] s_wordBreaks = [' ', ',', ':', ';', '\'', '’', '"', '“', '”', '?', '!', '.'];

    private static HashSet<string> Words(string text) =>
        new(text.ToLowerInvariant().Split(s_wordBreaks, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> s_wordBreakValues = System.Buffers.SearchValues.Create(s_wordBreaks);

    /// <summary>
    /// How many of <paramref name="words"/> (<see cref="Words"/> of another text) are words of <paramref name="text"/>:
    /// <c>Words(text).Count(words.Contains)</c>, read in place (asked of every candidate line).
    /// </summary>
    private static int SharedWords(string text, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        List<string>? found = null;
        var rest = text.ToLowerInvariant().AsSpan();
        while (rest.IndexOfAnyExcept(s_wordBreakValues) is var start and >= 0)
        {
            rest = rest[start..];
            var end = rest.IndexOfAny(s_wordBreakValues);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[end..];
            if (lookup.TryGetValue(word, out var known) && !(found ??= []).Contains(known)) found.Add(known);
        }

        return found?.Count ?? 0;
    }
}

namespace StaticGen.Content.Reading;

/// <summary>
/// Whether a page holds any running text: an article, however short (a brief, a two-paragraph wire item, a live blog's
/// entry), has at least one paragraph that reads as a sentence of news. A page of furniture only (a teaser list, an error
/// or 404 page, a sign-in or consent wall, an "open in app" screen, a removed forum post) may have a sentence or two among
/// its buttons and labels, but they are short ("Cancel anytime. Terms apply."), speak of the page or to its reader ("This
/// capture could not be loaded.", "Log in or sign up in seconds."), or are cut short teasers ("The council voted 5-2 to
/// award…"). A figure or table of the page's own is content too (a photo gallery, a results table).
/// </summary>
public static class RunningText
{
    /// <summary>
    /// The fewest words in a paragraph of running text. A news lede runs to 15-40 words (the shortest labelled lede of
    /// our development sets that opens a page with no longer paragraph has 17); the sentences of a page's furniture are
    /// shorter (the longest on the furniture-only pages of holdout5-9 that is no notice to the reader has 11).
    /// </summary>
    public const int MinParagraphWords = 12;

    /// <summary>
    /// The first line that reads as a paragraph of running text, or an image or table row of the page's own; -1 when none
    /// does. <paramref name="head"/> is the first line of each line's hard-wrapped paragraph (the line itself when it
    /// stands alone; features are measured on the whole paragraph); <paramref name="evidence"/> is each line's furniture
    /// evidence (null for none); <paramref name="neutral"/> marks the lines of figures and table rows.
    /// </summary>
    public static int Find(IReadOnlyList<string> lines, IReadOnlyList<int> head, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<ProseClass> initial,
        IReadOnlyList<bool> neutral, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(neutral);
        ArgumentNullException.ThrowIfNull(data);
        for (var i = 0; i < lines.Count; i++)
        {
            if (features[i] is not { } f || evidence[i] is not null) continue;
            if (neutral[i] && (f.ImageFile || lines[i].Contains('\t', StringComparison.Ordinal))) return i;
            if (StartsParagraph(lines, head, i, f, initial[i], data)) return i;
        }

        return -1;
    }

    /// <summary>
    /// The one paragraph of running text on a page that has no other, and no image or table of its own: its line, or -1
    /// when the page has none, or more than one, or a figure or table. An error page, a gallery's index or a writer's
    /// profile has a sentence or two among its furniture; an article has a run of them, or its pictures.
    /// </summary>
    public static int Lone(IReadOnlyList<string> lines, IReadOnlyList<int> head, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<ProseClass> initial,
        ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(data);
        var lone = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (features[i] is not { } f) continue;
            if (f.ImageFile || lines[i].Contains('\t', StringComparison.Ordinal)) return -1;
            if (evidence[i] is not null) continue;
            if (!StartsParagraph(lines, head, i, f, initial[i], data)) continue;
            if (lone >= 0) return -1;
            lone = i;
        }

        return lone;
    }

    /// <summary>Whether line <paramref name="i"/> starts a paragraph of running text, read whole with the lines hard-wrapped under it.</summary>
    private static bool StartsParagraph(IReadOnlyList<string> lines, IReadOnlyList<int> head, int i, LineFeatures f, ProseClass initial, ReaderData data)
    {
        var end = i + 1;
        while (end < lines.Count && head[end] == i) end++;
        return IsParagraph(end == i + 1 ? lines[i] : string.Join(' ', lines.Skip(i).Take(end - i)), f, initial, data);
    }

    /// <summary>
    /// A paragraph of running text: prose by jusText's first look (near-good or good), long enough, ending its sentence
    /// (an ellipsis marks a teaser cut short), no date, byline, caption or credit shape, no headline capitalisation, and
    /// speaking of the news, not of the page or to its reader.
    /// </summary>
    public static bool IsParagraph(string line, LineFeatures f, ProseClass initial, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(data);
        return initial is ProseClass.NearGood or ProseClass.Good && f.Words >= MinParagraphWords && f.Meta is null && f.Credit is null && f.Caption is null
            && !f.Pitch && !f.TitleCase && EndsUncut(line, f.Words) && !data.SpeaksOfPage(line);
    }

    /// <summary>
    /// A brief of one short sentence ("The pass reopened on Monday."): the lede is a sentence of news (ending its sentence,
    /// with stop words as jusText counts a sentence's, no notice to the reader) printed right under its headline, with
    /// nothing between them but a repeat of the headline, its byline and date lines and at most one short label; and the
    /// headline is no row of menu items ("Calendar · Collections · Changes · Summary"). On a page of furniture the short
    /// sentences stand among buttons and teasers, under no headline of their own. <paramref name="title"/> and
    /// <paramref name="lede"/> are line indexes (the title -1 when none was chosen).
    /// </summary>
    public static bool IsBrief(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures?> features, int title, int lede, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(data);
        if (title < 0 || lede <= title || features[lede] is not { } f || f.Meta is not null || f.Credit is not null || f.Caption is not null || f.Pitch
            || !EndsUncut(lines[lede], f.Words) || data.SpeaksOfPage(lines[lede]) || (ProseClasses.English(features) && f.StopShare < ProseClasses.SentenceStopShare)
            || MenuRow(lines[title]))
        {
            return false;
        }

        var labels = 0;
        for (var i = title + 1; i < lede; i++)
        {
            if (features[i] is not { } between || between.Meta is not null || TitleChooser.Repeats(lines[i], lines[title])) continue;
            if (between.Words > SectionLabels.MaxWords || between.EndsSentence || ++labels > 1) return false;
        }

        return true;
    }

    /// <summary>The most separators a headline carries (a site's name, a section): a line with more is a row of menu items.</summary>
    private const int MaxTitleSeparators = 2;

    /// <summary>Items separated by more than <see cref="MaxTitleSeparators"/> bars, bullets or middle dots set off by spaces.</summary>
    private static bool MenuRow(string line)
    {
        var separators = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '|' or '·' or '•' && line[i - 1] == ' ' && line[i + 1] == ' ') separators++;
        }

        return separators > MaxTitleSeparators;
    }

    /// <summary>The fewest words of a paragraph that counts without closing punctuation (a scraper may lose it), as the lede finder has it.</summary>
    private const int MinUnpunctuatedWords = 40;

    /// <summary>
    /// Ends a sentence with a full stop, question or exclamation mark, or opens a list with a colon (maybe inside a closing
    /// quote or bracket), or is long; never an ellipsis, which cuts a teaser short.
    /// </summary>
    private static bool EndsUncut(string line, int words)
    {
        var end = line.AsSpan().TrimEnd().TrimEnd("\"'”’)]");
        if (end.Length == 0 || end[^1] == '…' || end.EndsWith("...", StringComparison.Ordinal)) return false;
        return end[^1] is '.' or '!' or '?' or ':' || words >= MinUnpunctuatedWords;
    }
}

// Over 500 lines, on purpose: the byline and date-line vocabulary (labels, date shapes, agency
// credits, name shapes) is one table of patterns read together by one classifier, and the reader
// helpers change it daily; splitting it by shape would scatter patterns that must be read side by
// side. Split it (e.g. MetaLines.Dates.cs) once the reader settles.
using System.Globalization;
using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content;

/// <summary>What makes a line read as a byline or date line: how much the reader may trust it without context.</summary>
public enum MetaEvidence
{
    /// <summary>A label says what the line is: "By …", "Posted on …", "Updated …", "Reporting by …".</summary>
    Label,

    /// <summary>The line is a date and nothing else ("10 Jan 2016", "Sun 12 May 2024 01.14 BST"), or a relative one ("3 hours ago").</summary>
    DateShape,

    /// <summary>The line credits a news agency ("AFP", "Oliver Wright, Reuters", "Bosphorus Daily with AA").</summary>
    Agency,

    /// <summary>
    /// Only the shape of names: capitalised name words, no sentence punctuation ("Oliver Wright, Jake
    /// Kanter", "Marta Lindqvist"). Section labels have that shape too ("Related Topics"): a caller
    /// should accept it only where a byline stands (next to a date line, under the headline).
    /// </summary>
    NameShape,
}

/// <summary>What a byline or date line between the header and the body says.</summary>
/// <param name="Author">The authors as one display string ("A", "A and B", "A, B and C"); null when the line names none.</param>
/// <param name="Date">The absolute date and time the line states; null for a byline without a date, a relative date or a label alone.</param>
/// <param name="IsUpdate">The date is when the story was last updated ("Updated …"), not when it was published.</param>
public sealed record MetaLine(string? Author, DateTimeOffset? Date, bool IsUpdate)
{
    /// <summary>The line names only a news agency or outlet ("AAP", "BY ASSOCIATED PRESS"): a source, not an author.</summary>
    public bool IsAgency { get; init; }

    /// <summary>Each author, in the order of the line ("Reporting by A and B; Editing by C" gives A and B).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The news agency or outlet the line credits ("Reuters", "CNN", "AA"), or null.</summary>
    public string? Agency { get; init; }

    /// <summary>A job title beside the names ("Culture correspondent"): furniture, never printed as prose.</summary>
    public string? Role { get; init; }

    /// <summary>Where the author writes from ("in Nairobi" of "Amara Okonjo in Nairobi"): furniture, never printed as prose.</summary>
    public string? Place { get; init; }

    /// <summary>A second date on the same line that is the update ("Published: … | Updated: …"), or null.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The line gave a time of day with the date (and <see cref="Date"/> carries it).</summary>
    public bool HasTime { get; init; }

    /// <summary>The line gave a time zone or offset (otherwise <see cref="Date"/>'s offset is zero).</summary>
    public bool HasZone { get; init; }

    /// <summary>"First published on …": the publication date of a story whose other date line is its update.</summary>
    public bool IsFirstPublished { get; init; }

    /// <summary>A relative date ("a year ago", "Updated 2 hours ago"): date furniture that never gives a date.</summary>
    public bool IsRelative { get; init; }

    /// <summary>A date label alone ("Published", "Updated on:"), its value on the next line.</summary>
    public bool IsLabelOnly { get; init; }

    /// <summary>A credit line as wire stories end ("Reporting by …; Editing by …"): only the reporters are authors.</summary>
    public bool IsTrailer { get; init; }

    /// <summary>
    /// A scraper's metadata prefix ("date 2022-11-02 …"): the date is the page's; the rest of the line is
    /// whatever the scraper put after it, never article text.
    /// </summary>
    public bool IsScraperPrefix { get; init; }

    /// <summary>How the line was recognised; see <see cref="MetaEvidence"/>.</summary>
    public MetaEvidence Evidence { get; init; }
}

/// <summary>A wire dateline at the start of the lede ("KYIV, May 3 (Reuters) -"), and the date it gives when it has a year.</summary>
/// <remarks><c>DayWithoutYear</c> is the month and day of a dateline that names no year ("KYIV, May 3 (Reuters) -"), or null.</remarks>
public sealed record Dateline(string Text, DateTimeOffset? Date, (int Month, int Day)? DayWithoutYear = null, string? Agency = null);

/// <summary>
/// Recognises the short lines news sites put around a headline and at the end of a story: bylines
/// ("By Amina Yusuf", "By A, B and C, CNN", "Oliver Wright, Jake Kanter", "By A | Culture correspondent
/// May 17, 2022", "Reporting by A; Editing by B"), agency lines ("AFP", "BY ASSOCIATED PRESS"), date
/// lines in every shape <see cref="TextDates"/> reads, maybe labelled ("Published On", "Posted:",
/// "Updated", "First published on", "AFP Published") and maybe followed by "by NAME", relative dates
/// ("a year ago") and wire datelines ("ATLANTA, Dec 7 (Reuters) -", "(CNN) —"). Which words are
/// labels, agencies and job titles is data: <c>Content/Data/meta-words.tsv</c>.
/// </summary>
public static partial class MetaLines
{
    private const int MaxLine = 200;
    private static readonly MetaWords s_words = MetaWords.Parse(EmbeddedResources.ReadText("data/meta-words.tsv"));

    /// <summary>A job title on a line of its own under a byline ("Europe correspondent", "Sports Desk"): a few words ending in a role word, no figure.</summary>
    internal static bool IsRoleLine(string line) =>
        line.Length > 0 && !line.AsSpan().ContainsAnyInRange('0', '9') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && s_words.IsRole(line);

    /// <summary>Whether <paramref name="text"/> is an issue's or edition's number ("No. 412", "Vol. 3 No. 4", "Issue 62").</summary>
    public static bool IsIssueNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return s_words.IsIssueNumber(text.Trim());
    }

    /// <summary>Reads a byline or date line; null when the line is neither. Numeric dates are read month first.</summary>
    public static MetaLine? TryParse(string line) => TryParse(line, DateOrder.MonthFirst);

    /// <summary>Reads a byline or date line, numeric dates in <paramref name="order"/> when both readings are possible; null when the line is neither.</summary>
    public static MetaLine? TryParse(string line, DateOrder order)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length is < 2 or > MaxLine) return null;

        // "By [12]Jane Doe | [13]September 9, 2026": a text browser's dump (lynx) numbers each link before its text; the numbers
        // are no part of the names or the date.
        if (text.Contains('[', StringComparison.Ordinal)) text = LinkNumberRegex().Replace(text, "");

        // "ByGethin Pryce-Lloyd": a scraper glued the byline's label to the name.
        if (text.Length > 4 && text.StartsWith("By", StringComparison.Ordinal) && char.IsUpper(text[2]) && char.IsLower(text[3])) text = "By " + text[2..];

        // A row of items set apart by runs of spaces ("Posted: 26 Jan 2010   Print   Send a link"): the first item is the meta line
        // when the others are short (buttons, counters).
        if (text.IndexOf("   ", StringComparison.Ordinal) is var gap and > 0 && ShortItems(text.AsSpan(gap)))
        {
            if (TryParse(text[..gap], order) is { } first) return first;
            if (RunningHeadDate(text, order) is { } printed) return printed;
        }

        if (s_words.Agency(text.TrimEnd('.')) is { } agencyOnly) return AgencyLine(agencyOnly, MetaEvidence.Agency);
        if (s_words.SourceAgency(text) is { } source) return AgencyLine(source, MetaEvidence.Label);
        if (BracketedSource(text) is { } bracketedSource) return AgencyLine(bracketedSource, MetaEvidence.Label);
        if (LabelOnly(text) is { } label) return label;
        if (Relative(text) is { } relative) return relative;
        if ((text.Contains(';', StringComparison.Ordinal) || text.StartsWith('(') || text.Contains(" | ", StringComparison.Ordinal) || text.Contains(" · ", StringComparison.Ordinal)) && Trailer(text) is { } trailer) return trailer;
        if (text.StartsWith("date", StringComparison.Ordinal) && ScraperPrefixRegex().Match(text) is { Success: true } prefix && TextDates.Find(prefix.Groups["date"].Value, order) is { Value: { } prefixDate } found)
        {
            return new MetaLine(null, prefixDate, false) { HasTime = found.HasTime, HasZone = found.HasZone, IsScraperPrefix = true, Evidence = MetaEvidence.Label };
        }

        if (text[0] == '(' && BracketedByline(text, order) is { } bracketed) return bracketed;
        if (text[^1] is ')' or '.' && ClosingAgencyStamp(text, order) is { } stamp) return stamp;

        // "#1 Post by NAME » date": a forum post's number before its head.
        if (text[0] == '#' && PostNumberRegex().Match(text) is { Success: true } number) text = text[number.Length..];

        // The line's date is looked for once: the date line reads it, and a byline needs it only when it has a year.
        var deglued = Deglue(text);
        var date = TextDates.Find(deglued, order);
        if (DateLine(deglued, date, order) is { } dated) return dated;
        return Byline(text, order, mayHaveDate: date is not null || !ReferenceEquals(deglued, text))
            ?? (date is not null ? LabelledDateSegment(text, order) : null);
    }

    /// <summary>
    /// A printed page's running head, its items set apart by wide runs of spaces ("THE COUNTY SENTINEL      Thursday, March 6,
    /// 2025      Page A1"): the one item that is a date alone, when every other item is the paper's name in capitals or the
    /// page's number. Null when the row holds anything else.
    /// </summary>
    private static MetaLine? RunningHeadDate(string text, DateOrder order)
    {
        MetaLine? dated = null;
        foreach (var item in text.Split("   ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (PageNumberRegex().IsMatch(item) || (IsCapitals(item) && !item.AsSpan().ContainsAnyInRange('0', '9'))) continue;
            if (dated is not null || TryParse(item, order) is not { Date: not null, Evidence: MetaEvidence.DateShape, Authors.Count: 0, Agency: null } date) return null;
            dated = date;
        }

        return dated;
    }

    /// <summary>
    /// The agency's stamp closing a wire story, its date with it: "(APA, 12.3.2025)", "(dpa/APA, 12.3.2025)", "Wien, 12.03.2025
    /// (APA)", as Austrian, Swiss and German wire copy ends. The agency must be one meta-words.tsv knows, and the date a date
    /// with its year and nothing more. Null otherwise.
    /// </summary>
    private static MetaLine? ClosingAgencyStamp(string text, DateOrder order)
    {
        if (ClosingAgencyRegex().Match(text) is not { Success: true } m) return null;
        var credited = m.Groups["agency"].Value.Trim();
        var agency = s_words.Agency(credited);
        foreach (var part in credited.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (agency is not null) break;
            agency = s_words.Agency(part);
        }

        var dateText = m.Groups["date"].Value.Trim();
        if (agency is null || TextDates.Find(dateText, order) is not { Value: { } date, Index: 0 } found || found.Length != dateText.Length) return null;
        return new MetaLine(null, date, false)
        {
            Agency = agency,
            Place = m.Groups["place"].Success ? m.Groups["place"].Value : null,
            HasTime = found.HasTime,
            HasZone = found.HasZone,
            Evidence = MetaEvidence.Agency,
        };
    }

    /// <summary>A source label and a known agency in brackets ("(Lähde: AFP)", "(Source: Reuters)"): the agency, or null.</summary>
    private static string? BracketedSource(string text) =>
        text.Length > 4 && text[0] == '(' && text[^1] == ')' && text.IndexOf('(', 1) < 0 ? s_words.SourceAgency(text[1..^1].Trim()) : null;

    /// <summary>"(AGENCY, DATE)" or "PLACE, DATE (AGENCY)", maybe with a closing dot: <see cref="ClosingAgencyStamp"/>'s shapes.</summary>
    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),\s*(?<date>[^()]{6,40}?)\s*\((?<agency>[^(),]{2,30})\)|\((?<agency>[^(),]{2,30}),\s*(?<date>[^()]{6,40})\))\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingAgencyRegex();

    /// <summary>A printed page's number alone: "Page A1", "p. 12", "A7", "12".</summary>
    [GeneratedRegex(@"^(?:(?i:page|p\.)\s*)?[A-Z]?\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberRegex();

    /// <summary>
    /// A labelled byline in brackets, as wire services print it under the story or over it ("(By A and B)"), maybe with the
    /// date after it ("(By A and B) 12/05/2026 06:45 PM"). Null when the brackets hold anything else or what follows them
    /// is more than a date.
    /// </summary>
    private static MetaLine? BracketedByline(string text, DateOrder order)
    {
        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (close < 4) return null;
        var inner = text[1..close].Trim();
        if (!s_words.StartsWithAuthorLabel(inner, out _) || Byline(inner, order, mayHaveDate: false) is not { Authors.Count: > 0, Evidence: MetaEvidence.Label } byline) return null;
        var rest = text[(close + 1)..].Trim();
        if (rest.Length == 0) return byline;
        var found = TextDates.Find(rest, order);
        if (DateLine(rest, found, order) is not { Date: { } date, Authors.Count: 0, Agency: null, IsUpdate: false } dated) return null;
        return byline with { Date = date, HasTime = dated.HasTime, HasZone = dated.HasZone };
    }

    /// <summary>
    /// A line of fields set apart by bars or bullets, one of them a labelled publication date ("Date of visit: 3–5 September
    /// 2024 | Posted: 16 September 2024"): that field's date. The other fields (a visit's dates, a category) say something
    /// else. Null when no field is a labelled date line.
    /// </summary>
    private static MetaLine? LabelledDateSegment(string text, DateOrder order)
    {
        if (text.AsSpan().IndexOfAny(s_dateFieldBreaks) < 0) return null;
        var parts = text.Split(s_dateFieldBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return null;
        foreach (var part in parts)
        {
            if (part.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            if (TryParse(part, order) is { Date: not null, Evidence: MetaEvidence.Label, IsUpdate: false, IsRelative: false } field) return field;
        }

        return null;
    }

    /// <summary>
    /// What may follow a date on its line and says nothing of it: a running or reading time ("· 48 min", "· 5 min read"), a
    /// field of the page's own ("· Category: Match Reports", not a date or author label), and the title a story first ran
    /// under ("… first published on 11 March 2025 as "Old headline"."). Taken off so that the rest is read as a date's tail.
    /// </summary>
    private static string WithoutFieldsAfterDate(string after)
    {
        if (after.Length == 0) return after;
        if (AsTitleRegex().Match(after) is { Success: true } asTitle) after = after[..asTitle.Index];
        if (after.AsSpan().IndexOfAny(s_dateSegmentBreaks) < 0) return after;
        return AfterDateFieldRegex().Replace(after, m =>
            m.Groups["key"].Success && (s_words.DateLabel(m.Groups["key"].Value) is not null || s_words.StartsWithAuthorLabel(m.Groups["key"].Value + ": x", out _)) ? m.Value : "");
    }

    /// <summary>
    /// Whether what follows a date is nothing but the page's short fields, each after a bar or bullet: a section ("· Research
    /// news"), a count ("• 11 posts"), a reading time in words ("· Reading time 4 minutes"), a link ("• Read on Chirper").
    /// None is a name (a writer after a date is read by <see cref="DateTailRegex"/>), a sentence or a longer phrase.
    /// </summary>
    private static bool OnlyPageFields(string after)
    {
        var text = after.Trim();
        if (text.Length == 0 || text.AsSpan().IndexOfAny(s_dateSegmentBreaks) != 0) return false;
        foreach (var field in text.Split(s_dateSegmentBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (RawArticleParser.WordCount(field) > MaxPageFieldWords || SentencePunctuationRegex().IsMatch(field) || IsName(field, single: false)
                || field.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || TextDates.Find(field, DateOrder.MonthFirst) is not null) return false;
        }

        return true;
    }

    /// <summary>The longest field of a page's own after a date ("Reading time 4 minutes").</summary>
    private const int MaxPageFieldWords = 4;

    /// <summary>A field after a bar or bullet: a running time ("· 48 min", "| 5 min read"), or a key and its value ("· Category: 1st XI").</summary>
    [GeneratedRegex(@"\s*[·|•]\s*(?:\d{1,3}\s*(?i:min(?:ute)?s?|hrs?|hours?)\.?(?:\s+(?i:read|listen|watch))?|(?<key>\p{Lu}[\p{L}\d ]{1,24}):\s*[^|·•]*)(?=\s*[·|•]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterDateFieldRegex();

    /// <summary>" as "Old headline"." after a date: the title a story first ran under.</summary>
    [GeneratedRegex(@"\s+(?i:as)\s+[“""‘'].{1,200}[”""’']\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AsTitleRegex();

    /// <summary>
    /// A scraper's metadata prefix at the start of a line ("date 2022-11-28 The sheriff's office said …"): its date, and the
    /// rest of the line, which is the page's first text (a headline, a byline, the lede, or more of the scraper's fields).
    /// Null when the line has no such prefix.
    /// </summary>
    public static (MetaLine Meta, string Remainder)? SplitScraperPrefix(string line, DateOrder order)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.TrimStart();

        // "date 2020-05 Headline": a prefix that gives only the month is the scraper's too; it dates nothing.
        if (MonthPrefixRegex().Match(text) is { Success: true } month) return (new MetaLine(null, null, false) { IsScraperPrefix = true, Evidence = MetaEvidence.Label }, text[month.Length..].Trim());
        if (ScraperPrefixRegex().Match(text) is not { Success: true } prefix || TextDates.Find(prefix.Groups["date"].Value, order) is not { Value: { } date } found) return null;
        var meta = new MetaLine(null, date, false) { HasTime = found.HasTime, HasZone = found.HasZone, IsScraperPrefix = true, Evidence = MetaEvidence.Label };
        return (meta, text[prefix.Length..].Trim());
    }

    /// <summary>Finds a wire dateline at the start of a paragraph.</summary>
    public static Dateline? TryDateline(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);

        // A dateline is short and ends in a dash: a lede without one near its start has none, and the patterns, whose
        // optional parts backtrack on a long sentence, only ever look at its opening.
        var window = Math.Min(paragraph.Length, MaxDatelineLength);
        if (paragraph.AsSpan(0, window).IndexOfAny("-–—") < 0) return null;
        return Dateline(paragraph, DatelineRegex().Match(paragraph, 0, window))
            ?? Dateline(paragraph, AgencyDatelineRegex().Match(paragraph, 0, window))
            ?? Dateline(paragraph, BareAgencyDatelineRegex().Match(paragraph, 0, window))
            ?? Dateline(paragraph, DateFirstDatelineRegex().Match(paragraph, 0, window));
    }

    /// <summary>The longest opening of a paragraph read as a dateline, dash and the space after it included.</summary>
    private const int MaxDatelineLength = 240;

    private static Dateline? Dateline(string paragraph, Match m)
    {
        if (!m.Success || m.Length >= paragraph.Length) return null;
        if (m.Groups["place"].Success)
        {
            // Without an agency, the place must be in capitals ("WASHINGTON —"), which no sentence starts with.
            if (!m.Groups["agency"].Success && !IsCapitals(m.Groups["place"].Value)) return null;

            // "By Morgan Rimmer, CNN (CNN) —": a byline glued to the lede is not a place.
            if (s_words.StartsWithAuthorLabel(m.Value, out _)) return null;
        }

        DateTimeOffset? date = null;
        (int Month, int Day)? day = null;
        if (m.Groups["date"].Success && TextDates.Find(m.Groups["date"].Value, DateOrder.MonthFirst) is { } found)
        {
            if (found.Value is { } value) date = value;

            // No year: the month and day, read in a leap year so that February 29 is a day.
            else if (TextDates.Find(m.Groups["date"].Value + " 2000", DateOrder.MonthFirst) is { Value: { } withYear }) day = (withYear.Month, withYear.Day);
        }

        // "LONDON, Sept 28 (Reuters) –", "(ANSA) –": the wire the story came from, when the data file knows it as one (a
        // broadcaster crediting itself, "(CNN) —", is the outlet, not an agency).
        var agency = m.Groups["agency"].Success ? s_words.Agency(m.Groups["agency"].Value) : null;
        return new Dateline(m.Value.TrimEnd(), date, day, agency);
    }

    /// <summary>
    /// A wire trailer at the end of a paragraph: "… said. (Reporting by A, writing by B, editing by C)".
    /// Gives the paragraph without it, and the trailer; null when the paragraph ends otherwise.
    /// </summary>
    public static (string Text, MetaLine Trailer)? TrySplitTrailer(string paragraph) => TrySplitTrailer(paragraph, DateOrder.MonthFirst);

    /// <summary>
    /// A wire trailer at the end of a paragraph, or the agency's stamp with its date ("… said. (APA, 12.3.2025)"), numeric
    /// dates read in <paramref name="order"/>. Gives the paragraph without it, and the trailer; null when the paragraph ends otherwise.
    /// </summary>
    public static (string Text, MetaLine Trailer)? TrySplitTrailer(string paragraph, DateOrder order)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!paragraph.EndsWith(')')) return null;
        var open = paragraph.LastIndexOf('(');
        if (open <= 0) return null;

        // "… the open ones. (APA, 12.3.2025)": the agency's stamp closing the last paragraph gives its source and date.
        // "… next year. (Lähde: AFP)": a source label and its agency in brackets closing it give the source.
        var closing = paragraph[open..];
        if ((Trailer(closing) ?? ClosingAgencyStamp(closing, order) ?? (BracketedSource(closing) is { } source ? AgencyLine(source, MetaEvidence.Label) : null)) is not { } trailer) return null;
        return (paragraph[..open].TrimEnd(), trailer);
    }

    /// <summary>Joins names for display: "A", "A and B", "A, B and C".</summary>
    public static string? JoinNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    private static MetaLine AgencyLine(string agency, MetaEvidence evidence) =>
        new(null, null, false) { IsAgency = true, Agency = agency, Evidence = evidence };

    /// <summary>"Published", "Updated on:", "AFP Published": a date label whose date is on the next line.</summary>
    private static MetaLine? LabelOnly(string text)
    {
        var rest = text.TrimEnd(s_colonSpace);
        var agency = s_words.LeadingAgency(ref rest);
        if (s_words.DateLabel(rest) is not { } kind || s_words.IsDatedOnly(rest)) return null;
        return new MetaLine(null, null, kind == LabelKind.Updated)
        {
            IsLabelOnly = true,
            IsFirstPublished = kind == LabelKind.First,
            Agency = agency,
            Evidence = MetaEvidence.Label,
        };
    }

    /// <summary>"3 hours ago", "Updated 2 hours ago", "a year ago": recognised, never a date.</summary>
    private static MetaLine? Relative(string text) => RelativeShape(text) ?? RelativeDay(text) ?? RelativeInWords(text);

    private static MetaLine? RelativeShape(string text)
    {
        if (!MayEndRelative(text)) return null;
        var m = RelativeLineRegex().Match(text);
        if (!m.Success) return null;
        var label = m.Groups["label"].Success ? s_words.DateLabel(m.Groups["label"].Value) : LabelKind.Published;
        if (label is null) return null;
        return new MetaLine(null, null, label == LabelKind.Updated) { IsRelative = true, Evidence = MetaEvidence.DateShape };
    }

    /// <summary>
    /// A day named relative to today, in any language meta-words.tsv has words for, maybe after a date label, then a time or
    /// nothing more ("vandaag om 14:20", "i dag kl. 09.12", "Bijgewerkt gisteren", "Today at 2:20 PM"): recognised as a
    /// relative date, never a date. Alone, the word needs the label ("Vandaag" alone may be a section's name).
    /// </summary>
    private static MetaLine? RelativeDay(string text)
    {
        if (text.Length > MaxRelativeDayLine || !s_words.MayHoldRelativeDay(text)) return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length && k <= MaxLabelWords; k++)
        {
            LabelKind? label = k == 0 ? LabelKind.Published : s_words.DateLabel(string.Join(' ', words[..k]).TrimEnd(s_colonSpace));
            if (label is null) continue;
            for (var take = Math.Min(2, words.Length - k); take >= 1; take--)
            {
                if (!s_words.IsRelativeDay(string.Join(' ', words[k..(k + take)]).TrimEnd(',', ':'))) continue;
                var rest = string.Join(' ', words[(k + take)..]);
                if (rest.Length == 0 ? k == 0 : !TextDates.IsTimeAlone(rest)) continue;
                return new MetaLine(null, null, label == LabelKind.Updated) { IsRelative = true, Evidence = k == 0 ? MetaEvidence.DateShape : MetaEvidence.Label };
            }
        }

        return null;
    }

    /// <summary>
    /// "3 hours ago" in the words of another language, maybe after a date label: a number (or the word for one), a unit of
    /// time, and the language's word for "ago" after it ("2 uur geleden", "3 timmar sedan", "2 ore fa", "2 godziny temu",
    /// "2 saat önce") or before it ("vor 2 Stunden", "před 2 hodinami"; "for 2 timer siden" both). The words are
    /// meta-words.tsv's relative-unit, relative-after, relative-before and relative-one rows. A number and a unit alone
    /// ("2 Stunden") are a duration, not a relative date.
    /// </summary>
    private static MetaLine? RelativeInWords(string text)
    {
        if (text.Length > MaxRelativeDayLine || !s_words.MayHoldRelativeWords(text)) return null;
        var words = text.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length - 1 && k <= MaxLabelWords; k++)
        {
            LabelKind? label = k == 0 ? LabelKind.Published : s_words.DateLabel(string.Join(' ', words[..k]).TrimEnd(s_colonSpace));
            if (label is not null && s_words.IsRelativeInWords(words.AsSpan(k)))
            {
                return new MetaLine(null, null, label == LabelKind.Updated) { IsRelative = true, Evidence = k == 0 ? MetaEvidence.DateShape : MetaEvidence.Label };
            }
        }

        return null;
    }

    /// <summary>The longest line read as a relative day and its time ("Zuletzt aktualisiert gestern um 14:20 Uhr").</summary>
    private const int MaxRelativeDayLine = 60;

    /// <summary>The most words of a date label before a relative day.</summary>
    private const int MaxLabelWords = 3;

    /// <summary>
    /// Whether a line ends as a relative date must: "ago", "now", "yesterday", "today" or a unit ("in 3 hours", "5m").
    /// A cheap refusal before <see cref="RelativeLineRegex"/>, whose lazy label backtracks over every line.
    /// </summary>
    private static bool MayEndRelative(string text)
    {
        var span = text.AsSpan().TrimEnd('.');
        var start = span.Length;
        while (start > 0 && char.IsLetter(span[start - 1])) start--;
        var last = span[start..];
        if (last.IsEmpty || last.Length > 9) return false;
        Span<char> lower = stackalloc char[9];
        last.ToLowerInvariant(lower);
        return s_relativeEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..last.Length]);
    }

    /// <summary>The last words a relative date can have (<see cref="RelativeAmount"/>'s units, "ago", "now", "yesterday", "today").</summary>
    private static readonly HashSet<string> s_relativeEnds = new(StringComparer.Ordinal)
    {
        "ago", "now", "yesterday", "today", "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years",
        "hora", "horas", "minuto", "minutos", "dia", "dias", "día", "días", "semana", "semanas", "mes", "meses", "mês", "ano", "anos", "año", "años",
        "heure", "heures", "jour", "jours", "semaines", "mois", "an", "ans",
    };

    /// <summary>"Reporting by A in Kyiv and B; Additional reporting by C; Editing by D": reporters are authors, editors are not.</summary>
    private static MetaLine? Trailer(string text)
    {
        var authors = new List<string>();
        text = text.Trim().TrimEnd('.', ' ');
        if (text.StartsWith('(') && text.EndsWith(')')) text = text[1..^1];

        // "Reporting by A; Editing by B", "Written By: A | Edited By: B", or "(Reporting by A, writing by B, editing by C)".
        var parts = text.Contains(';', StringComparison.Ordinal)
            ? text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : text.Contains(" | ", StringComparison.Ordinal)
            ? text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : text.Contains(" · ", StringComparison.Ordinal)
            ? text.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : TrailerCommaRegex().Split(text).Select(static p => p.Trim()).Where(static p => p.Length > 0).ToArray();
        if (parts.Length < 2) return null;
        for (var k = 0; k < parts.Length; k++)
        {
            var part = k == 0 ? parts[k] : char.ToUpperInvariant(parts[k][0]) + parts[k][1..];
            if (s_words.StartsWithAuthorLabel(part, out var afterAuthor))
            {
                if (Names(afterAuthor, labelled: true) is not { Agency: null, Rest: null } names) return null;
                foreach (var n in names.Authors)
                {
                    if (!authors.Contains(n, StringComparer.Ordinal)) authors.Add(n);
                }
            }
            else if (!s_words.StartsWithOtherLabel(part, out _) || k == 0 && char.IsLower(parts[k][0]))
            {
                return null;
            }
        }

        return authors.Count == 0 ? null : new MetaLine(JoinNames(authors), null, false) { Authors = authors, IsTrailer = true, Evidence = MetaEvidence.Label };
    }

    /// <summary>A line that is a date: maybe an agency and a label before it, maybe a relative date, an update or "by NAME" after it.</summary>
    private static MetaLine? DateLine(string text, FoundDate? found, DateOrder order)
    {
        if (found is not { Value: { } date }) return null;

        // Before the date: nothing, a label ("Published On", "Updated"), an agency and a label ("AFP Published").
        var before = text[..found.Index].Trim().TrimEnd(s_beforeDateEnd).Trim();

        // "Filed on Wednesday (17 April 2024)": the weekday, then the date in brackets, which says the same.
        if (before.EndsWith('(') && BracketedAfterWeekdayRegex().Match(before) is { Success: true } weekday) before = before[..weekday.Index].Trim();

        // "3 days ago (14 Sep 2026)": the relative date, then the absolute one in brackets, which says when.
        else if (before.EndsWith('(') && Relative(before[..^1].Trim()) is { IsRelative: true }) before = "";

        // "2 hours ago · 12 March 2024", "Updated 5 mins ago | 12 March 2024": a relative date beside the absolute one, which wins.
        if (before.Length > 0 && RelativeLineRegex().Match(before) is { Success: true } relative && (!relative.Groups["label"].Success || s_words.DateLabel(relative.Groups["label"].Value) is not null)) before = "";
        if (before.Length > 0 && before.AsSpan().IndexOfAny("·|•") >= 0) before = WithoutDateFurniture(before);

        // "6 min read · Sep 9, 2026": a reading time alone before the date says nothing of it.
        if (before.Length > 0 && char.IsAsciiDigit(before[0]) && ReadingTimeRegex().Match(before) is { Success: true, Index: 0 } readingTime && readingTime.Length == before.Length) before = "";
        if (before.Length > 0 && PublishedInRegex().Match(before) is { Success: true } publishedIn) before = publishedIn.Groups["label"].Value;
        var agency = s_words.LeadingAgency(ref before);
        before = before.TrimStart(s_beforeDateStart);

        // "HarianNusantara.example - Selasa, 10 Februari 2026": the site's own address before the date says nothing of it.
        if (before.Length > 0 && SiteAddressRegex().IsMatch(before)) before = "";

        // Set off by a bar or bullet before the date: the issue's number ("Issue 62 · Thursday 19 June 2025") or the place the
        // story was filed from, one word or in capitals ("Jakarta | Thu, November 5, 2026"; two capitalised words may be a name).
        string? place = null;
        if (before.Length > 0 && s_words.DateLabel(before) is null && text.AsSpan(0, found.Index).IndexOfAny("|·•") > 0)
        {
            if (s_words.IsIssueNumber(before)) before = "";
            else if (PlaceBeforeDateRegex().IsMatch(before) && s_words.Agency(before) is null)
            {
                place = before;
                before = "";
            }
        }

        // "4 THE HARBOUR ADVERTISER Wednesday, May 15, 2024": a printed page's running head, its number and the paper's name in capitals.
        if (before.Length > 0 && s_words.DateLabel(before) is null && RunningHeadBeforeDateRegex().IsMatch(before)) before = "";

        LabelKind? label = before.Length == 0 ? null : s_words.DateLabel(before);
        if (before.Length > 0 && label is null) return null;

        // After it: separators, relative furniture ("/ a year ago", "Updated 2 hours ago"), "by NAME" or "| NAME"; a remark
        // in brackets ("(EAT)", "(1600 local time, Port Vila)") and a reading time ("· 9 min read") say nothing of the date.
        var after = text[found.End..];
        if (after.StartsWith(')')) after = after[1..]; // the bracket closing a zone ("09:12 (EAT)")
        if (after.Length > 0 && after.AsSpan().TrimStart().StartsWith("(") && BracketRemarkRegex().Match(after) is { Success: true } remark) after = after[remark.Length..];
        if (after.Length > 0 && after.Contains("read", StringComparison.OrdinalIgnoreCase)) after = ReadingTimeRegex().Replace(after, "");

        // A second labelled date after the first, in any language meta-words.tsv has labels for: the label is whatever the
        // date line reading it accepts ("…, mis à jour le 4 décembre 2026 à 9h10", "| Updated: 11:05 BST, 3 June 2024").
        // "04/03/2025 09h12  Atualizado há 2 horas": a relative update beside the absolute date says nothing of it.
        if (after.Length > 0 && after.AsSpan().Trim().Length > 0 && Relative(after.Trim().TrimStart(s_beforeDateStart)) is not null) after = "";

        var second = SecondDateRegex().Match(after) is { Success: true } secondStart && after[secondStart.Length..] is var secondText
            && Deglue(secondText) is var secondDeglued
            && DateLine(secondDeglued, TextDates.Find(secondDeglued, order), order) is { Date: not null, Evidence: MetaEvidence.Label, Authors.Count: 0, IsFirstPublished: false } secondLine
            ? secondLine : null;

        // "Updated Aug 15, 2024 | Published Aug 14, 2024": the update first, then the publication date, which is the date.
        if (label == LabelKind.Updated && second is { IsUpdate: false } publishedLine)
        {
            return publishedLine with { Updated = date, Agency = agency ?? publishedLine.Agency, Evidence = MetaEvidence.Label };
        }

        // "Published: 10:32 BST, 3 June 2024 | Updated: 11:05 BST, 3 June 2024", "Publié le 3 décembre 2026 à 18h42, mis à
        // jour le 4 décembre 2026": both on one line; the first is the publication date.
        DateTimeOffset? lineUpdate = null;
        if (label != LabelKind.Updated && second is { IsUpdate: true, Date: { } updatedOnLine })
        {
            lineUpdate = updatedOnLine;
            after = "";
        }
        else if (SameDayStamp(after, date) is { } sameDay)
        {
            // "Published: Tuesday, 4 Feb 2025 at 9:10am | Updated: 11:47am": the update gives only its time, on the same day.
            if (label != LabelKind.Updated && sameDay.Kind == LabelKind.Updated)
            {
                lineUpdate = sameDay.Value;
                after = "";
            }

            // "Updated March 4 2025 - 3:10pm, first published 1:30pm": the update's date, then the time the story first ran
            // that day, which is its date.
            else if (label == LabelKind.Updated && sameDay.Kind != LabelKind.Updated)
            {
                return new MetaLine(null, sameDay.Value, false) { Updated = date, Agency = agency, HasTime = true, HasZone = found.HasZone, Evidence = MetaEvidence.Label };
            }
        }

        after = WithoutFieldsAfterDate(after);
        // "… – Page 12": the print page the story ran on.
        if (after.Length > 0 && PageAfterDateRegex().Match(after) is { Success: true } page) after = after[..page.Index];
        // "This summary was published on Tuesday 2 December 2025. The full papers are …": the page speaking of itself in a
        // sentence of its own; the sentences after it say something else.
        if (label is not null && after.StartsWith(". ", StringComparison.Ordinal) && after.Length > 2 && char.IsUpper(after[2]) && s_words.StartsWithSelf(before)) after = "";
        // "This story was first published on 9 September 2026 by The Harbour Ledger", "… and has been updated.": the rest of
        // the page's sentence about itself (the outlet it first ran in, a clause) says nothing more of the date; a writer's
        // name after "by" is still read as the byline's.
        else if (label is not null && after.Length > 0 && SelfSentenceRestRegex().IsMatch(after) && s_words.StartsWithSelf(before)
            && !(DateTailRegex().Match(after) is { Success: true } selfTail && selfTail.Groups["by"].Success && Names(selfTail.Groups["by"].Value.Trim(), labelled: true) is { Rest: null, Authors.Count: > 0 }))
        {
            after = "";
        }
        // "18 May 2011, VANCOUVER/TORONTO": the place (or places) the story was filed from, in capitals after the date.
        if (place is null && after.Length > 0 && PlaceAfterDateRegex().Match(after) is { Success: true } placeAfter && s_words.Agency(placeAfter.Groups["place"].Value) is null)
        {
            place = placeAfter.Groups["place"].Value;
            after = "";
        }

        var tail = DateTailRegex().Match(after);
        if (!tail.Success && OnlyPageFields(after)) tail = DateTailRegex().Match("");
        if (!tail.Success) return null;
        var authors = new List<string>();
        string? tailAgency = null;
        if (tail.Groups["by"].Success)
        {
            var by = tail.Groups["by"].Value.Trim();
            if (s_words.Agency(by) is { } a)
            {
                tailAgency = a;
            }
            else if (Names(by, labelled: true) is { Rest: null } names)
            {
                authors.AddRange(names.Authors);
                tailAgency = names.Agency;
            }
            else
            {
                return null;
            }
        }

        return new MetaLine(JoinNames(authors), date, label == LabelKind.Updated)
        {
            Updated = lineUpdate,
            Authors = authors,
            Agency = agency ?? tailAgency,
            HasTime = found.HasTime,
            HasZone = found.HasZone,
            IsFirstPublished = label == LabelKind.First,
            Place = place,
            Evidence = label is null && agency is null ? MetaEvidence.DateShape : MetaEvidence.Label,
        };
    }

    /// <summary>A byline: a label and names, bare names, names and an agency; maybe a role and a date after them.</summary>
    /// <param name="text">The line.</param>
    /// <param name="order">How numeric dates are read.</param>
    /// <param name="mayHaveDate">False when the line is known to have no date (its date was looked for already).</param>
    private static MetaLine? Byline(string text, DateOrder order, bool mayHaveDate = true)
    {
        // A mail's header field "From: Name <address>" names the sender, maybe a list or a newsletter, not the story's writer:
        // "From" is a byline's label only without its colon ("From Name, Regional Organiser").
        var body = "";
        var labelled = !text.StartsWith("From:", StringComparison.OrdinalIgnoreCase) && (s_words.StartsWithAuthorLabel(text, out body) || s_words.StartsWithRoleLabel(text, out body));

        if (!labelled)
        {
            body = text;
            if (SecondWordRefusesNames(text) || s_words.StartsWithFieldLabel(text)) return null;
        }

        if (body.Length == 0) return null;

        // "Staff Report", "By Staff Writer", "From staff reports": the newsroom credited, no person; the line is a byline
        // (never the lede or a standfirst) that names no author.
        if (s_words.IsDesk(body)) return new MetaLine(null, null, false) { Role = body.Trim().TrimEnd('.'), Evidence = MetaEvidence.Label };

        // A date inside the byline ("By A | Culture correspondent May 17, 2022", "By newsdesk May 6, 2024").
        // A day without a year closing the line ("Hugh Linehan Mon, Jun 17", as live blogs print their author) is cut off the
        // names too: it gives no date, but it says the line is a byline.
        DateTimeOffset? date = null;
        FoundDate? found = null;
        var dayOnly = false;
        var updatedByLabel = false;
        if (mayHaveDate && TextDates.Find(body, order) is { } f && (f.Value is not null || (f.Index > 0 && body.AsSpan(f.End).Trim().IsEmpty)))
        {
            found = f;
            date = f.Value;
            dayOnly = f.Value is null;
            var rest = WithoutFieldsAfterDate(body[f.End..]).Trim();
            if (rest.Length > 0 && !DateTailRegex().IsMatch(rest) && !OnlyPageFields(rest) && SameDayStamp(rest, f.Value ?? default) is null) return null;
            body = body[..f.Index].TrimEnd();

            // "Jenny Åkerlund Publicerad 2026-02-09", "Ola Haugland Oppdatert 3. des. 2025": a date label of meta-words.tsv, in
            // any of its languages, between the names and the date belongs to the date.
            if (s_words.TrailingDateLabel(ref body) is { } trailingLabel) updatedByLabel = trailingLabel == LabelKind.Updated;
            body = TrailingDateLabelRegex().Replace(body, "");
        }

        // "By A, a senior reviewer who …": after a label, the name, then a note on the writer in lower case; the note is the
        // writer's job, never a name.
        string? note = null;
        if (labelled && WriterNoteRegex().Match(body) is { Success: true } writerNote)
        {
            note = body[(writerNote.Index + 1)..].Trim();
            body = body[..writerNote.Index];
        }

        // "Name name at example.org", "Name <name@example.org>": a writer with their address, as a mailing list's archive
        // heads a message; no headline or sentence has that shape.
        var addressed = false;
        if (AddressAfterNameRegex().Match(body) is { Success: true } address && address.Index > 0)
        {
            body = body[..address.Index];
            addressed = true;
        }

        var names = Names(body, labelled);
        if (names is null) return null;
        if (names.Authors.Count == 0)
        {
            if (names.Agency is null && labelled && names.Rest is { } team)
            {
                return new MetaLine(null, date, false) { Role = team, HasTime = found?.HasTime ?? false, HasZone = found?.HasZone ?? false, Evidence = MetaEvidence.Label };
            }

            if (names.Agency is null) return null;
            var known = s_words.Agency(names.Agency) is not null;

            // "By Club Media", "By Harbour Herald Staff": a label before an organisation alone that is no news agency; the
            // organisation (a club's or a company's media team, the outlet's own staff) wrote the story, and is its author.
            if (labelled && !known && names.Rest is null && note is null)
            {
                var organisation = Display(names.Agency);
                return new MetaLine(organisation, date, false) { Authors = [organisation], HasTime = found?.HasTime ?? false, HasZone = found?.HasZone ?? false, Evidence = MetaEvidence.Label };
            }

            return AgencyLine(names.Agency, labelled ? MetaEvidence.Label : known ? MetaEvidence.Agency : MetaEvidence.NameShape) with { Date = date, Role = names.Rest };
        }

        // Without a label, a line of names must look like nothing but names.
        if (!labelled && SentencePunctuationRegex().IsMatch(body)) return null;
        // A job title after the name ("Samantha Dunne, Digital Journalist") says what the line is, as a label does; so does
        // where the reporter writes from ("Amara Okonjo in Nairobi"), a byline's shape that no headline has.
        // "KMUR | By A", "Public Radio | By A": the label after the outlet's name says what the line is, as a label first does.
        var bySegment = !labelled && SegmentRegex().Split(body).Skip(1).Any(static s => s.StartsWith("By ", StringComparison.OrdinalIgnoreCase));
        var evidence = labelled || addressed || bySegment || (names.Rest is { } role && s_words.IsRole(role)) || (names.Place is not null && names.Authors.Count > 0 && names.Agency is null && names.Rest is null) ? MetaEvidence.Label
            : names.Agency is not null && s_words.Agency(names.Agency) is not null ? MetaEvidence.Agency
            : dayOnly ? MetaEvidence.DateShape
            : MetaEvidence.NameShape;
        return new MetaLine(JoinNames(names.Authors), date, updatedByLabel && date is not null)
        {
            Authors = names.Authors,
            Agency = names.Agency,
            Role = names.Rest ?? note,
            Place = names.Place,
            HasTime = found?.HasTime ?? false,
            HasZone = found?.HasZone ?? false,
            Evidence = evidence,
        };
    }

    /// <summary>A byline's parts: the authors, the agency or outlet, a job title (<c>Rest</c>) and where the author writes from (<c>Place</c>, "in Nairobi").</summary>
    /// <summary>
    /// Whether a line without a label cannot start with a byline's names: its second word, in the first item (before a comma,
    /// bar, bullet, dash or "and"), is in lower case and is neither a particle ("de"), a link word ("in", "with", "from",
    /// "for", "the", "of") nor a word of an agency's name ("staff"). A byline's first item is names, an agency or a desk, all
    /// capitalised; a sentence's second word is mostly in lower case ("The ferry sailed…"). A cheap refusal, so that most
    /// short sentences are never split and checked name by name (<see cref="Names"/> would refuse them too).
    /// </summary>
    private static bool SecondWordRefusesNames(string text)
    {
        var span = text.AsSpan();
        var space = span.IndexOf(' ');
        if (space <= 0 || span[..space].IndexOfAny(s_itemEnds) >= 0) return false;
        var rest = span[(space + 1)..].TrimStart(' ');
        var end = rest.IndexOfAny(s_wordEnds);
        var word = end < 0 ? rest : rest[..end];
        if (word.IsEmpty || !char.IsLower(word[0])) return false;
        return !s_words.MayBeInNameItem(word);
    }

    private static readonly System.Buffers.SearchValues<char> s_itemEnds = System.Buffers.SearchValues.Create(",;|·•&–—");
    private static readonly System.Buffers.SearchValues<char> s_wordEnds = System.Buffers.SearchValues.Create(" ,;:.|·•&–—");

    private sealed record NameList(List<string> Authors, string? Agency, string? Rest, string? Place = null);

    // The characters trimmed off a line's parts, one array each (not one per call: these run on most short lines).
    private static readonly char[] s_colonSpace = [':', ' '];
    private static readonly char[] s_beforeDateEnd = [':', ',', '|', '/', '-', '–', '—', '·', '•'];
    private static readonly char[] s_beforeDateStart = ['|', '-', '–', '—', '·', '•', ',', ' '];
    private static readonly char[] s_namesEnd = [',', '.', ';', ':'];

    /// <summary>The parts trimmed, empty ones left out.</summary>
    private static List<string> NonEmptyTrimmed(string[] parts)
    {
        var list = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0) list.Add(trimmed);
        }

        return list;
    }

    /// <summary>
    /// The names of a byline after its label: "A and B, Reuters", "A, B and C, CNN", "A in Kyiv and B",
    /// "A | Culture correspondent", "BOSPHORUS DAILY WITH AA". Null when a part is neither a name, an
    /// agency or outlet, nor a job title. <see cref="NameList.Rest"/> is the job title, if any.
    /// </summary>
    /// <summary>
    /// A labelled byline's name and the job title after it without a comma ("Gethin Pryce-Lloyd Local Democracy Reporter"):
    /// the shortest opening that reads as a name, when at least two words are left and they end in a job's word. Null otherwise.
    /// </summary>
    private static (string Name, string Role)? NameThenRole(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !s_words.IsRole(item)) return null;
        for (var n = 2; n <= words.Length - 2; n++)
        {
            var name = string.Join(' ', words[..n]);
            if (IsName(name, single: false)) return (name, string.Join(' ', words[n..]));
        }

        return null;
    }

    private static NameList? Names(string body, bool labelled)
    {
        var segments = NonEmptyTrimmed(SegmentRegex().Split(body.Trim().TrimEnd(s_namesEnd)));
        if (segments.Count == 0) return null;

        var authors = new List<string>();
        string? agency = null;
        string? role = null;

        // "NAME WITH AGENCY": a staff byline and the agency it used.
        var first = segments[0];
        if (WithAgencyRegex().Match(first) is { Success: true } with && (s_words.Agency(with.Groups["agency"].Value) ?? AgencyList(with.Groups["agency"].Value)) is { } withAgency)
        {
            agency = withAgency;
            first = with.Groups["names"].Value;

            // The staff of an outlet, as the byline of a story it ran with an agency's help.
            if (IsCapitalisedWords(first) && !first.Contains(',', StringComparison.Ordinal) && !IsName(first, single: false) && s_words.Agency(first) is null)
            {
                authors.Add(Display(first));
                first = "";
            }
        }

        // "A, correspondent, and B, photographer": each writer with a job of their own; the jobs go.
        if (first.Contains(", ", StringComparison.Ordinal) && PeopleWithRolesRegex().Split(first) is { Length: >= 2 } people)
        {
            var groups = people.Select(p => Names(p, labelled)).ToList();
            if (groups.TrueForAll(static g => g is { Authors.Count: > 0, Agency: null }))
            {
                return new NameList([.. groups.SelectMany(static g => g!.Authors)], null, groups[0]!.Rest, groups[0]!.Place);
            }
        }

        // "Name (The Outlet)": the outlet the writer works for, in brackets after the name.
        if (first.EndsWith(')') && OutletInBracketsRegex().Match(first) is { Success: true } inBrackets && IsName(inBrackets.Groups["name"].Value, single: false))
        {
            agency = inBrackets.Groups["outlet"].Value.Trim();
            first = inBrackets.Groups["name"].Value;
        }

        // "Par A (Toulouse, correspondante) et B": where a writer works or their job, in brackets before the next name.
        string? bracketed = null;
        if (first.Contains('(', StringComparison.Ordinal) && NoteBetweenNamesRegex().Match(first) is { Success: true } note && IsName(first[..note.Index].Trim(), single: false))
        {
            // "A e B (Jornal do Vale), C (Rádio Serra)": when a later writer has a bracket too, a capitalised name in it
            // without a comma is each writer's outlet, not a note on the first ("(Lyon, correspondante)" stays a note).
            var noteText = note.Groups["note"].Value.Trim();
            if (first.AsSpan(note.Index + note.Length).Contains('(') && char.IsUpper(noteText[0]) && !noteText.Contains(',', StringComparison.Ordinal)) agency ??= noteText;
            else bracketed = noteText;
            first = first.Remove(note.Index, note.Length - note.Groups["next"].Length);
        }

        var items = NonEmptyTrimmed(ItemSplitRegex().Split(first));
        string? place = null;
        var roleItem = false; // a job title of its own after the names ("A, Programme Officer, Place")
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];

            // "Kimberley Dacres/Staff Reporter": the writer's job after a slash is no part of the name.
            if (item.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 && slash < item.Length - 1 && s_words.IsRole(item[(slash + 1)..])
                && IsName(item[..slash].Trim(), single: false))
            {
                role ??= item[(slash + 1)..].Trim();
                item = item[..slash].Trim();
            }

            if (PlaceSuffixRegex().Match(item) is { Success: true } where)
            {
                place ??= where.Value.Trim();
                item = item[..where.Index];
            }
            else if (labelled && item.Contains(" for ", StringComparison.OrdinalIgnoreCase) && ForSuffixRegex().Match(item) is { Success: true } writesFor
                && s_words.Agency(writesFor.Groups["org"].Value) is null && IsName(item[..writesFor.Index], single: false))
            {
                role ??= writesFor.Value.Trim();
                item = item[..writesFor.Index];
            }

            if (s_words.TrailingAgency(ref item) is { } glued && IsName(item, single: false))
            {
                // "By STEVE KARNOWSKI Associated Press": the agency after the name, without a comma.
                authors.Add(Display(item));
                agency ??= glued;
            }
            else if (s_words.Agency(item) is { } a)
            {
                agency ??= a;
            }
            else if (roleItem && (IsName(item, single: false) || (IsCapitalisedWords(item) && !item.Contains(' ', StringComparison.Ordinal) && !item.All(char.IsUpper) && !s_words.IsOutletName(item))))
            {
                // "Words: A, Programme Officer, Kestrel Bay", "…, Programme Officer, Zomba": after the writer's job comes where
                // the writer works, not a second writer nor an outlet.
                place ??= item;
            }
            else if (item.EndsWith(')') && WriterOutletRegex().Match(item) is { Success: true } itemOutlet && IsName(itemOutlet.Groups["name"].Value, single: false))
            {
                // "A e B (Jornal do Vale), C (Rádio Serra)": each writer's outlet in brackets after the names, as a joint
                // investigation credits its partners; the first outlet named is the agency.
                authors.Add(Display(itemOutlet.Groups["name"].Value.Trim()));
                agency ??= itemOutlet.Groups["outlet"].Value.Trim();
            }
            else if (IsName(item, single: labelled && items.Count == 1))
            {
                authors.Add(Display(item));
            }
            else if (labelled && role is null && NameThenRole(item) is { } nameAndRole)
            {
                // "By Gethin Pryce-Lloyd Local Democracy Reporter": the job title after the name without a comma.
                authors.Add(Display(nameAndRole.Name));
                role = nameAndRole.Role;
            }
            else if (s_words.IsRole(item) && (authors.Count > 0 || k > 0))
            {
                // "Associated Press Writers": the job title names the agency.
                var title = item;
                agency ??= s_words.LeadingAgency(ref title);
                role ??= item;
                roleItem = authors.Count > 0;
            }
            else if (s_words.IsRole(item) && k == 0 && items.Count == 1 && IsCapitalisedWords(item))
            {
                // "HERALD SPORTS DESK": the desk is the byline.
                authors.Add(Display(item));
            }
            else if (k > 0 && IsCapitalisedWords(item) && (s_words.IsOutletName(item) || !item.Contains(' ', StringComparison.Ordinal)))
            {
                // "…, CNN", "…, BBC News": an outlet after the names.
                agency ??= item;
            }
            else if (labelled && k == 0 && LeadingRole(item) is { } split && IsName(split.Name, single: false))
            {
                // "By political reporter Jade Nguyen", "By Herald Correspondent Musa Kamara": a job title before the first name.
                role ??= split.Role;
                authors.Add(Display(split.Name));
            }
            else if (k == 0 && IsCapitalisedWords(item) && s_words.IsOutletName(item))
            {
                agency ??= item;
            }
            else if (labelled && k == 0 && items.Count == 1 && IsTeamOnly(item))
            {
                // "Posted by the Communications Team", "By the Explainers team": a team, no person. The line is a byline (its
                // date is the story's), and it names no author.
                role ??= item;
            }
            else if (k == 0 && items.Count == 1 && CallLettersRegex().IsMatch(item) && segments.Skip(1).Any(static s => s.StartsWith("by ", StringComparison.OrdinalIgnoreCase)))
            {
                // "KMUR | By A": a station's call letters or a paper's initials before the byline.
                agency ??= item;
            }
            else
            {
                return null;
            }
        }

        // After a bar or dash: an outlet ("| BBC News"), a job title ("| Culture correspondent"), a date label.
        foreach (var segment in segments.Skip(1))
        {
            // "Derwent Valley Chronicle — Environment · by A", "Public Radio | By A": the writer after the outlet and section.
            if (segment.Length > 3 && segment.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && Names(segment[3..], labelled: true) is { Authors.Count: > 0, Rest: null } after)
            {
                authors.AddRange(after.Authors.Where(n => !authors.Contains(n, StringComparer.Ordinal)));
                agency ??= after.Agency;
                continue;
            }

            if (s_words.Agency(segment) is { } a) agency ??= a;
            else if (s_words.DateLabel(segment.TrimEnd(':')) is not null) continue;
            else if (SentencePunctuationRegex().IsMatch(segment) || RawArticleParser.WordCount(segment) > 6) return null;
            else if (IsCapitalisedWords(segment) && !s_words.IsRole(segment) && (s_words.IsOutletName(segment) || !segment.Contains(' ', StringComparison.Ordinal))) agency ??= segment;
            else role ??= segment;
        }

        return new NameList(authors, agency, role ?? bracketed, place);
    }

    /// <summary>Several agencies named together ("AP, AFP", "AP and Reuters"): their names joined by commas; null when one is no agency.</summary>
    private static string? AgencyList(string text)
    {
        var parts = NonEmptyTrimmed(ItemSplitRegex().Split(text.Trim()));
        if (parts.Count < 2) return null;
        var names = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            if (s_words.Agency(part) is not { } name) return null;
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// A job title in lower case before a name ("political reporter Jade Nguyen" gives "political reporter" and
    /// "Jade Nguyen"): lower-case words up to a role word, then a capitalised word; null otherwise.
    /// </summary>
    private static (string Role, string Name)? LeadingRole(string item)
    {
        const int MaxLeadingRoleWords = 3;
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "political reporter Jade Nguyen", or capitalised as an outlet's title ("Sentinel Correspondent Abu Bakarr Koroma"): the
        // name after the job title must then be a name of two words or more.
        for (var j = 0; j < words.Length - 1 && j < MaxLeadingRoleWords; j++)
        {
            if (s_words.IsRole(words[j]) && char.IsUpper(words[j + 1][0])) return (string.Join(' ', words[..(j + 1)]), string.Join(' ', words[(j + 1)..]));
            if (!char.IsLower(words[j][0]) && !char.IsUpper(words[j][0])) break;
        }

        return null;
    }

    /// <summary>
    /// A team or desk named with an article ("the Communications Team", "our sports desk"): a determiner in lower case, at most
    /// four more words, the last a role word. A desk in capitals without one ("Sports Desk") is the byline's name instead.
    /// </summary>
    private static bool IsTeamOnly(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words[0] is "the" or "our" && s_words.IsRole(words[^1]);
    }

    /// <summary>A person's name: two to five capitalised words (with particles such as "de", "van", "al"), no function words.</summary>
    private static bool IsName(string item, bool single)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "By newsdesk", "by weatherdesk": a handle after an explicit "by".
        if (single && words.Length == 1 && HandleRegex().IsMatch(words[0])) return true;
        if (words.Length is < 1 or > 5) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (s_words.IsParticle(word)) continue;

            // "al-Ghaithi", "bin-Salem": a particle joined to the name by a hyphen.
            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && s_words.IsParticle(word[..hyphen]) && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]))
            {
                capitalised++;
                continue;
            }

            if (!NameWordRegex().IsMatch(word) || s_words.IsFunctionWord(word) || s_words.IsRole(word) || s_words.IsOutletWord(word) || IsCalendarWord(word)) return false;
            capitalised++;
        }

        return capitalised >= 2 || (single && capitalised == 1 && words.Length == 1);
    }

    private static bool IsCalendarWord(string word) => CalendarWordRegex().IsMatch(word);

    private static bool IsCapitalisedWords(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !s_words.IsParticle(word) && word is not ("and" or "of" or "&")) return false;
        }

        return true;
    }

    /// <summary>"AMINA OKAFOR" reads better as "Amina Okafor"; names with lower case stay as written.</summary>
    private static string Display(string name)
    {
        if (name.Any(char.IsLower)) return name;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }

    /// <summary>"14 Feb 202414 Feb 2024": a scraper glued a date to its own copy; one is enough.</summary>
    /// <summary>Whether every item of a row set apart by runs of three or more spaces has at most four words.</summary>
    private static bool ShortItems(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.Split("   "))
        {
            var item = rest[range].Trim();
            if (item.Length > 0 && item.Count(' ') >= 4) return false;
        }

        return true;
    }

    private static string Deglue(string text)
    {
        var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit < 0) return text;
        var head = text.LastIndexOf(' ', firstDigit) + 1;
        var value = text[head..];
        if (value.Length % 2 == 0 && value.Length >= 8 && string.Equals(value[..(value.Length / 2)], value[(value.Length / 2)..], StringComparison.Ordinal))
        {
            return text[..head] + value[..(value.Length / 2)];
        }

        return text;
    }

    private static bool IsCapitals(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 3;
    }

    private const string Month = @"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Year = @"(?:19|20)\d{2}";
    private const string RelativeAmount = @"(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s*(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?|horas?|minutos?|dias?|días?|semanas?|mes(?:es)?|mês|anos?|años?|heures?|jours?|semaines?|mois|ans?)";

    /// <summary>"3 hours ago", "about a year ago", "in 3 hours" (a page cached before its own time), "just now", "yesterday"; "há 2 horas", "hace 2 horas", "il y a 2 heures".</summary>
    private const string RelativePhrase = @"(?:(?i:about|around|over|almost|nearly)\s+)?(?:" + RelativeAmount + @"\s+(?i:ago)|(?i:in)\s+" + RelativeAmount + @"|(?i:há|hace|il y a)\s+" + RelativeAmount + @"|(?i:just now|yesterday|today))";

    /// <summary>
    /// Where a second date line may start after the first date: a word after a separator or a space ("| Updated: …", ",
    /// updated …", "| Published …" after an update, "14:32, 3 FEB 2026 Updated 09:10, 4 FEB 2026"); the date line read from
    /// there says whether its words are a date label.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[|,·•–—-]\s*)?(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SecondDateRegex();

    /// <summary>
    /// The segments of the text before a date, set apart by bullets or bars, less those that say nothing of the date: a
    /// relative date ("Updated: 2 hours ago · Published 3 March 2025") and a reading time ("Published in Tidy Code · 8 min read · Apr 2, 2024").
    /// </summary>
    private static string WithoutDateFurniture(string before)
    {
        var kept = new List<string>();
        foreach (var part in before.Split(s_dateSegmentBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (RelativeLineRegex().IsMatch(part) || ReadingTimeRegex().Match(part) is { Success: true, Length: var n } && n >= part.Length) continue;
            kept.Add(part);
        }

        return string.Join(' ', kept);
    }

    private static readonly char[] s_dateSegmentBreaks = ['·', '|', '•'];

    /// <summary>Between the fields of a line of dates: bars and bullets, and the semicolons of a journal's header ("Received …; Accepted …; Published …").</summary>
    private static readonly char[] s_dateFieldBreaks = ['·', '|', '•', ';'];

    /// <summary>A web address alone ("HarianNusantara.example", "www.ledger.example.com/"): its name, a dot and a lower-case top level.</summary>
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[a-z]{2,12})+/?$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteAddressRegex();

    /// <summary>"Published in Tidy Code", "Published in The County Ledger on": the outlet a piece appeared in, then its date.</summary>
    [GeneratedRegex(@"^(?<label>(?i:published|posted|printed))\s+(?i:in)\s+\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|of|the|and|&)){0,6}(?:\s+(?i:on))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedInRegex();

    /// <summary>A reading time, maybe after a separator: "· 9 min read", "8 minute read", "4 mins read".</summary>
    [GeneratedRegex(@"\s*[·|•,–—-]?\s*\d{1,3}\s*(?i:min(?:ute)?s?)\.?\s+(?i:read)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTimeRegex();

    /// <summary>A weekday before a date in brackets, maybe "a Wednesday": " on a Wednesday (", " Wednesday, (".</summary>
    [GeneratedRegex(@"(?:\s+(?i:on))?(?:\s+(?i:a))?\s*\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s*\($", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAfterWeekdayRegex();

    /// <summary>A remark in brackets right after a date: "(EAT)", "(1600 local time, Port Vila)".</summary>
    [GeneratedRegex(@"^\s*\([^()]{1,60}\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketRemarkRegex();

    /// <summary>
    /// A second, labelled time without a date after the first date: "| Updated: 11:47am", ", updated 14.05", ", first
    /// published 1:30pm" (the same day), maybe with the label's translation and a slash before it ("| Actualizado / Updated
    /// 14:40"). The label is any date label of meta-words.tsv (<see cref="SameDayStamp"/> reads it).
    /// </summary>
    [GeneratedRegex(@"^\s*[|,·•–—-]\s*(?:\p{Lu}\p{Ll}{1,11}\s*/\s*)?(?<label>\p{L}[\p{L} ]{1,30}?)(?:\s+(?i:at|on))?\s*:?\s*(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?:(?<am>(?i:a\.?m\.?))|(?<pm>(?i:p\.?m\.?)))?(?:\s+[A-Z]{2,5})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SameDayStampRegex();

    /// <summary>
    /// What a labelled time after a date says (<see cref="SameDayStampRegex"/>): its label's kind and the time on the date's
    /// day; null when <paramref name="after"/> is no such time or its words are no date label.
    /// </summary>
    private static (LabelKind Kind, DateTimeOffset Value)? SameDayStamp(string after, DateTimeOffset date)
    {
        if (after.Length == 0 || SameDayStampRegex().Match(after) is not { Success: true } m || s_words.DateLabel(m.Groups["label"].Value) is not { } kind) return null;
        var hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (m.Groups["pm"].Success && hour < 12) hour += 12;
        if (m.Groups["am"].Success && hour == 12) hour = 0;
        if (hour >= 24 || minute >= 60) return null;
        return (kind, new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, 0, date.Offset));
    }

    /// <summary>A scraper's prefix: "date" and an ISO date at the very start of the line, whatever follows.</summary>
    [GeneratedRegex(@"^date:?\s+(?<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex ScraperPrefixRegex();

    /// <summary>A scraper's prefix that gives a year and month only ("date 2020-05 "), then the page's first text.</summary>
    [GeneratedRegex(@"^date:?\s+\d{4}-(?:0[1-9]|1[0-2])(?=\s+\S)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPrefixRegex();

    /// <summary>Between the parts of a trailer in brackets: ", writing by", ", editing by".</summary>
    [GeneratedRegex(@",\s*(?=(?i:[a-z][a-z -]{1,30}\s+by)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerCommaRegex();

    [GeneratedRegex(@"^(?:(?<label>[\p{L} ]{2,30}?)\s*:?\s+)?" + RelativePhrase + @"\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeLineRegex();

    /// <summary>After a date and a comma, the place it was filed from in capitals, maybe several set apart by slashes: ", VANCOUVER/TORONTO".</summary>
    [GeneratedRegex(@"^\s*,\s*(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:\s*/\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}){0,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterDateRegex();

    /// <summary>A printed page's running head before its date: the page number, then the paper's name in capitals ("4 THE HARBOUR ADVERTISER").</summary>
    [GeneratedRegex(@"^\d{1,3}\s+\p{Lu}[\p{Lu}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}&'’.-]*){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeadBeforeDateRegex();

    /// <summary>What may follow a date on its line: separators, relative furniture, an update label with it, then "by NAME" or "| NAME".</summary>
    [GeneratedRegex(@"^\s*(?:[,|/·•–—-]\s*)*(?:(?:(?i:updated|last updated|modified)\s*:?\s*)?" + RelativePhrase + @"\s*(?:[,|/·•–—-]\s*)*)?(?:(?:(?i:by)\s+|[|·•–—-]\s*(?:(?i:by)\s+)?)(?<by>[^|·•]{2,160}?))?(?:\s*(?i:(?:written|posted|reported)\s+)?(?i:by))?\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTailRegex();

    /// <summary>
    /// "… Published" or "… on" at the end of a byline, before its date ("Posted by A on 3 March 2025"), "on" in the languages
    /// whose byline labels meta-words.tsv has ("Par A le 9 septembre 2026", "Por A el …", "Von A am …"), or a separator alone
    /// ("Par A - 9 septembre 2026").
    /// </summary>
    [GeneratedRegex(@"(?:\s*(?:[|·•–—-]\s*)?(?i:published|posted|updated)(?:\s+(?i:on))?\s*:?|\s+(?i:on|le|el|em|am|il)|\s*[|·•–—,-])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDateLabelRegex();

    /// <summary>", a senior reviewer who …", ", an editor at …", ", the paper's …": a note on the writer after the name, in lower case.</summary>
    [GeneratedRegex(@",\s+(?=(?:a|an|the|our|who)\s+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex WriterNoteRegex();

    /// <summary>A writer's address closing the line: "name at example.org" (a list archive's spelling), "&lt;name@example.org&gt;", "name@example.org".</summary>
    [GeneratedRegex(@"\s+(?:<?[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+>?|\(?[\p{Ll}\d._%+-]+\s+at\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressAfterNameRegex();

    /// <summary>Call letters or initials: two to six capitals ("KMUR", "WBS").</summary>
    [GeneratedRegex(@"^\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallLettersRegex();

    /// <summary>A label's translation and a slash before it, as bilingual pages print a byline: "Von / ", "Por/".</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,11}\s*/\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex BilingualLabelRegex();

    /// <summary>
    /// "Filed from the Press Gallery by ", "Reported in Kyiv by ", "Posted in Media, Politics by ": a verb, where the story
    /// was written or filed (a blog's categories), "by".
    /// </summary>
    [GeneratedRegex(@"^(?<verb>\p{Lu}\p{Ll}+)\s+(?i:from|in|at)\s+[^;:|·•]{2,80}?\s+(?i:by)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex FiledFromRegex();

    /// <summary>" for the Parish Council" after an author's name: whom the writer writes for, not part of the name (an agency there is the source: "for Reuters").</summary>
    [GeneratedRegex(@"\s+(?i:for)\s+(?:(?i:the)\s+)?(?<org>\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ForSuffixRegex();

    /// <summary>"originally appeared in The Harbour Ledger on": a label's verb, "in", an outlet's capitalised name, maybe "on".</summary>
    [GeneratedRegex(@"^(?<verb>\p{L}[\p{L} ]{2,40}?)\s+(?i:in)\s+(?:(?i:the)\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|of|the|and|&)){0,6}(?:\s+(?i:on))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfInOutletRegex();

    /// <summary>After a date in the page's sentence about itself: "by" and the outlet, ", and" or "and" and a clause, a sentence after it.</summary>
    [GeneratedRegex(@"^(?:\.\s+\p{Lu}|,?\s+(?i:and|by|in|at)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfSentenceRestRegex();

    /// <summary>A text browser's link number glued to the link's text: "[12]Jane Doe", "[13]September 9, 2026".</summary>
    [GeneratedRegex(@"\[\d{1,4}\](?=[\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkNumberRegex();

    /// <summary>A forum post's number at the start of its head: "#1 ", "#12 ".</summary>
    [GeneratedRegex(@"^#\d{1,5}\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PostNumberRegex();

    /// <summary>Bars, bullets and spaced dashes between a byline's names and its other parts.</summary>
    [GeneratedRegex(@"\s*[|·•»]\s*|\s+[–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentRegex();

    /// <summary>Between names: commas, "and", "&amp;", and "and" in the languages whose byline labels meta-words.tsv has ("und", "og", "och", "et", "en", "e", "y", "ja", "dan", "i", "și", "és", "ir", "un", "и").</summary>
    [GeneratedRegex(@"\s*,\s*|\s+(?:and|AND|And|und|og|och|et|en|e|y|ja|dan|i|și|és|ir|un|и)\s+|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ItemSplitRegex();

    /// <summary>A short note in brackets after a name and before the next one ("A (Toulouse, correspondante) et B").</summary>
    [GeneratedRegex(@"\s*\((?<note>[^()]{1,60})\)(?<next>\s*(?:,|\s(?:and|und|og|och|et|en|e|y|ja|dan)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex NoteBetweenNamesRegex();

    /// <summary>", and " between two writers, each named with a job ("A, correspondent, and B, photographer").</summary>
    [GeneratedRegex(@",\s+(?:and|&)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleWithRolesRegex();

    /// <summary>
    /// A place before a date: one capitalised word ("Jakarta"), or up to four words in capitals ("KUALA LUMPUR"); or a town of
    /// up to three words, a comma and its state or province abbreviated ("Querétaro, Qro.", "Ciudad Juárez, Chih.", "Austin, TX").
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}[\p{Lu}\p{M}.'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:de|del|la|el|do|da|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)){0,2},\s*(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}{2,4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeDateRegex();

    /// <summary>" – Page 12", " | p. 4" closing a date line: the print page.</summary>
    [GeneratedRegex(@"\s*[·|•–—-]\s*(?i:page|p\.)\s*\d{1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageAfterDateRegex();

    /// <summary>"Name (Outlet)" in a list of writers: a name, then a capitalised outlet's name in brackets, without a comma (a note has one: "(Lyon, correspondante)").</summary>
    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<outlet>\p{Lu}[^(),]{1,40})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex WriterOutletRegex();

    /// <summary>"Name (The Outlet)": a name, then one to five capitalised words in brackets.</summary>
    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<outlet>\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{M}.'’&-]*)){0,5})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletInBracketsRegex();

    /// <summary>"NAME WITH AGENCY", "with" in the languages whose byline labels meta-words.tsv has too ("Par A avec AFP", "Von A mit dpa").</summary>
    [GeneratedRegex(@"^(?<names>.+?)\s+(?i:with|avec|con|mit|med|com|met)\s+(?<agency>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithAgencyRegex();

    /// <summary>" in Port Talbot" (or " at Tallaght Stadium", " at the Riverside Ground", a match report's; the French " à Lomé") after an author's name: where the author writes from is not part of the name.</summary>
    [GeneratedRegex(@"\s+(?:in|at|à)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s+(?:de|da|do|del|la|el|al))?\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffixRegex();

    /// <summary>
    /// A word of a name: a capital, then letters, marks, apostrophes, hyphens; or an initial ("J.", "J.K."). Never a
    /// possessive ("Chairman's", "Nation’s"): a headline's word, not a name's ("O'Brien" and "N'Golo" are names).
    /// </summary>
    [GeneratedRegex(@"^(?!.*['’]s$)(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:\p{Lu}\.){1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWordRegex();

    /// <summary>A user's handle after an explicit "by": in lower case ("newsdesk", "margaret_h"), maybe after a forum's mark for users ("u/copper_kettle_88", "@jvillaflor").</summary>
    [GeneratedRegex(@"^(?:u/|@)?[\p{Ll}][\p{Ll}\d._-]{1,30}$|^(?:u/|@)[\p{L}\d][\p{L}\d._-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();

    /// <summary>A handle that only a handle can be: in lower case with an underscore, a digit or an inner dot ("copper_kettle_88", "m.ortiz"), or after a forum's mark ("@jvillaflor").</summary>
    [GeneratedRegex(@"^(?:(?:u/|@)[\p{L}\d][\p{L}\d._-]{1,30}|\p{Ll}[\p{Ll}\d-]*(?:[_\d]|\.\p{Ll})[\p{Ll}\d._-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedHandleRegex();

    [GeneratedRegex(@"^(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarWordRegex();

    /// <summary>Punctuation that ends or joins sentences (not the dot of an initial).</summary>
    [GeneratedRegex(@"[!?;:""“”]|(?<!\b\p{Lu})\.(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentencePunctuationRegex();

    /// <summary>
    /// A place (capitals, or any case when an agency in brackets follows), optional region parts, an
    /// optional date, an optional agency in brackets (or between slashes, as a press-release wire prints it: "/PRNewswire/"),
    /// then a dash: "SÃO SEBASTIÃO, Brazil, Feb 21 (Reuters) -".
    /// </summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:,\s*[\p{L}\p{M}.'’ &-]{2,50}?)*?(?:,\s*(?<date>(?:" + Month + @"\s+\d{1,2}(?:,\s*" + Year + @")?|\d{1,2}\s+" + Month + @"(?:\s+" + Year + @")?)))?\s*(?:\((?<agency>[\p{L}\p{M} .&/-]{2,30})\)|/(?<agency>\p{L}[\p{L}\p{M} .&-]{1,29})/)?\s*[-–—]+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    /// <summary>The date first, then the place in capitals after a bar or comma: "October 5, 2026 | MILLVILLE --", "5 October 2026, MILLVILLE —".</summary>
    [GeneratedRegex(@"^(?<date>" + Month + @"\s+\d{1,2},?\s+" + Year + @"|\d{1,2}\s+" + Month + @"\s+" + Year + @")\s*[|,/·]\s*(?<place>\p{Lu}[\p{Lu}\p{M}.'’ /-]{1,40}?)\s*[-–—]+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DateFirstDatelineRegex();

    /// <summary>The agency alone in brackets: "(CNN) —".</summary>
    [GeneratedRegex(@"^\((?<agency>\p{Lu}[\p{L}\p{M} .&/-]{1,29})\)\s*[-–—]+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDatelineRegex();

    /// <summary>A dateline whose brackets the scraper lost: "Benghazi, Libya CNN —" (an agency in capitals before the dash).</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:,\s*[\p{L}\p{M}.'’ &-]{2,50}?)*?\s+(?<agency>\p{Lu}{2,6})\s+[-–—]+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAgencyDatelineRegex();

    private enum LabelKind
    {
        Published,
        First,
        Updated,
    }

    /// <summary>The rows of <c>meta-words.tsv</c>, as lookups.</summary>
    private sealed class MetaWords
    {
        private readonly Dictionary<string, string> _agencies = new(StringComparer.OrdinalIgnoreCase);

        // The first and last words of the agency names (up to or after a space), so that a line whose first or last
        // word starts or ends none is refused before it is split and joined for each way of taking words.
        private readonly HashSet<string> _agencyFirstWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _agencyLastWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _outletWords = new(StringComparer.OrdinalIgnoreCase);

        // Every word of every agency's name: a byline's first item may hold them in any case ("Agence France-Presse").
        private readonly HashSet<string> _agencyWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _authorLabels = [];
        private readonly List<string> _otherLabels = [];
        private readonly HashSet<string> _authorFromVerbs = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _datedOnly = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether a date label is one only with its date on the line ("Press release 14.1.2025"; alone, a kicker).</summary>
        public bool IsDatedOnly(string label) => _datedOnly.Contains(label.Trim());
        private readonly Dictionary<string, LabelKind> _dateLabels = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _roleWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _functionWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _selfReferences = [];
        private readonly HashSet<string> _issueWords = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>meta-words.tsv's "desk" rows: a newsroom credited as a byline ("Staff Report", "From staff reports").</summary>
        private readonly HashSet<string> _desks = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _roleLabels = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _fieldLabels = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _sourceLabels = [];
        private readonly HashSet<string> _relativeDays = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The words of <see cref="_relativeDays"/>, each alone ("i" and "dag" of "i dag"), for a cheap refusal.</summary>
        private readonly HashSet<string> _relativeDayWords = new(StringComparer.OrdinalIgnoreCase);

        private readonly Dictionary<string, bool> _relativeBefore = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _relativeAfter = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _relativeUnits = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _relativeOnes = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The first word of each relative-before row ("il" of "il y a"), for a cheap refusal.</summary>
        private readonly HashSet<string> _relativeBeforeFirstWords = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether the line may be a relative date in words: it ends in a word for "ago", or its first word opens one before the number.</summary>
        public bool MayHoldRelativeWords(string text)
        {
            var span = text.AsSpan().Trim().TrimEnd('.');
            var lastSpace = span.LastIndexOf(' ');
            if (lastSpace < 0) return false;
            var last = span[(lastSpace + 1)..];
            if (_relativeAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)) return true;

            // Without a word for "ago" after it, the line closes with the unit ("vor 3 Stunden").
            if (!_relativeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)) return false;
            var lookup = _relativeBeforeFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var k = 0; k <= MaxLabelWords && !span.IsEmpty; k++)
            {
                var space = span.IndexOf(' ');
                if (space < 0) break;
                if (lookup.Contains(span[..space].TrimEnd(':'))) return true;
                span = span[(space + 1)..];
            }

            return false;
        }

        /// <summary>
        /// Whether the words are a relative date in words and nothing more: maybe a word for "ago" before the number, the
        /// number or the word for one, a unit, maybe a word for "ago" after it; one of the two words at least, and the after
        /// word when the before word needs it ("for … siden": "for 2 hours" is a duration).
        /// </summary>
        public bool IsRelativeInWords(ReadOnlySpan<string> words)
        {
            var at = 0;
            bool? needsAfter = null;
            for (var take = Math.Min(3, words.Length - 2); take >= 1; take--)
            {
                if (_relativeBefore.TryGetValue(string.Join(' ', words[..take].ToArray()), out var needs))
                {
                    needsAfter = needs;
                    at = take;
                    break;
                }
            }

            if (at >= words.Length - 1) return false;
            var amount = words[at];
            if (!(amount.Length <= 3 && amount.All(char.IsAsciiDigit)) && !_relativeOnes.Contains(amount)) return false;
            if (!_relativeUnits.Contains(words[at + 1].TrimEnd(',', '.'))) return false;
            at += 2;
            var after = at < words.Length && _relativeAfter.Contains(words[at]);
            if (after) at++;
            return at == words.Length && (after || needsAfter == false);
        }

        /// <summary>Whether <paramref name="text"/> is a relative day of meta-words.tsv ("vandaag", "i dag").</summary>
        public bool IsRelativeDay(string text) => _relativeDays.Contains(text);

        /// <summary>Whether one of the first words of the line (before a time or after a label) is a word of a relative day.</summary>
        public bool MayHoldRelativeDay(string text)
        {
            // The line closes with the time (a figure, maybe a clock word after it: "14:20 Uhr", "2:20 PM") or with the day.
            var span = text.AsSpan();
            var lastSpace = span.TrimEnd().LastIndexOf(' ');
            var lookup = _relativeDayWords.GetAlternateLookup<ReadOnlySpan<char>>();
            if (span.IndexOfAnyInRange('0', '9') < 0 && !lookup.Contains(span[(lastSpace + 1)..].Trim())) return false;
            for (var k = 0; k <= MaxLabelWords + 1 && !span.IsEmpty; k++)
            {
                var space = span.IndexOf(' ');
                var word = (space < 0 ? span : span[..space]).TrimEnd(",:");
                if (lookup.Contains(word)) return true;
                if (space < 0) break;
                span = span[(space + 1)..];
            }

            return false;
        }

        /// <summary>The agency a source label names ("Source: Reuters", "Quelle: dpa"), or null when the label names anything else (a ministry, a chart's data).</summary>
        public string? SourceAgency(string text) =>
            StartsWithLabel(_sourceLabels, text, out var rest) ? Agency(rest.TrimEnd('.', ' ')) : null;

        private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
        {
            "de", "da", "do", "dos", "das", "del", "della", "dela", "delos", "di", "du", "van", "von", "der", "den", "ter", "ten", "la", "le", "al", "el", "bin", "ibn", "y", "e",
        };

        public static MetaWords Parse(string tsv)
        {
            var words = new MetaWords();
            foreach (var row in DataRows.Of(tsv))
            {
                if (row.Length < 2) throw new InvalidOperationException($"meta-words.tsv: a row needs a kind and a text: '{string.Join('\t', row)}'");
                var text = row[1];
                switch (row[0])
                {
                    case "agency": words._agencies[text] = text; break;
                    case "outlet-word": words._outletWords.Add(text); break;
                    case "author-by": words._authorLabels.Add(text); break;
                    case "author-field": words._authorLabels.Add(text); words._fieldLabels.Add(text); break;
                    case "author-from": words._authorFromVerbs.Add(text); break;
                    case "other-by": words._otherLabels.Add(text); break;
                    case "published": words._dateLabels[text] = LabelKind.Published; break;
                    case "published-dated": words._dateLabels[text] = LabelKind.Published; words._datedOnly.Add(text); break;
                    case "first": words._dateLabels[text] = LabelKind.First; break;
                    case "updated": words._dateLabels[text] = LabelKind.Updated; break;
                    case "role-word": words._roleWords.Add(text); break;
                    case "function": words._functionWords.Add(text); break;
                    case "self": words._selfReferences.Add(text); break;
                    case "issue": words._issueWords.Add(text); break;
                    case "role-label": words._roleLabels.Add(text); break;
                    case "source-label": words._sourceLabels.Add(text); break;
                    case "desk": words._desks.Add(text); break;
                    case "relative-before":
                        words._relativeBefore[text] = row is [_, _, "with-after", ..];
                        words._relativeBeforeFirstWords.Add(text.Split(' ')[0]);
                        break;
                    case "relative-after": words._relativeAfter.Add(text); break;
                    case "relative-unit": words._relativeUnits.Add(text); break;
                    case "relative-one": words._relativeOnes.Add(text); break;
                    case "relative-day":
                        words._relativeDays.Add(text);
                        foreach (var word in text.Split(' ')) words._relativeDayWords.Add(word);
                        break;
                    default: throw new InvalidOperationException($"meta-words.tsv: unknown kind '{row[0]}'");
                }
            }

            foreach (var name in words._agencies.Keys.ToList())
            {
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                words._agencyFirstWords.Add(space < 0 ? name : name[..space]);
                words._agencyLastWords.Add(name[(name.LastIndexOf(' ') + 1)..]);
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words._agencyWords.Add(word);
                if (space > 0 && name.Replace(" ", "", StringComparison.Ordinal) is var runTogether && !words._agencies.ContainsKey(runTogether))
                {
                    words._agenciesRunTogether[runTogether] = name;
                    words._agencyFirstWords.Add(runTogether);
                    words._agencyLastWords.Add(runTogether);
                }
            }

            foreach (var label in words._dateLabels.Keys) words._dateLabelLastWords.Add(label[(label.LastIndexOf(' ') + 1)..]);

            // Longest labels first, so "Additional reporting by" wins over "By".
            words._authorLabels.Sort(static (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            words._otherLabels.Sort(static (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            return words;
        }

        /// <summary>The agency's name as the data file writes it, when <paramref name="text"/> is one (maybe "staff", "reporters").</summary>
        public string? Agency(string text)
        {
            text = text.Trim();
            if (_agencies.TryGetValue(text, out var name)) return name;
            foreach (var suffix in s_agencySuffixes)
            {
                if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && _agencies.TryGetValue(text[..^suffix.Length], out name)) return name;
            }

            // "EuropaPress": a name of several words run together, as a site's credit field prints it.
            return _agenciesRunTogether.TryGetValue(text, out name) ? name : null;
        }

        /// <summary>
        /// A date label closing <paramref name="text"/> after at least two words ("Jenny Åkerlund Publicerad", "Inês Correia
        /// Publicado em:"), taken off it: the label's kind, or null when the text ends otherwise.
        /// </summary>
        public LabelKind? TrailingDateLabel(ref string text)
        {
            var trimmed = text.TrimEnd(s_labelEnd);
            if (!TryEdgeWord(trimmed, last: true, out var edge) || !_dateLabelLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(edge)) return null;
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var take = Math.Min(3, words.Length - 2); take >= 1; take--)
            {
                if (_dateLabels.TryGetValue(string.Join(' ', words[^take..]), out var kind))
                {
                    text = string.Join(' ', words[..^take]);
                    return kind;
                }
            }

            return null;
        }

        private static readonly char[] s_labelEnd = [':', ' ', ',', '|', '·', '•', '-', '–', '—'];

        /// <summary>The last word of each date label, so that a line whose last word ends none is refused before it is split.</summary>
        private readonly HashSet<string> _dateLabelLastWords = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The names of several words in <see cref="_agencies"/> written without their spaces ("EuropaPress"), to the name.</summary>
        private readonly Dictionary<string, string> _agenciesRunTogether = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>What may follow an agency's name in a credit ("AFP staff"): <see cref="Agency"/> reads the name before it.</summary>
        private static readonly string[] s_agencySuffixes = [" staff", " reporters", " reporter", " report"];

        /// <summary>
        /// Whether <paramref name="word"/> (a word as <see cref="TrailingAgency"/> or <see cref="LeadingAgency"/> splits it)
        /// can be the first (or last) word of words <see cref="Agency"/> reads as an agency: the first (last) word of an
        /// agency's name, or for the last word a suffix's ("staff"). <see cref="Agency"/> trims the words it is given, so
        /// the word is looked up trimmed on both sides and on its outer side only.
        /// </summary>
        private bool MayBeAgencyEdge(ReadOnlySpan<char> word, bool last)
        {
            var names = (last ? _agencyLastWords : _agencyFirstWords).GetAlternateLookup<ReadOnlySpan<char>>();
            var outer = last ? word.TrimEnd() : word.TrimStart();
            var both = word.Trim();
            if (both.IsEmpty) return true; // a word of odd spaces alone: the name's edge is another word
            if (names.Contains(outer) || names.Contains(both)) return true;
            if (!last) return false;
            foreach (var suffix in s_agencySuffixes)
            {
                if (outer.Equals(suffix.AsSpan(1), StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        /// <summary>
        /// The first (or last) of the words <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries)</c> gives; false when
        /// there are fewer than two words (no agency can then be taken off the line).
        /// </summary>
        private static bool TryEdgeWord(string text, bool last, out ReadOnlySpan<char> word)
        {
            var span = last ? text.AsSpan().TrimEnd(' ') : text.AsSpan().TrimStart(' ');
            var space = last ? span.LastIndexOf(' ') : span.IndexOf(' ');
            word = space < 0 ? span : last ? span[(space + 1)..] : span[..space];
            return space >= 0;
        }

        /// <summary>An agency of one or more words at the end ("… Associated Press"), taken off <paramref name="text"/>.</summary>
        public string? TrailingAgency(ref string text)
        {
            // Cheap refusal first: most items are names, and their last word ends no agency's name.
            if (!TryEdgeWord(text, last: true, out var edge) || !MayBeAgencyEdge(edge, last: true)) return null;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var take = Math.Min(3, words.Length - 2); take >= 1; take--)
            {
                if (Agency(string.Join(' ', words[^take..])) is { } agency)
                {
                    // "DANICA KIRKA from the Associated Press", "Lena Vogt for AFP": the connecting words go with the agency.
                    var keep = words.Length - take;
                    if (keep > 2 && words[keep - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) keep--;
                    if (keep > 2 && words[keep - 1] is var link && (link.Equals("from", StringComparison.OrdinalIgnoreCase) || link.Equals("for", StringComparison.OrdinalIgnoreCase))) keep--;
                    else if (keep < words.Length - take) keep++; // a bare "the" stays ("… the Associated Press" without "from")
                    text = string.Join(' ', words[..keep]);
                    return agency;
                }
            }

            return null;
        }

        /// <summary>An agency at the start ("AFP Published"), taken off <paramref name="text"/>.</summary>
        public string? LeadingAgency(ref string text)
        {
            // Cheap refusal first: most lines do not start with an agency's first word.
            if (!TryEdgeWord(text, last: false, out var edge) || !MayBeAgencyEdge(edge, last: false)) return null;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var take = Math.Min(3, words.Length - 1); take >= 1; take--)
            {
                if (Agency(string.Join(' ', words[..take])) is { } agency)
                {
                    text = string.Join(' ', words[take..]);
                    return agency;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="text"/> opens with the page naming itself ("This summary was published on").</summary>
        public bool StartsWithSelf(string text)
        {
            foreach (var self in _selfReferences)
            {
                if (text.Length > self.Length && text.StartsWith(self, StringComparison.OrdinalIgnoreCase) && text[self.Length] == ' ') return true;
            }

            return false;
        }

        public LabelKind? DateLabel(string text)
        {
            text = text.Trim();
            if (_dateLabels.TryGetValue(text, out var kind)) return kind;

            // "This article was originally published on": the page speaking of itself, then a label.
            foreach (var self in _selfReferences)
            {
                if (text.Length > self.Length + 1 && text.StartsWith(self, StringComparison.OrdinalIgnoreCase) && text[self.Length] == ' ')
                {
                    var rest = text[(self.Length + 1)..];
                    if (rest.StartsWith("was ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
                    else if (rest.StartsWith("is ", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
                    if (_dateLabels.TryGetValue(rest, out kind)) return kind;

                    // "This article originally appeared in The Harbour Ledger on": where it appeared, between the label's verb and "on".
                    if (rest.Contains(" in ", StringComparison.OrdinalIgnoreCase) && SelfInOutletRegex().Match(rest) is { Success: true } inOutlet)
                    {
                        var verb = inOutlet.Groups["verb"].Value;
                        return _dateLabels.TryGetValue(verb + " on", out kind) || _dateLabels.TryGetValue(verb, out kind) ? kind : null;
                    }

                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the text opens with a label before an author's names: a label of <c>meta-words.tsv</c> ("By", "Words:"),
        /// maybe after its translation and a slash ("Von / By", "Por/By"), or a verb saying where the story was filed
        /// ("Filed from the Press Gallery by"). <paramref name="rest"/> is what follows the label.
        /// </summary>
        public bool StartsWithAuthorLabel(string text, out string rest)
        {
            // "Von / By A": the label and its translation (tried first, as "Von" alone is a label too).
            if (text.Length > 3 && char.IsUpper(text[0]) && BilingualLabelRegex().Match(text) is { Success: true } bilingual
                && StartsWithLabel(_authorLabels, text[bilingual.Length..], out rest)) return true;

            if (StartsWithLabel(_authorLabels, text, out rest))
            {
                // A field label over the byline as printed ("BYLINE: By A", "Author: by A"): the names follow the second "By".
                if (rest.Length > 3 && rest.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) rest = rest[3..].TrimStart();
                return true;
            }
            if (text.Length > 12 && char.IsUpper(text[0]) && FiledFromRegex().Match(text) is { Success: true } filed && _authorFromVerbs.Contains(filed.Groups["verb"].Value))
            {
                rest = text[filed.Length..];
                return rest.Length > 0;
            }

            rest = "";
            return false;
        }

        /// <summary>Whether the text's first word is a field's label ("Text Size", "Author Profile"): a page's control, never a name.</summary>
        public bool StartsWithFieldLabel(string text)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && _fieldLabels.Contains(text[..space]);
        }

        public bool StartsWithOtherLabel(string text, out string rest) => StartsWithLabel(_otherLabels, text, out rest);

        private bool StartsWithLabel(List<string> labels, string text, out string rest)
        {
            foreach (var label in labels)
            {
                if (text.Length > label.Length && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text[label.Length] is ' ' or ':')
                {
                    // "By …" must be "By" or "BY": "by" in lower case starts a sentence fragment, unless its colon says it is a
                    // field's label ("by: Name", as some sites print the byline).
                    // A user's handle after it ("by copper_kettle_88") is no fragment: no sentence goes on with such a word.
                    if (char.IsLower(text[0]) && text[label.Length] != ':' && !MarkedHandleRegex().IsMatch(text.AsSpan(label.Length + 1).Trim())) break;
                    rest = text[(label.Length + 1)..].TrimStart(' ', ':');

                    // "Text Size": a field's name without its colon, then one word, is a control of the page, not a byline.
                    if (text[label.Length] == ' ' && _fieldLabels.Contains(label) && !text.AsSpan(label.Length).TrimStart().StartsWith(":") && rest.AsSpan().Trim().IndexOf(' ') < 0) break;
                    return rest.Length > 0;
                }
            }

            rest = "";
            return false;
        }

        /// <summary>Whether <paramref name="text"/> is a newsroom's credit alone ("Staff Report", "staff reports"): a desk, not a person.</summary>
        public bool IsDesk(string text) => _desks.Contains(text.Trim().TrimEnd('.').Trim());

        public bool IsRole(string text)
        {
            var trimmed = text.Trim();
            if (_roleWords.Contains(trimmed[(trimmed.LastIndexOf(' ') + 1)..])) return true;

            // "Director of Maritime Services", "Head of Communications": a role word, then what the role is of.
            var of = trimmed.IndexOf(" of ", StringComparison.Ordinal);
            return of > 0 && _roleWords.Contains(trimmed[(trimmed.LastIndexOf(' ', of - 1) + 1)..of]);
        }

        /// <summary>
        /// Whether <paramref name="text"/> is an issue's or volume's number ("Issue 62", "Vol. 3 No. 4"): words of
        /// <c>meta-words.tsv</c>'s issue kind, each before a number.
        /// </summary>
        public bool IsIssueNumber(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4 || words.Length % 2 != 0) return false;
            for (var k = 0; k < words.Length; k += 2)
            {
                if (!_issueWords.Contains(words[k]) || !words[k + 1].TrimEnd(',').All(char.IsAsciiDigit)) return false;
            }

            return true;
        }

        /// <summary>
        /// A label before a colon that names the writers' job rather than a verb ("Festival press team: A, B", "Editor: A"): a
        /// few words ending in a word of <c>meta-words.tsv</c>'s role-label kind (a fact box's "Manager: Name" is no byline).
        /// <paramref name="rest"/> is what follows the colon.
        /// </summary>
        public bool StartsWithRoleLabel(string text, out string rest)
        {
            rest = "";
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || colon > MaxRoleLabelLength || !char.IsUpper(text[0])) return false;
            var label = text[..colon];
            if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxRoleLabelWords || !_roleLabels.Contains(label[(label.LastIndexOf(' ') + 1)..])
                || StartsWithLabel(_otherLabels, text, out _)) return false;
            rest = text[(colon + 2)..].Trim();
            return rest.Length > 0;
        }

        /// <summary>The longest job label before a colon ("Festival press team").</summary>
        private const int MaxRoleLabelLength = 30;

        /// <summary>The most words of a job label before a colon.</summary>
        private const int MaxRoleLabelWords = 4;

        public bool IsOutletWord(string word) => _outletWords.Contains(word);

        public bool IsOutletName(string text)
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_outletWords.Contains(word)) return true;
            }

            return false;
        }

        public bool IsFunctionWord(string word) => _functionWords.Contains(word);

        /// <summary>Whether a word in lower case may stand second in a byline's first item: a particle, a link word, a word of an agency's name or suffix.</summary>
        public bool MayBeInNameItem(ReadOnlySpan<char> word) =>
            s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || _agencyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word is "in" or "with" or "from" or "for" or "the" or "of" or "and" or "staff" or "reporters" or "reporter" or "report";

        public bool IsParticle(string word) => s_particles.Contains(word);
    }
}

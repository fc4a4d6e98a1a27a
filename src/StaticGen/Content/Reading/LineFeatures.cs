using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// What one line looks like, measured without context: its length, its share of stop words (jusText's
/// main signal: prose is full of "the", "of", "and"; menus and labels are not), whether it ends a sentence,
/// capitals, shapes of dates, bylines, credits, captions, navigation, and how many other files of the pile
/// repeat it.
/// </summary>
public sealed partial record LineFeatures
{
    public required int Words { get; init; }

    public required int Chars { get; init; }

    /// <summary>Share of the words that are stop words (0 to 1).</summary>
    public required double StopShare { get; init; }

    /// <summary>Ends with sentence punctuation (. ! ? … or a closing quote).</summary>
    public required bool EndsSentence { get; init; }

    /// <summary>Two or more sentences on the line.</summary>
    public required bool SeveralSentences { get; init; }

    /// <summary>All its letters (at least three) are capitals: a section label or a place line.</summary>
    public required bool Capitals { get; init; }

    /// <summary>
    /// Headline capitalisation: nearly every word of four letters or more starts with a capital ("The Gang of Six Appears
    /// to Be Dead"), at least three such words, not all in capitals. A sentence has its verbs and nouns in lower case.
    /// </summary>
    public bool TitleCase { get; init; }

    public required bool ImageFile { get; init; }

    /// <summary>A byline or date line (<see cref="MetaLines"/>).</summary>
    public MetaLine? Meta { get; init; }

    /// <summary>A credit shape: "Image source, X", "Photograph: X", "(AA Photo)", "[X/Reuters]", "Name/AFP/Getty Images".</summary>
    public string? Credit { get; init; }

    /// <summary>A labelled caption ("Image caption, …", "Caption: …"): the caption text.</summary>
    public string? Caption { get; init; }

    /// <summary>What the known-furniture list says.</summary>
    public FurnitureKind? Known { get; init; }

    /// <summary>A navigation shape: breadcrumb, ticker, scraper metadata prefix, address or handle.</summary>
    public string? Nav { get; init; }

    /// <summary>How many other files of the pile contain the same line.</summary>
    public int Repeats { get; init; }

    /// <summary>The line speaks to its reader of subscriptions, newsletters, cookies or accounts (<see cref="ReaderData.IsPitch"/>).</summary>
    public bool Pitch { get; init; }

    /// <summary>The site says to keep this line (<c>reader.keep</c>).</summary>
    public bool Kept { get; init; }

    /// <summary>The longest pitch or notice: a paragraph longer than this is the article's.</summary>
    private const int MaxPitchWords = 60;

    /// <summary>Measures a cleaned, non-empty line.</summary>
    public static LineFeatures Of(string line, ReaderData data, PileTable pile, DateOrder order = DateOrder.MonthFirst, string language = TextLanguage.English)
    {
        var words = 0;
        var stops = 0;
        var letters = 0;
        var upper = 0;
        var start = -1;
        var longWords = 0;
        var longCapitalised = 0;
        Span<char> buffer = stackalloc char[10];
        for (var i = 0; i <= line.Length; i++)
        {
            var c = i < line.Length ? line[i] : ' ';
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }

            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                if (start < 0) start = i;
                continue;
            }

            if (start >= 0)
            {
                words++;
                var word = line.AsSpan(start, i - start);
                if (word.Length >= 4 && char.IsLetter(word[0]))
                {
                    longWords++;
                    if (char.IsUpper(word[0])) longCapitalised++;
                }

                if (word.Length <= 10 && data.MayBeStopWord(word))
                {
                    // Lowered as ASCII when it is (the common case, and the same result), else by the invariant culture.
                    var lower = buffer[..word.Length];
                    if (System.Text.Ascii.ToLower(word, lower, out _) != System.Buffers.OperationStatus.Done) word.ToLowerInvariant(lower);
                    if (data.IsStopWord(lower)) stops++;
                }

                start = -1;
            }
        }

        var last = LastTextChar(line);
        // Only sure shapes: a line that merely looks like names counts as a byline beside date lines (RawArticleParser.ReadMeta).
        var meta = words <= 30 && (MetaLines.TryParse(line, order) ?? LowerCaseByline(line, order)) is { } m && RawArticleParser.IsSure(m) ? m : null;
        // A labelled byline with a slash in its label ("Por/By A") has a credit's "Name/Agency" shape; its label says what it is.
        var (credit, caption) = meta is { Evidence: MetaEvidence.Label, Authors.Count: > 0 } ? (null, null) : CreditShape(line);
        var nav = NavShape(line);
        // A date line of figures and short words ("Date: Thu, 29 Feb 2024 07:12:44 -0800") has a ticker's shape; its date says what it is.
        if (meta?.Date is not null && nav == Ticker) nav = null;
        // A labelled byline with its date after an arrow ("Post by NAME » Sun Nov 29, 2026 7:14 pm") has a breadcrumb's
        // shape; its label says what it is.
        if (meta is { Evidence: MetaEvidence.Label, Authors.Count: > 0, Date: not null } && nav == Breadcrumb) nav = null;
        return new LineFeatures
        {
            Words = words,
            Chars = line.Length,
            StopShare = words == 0 ? 0 : stops / (double)words,
            // A closing quote ends a sentence when the quoted words do ("… he said. ”"); a headline in quotes does not.
            // So does a note in brackets after a full stop, as wire copy closes its last paragraph ("… he said. (APA, 12.3.2025)").
            EndsSentence = last is '.' or '!' or '?' or '…' || (last is '”' or '"' or '’' && line.Length > 1 && line[^2] is '.' or '!' or '?' or '…' or ',')
                || (last == ')' && line.LastIndexOf('(') is var note and > 1 && line[note - 1] == ' ' && line[note - 2] is '.' or '!' or '?' or '…'),
            SeveralSentences = SentenceBreakRegex().IsMatch(line),
            Capitals = letters >= 3 && upper == letters,
            TitleCase = longCapitalised >= 3 && longCapitalised * 10 >= longWords * 8 && upper < letters,
            ImageFile = RawArticleParser.ImageFileRegex().IsMatch(line),
            Meta = meta,
            Credit = credit,
            Caption = caption,
            Known = data.Furniture(line, words),
            Nav = nav,
            Repeats = pile.OtherFiles(line),
            Kept = data.Keep(line),
            Pitch = words <= MaxPitchWords && data.IsPitch(line, language),
        };
    }

    /// <summary>
    /// The line's last character of text: emoji and other symbols after the closing punctuation ("… nearly didn't happen. 🧵",
    /// as a social post marks a thread) are passed over, so that the sentence still ends there. A line of symbols alone keeps
    /// its last character.
    /// </summary>
    private static char LastTextChar(string line)
    {
        var end = line.Length;
        while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || char.IsSurrogate(line[end - 1]) || line[end - 1] is '\uFE0F' or '\u200D'
            || char.GetUnicodeCategory(line[end - 1]) == System.Globalization.UnicodeCategory.OtherSymbol)) end--;
        return end == 0 ? line[^1] : line[end - 1];
    }

    /// <summary>
    /// "by Robbie Gillies" on a line of its own, as blogs print a byline: read as "By …" when only names of two words or
    /// more follow, maybe with the writer's job ("by Tove Lind, Bergen correspondent"). (Inside a hard-wrapped paragraph such a line is joined to the one above and never measured alone; on a
    /// page of unwrapped paragraphs it is never joined, <see cref="ArticleReader.WrapHeads"/>.)
    /// </summary>
    internal static MetaLine? LowerCaseByline(string line, DateOrder order) =>
        line.StartsWith("by ", StringComparison.Ordinal) && MetaLines.TryParse("By" + line[2..], order) is { Authors.Count: > 0, Agency: null } m
        && (m.Role is null || MetaLines.IsRoleLine(m.Role)) && m.Authors.All(static a => a.Contains(' ', StringComparison.Ordinal)) ? m : null;

    /// <summary>Evidence that the line is furniture whatever its neighbours: known, navigation, repeated across the pile, metadata.</summary>
    public string? FurnitureEvidence(int repetitionThreshold)
    {
        if (Kept) return null;
        if (Known is { } kind) return kind switch
        {
            FurnitureKind.Label => "known label over teasers or topics",
            FurnitureKind.Action => "call to action",
            FurnitureKind.End => "the comment section begins: the article ends above it",
            FurnitureKind.Box => "the label of a summary box: it and its items are never the title or the lede",
            FurnitureKind.Insert => "a line inserted in the article's flow (a cross-reference to another story, a gallery counter, an advert's label): its neighbours are judged without it",
            _ => "known furniture",
        };
        if (Nav is { } nav) return nav;
        if (Repeats >= repetitionThreshold) return $"repeated in {Repeats} other files of the pile";
        if (Pitch) return "speaks to the reader of the site's business (a pitch, newsletter blurb or notice), not of the news";
        return null;
    }

    internal static (string? Credit, string? Caption) CreditShape(string line)
    {
        if (LabelledRegex().Match(line) is { Success: true } labelled)
        {
            var value = labelled.Groups["value"].Value.Trim();
            return labelled.Groups["label"].Value.StartsWith("Image caption", StringComparison.OrdinalIgnoreCase) || labelled.Groups["label"].Value.StartsWith("Caption", StringComparison.OrdinalIgnoreCase)
                ? (null, value)
                : (value, null);
        }

        if (EnclosedCreditRegex().Match(line) is { Success: true } enclosed) return (enclosed.Groups["credit"].Value.Trim(), null);
        if (line[^1] == ')' && BracketedCreditRegex().Match(line) is { Success: true } bracketed) return (null, bracketed.Groups["caption"].Value.Trim());
        if (RawArticleParser.TryParseCredit(line, out var credit)) return (credit, null);
        if (RawArticleParser.CaptionWithLabelledCredit(line) is { } caption) return (null, caption);
        // A caption closed by a credit word of any language beside the names ("… on Sunday. (📸 Name)", "… Name nuotr.").
        return CreditWords.AtEnd(line) is { } end ? (null, end.Caption) : (null, null);
    }

    /// <summary>The evidence of a row of prices (<see cref="IsTicker"/>).</summary>
    internal const string Ticker = "ticker";
    private const string Breadcrumb = "breadcrumb";

    internal static string? NavShape(string line)
    {
        // Each shape's sign first (an arrow, a bar): most lines have none, and the patterns would read far into them to know.
        if (line.AsSpan().IndexOfAny(BreadcrumbArrows) >= 0 && BreadcrumbRegex().IsMatch(line)) return Breadcrumb;
        if (line.Contains('|', StringComparison.Ordinal) && PreviousNextRegex().IsMatch(line)) return "links to the previous and next pages";
        if (MetadataPrefixRegex().IsMatch(line)) return "scraper metadata prefix";
        if (AddressRegex().IsMatch(line)) return "address or handle";
        if (IsTicker(line)) return Ticker;
        return null;
    }

    /// <summary>A row of prices: most tokens are numbers, percentages or arrows, with a sign or a percent among them, and no word in lower case.</summary>
    private static bool IsTicker(string line)
    {
        // Cheap refusals first, as most lines are prose: a ticker has a sign or a percent, and no word in lower case.
        // Two searches of three characters each: a search for all six at once takes a slower path (one not vectorised
        // without SSSE3, as in the Native AOT executable), and this runs on every line.
        if (line.AsSpan().IndexOfAny('%', '+', '-') < 0 && line.AsSpan().IndexOfAny('▲', '▼', '−') < 0) return false;
        for (var i = 0; i < line.Length; i++)
        {
            if ((i == 0 || line[i - 1] == ' ') && char.IsLower(line[i])) return false;
        }

        // Separators ("·", "|") are not tokens.
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(static t => t.Any(char.IsLetterOrDigit)).ToArray();
        if (tokens.Length < 2) return false;
        var numeric = 0;
        var signed = false;
        foreach (var t in tokens)
        {
            var digits = t.Count(char.IsAsciiDigit);
            if (digits > 0 && digits * 2 >= t.Count(char.IsLetterOrDigit)) numeric++;
            if (t.Contains('%', StringComparison.Ordinal) || t[0] is '+' or '▲' or '▼' or '−' || (t[0] == '-' && t.Length > 1 && char.IsAsciiDigit(t[1]))) signed = true;
        }

        // Index and currency names are capitalised ("Nasdaq", "Brent Crude"); a sentence has words in lower case ("rose", "to").
        return signed && numeric * 2 >= tokens.Length && !tokens.Any(static t => char.IsLower(t[0]));
    }

    /// <summary>The marks a breadcrumb joins its parts with: arrows, or the slashes of a path from the home page.</summary>
    private const string BreadcrumbArrows = ">›»/";

    /// <summary>
    /// "Home &gt; Markets &gt; Stocks", "News › World": short parts joined by arrows; or a path from the home page joined by
    /// slashes, "Home / About us / Board papers" (other slashes join a credit's names or a story's sections).
    /// </summary>
    [GeneratedRegex(@"^(?:[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40})+|Home(?:\s/\s[^/]{1,40}){2,})$")]
    private static partial Regex BreadcrumbRegex();

    /// <summary>"« Older post | Blog home | Newer post »": links to the previous and next pages, an arrow at either end and bars between.</summary>
    [GeneratedRegex(@"^(?:[«‹←]\s*\S.{0,200}\s\|\s.{0,200}|.{0,200}\s\|\s.{0,200}\S\s*[»›→])$")]
    private static partial Regex PreviousNextRegex();

    /// <summary>A scraper's "key value" header: "date 2022-11-02 …", "url: https://…", "title: …".</summary>
    [GeneratedRegex(@"^(?:date|url|title|source|author|lang|language|category|tags|published|description|id)\s*[:=]?\s+\S")]
    private static partial Regex MetadataPrefixRegex();

    [GeneratedRegex(@"^(?:https?://\S+|www\.\S+|@\w{2,30}|\S+@\S+\.\w{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressRegex();

    /// <summary>A labelled credit or caption line: "Image source, Reuters", "Image caption, …", "Photograph: …", "Caption: …".</summary>
    [GeneratedRegex(@"^(?<label>Image source|Image caption|Caption|Photographer|Photograph|Picture|Photo credit|Image credit|Picture credit|Photos?|Credit|Screenshot)\s*[,:]\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledRegex();

    /// <summary>
    /// A caption ending with its credit in brackets, names joined by a slash or a name and a year: "… was fatally shot on
    /// Tuesday. (Chalabala/iStock )", "Osceola County Sheriff's Office image (WKMG 2021)".
    /// </summary>
    [GeneratedRegex(@"^(?<caption>.{10,300}?)\s+\((?<credit>[^()/\s][^()/]{0,40}/[^()]{1,40}|(?:\p{Lu}[\p{L}.&'-]*\s){1,4}(?:19|20)\d{2})\s*\)$")]
    private static partial Regex BracketedCreditRegex();

    /// <summary>A credit alone in brackets: "(AA Photo)", "[Rina Hapsari/AFP]", "(Photo: Reuters)", "(Harbour Agency)" (one to four capitalised words).</summary>
    [GeneratedRegex(@"^(?:\((?<credit>[^()]{2,60}\bPhoto\b[^()]{0,40}|[^()]{2,60}/[^()]{2,60}|\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})\)|\[(?<credit>[^\[\]]{2,60}/[^\[\]]{2,60})\])$")]
    private static partial Regex EnclosedCreditRegex();

    [GeneratedRegex(@"(?<!\b(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|No|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|Mt|Ft|vs|Inc|Ltd|Co|[A-Z]))[.!?][”""’)]?\s+[\p{Lu}“""]")]
    internal static partial Regex SentenceBreakRegex();
}

using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>How a known-furniture pattern acts on its line and the lines under it.</summary>
public enum FurnitureKind
{
    /// <summary>The line is furniture.</summary>
    Line,

    /// <summary>A label over teasers or topics ("Related Topics", "Most viewed"): it and the short lines under it are furniture.</summary>
    Label,

    /// <summary>A call to action ("Save articles to read later", "Follow us on …"): furniture when short.</summary>
    Action,

    /// <summary>The header of a comment section ("3 Comments", "Leave a Reply"): the article ends above it.</summary>
    End,

    /// <summary>The label of a summary box ("Key Points", "At a glance"): it and the short items under it are furniture.</summary>
    Box,

    /// <summary>
    /// A line inserted into the article's flow, such as a cross-reference to another story ("READ: …"): furniture, but no
    /// evidence about the paragraphs around it (jusText does not count it as a bad neighbour).
    /// </summary>
    Insert,
}

/// <summary>How a listing page's label (<c>Data/listing-labels.tsv</c>) is read.</summary>
public enum ListingLabelKind
{
    /// <summary>A listing's label ("Tag: Energy", "Category Archives: Courts"): furniture wherever it stands at the top of the page.</summary>
    Label,

    /// <summary>A page title that may name a listing ("energy Archives • Site") or be a headline: a listing's only with teasers under it.</summary>
    Title,
}

/// <summary>
/// The reader's word lists, read from embedded data files (<c>Reading/Data/</c>): English stop words and
/// known furniture patterns, plus a site's own additions and keep-lines from <c>site.config.yml</c>
/// (<c>reader:</c>). Immutable; built once per build.
/// </summary>
public sealed partial class ReaderData
{
    /// <summary>The most words a call-to-action line has.</summary>
    public const int MaxActionWords = 14;

    /// <summary>The most words the label of a summary box has ("What we know so far").</summary>
    public const int MaxBoxLabelWords = 5;

    /// <summary>The most words the header of a comment section has ("2 Replies to “Persistent patrollers”").</summary>
    public const int MaxEndWords = 16;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
    // For each ASCII first letter, the lengths (bits, 63 for 63 or more) of the stop words it starts.
    private readonly ulong[] _stopShapes = new ulong[128];
    private readonly Lazy<FurnitureMatcher> _line;
    private readonly Lazy<FurnitureMatcher> _label;
    private readonly Lazy<FurnitureMatcher> _action;
    private readonly Lazy<FurnitureMatcher> _end;
    private readonly Lazy<FurnitureMatcher> _box;
    private readonly Lazy<FurnitureMatcher> _insert;
    private readonly string[] _pitchWords;
    // For each pair of ASCII characters (lowered), the pitch words that start with it: a line is read once, at its word
    // starts, instead of once per pitch word. Where either character is outside ASCII, every pitch word is tried (a
    // comparison that ignores case may match such a character to an ASCII letter); so are the words that do not start
    // with two ASCII characters, everywhere.
    private readonly int[]?[] _pitchStarts = new int[]?[128 * 128];
    private readonly int[] _allPitchWords;
    private readonly int[] _otherPitchWords;
    private readonly Regex[] _keep;
    private readonly System.Buffers.SearchValues<string> _pageWords;
    private readonly HashSet<string> _compoundHeads;
    private readonly HashSet<string> _commentActions;
    private readonly HashSet<string> _promptWords;
    private readonly Lazy<FurnitureMatcher> _listingLabel;
    private readonly Lazy<FurnitureMatcher> _listingTitle;
    private readonly AddressWords _address;

    public ReaderData(IEnumerable<string> stopWords, IEnumerable<(FurnitureKind Kind, string Pattern)> furniture, IEnumerable<string>? keep = null, int repetitionThreshold = DefaultRepetitionThreshold, double repetitionShare = DefaultRepetitionShare, IEnumerable<string>? pageWords = null, IEnumerable<string>? pitchWords = null, IEnumerable<string>? compoundHeads = null,
        IEnumerable<string>? commentActions = null, IEnumerable<(ListingLabelKind Kind, string Pattern)>? listingLabels = null, IEnumerable<string>? promptWords = null, AddressWords? address = null)
    {
        _address = address ?? AddressWords.Default;
        _promptWords = new HashSet<string>(promptWords ?? [], StringComparer.OrdinalIgnoreCase);
        _commentActions = new HashSet<string>(commentActions ?? [], StringComparer.OrdinalIgnoreCase);
        var listing = (listingLabels ?? []).ToList();
        _listingLabel = new Lazy<FurnitureMatcher>(() => new FurnitureMatcher([.. listing.Where(static l => l.Kind == ListingLabelKind.Label).Select(static l => l.Pattern)]));
        _listingTitle = new Lazy<FurnitureMatcher>(() => new FurnitureMatcher([.. listing.Where(static l => l.Kind == ListingLabelKind.Title).Select(static l => l.Pattern)]));
        _compoundHeads = new HashSet<string>(compoundHeads ?? [], StringComparer.Ordinal);
        _pageWords = System.Buffers.SearchValues.Create([.. pageWords ?? []], StringComparison.OrdinalIgnoreCase);
        _stopWords = new HashSet<string>(stopWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _stopWords.Set)
        {
            if (word.Length > 0 && word[0] < 128) _stopShapes[word[0]] |= LengthBit(word.Length);
        }

        // One matcher per kind (FurnitureMatcher: a few alternations): a line is not matched against every pattern. Each is built
        // when a raw article first asks (a site of Markdown articles never does): the linear-time engine's automata and
        // their caches take some 20 MB that would otherwise stay for the whole build.
        var list = furniture.ToList();
        _line = Combined(list, FurnitureKind.Line);
        _label = Combined(list, FurnitureKind.Label);
        _action = Combined(list, FurnitureKind.Action);
        _end = Combined(list, FurnitureKind.End);
        _box = Combined(list, FurnitureKind.Box);
        _insert = Combined(list, FurnitureKind.Insert);
        _pitchWords = [.. (pitchWords ?? []).Where(static w => w.Length > 0)];
        _allPitchWords = [.. Enumerable.Range(0, _pitchWords.Length)];
        _otherPitchWords = [.. _allPitchWords.Where(k => PitchKey(_pitchWords[k]) < 0)];
        foreach (var group in _allPitchWords.Where(k => PitchKey(_pitchWords[k]) >= 0).GroupBy(k => PitchKey(_pitchWords[k])))
        {
            _pitchStarts[group.Key] = [.. group.Concat(_otherPitchWords).Order()];
        }
        _keep = [.. (keep ?? []).Select(Whole)];
        RepetitionThreshold = repetitionThreshold;
        RepetitionShare = repetitionShare;
    }

    /// <summary>A line repeated in at least this many other files of the pile is furniture (<c>reader.repeatThreshold</c>).</summary>
    public const int DefaultRepetitionThreshold = 3;

    /// <summary>
    /// ... and in at least this share of the pile's files (<c>reader.repeatShare</c>): in a big archive a
    /// story syndicated to a few outlets repeats its short paragraphs a few times, furniture hundreds of times.
    /// </summary>
    public const double DefaultRepetitionShare = 0.01;

    /// <summary>The fewest other files that must repeat a line for it to count as furniture, whatever the pile's size.</summary>
    public int RepetitionThreshold { get; }

    /// <summary>The share of the pile's files that must repeat a line for it to count as furniture, when that is more than <see cref="RepetitionThreshold"/>.</summary>
    public double RepetitionShare { get; }

    /// <summary>How many other files must repeat a line for it to count as furniture in a pile of <paramref name="files"/> files.</summary>
    public int Threshold(int files) => Math.Max(RepetitionThreshold, (int)Math.Ceiling(RepetitionShare * files));

    /// <summary>The embedded lists alone.</summary>
    public static ReaderData Default { get; } = Load([], [], DefaultRepetitionThreshold);

    /// <summary>The embedded lists with a site's extra furniture patterns and keep-lines.</summary>
    public static ReaderData Load(IEnumerable<string> extraFurniture, IEnumerable<string> keep, int repetitionThreshold, double repetitionShare = DefaultRepetitionShare)
    {
        var stop = Words(EmbeddedResources.ReadText("reader/stopwords.txt"));
        var furniture = ParseFurniture(EmbeddedResources.ReadText("reader/furniture.tsv"))
            .Concat(extraFurniture.Select(static p => (FurnitureKind.Line, p)));
        return new ReaderData(stop, furniture, keep, repetitionThreshold, repetitionShare, Words(EmbeddedResources.ReadText("reader/page-words.txt")), Words(EmbeddedResources.ReadText("reader/pitch-words.txt")),
            Words(EmbeddedResources.ReadText("reader/compound-heads.txt")), Words(EmbeddedResources.ReadText("reader/comment-actions.txt")),
            ParseListingLabels(EmbeddedResources.ReadText("reader/listing-labels.tsv")), Words(EmbeddedResources.ReadText("reader/prompt-words.txt")));
    }

    /// <summary>Reads "kind TAB pattern" lines of <c>Data/listing-labels.tsv</c>; '#' starts a comment line.</summary>
    internal static IEnumerable<(ListingLabelKind Kind, string Pattern)> ParseListingLabels(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab < 0) continue;
            yield return (line[..tab] == "title" ? ListingLabelKind.Title : ListingLabelKind.Label, line[(tab + 1)..]);
        }
    }

    /// <summary>One entry a line; '#' starts a comment line.</summary>
    private static IEnumerable<string> Words(string text) => DataRows.Lines(text);

    /// <summary>Reads "kind TAB pattern" lines; '#' starts a comment line.</summary>
    internal static IEnumerable<(FurnitureKind Kind, string Pattern)> ParseFurniture(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0) continue;
            var kind = line[..tab] switch
            {
                "label" => FurnitureKind.Label,
                "action" => FurnitureKind.Action,
                "end" => FurnitureKind.End,
                "box" => FurnitureKind.Box,
                "insert" => FurnitureKind.Insert,
                _ => FurnitureKind.Line,
            };
            yield return (kind, line[(tab + 1)..]);
        }
    }

    private static Lazy<FurnitureMatcher> Combined(List<(FurnitureKind Kind, string Pattern)> list, FurnitureKind kind)
    {
        var patterns = list.Where(f => f.Kind == kind).Select(static f => f.Pattern).ToList();
        return new Lazy<FurnitureMatcher>(() => new FurnitureMatcher(patterns));
    }

    /// <summary>
    /// A pattern matched against the whole line, ignoring case, in linear time. The end is written <c>\n?\z</c>, which
    /// matches where <c>$</c> does (at the end, or before a final line feed): the linear-time engine runs an automaton
    /// with <c>$</c> in it on a slower path that works out each position's kind, and these automata see every line of
    /// every raw article (the known-furniture lists of one line took about a third less time without it).
    /// </summary>
    internal static Regex Whole(string pattern) =>
        LinearRegex.Create("^(?:" + pattern + @")\n?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool IsStopWord(ReadOnlySpan<char> lowerWord) => _stopWords.Contains(lowerWord);

    /// <summary>
    /// False when no stop word has the length of <paramref name="word"/> and its first letter in lower case: most words of
    /// prose are told apart without lowering and hashing them. (A first letter outside ASCII may lower to one inside it.)
    /// </summary>
    public bool MayBeStopWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return _stopWords.Contains(word);
        var first = word[0];
        if (first >= 128) return true;
        if (char.IsAsciiLetterUpper(first)) first = (char)(first | 0x20);
        return (_stopShapes[first] & LengthBit(word.Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>What the known-furniture list says about a line, null when nothing.</summary>
    public FurnitureKind? Furniture(string line, int words)
    {
        if (_line.Value.IsMatch(line)) return FurnitureKind.Line;
        if (_insert.Value.IsMatch(line)) return FurnitureKind.Insert;
        if (_label.Value.IsMatch(line)) return FurnitureKind.Label;
        if (words <= MaxBoxLabelWords && _box.Value.IsMatch(line)) return FurnitureKind.Box;
        if (words <= MaxEndWords && _end.Value.IsMatch(line)) return FurnitureKind.End;
        if (words <= MaxActionWords && _action.Value.IsMatch(line)) return FurnitureKind.Action;
        return null;
    }

    /// <summary>Whether a line has a call to action's shape (a user-interface verb first), whatever its length.</summary>
    public bool IsAction(string line) => _action.Value.IsMatch(line);

    /// <summary>
    /// Whether a lower-case word opens compounds ("well" in "well-known", <c>Data/compound-heads.txt</c>): split by a line
    /// break after its hyphen, the compound keeps the hyphen (<see cref="LineBreakHyphens"/>).
    /// </summary>
    public bool IsCompoundHead(string word) => _compoundHeads.Contains(word);

    /// <summary>Whether a word is a button under a reader's comment ("Reply", "Like"; <c>Data/comment-actions.txt</c>), ignoring case.</summary>
    public bool IsCommentAction(string word) => _commentActions.Contains(word);

    /// <inheritdoc cref="IsCommentAction(string)"/>
    public bool IsCommentAction(ReadOnlySpan<char> word) => _commentActions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a line opens with the word of a button or prompt ("READ SOME MORE", "WATCH"; <c>Data/prompt-words.txt</c>), ignoring case.</summary>
    public bool OpensWithPrompt(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.AsSpan().TrimStart();
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > 0 && _promptWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[..end]);
    }

    /// <summary>What <c>Data/listing-labels.tsv</c> says of a line: the label of a tag, category or author archive, a page title that may name one, or null.</summary>
    public ListingLabelKind? ListingLabel(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (_listingLabel.Value.IsMatch(line)) return ListingLabelKind.Label;
        if (_listingTitle.Value.IsMatch(line)) return ListingLabelKind.Title;
        return null;
    }

    /// <summary>Whether a line speaks of the page or the site itself ("… this article", "the page you …", "Already a subscriber?"): <c>Data/page-words.txt</c>.</summary>
    public bool IsPageSpeech(string line) => line.AsSpan().IndexOfAny(_pageWords) >= 0;

    /// <summary>
    /// Whether a line speaks of the page or to its reader ("you", "your", "please" outside a quotation): a notice, a prompt or a button's text, not a
    /// sentence of news. Asked only where no line reads as prose, to tell a short article from a page of notices.
    /// </summary>
    public bool SpeaksOfPage(string line) => IsPageSpeech(line) || SecondPersonRegex().IsMatch(line) || (PleaseRegex().IsMatch(line) && line.AsSpan().IndexOfAny("\"“”") < 0);

    /// <summary>"Please …" asks something of the reader; in a quotation it is someone's plea that the article reports.</summary>
    [GeneratedRegex(@"\bplease\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PleaseRegex();

    [GeneratedRegex(@"\byou(?:r|rs|'re|’re|'ll|’ll)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPersonRegex();

    /// <summary>
    /// Whether a line addresses its reader ("you", "your", "we", "our") about the page's business rather than the news: two
    /// or more different words of <c>Data/pitch-words.txt</c> (subscriptions, newsletters, cookies, accounts, membership)
    /// in one line that speaks to the reader (<see cref="AddressWords"/>: in English, or in the page's
    /// <paramref name="language"/>: "Ihre Registrierung ist kostenlos", "Meld u aan voor onze nieuwsbrief"). A newsletter
    /// blurb, a cookie notice or a subscription pitch has sentences, but they are furniture; a news story about subscribers
    /// names no reader.
    /// </summary>
    public bool IsPitch(string line, string language = TextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(line);
        return HasPitchWords(line, MinPitchWords) && _address.Address(line, language);
    }

    /// <summary>
    /// Whether the line holds <paramref name="count"/> different words of <c>Data/pitch-words.txt</c> and quotes no one: a
    /// quotation is someone's speech reported by the article, whatever it speaks of.
    /// </summary>
    public bool HasPitchWords(string line, int count)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.AsSpan().IndexOfAny("\"“”„«»") < 0 && PitchWords(line, count) >= count;
    }

    /// <summary>Whether the line holds a word of <c>Data/pitch-words.txt</c> (the page's business: subscriptions, newsletters, journalism, donations).</summary>
    public bool HasPitchWord(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return PitchWords(line, 1) > 0;
    }

    /// <summary>Whether the line speaks to its reader, or as the site ("you", "your", "we", "our", "us" in lower case): <see cref="AddressWords"/>.</summary>
    public bool SpeaksToReader(string line, string language = TextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _address.Address(line, language);
    }

    /// <summary>How many different pitch words the line holds, counted up to <paramref name="enough"/>.</summary>
    private int PitchWords(string line, int enough)
    {
        var text = line.AsSpan();
        // The different pitch words that start a word of the line (a stem may go on: "subscri" of "subscribe"; a short word
        // whole: "ads", not "roads" or "adsorb"), read in one pass over the line's word starts.
        Span<bool> counted = _pitchWords.Length <= 256 ? stackalloc bool[_pitchWords.Length] : new bool[_pitchWords.Length];
        var found = 0;
        for (var at = 0; at < text.Length; at++)
        {
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            var key = PitchKey(text[at..]);
            foreach (var k in key >= 0 ? _pitchStarts[key] ?? _otherPitchWords : _allPitchWords)
            {
                var word = _pitchWords[k];
                var end = at + word.Length;
                if (counted[k] || !text[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    || (word.Length <= 4 && end < text.Length && char.IsLetter(text[end]))) continue;
                counted[k] = true;
                if (++found >= enough) return found;
            }
        }

        return found;
    }

    /// <summary>The table slot of a text's first two characters, both ASCII, lowered; -1 when the text has not two such characters.</summary>
    private static int PitchKey(ReadOnlySpan<char> text) =>
        text.Length >= 2 && char.IsAscii(text[0]) && char.IsAscii(text[1]) ? (char.ToLowerInvariant(text[0]) * 128) + char.ToLowerInvariant(text[1]) : -1;

    /// <summary>How many different pitch words make a line that speaks to its reader a pitch or notice.</summary>
    private const int MinPitchWords = 2;

    /// <summary>A line the site says to keep whatever the evidence (<c>reader.keep</c>).</summary>
    public bool Keep(string line)
    {
        foreach (var pattern in _keep)
        {
            if (pattern.IsMatch(line)) return true;
        }

        return false;
    }
}

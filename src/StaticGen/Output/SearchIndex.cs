using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticGen.Configuration;
using StaticGen.Rendering;
using StaticGen.Rendering.Views;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>
/// The search index, split so that a reader downloads only what a query needs, however large the
/// archive: a small manifest (<c>search/index.json</c>), term shards (<c>search/terms/N.json</c>:
/// token → the articles it occurs in, with the fields it occurs in) and document chunks
/// (<c>search/docs/N.json</c>: title, URL, date, kicker and summary of a run of articles).
/// <para>
/// Shards are cut by token prefix, adaptively: a site whose whole index is small has one shard;
/// a prefix whose tokens outgrow <see cref="ShardBytes"/> is split by one more character. The
/// manifest lists the prefixes; a token lives in the shard of its longest listed prefix. Articles
/// are numbered oldest first, so that a new article leaves the other articles' numbers, and so most
/// shards and chunks, as they were.
/// </para>
/// <para>
/// Text is folded (lower case, accents removed) with <see cref="Fold"/>; the fold table is written
/// into the manifest, so the browser folds a query exactly as the index was folded. Every string
/// is written by <see cref="Utf8JsonWriter"/>, which escapes it. Pure.
/// </para>
/// </summary>
public static class SearchIndex
{
    /// <summary>Articles per document chunk.</summary>
    public const int DocsPerChunk = 50;

    /// <summary>The size a term shard may reach before its prefix is split (a single token may exceed it).</summary>
    public const int ShardBytes = 24 * 1024;

    /// <summary>Longest summary kept for a result, in characters.</summary>
    public const int SummaryLength = 220;

    /// <summary>The fields a token occurs in, as bits of a posting.</summary>
    [Flags]
    public enum Field
    {
        /// <summary>No field.</summary>
        None = 0,

        /// <summary>The headline.</summary>
        Title = 1,

        /// <summary>Kicker, tags and countries.</summary>
        Terms = 2,

        /// <summary>The summary.</summary>
        Summary = 4,
    }

    /// <summary>
    /// The longest word indexed, in characters; a longer one (a run of letters without spaces, a
    /// scraping accident or a hostile title) is left out of the index: nobody types it into a search box.
    /// </summary>
    public const int MaxTokenLength = 64;

    private const int FieldBits = 3;

    // Folders of the shards and chunks, relative to the manifest (search/index.json).
    private const string TermsFolder = "terms/";
    private const string DocsFolder = "docs/";

    private static readonly string[] s_stopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
        "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was", "were",
        "which", "who", "will", "with",
    ];

    private static readonly HashSet<string> s_stop = new(s_stopWords, StringComparer.Ordinal);

    /// <summary>Characters folded to something other than their lower case: accents removed, ligatures spelled out.</summary>
    private static readonly (string From, string To)[] s_foldGroups =
    [
        ("àáâãäåāăąǎạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ", "a"),
        ("æÆ", "ae"),
        ("çćĉċčÇĆĈĊČ", "c"),
        ("ďđðĎĐÐ", "d"),
        ("èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ", "e"),
        ("ĝğġģĜĞĠĢ", "g"),
        ("ĥħĤĦ", "h"),
        ("ìíîïĩīĭįıǐỉịÌÍÎÏĨĪĬĮİǏỈỊ", "i"),
        ("ĵĴ", "j"),
        ("ķĶ", "k"),
        ("ĺļľŀłĹĻĽĿŁ", "l"),
        ("ñńņňŉÑŃŅŇ", "n"),
        ("òóôõöøōŏőǒơọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐǑƠỌỎỐỒỔỖỘỚỜỞỠỢ", "o"),
        ("œŒ", "oe"),
        ("ŕŗřŔŖŘ", "r"),
        ("śŝşšșŚŜŞŠȘ", "s"),
        ("ßẞ", "ss"),
        ("ţťŧțŢŤŦȚ", "t"),
        ("þÞ", "th"),
        ("ùúûüũūŭůűųǔưụủứừửữựÙÚÛÜŨŪŬŮŰŲǓƯỤỦỨỪỬỮỰ", "u"),
        ("ŵŴ", "w"),
        ("ýÿŷỳỹỵÝŸŶỲỸỴ", "y"),
        ("źżžŹŻŽ", "z"),
    ];

    private static readonly Dictionary<char, string> s_fold = BuildFoldTable();

    // Letters of every script stay readable; the encoder still escapes quotes, control and HTML-significant characters.
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The manifest and every shard and chunk of the index, each made when it is read (<see cref="OnDemandList{T}"/>).</summary>
    public static IReadOnlyList<OutputFile> Build(SiteModel site, int docsPerChunk = DocsPerChunk, int shardBytes = ShardBytes)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentOutOfRangeException.ThrowIfLessThan(docsPerChunk, 1);
        var urls = site.Urls;
        var language = SiteLanguage.For(site.Config.Language);

        // Articles are numbered oldest first: an article added as the newest takes the next number, so the
        // postings of the other articles, the shards of words it does not use and every full document chunk
        // stay byte for byte the same, and an incremental build rewrites only what the new article touches.
        var count = site.Articles.Count;
        SiteArticle ByNumber(int doc) => site.Articles[count - 1 - doc];

        // token → postings (article number, fields), article numbers ascending. Each distinct word is one
        // string, made the first time it is met; an article's words are looked up as spans of its folded text.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokenOf = new List<string>();
        var postingsOf = new List<List<(int Doc, Field Fields)>>();
        var fieldsOf = new List<Field>();
        var touched = new List<int>();
        var folded = new char[256];
        void Add(string? text, Field field)
        {
            if (string.IsNullOrEmpty(text)) return;
            if (folded.Length < text.Length * MaxFoldLength) folded = new char[text.Length * MaxFoldLength];
            var length = FoldInto(text, folded);
            var span = folded.AsSpan(0, length);
            var start = 0;
            while (start < span.Length)
            {
                var end = WordEnd(span, start);
                if (end > start)
                {
                    var token = span[start..end];
                    if (IsToken(token))
                    {
                        if (!byId.TryGetValue(token, out var id))
                        {
                            id = tokenOf.Count;
                            var name = token.ToString();
                            ids.Add(name, id);
                            tokenOf.Add(name);
                            postingsOf.Add([]);
                            fieldsOf.Add(Field.None);
                        }

                        if (fieldsOf[id] == Field.None) touched.Add(id);
                        fieldsOf[id] |= field;
                    }

                    start = end;
                }
                else
                {
                    start += SkipSeparator(span, start);
                }
            }
        }

        for (var doc = 0; doc < count; doc++)
        {
            var a = ByNumber(doc).Article;
            Add(a.Title, Field.Title);
            Add(a.Kicker, Field.Terms);
            foreach (var tag in a.Tags) Add(tag.Name, Field.Terms);
            foreach (var country in a.Countries)
            {
                // "turkey" and "turkish" find the Türkiye article; "ivory coast" the Côte d'Ivoire one.
                Add(country.Name, Field.Terms);
                foreach (var name in country.OtherNames) Add(name, Field.Terms);
            }

            Add(a.Summary, Field.Summary);
            foreach (var id in touched)
            {
                postingsOf[id].Add((doc, fieldsOf[id]));
                fieldsOf[id] = Field.None;
            }

            touched.Clear();
        }

        var postings = new Dictionary<string, List<(int Doc, Field Fields)>>(tokenOf.Count, StringComparer.Ordinal);
        for (var id = 0; id < tokenOf.Count; id++) postings.Add(tokenOf[id], postingsOf[id]);
        var tokens = tokenOf.Order(StringComparer.Ordinal).ToList();
        var shards = new List<(string Prefix, List<string> Tokens)>();
        Shard(tokens, t => EstimatedSize(t, postings[t]), shardBytes, shards);

        // The files are made as the writer reads them, one at a time: the shards and chunks of a large archive (some
        // 150 MB of text at 100,000 articles) are never held at once. The manifest comes first.
        var chunks = (count + docsPerChunk - 1) / docsPerChunk;
        return new OnDemandList<OutputFile>(1 + shards.Count + chunks, i => i == 0 ? Manifest() : i <= shards.Count ? ShardFile(i - 1) : ChunkFile(i - 1 - shards.Count));

        OutputFile ShardFile(int i) => Json(urls.OutputPath(urls.SearchShard(i)), json =>
        {
            json.WriteStartObject();
            foreach (var token in shards[i].Tokens)
            {
                json.WriteStartArray(token);
                var previous = -1;
                foreach (var (doc, fields) in postings[token])
                {
                    json.WriteNumberValue(((long)(doc - previous) << FieldBits) | (long)fields);
                    previous = doc;
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });

        OutputFile ChunkFile(int c)
        {
            var first = c * docsPerChunk;
            var end = Math.Min(count, first + docsPerChunk);
            return Json(urls.OutputPath(urls.SearchChunk(c)), json =>
            {
                json.WriteStartArray();
                for (var doc = first; doc < end; doc++)
                {
                    var item = ByNumber(doc);
                    var a = item.Article;
                    json.WriteStartArray();
                    json.WriteStringValue(a.Title);
                    json.WriteStringValue(item.Url);
                    json.WriteStringValue(a.DateIsFallback ? "" : Dates.Iso(a.Date));
                    json.WriteStringValue(a.DateIsFallback ? "" : Dates.Display(a.Date, language));
                    json.WriteStringValue(a.Kicker ?? "");
                    json.WriteStringValue(Shorten(a.Summary, SummaryLength));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            });
        }

        OutputFile Manifest() => Json(urls.OutputPath(urls.SearchIndex()), json =>
        {
            json.WriteStartObject();
            // Version 2: articles numbered oldest first (version 1 numbered them newest first).
            json.WriteNumber("version", 2);
            json.WriteNumber("docs", count);
            json.WriteNumber("chunk", docsPerChunk);
            json.WriteNumber("field_bits", FieldBits);
            json.WriteString("terms_path", TermsFolder);
            json.WriteString("docs_path", DocsFolder);
            json.WriteStartArray("shards");
            foreach (var (prefix, _) in shards) json.WriteStringValue(prefix);
            json.WriteEndArray();
            json.WriteStartArray("stop");
            foreach (var word in s_stopWords) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartObject("fold");
            foreach (var (from, to) in s_fold.OrderBy(static f => f.Key)) json.WriteString(from.ToString(), to);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The most characters one character folds to (<c>ß</c> → <c>ss</c>).</summary>
    private const int MaxFoldLength = 2;

    /// <summary>Lower case without accents, as the index and the search page compare text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length * MaxFoldLength];
        return new string(buffer, 0, FoldInto(text, buffer));
    }

    /// <summary><see cref="Fold"/> into <paramref name="buffer"/> (at least <see cref="MaxFoldLength"/> times the text's length); gives the length written.</summary>
    private static int FoldInto(string text, char[] buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                // ASCII folds to its lower case; no fold group holds an ASCII character.
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (s_fold.TryGetValue(c, out var folded))
            {
                foreach (var f in folded) buffer[length++] = f;
            }
            else
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>
    /// The words of a text as the index stores them: folded, split at every character that is not
    /// a letter or digit, at least two and at most <see cref="MaxTokenLength"/> characters long, stop
    /// words left out.
    /// </summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var folded = Fold(text);
        var tokens = new List<string>();
        var start = 0;
        while (start < folded.Length)
        {
            var end = WordEnd(folded, start);
            if (end == start)
            {
                start += SkipSeparator(folded, start);
                continue;
            }

            if (IsToken(folded.AsSpan(start, end - start))) tokens.Add(folded[start..end]);
            start = end;
        }

        return tokens;
    }

    /// <summary>Where the run of letters and digits (whole runes) that starts at <paramref name="start"/> ends.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128)
            {
                if (!char.IsAsciiLetterOrDigit(c)) break;
                i++;
                continue;
            }

            // An unpaired surrogate decodes as U+FFFD, which is neither letter nor digit: a separator, as in the rune enumeration.
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done || !Rune.IsLetterOrDigit(rune)) break;
            i += used;
        }

        return i;
    }

    /// <summary>How many characters the separator (one rune, or an unpaired surrogate) at <paramref name="start"/> takes.</summary>
    private static int SkipSeparator(ReadOnlySpan<char> text, int start)
    {
        Rune.DecodeFromUtf16(text[start..], out _, out var used);
        return Math.Max(1, used);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopLookup = s_stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is indexed: two to <see cref="MaxTokenLength"/> characters, and not a stop word.</summary>
    private static bool IsToken(ReadOnlySpan<char> word) => word.Length is >= 2 and <= MaxTokenLength && !s_stopLookup.Contains(word);

    /// <summary>
    /// Cuts the ordered <paramref name="tokens"/> into shards by prefix: a prefix whose tokens fit is
    /// one shard, else the tokens equal to the prefix stay and the rest split by one more character.
    /// A loop over a stack, not recursion: the depth grows with the longest token, which is bounded
    /// by <see cref="MaxTokenLength"/> but should never be able to overflow the stack.
    /// </summary>
    private static void Shard(List<string> tokens, Func<string, long> sizeOf, int limit, List<(string, List<string>)> shards)
    {
        var pending = new Stack<(List<string> Tokens, int Depth, string Prefix)>();
        pending.Push((tokens, 0, ""));
        while (pending.Count > 0)
        {
            var (group, depth, prefix) = pending.Pop();
            if (group.Count == 0) continue;
            if (group.TrueForAll(t => t.Length <= depth) || group.Sum(sizeOf) <= limit)
            {
                shards.Add((prefix, group));
                continue;
            }

            var here = group.Where(t => t.Length == depth).ToList();
            if (here.Count > 0) shards.Add((prefix, here));

            // Pushed last to first, so the groups come off the stack in order, as a recursion would visit them.
            var groups = group.Where(t => t.Length > depth).GroupBy(t => t[..(depth + 1)], StringComparer.Ordinal).ToList();
            for (var i = groups.Count - 1; i >= 0; i--) pending.Push((groups[i].ToList(), depth + 1, groups[i].Key));
        }
    }

    private static long EstimatedSize(string token, List<(int Doc, Field Fields)> postings) =>
        Encoding.UTF8.GetByteCount(token) + 6 + (postings.Count * 4L);

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1).TrimEnd(" ,;:.-–—".AsSpan()), "…");
    }

    private static OutputFile Json(string path, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_jsonOptions))
        {
            write(json);
        }

        return new OutputFile(path, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static Dictionary<char, string> BuildFoldTable()
    {
        var table = new Dictionary<char, string>();
        foreach (var (from, to) in s_foldGroups)
        {
            foreach (var c in from) table[c] = to;
        }

        return table;
    }
}

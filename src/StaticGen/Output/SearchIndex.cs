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
/// are numbered newest first, so the best-dated results fall in the first chunks.
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

    /// <summary>The manifest and every shard and chunk of the index.</summary>
    public static IReadOnlyList<OutputFile> Build(SiteModel site, int docsPerChunk = DocsPerChunk, int shardBytes = ShardBytes)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentOutOfRangeException.ThrowIfLessThan(docsPerChunk, 1);
        var urls = site.Urls;
        var language = SiteLanguage.For(site.Config.Language);
        var files = new List<OutputFile>();

        // token → postings (article number, fields), article numbers ascending.
        var postings = new Dictionary<string, List<(int Doc, Field Fields)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < site.Articles.Count; doc++)
        {
            var a = site.Articles[doc].Article;
            var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
            Collect(fields, a.Title, Field.Title);
            Collect(fields, a.Kicker, Field.Terms);
            foreach (var tag in a.Tags) Collect(fields, tag.Name, Field.Terms);
            foreach (var country in a.Countries)
            {
                // "turkey" and "turkish" find the Türkiye article; "ivory coast" the Côte d'Ivoire one.
                Collect(fields, country.Name, Field.Terms);
                foreach (var name in country.OtherNames) Collect(fields, name, Field.Terms);
            }

            Collect(fields, a.Summary, Field.Summary);
            foreach (var (token, field) in fields)
            {
                if (!postings.TryGetValue(token, out var list)) postings[token] = list = [];
                list.Add((doc, field));
            }
        }

        var tokens = postings.Keys.Order(StringComparer.Ordinal).ToList();
        var shards = new List<(string Prefix, List<string> Tokens)>();
        Shard(tokens, t => EstimatedSize(t, postings[t]), shardBytes, shards);

        for (var i = 0; i < shards.Count; i++)
        {
            files.Add(Json(urls.OutputPath(urls.SearchShard(i)), json =>
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
            }));
        }

        var chunks = site.Articles.Chunk(docsPerChunk).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            files.Add(Json(urls.OutputPath(urls.SearchChunk(c)), json =>
            {
                json.WriteStartArray();
                foreach (var item in chunk)
                {
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
            }));
        }

        files.Insert(0, Json(urls.OutputPath(urls.SearchIndex()), json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteNumber("docs", site.Articles.Count);
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
        }));
        return files;
    }

    /// <summary>Lower case without accents, as the index and the search page compare text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (s_fold.TryGetValue(c, out var folded)) sb.Append(folded);
            else sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The words of a text as the index stores them: folded, split at every character that is not
    /// a letter or digit, at least two and at most <see cref="MaxTokenLength"/> characters long, stop
    /// words left out.
    /// </summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var word = new StringBuilder();
        foreach (var rune in Fold(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (Token(word) is { } token) yield return token;
        }

        if (Token(word) is { } last) yield return last;

        static string? Token(StringBuilder word)
        {
            if (word.Length == 0) return null;
            var token = word.ToString();
            word.Clear();
            return token.Length is >= 2 and <= MaxTokenLength && !s_stop.Contains(token) ? token : null;
        }
    }

    private static void Collect(Dictionary<string, Field> fields, string? text, Field field)
    {
        foreach (var token in Tokens(text))
        {
            fields[token] = fields.GetValueOrDefault(token) | field;
        }
    }

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

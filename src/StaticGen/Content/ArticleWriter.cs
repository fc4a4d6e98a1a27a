using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StaticGen.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticGen.Content;

/// <summary>A Markdown file already in the output folder: its name, and the source and date its front matter records.</summary>
public sealed record ExistingImport(string FileName, string? Source, DateTimeOffset? Date);

/// <summary>What <c>staticgen new</c> writes into the front matter of a new article.</summary>
/// <param name="Title">The title, as the author gave it.</param>
/// <param name="Slug">The URL slug (and the file name without <c>.md</c>).</param>
/// <param name="Date">The publication date.</param>
/// <param name="Tags">Tag names.</param>
/// <param name="Countries">Country names as the gazetteer spells them.</param>
/// <param name="Draft">Whether the article is a draft, left out of builds without <c>--drafts</c>.</param>
/// <param name="Body">Markdown; may be empty.</param>
public sealed record NewArticle(string Title, string Slug, DateTimeOffset Date, IReadOnlyList<string> Tags, IReadOnlyList<string> Countries, bool Draft, string Body)
{
    /// <summary>An article, or a standalone page (written <c>type: page</c>, without a date).</summary>
    public ArticleType Type { get; init; }
}

/// <summary>What happened to one file <c>import</c> was asked to write.</summary>
public enum WriteOutcome
{
    /// <summary>The file was written (new, or replacing an unedited earlier import).</summary>
    Written,

    /// <summary>The file already holds exactly this text; nothing was written.</summary>
    Unchanged,

    /// <summary>The file was edited after it was imported (or not written by import at all); it was left alone.</summary>
    KeptEdited,
}

/// <summary>
/// Writes an article back as Markdown with YAML front matter (the keys of DESIGN.md, written with
/// YamlDotNet's emitter, never by pasting text together), for <c>staticgen import</c>. The front
/// matter ends with <c>importHash</c>, a hash of everything else in the file: when the file no longer
/// matches it, an author has edited it and a later import leaves it alone unless forced. Files are
/// written to a temporary file and renamed into place.
/// </summary>
public static partial class ArticleWriter
{
    public const string HashKey = "importHash";

    /// <summary>The Markdown file for an article: front matter, a blank line, the body.</summary>
    public static string Compose(Article article, string? source)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (yaml, emitter) = BeginFrontMatter();
        Pair(emitter, "title", article.Title);
        if (article.Kicker is { } kicker) Pair(emitter, "kicker", kicker);
        if (article.Standfirst is { } standfirst) Pair(emitter, "standfirst", standfirst);
        Plain(emitter, "date", Dates.FormatIso(article.Date));
        if (article.Updated is { } updated) Plain(emitter, "updated", Dates.FormatIso(updated));
        // One author as text, as authors write it by hand; several as a list.
        if (article.Authors.Count == 1) Pair(emitter, "author", article.Authors[0]);
        else if (article.Authors.Count > 1) List(emitter, "author", article.Authors);
        if (article.Agency is { } agency) Pair(emitter, "agency", agency);
        Pair(emitter, "slug", article.Slug);
        Pair(emitter, "summary", article.Summary);
        List(emitter, "tags", article.Tags.Select(static t => t.Name));
        List(emitter, "countries", article.Countries.Select(static c => c.Name));
        Images(emitter, article.Images);

        if (article.Draft) Plain(emitter, "draft", "true");
        if (source is not null) Pair(emitter, "source", source);
        return WithHash(EndFrontMatter(yaml, emitter, article.Body));
    }

    /// <summary>
    /// The Markdown file for an article an author is about to write (<c>staticgen new</c>): the
    /// front matter keys it was given, no <c>importHash</c> (import did not write it), and the body.
    /// </summary>
    public static string ComposeNew(NewArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (yaml, emitter) = BeginFrontMatter();
        Pair(emitter, "title", article.Title);
        if (article.Type == ArticleType.Page) Plain(emitter, "type", "page");
        else Plain(emitter, "date", Dates.FormatIso(article.Date));
        Pair(emitter, "slug", article.Slug);
        List(emitter, "tags", article.Tags);
        List(emitter, "countries", article.Countries);
        if (article.Draft) Plain(emitter, "draft", "true");
        var text = EndFrontMatter(yaml, emitter, article.Body.Trim('\n'));

        // No body yet: one blank line below the front matter, where the author starts writing.
        return text.EndsWith("---\n\n\n", StringComparison.Ordinal) ? text[..^1] : text;
    }

    /// <summary>
    /// Creates a file that must not exist yet (<c>staticgen new</c>, <c>staticgen init</c>): written to
    /// a temporary file and moved into place without overwriting, so an existing file is never
    /// touched, even one that appears meanwhile. Returns false when the path is taken.
    /// </summary>
    public static bool WriteNew(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (File.Exists(path) || Directory.Exists(path)) return false;
        try
        {
            WriteAtomically(path, Encoding.UTF8.GetBytes(text), overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Starts a front matter mapping, written with YamlDotNet's emitter (never by pasting text together).</summary>
    private static (StringWriter Yaml, Emitter Emitter) BeginFrontMatter()
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        return (yaml, emitter);
    }

    /// <summary>Ends the mapping and returns the file: front matter between <c>---</c> lines, a blank line, the body.</summary>
    private static string EndFrontMatter(StringWriter yaml, Emitter emitter, string body)
    {
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return "---\n" + yaml.ToString().TrimEnd('\n') + "\n---\n\n" + body.TrimEnd('\n') + "\n";
    }

    /// <summary>Adds the <c>importHash</c> line as the last front matter key.</summary>
    internal static string WithHash(string unhashed)
    {
        var close = unhashed.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return unhashed[..(close + 1)] + HashKey + ": " + Hash(unhashed) + unhashed[close..];
    }

    /// <summary>Whether a file's text is exactly what import wrote: its recorded hash matches the rest of it.</summary>
    public static bool IsUnedited(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextLines.Normalize(text);
        var m = HashLineRegex().Match(normalized);
        if (!m.Success) return false;
        var rest = normalized.Remove(m.Index, m.Length);
        return string.Equals(m.Groups["hash"].Value, Hash(rest), StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> unless the file there was edited since
    /// import wrote it (or was never written by import); <paramref name="force"/> overwrites anyway.
    /// </summary>
    public static WriteOutcome Write(string path, string text, bool force)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path, Encoding.UTF8);
            if (string.Equals(TextLines.Normalize(existing), text, StringComparison.Ordinal)) return WriteOutcome.Unchanged;
            if (!force && !IsUnedited(existing)) return WriteOutcome.KeptEdited;
        }

        WriteAtomically(path, Encoding.UTF8.GetBytes(text));
        return WriteOutcome.Written;
    }

    /// <summary>Copies a file (an article's image) unless the target already holds the same bytes; a different file is replaced only when forced.</summary>
    public static WriteOutcome Copy(string from, string to, bool force)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var bytes = File.ReadAllBytes(from);
        if (File.Exists(to))
        {
            if (File.ReadAllBytes(to).AsSpan().SequenceEqual(bytes)) return WriteOutcome.Unchanged;
            if (!force) return WriteOutcome.KeptEdited;
        }

        WriteAtomically(to, bytes);
        return WriteOutcome.Written;
    }

    /// <summary>The Markdown files in a folder with the <c>source</c> and <c>date</c> their front matter records (for re-imports).</summary>
    public static IReadOnlyList<ExistingImport> Existing(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var result = new List<ExistingImport>();
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var parsed = MarkdownArticleParser.Parse(file, File.ReadAllText(file, Encoding.UTF8)).Article;
            result.Add(new ExistingImport(Path.GetFileName(file), parsed?.Source, parsed?.Date));
        }

        return result;
    }

    private static void WriteAtomically(string path, byte[] bytes, bool overwrite = true)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            // On disk before the rename, so a crash leaves the old file or the new one, never a torn one.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static string Hash(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    private static void Key(Emitter emitter, string key) => emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));

    private static void Pair(Emitter emitter, string key, string value)
    {
        Key(emitter, key);
        emitter.Emit(StringScalar(value));
    }

    private static void Plain(Emitter emitter, string key, string value)
    {
        Key(emitter, key);
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));
    }

    /// <summary>The <c>images</c> key: each image's src, caption and credit; nothing when there are none.</summary>
    private static void Images(Emitter emitter, IReadOnlyList<ArticleImage> images)
    {
        if (images.Count == 0) return;
        Key(emitter, "images");
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        foreach (var image in images)
        {
            emitter.Emit(new MappingStart());
            Pair(emitter, "src", image.Src);
            if (image.Caption is { } caption) Pair(emitter, "caption", caption);
            if (image.Credit is { } credit) Pair(emitter, "credit", credit);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void List(Emitter emitter, string key, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count == 0) return;
        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        foreach (var item in items) emitter.Emit(StringScalar(item));
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>A string value: plain when YAML would read it back as that same string, double-quoted when it would read as a number, date, boolean or null.</summary>
    private static Scalar StringScalar(string value)
    {
        var style = ResolvesToNonString(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        return new Scalar(null, null, value, style, true, true);
    }

    private static bool ResolvesToNonString(string value) => NonStringRegex().IsMatch(value);

    [GeneratedRegex(@"^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$")]
    private static partial Regex NonStringRegex();

    [GeneratedRegex(@"^importHash:[ \t]*(?<hash>\S+)[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex HashLineRegex();
}

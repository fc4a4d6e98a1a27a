using StaticGen.Configuration;
using StaticGen.Content.Migration;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticGen.Content;

public static partial class ArticleWriter
{
    /// <summary>
    /// The Markdown file for a post brought over from another generator: StaticGen's keys only (so the build
    /// warns about none), <c>detect: false</c> (such posts are rarely news: nothing is detected on them unless
    /// the author turns it on), the old addresses as <c>aliases</c>, other values under <c>params</c>.
    /// </summary>
    public static string ComposeMigrated(MigratedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (yaml, emitter) = BeginFrontMatter();
        Pair(emitter, "title", article.Title);
        if (article.Type == ArticleType.Page) Plain(emitter, "type", "page");
        if (article.Date is { } date) Plain(emitter, "date", Dates.FormatIso(date));
        if (article.Updated is { } updated) Plain(emitter, "updated", Dates.FormatIso(updated));
        if (article.Authors.Count == 1) Pair(emitter, "author", article.Authors[0]);
        else if (article.Authors.Count > 1) List(emitter, "author", article.Authors);
        Pair(emitter, "slug", article.Slug);
        if (article.Summary is { Length: > 0 } summary) Pair(emitter, "summary", summary);
        if (article.Section is { Length: > 0 } section) Pair(emitter, "section", section);
        List(emitter, "tags", article.Tags);
        Images(emitter, article.Images);

        if (article.Draft) Plain(emitter, "draft", "true");
        if (article.Toc is { } toc) Plain(emitter, "toc", toc ? "true" : "false");
        if (article.Type == ArticleType.Article) Plain(emitter, "detect", "false");
        List(emitter, "aliases", article.Aliases);
        if (article.Params.Count > 0)
        {
            Key(emitter, "params");
            Value(emitter, article.Params);
        }

        if (article.Source is not null) Pair(emitter, "source", article.Source);
        return EndFrontMatter(yaml, emitter, article.Body);
    }

    /// <summary>A params value (text, number, true/false, null, list, mapping) as YAML that reads back as the same value.</summary>
    private static void Value(Emitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case string text:
                emitter.Emit(StringScalar(text));
                break;
            case bool flag:
                emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case long or int or double:
                emitter.Emit(new Scalar(null, null, System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, ScalarStyle.Plain, true, false));
                break;
            case IReadOnlyDictionary<string, object?> map:
                emitter.Emit(new MappingStart());
                foreach (var (key, item) in map)
                {
                    emitter.Emit(StringScalar(key));
                    Value(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case System.Collections.IEnumerable items:
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                foreach (var item in items) Value(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(StringScalar(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    /// <summary>
    /// Writes a file <c>import --from</c> made unless a file is there already: import never overwrites, so an
    /// author's edits (or a file of the same name) are never lost. The same text there is <see cref="WriteOutcome.Unchanged"/>.
    /// </summary>
    public static WriteOutcome WriteIfAbsent(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return File.Exists(path) && string.Equals(TextLines.Normalize(File.ReadAllText(path, System.Text.Encoding.UTF8)), text, StringComparison.Ordinal)
                ? WriteOutcome.Unchanged
                : WriteOutcome.KeptEdited;
        }

        return WriteNew(path, text) ? WriteOutcome.Written : WriteOutcome.KeptEdited;
    }

    /// <summary>Copies a file unless one is there already (the same bytes: unchanged; others: kept).</summary>
    public static WriteOutcome CopyIfAbsent(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (File.Exists(to) || Directory.Exists(to))
        {
            return File.Exists(to) && File.ReadAllBytes(to).AsSpan().SequenceEqual(File.ReadAllBytes(from)) ? WriteOutcome.Unchanged : WriteOutcome.KeptEdited;
        }

        return Copy(from, to, force: false);
    }
}

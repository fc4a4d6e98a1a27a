using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Build;

/// <summary>
/// What <c>staticgen inspect</c> prints of the articles <see cref="ArticleInspector"/> loaded: a JSON
/// array or a readable report. Here rather than in the CLI, so the CLI reaches the pipeline only
/// through Build.
/// </summary>
public static class InspectReport
{
    /// <summary>The JSON array: exactly the keys listed in the guide (docs/content/commands.md), in that order.</summary>
    public static string Json(IReadOnlyList<InspectedArticle> inspected)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var item in inspected)
            {
                var a = item.Article;
                w.WriteStartObject();
                w.WriteString("source", item.Source);
                w.WriteString("slug", a?.Slug);
                w.WriteString("title", a?.Title);
                w.WriteString("kicker", a?.Kicker);
                w.WriteString("standfirst", a?.Standfirst);
                w.WriteString("date", a is null || a.DateIsFallback ? null : Dates.FormatIso(a.Date));
                w.WriteString("author", a?.Author);
                w.WriteStartArray("authors");
                foreach (var name in a?.Authors ?? []) w.WriteStringValue(name);
                w.WriteEndArray();
                w.WriteString("agency", a?.Agency);
                w.WriteString("summary", a?.Summary);
                w.WriteStartArray("headings");
                if (a is not null)
                {
                    foreach (var (text, isHeading) in ArticleText.MarkdownBlocks(a.Body))
                    {
                        if (isHeading) w.WriteStringValue(text);
                    }
                }

                w.WriteEndArray();
                w.WriteStartArray("images");
                foreach (var image in a?.Images ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("src", image.Src);
                    w.WriteString("caption", image.Caption);
                    w.WriteString("credit", image.Credit);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("countries");
                foreach (var country in a?.Countries ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("code", country.Code);
                    w.WriteString("name", country.Name);
                    w.WriteNumber("mentions", country.Mentions);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("tags");
                foreach (var tag in a?.Tags ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("name", tag.Name);
                    w.WriteNumber("mentions", tag.Mentions);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("body", a?.Body);
                w.WriteStartArray("diagnostics");
                foreach (var d in item.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("severity", d.IsError ? "error" : "warning");
                    w.WriteNumber("line", d.Line);
                    w.WriteString("message", d.Message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A readable report: each field, then why (which line became what, which words named each country).</summary>
    public static void Text(InspectedArticle item, TextWriter o)
    {
        o.WriteLine(item.Source);
        if (item.Article is not { } a)
        {
            foreach (var d in item.Diagnostics) o.WriteLine("  " + d);
            o.WriteLine();
            return;
        }

        var enriched = item.Load.Enriched!;
        void Field(string name, string? value) => o.WriteLine($"  {name,-10} {value ?? "—"}");
        Field("title", a.Title);
        Field("kicker", a.Kicker);
        Field("standfirst", a.Standfirst);
        Field("date", a.DateIsFallback ? $"none in the text (ordered as {Dates.Day(a.Date)})" : Dates.FormatIso(a.Date));
        if (a.Updated is { } updated) Field("updated", Dates.FormatIso(updated));
        Field("author", a.Author);
        Field("agency", a.Agency);
        Field("slug", a.Slug);
        Field("summary", a.Summary);
        Field("words", string.Create(CultureInfo.InvariantCulture, $"{a.WordCount} ({a.ReadingMinutes} min read)"));
        var headings = ArticleText.MarkdownBlocks(a.Body).Where(static b => b.IsHeading).Select(static b => b.Text).ToList();
        Field("headings", headings.Count == 0 ? null : string.Join(" | ", headings));
        foreach (var image in a.Images)
        {
            Field("image", $"{image.Src} — caption: {image.Caption ?? "none"} — credit: {image.Credit ?? "none"}");
        }

        var detected = enriched.DetectedCountries.ToDictionary(static d => d.Country.Code, StringComparer.Ordinal);
        foreach (var country in a.Countries)
        {
            var why = detected.TryGetValue(country.Code, out var d) ? $"{d.Mentions} mentions, salience {d.Salience.ToString("0.##", CultureInfo.InvariantCulture)}: {string.Join(", ", d.Evidence)}" : "from front matter";
            Field("country", $"{country.Code} {country.Name} ({why})");
        }

        var tags = enriched.DetectedTags.ToDictionary(static t => t.Name, StringComparer.Ordinal);
        foreach (var tag in a.Tags)
        {
            var why = tags.TryGetValue(tag.Name, out var t) ? $"{t.Mentions} mentions, salience {t.Salience.ToString("0.##", CultureInfo.InvariantCulture)}: {string.Join(", ", t.Variants)}" : "from front matter";
            Field("tag", $"{tag.Name} ({why})");
        }

        Field("cleanup", string.Create(CultureInfo.InvariantCulture, $"{item.Load.Parsed!.DroppedLines} boilerplate lines dropped, {enriched.Repairs} artefacts repaired"));
        if (item.Load.Parsed!.TitleCandidates.Count > 0)
        {
            o.WriteLine("  title candidates:");
            foreach (var c in item.Load.Parsed.TitleCandidates) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    line {c.Line}, score {c.Score}: '{c.Text}' ({string.Join("; ", c.Reasons)})"));
        }

        if (item.Load.Parsed.Lines.Count > 0)
        {
            o.WriteLine("  lines:");
            foreach (var l in item.Load.Parsed.Lines) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {l.Line,4} {l.Class,-10} {Shorten(l.Text)}  [{l.Evidence}]"));
        }

        if (item.Load.Parsed.Notes.Count > 0)
        {
            o.WriteLine("  why:");
            foreach (var note in item.Load.Parsed.Notes) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    line {note.Line}: {note.Message}"));
        }

        if (item.Diagnostics.Count > 0)
        {
            o.WriteLine("  diagnostics:");
            foreach (var d in item.Diagnostics) o.WriteLine("    " + d);
        }

        o.WriteLine();
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";
}

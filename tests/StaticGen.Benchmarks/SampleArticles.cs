using System.Globalization;
using System.Text;

namespace StaticGen.Benchmarks;

/// <summary>
/// Deterministic synthetic news articles for the benchmarks, written here (no corpus needed): the
/// same seed gives the same text. Article <c>i</c> is the same in its raw text and Markdown forms.
/// </summary>
public static class SampleArticles
{
    private static readonly string[] s_words =
    [
        "harbour", "ferry", "council", "budget", "minister", "vote", "agreement", "talks", "border", "trade",
        "grain", "port", "shipping", "coast", "winter", "timetable", "bridge", "tunnel", "workers", "union",
        "strike", "energy", "prices", "pipeline", "court", "ruling", "election", "campaign", "region", "plan",
        "the", "a", "of", "to", "and", "in", "on", "for", "with", "after", "before", "while", "said", "says",
        "new", "old", "first", "last", "long", "short", "early", "late", "public", "local", "national", "weekly",
    ];

    private static readonly string[] s_countries = ["Norway", "Denmark", "Sweden", "Finland", "Estonia", "Latvia", "Poland", "Germany", "Iceland", "Ireland"];

    private static readonly string[] s_demonyms = ["Norwegian", "Danish", "Swedish", "Finnish", "Estonian", "Latvian", "Polish", "German", "Icelandic", "Irish"];

    private static readonly string[] s_people = ["Ingrid Halvorsen", "Mads Kjeldsen", "Aino Virtanen", "Kaspar Tamm", "Liga Ozola", "Tomasz Nowicki", "Greta Lindqvist", "Eoin Gallagher"];

    private static readonly string[] s_bodies = ["Nordic Council", "Baltic Ferry Authority", "Harbour Workers Union", "North Sea Grid Company"];

    /// <summary>A raw article (the scraped <c>.txt</c> format): title, kicker and headline, date, lede, paragraphs, subheadings, a figure.</summary>
    public static string Raw(int i, int paragraphs = 12)
    {
        var random = new Random(i);
        var (kicker, headline) = Title(random, i);
        var sb = new StringBuilder();
        sb.Append('“').Append(kicker).Append("”: ").Append(headline).Append("\n\n");
        sb.Append('“').Append(kicker).Append("”\n").Append(headline).Append("\n\n");
        sb.Append(Date(i).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        foreach (var block in Blocks(random, paragraphs, i))
        {
            sb.Append(block.Text).Append("\n\n");
        }

        sb.Append("harbour").Append(i.ToString(CultureInfo.InvariantCulture)).Append(".jpg\n");
        sb.Append("Ferries wait at the quay in the early morning.\n(Photo: Quay Images / Erik Lund)\n\nLeave a Reply\n");
        return sb.ToString();
    }

    /// <summary>The same article as Markdown with front matter (title, kicker, date, tags, countries, summary).</summary>
    public static string Markdown(int i, int paragraphs = 12)
    {
        var random = new Random(i);
        var (kicker, headline) = Title(random, i);
        var blocks = Blocks(random, paragraphs, i).ToList();
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: \"").Append(headline).Append("\"\n");
        sb.Append("kicker: \"").Append(kicker).Append("\"\n");
        sb.Append("date: ").Append(Date(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("tags: [\"").Append(s_people[i % s_people.Length]).Append("\", \"").Append(s_bodies[i % s_bodies.Length]).Append("\"]\n");
        sb.Append("countries: [").Append(s_countries[i % s_countries.Length]).Append(", ").Append(s_countries[(i + 3) % s_countries.Length]).Append("]\n");
        sb.Append("summary: \"").Append(blocks[0].Text.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n");
        sb.Append("---\n");
        foreach (var block in blocks.Skip(1))
        {
            sb.Append(block.Heading ? "## " : "").Append(block.Text).Append("\n\n");
        }

        return sb.ToString();
    }

    /// <summary>The Markdown body alone (no front matter), for the Markdown renderer.</summary>
    public static string Body(int i, int paragraphs = 12)
    {
        var markdown = Markdown(i, paragraphs);
        return markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
    }

    public static DateTimeOffset Date(int i) => new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddHours(-7 * i);

    private static (string Kicker, string Headline) Title(Random random, int i)
    {
        var person = s_people[i % s_people.Length];
        var verb = random.Next(4) switch { 0 => "pushes for", 1 => "rejects", 2 => "delays", _ => "announces" };
        return ($"{Capital(Word(random))} {Word(random)}", $"{person} {verb} {Word(random)} {Word(random)} {i.ToString(CultureInfo.InvariantCulture)}");
    }

    private static IEnumerable<(string Text, bool Heading)> Blocks(Random random, int paragraphs, int i)
    {
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0 && p % 4 == 0) yield return ($"{Capital(Word(random))} {Word(random)} {Word(random)}", true);
            yield return (Paragraph(random, i + p), false);
        }
    }

    private static string Paragraph(Random random, int k)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < 4; s++)
        {
            sb.Append(s == 0 ? "" : " ");
            sb.Append(s switch
            {
                0 => $"{s_people[k % s_people.Length]}, who leads the {s_bodies[k % s_bodies.Length]}, said the {Word(random)} {Word(random)} would {Word(random)}",
                1 => $"{s_demonyms[k % s_demonyms.Length]} officials in {s_countries[k % s_countries.Length]} want {Word(random)} {Word(random)} {Word(random)}",
                _ => string.Join(' ', Enumerable.Range(0, 12 + random.Next(8)).Select(_ => Word(random))),
            });
            sb.Append('.');
        }

        return Capital(sb.ToString());
    }

    private static string Word(Random random) => s_words[random.Next(s_words.Length)];

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

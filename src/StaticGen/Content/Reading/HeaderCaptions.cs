using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// A picture's caption between the headline and the lede, where the scraper kept the caption but not the image file line,
/// reads like a standfirst: a sentence about the story. An editor sees it is the picture's: its credit stands right under
/// it ("Name / Agency"), it holds the credit itself ("… in Springfield. [Name/The Outlet]", "© Name"), or it is the
/// picture's alt text printed twice and run together ("Police at the stationPolice at the station"). Pure.
/// </summary>
internal static partial class HeaderCaptions
{
    /// <summary>The shortest line read as a caption by this evidence.</summary>
    private const int MinChars = 20;

    /// <summary>The fewest words of a caption that closes no sentence (its credit run on at its end).</summary>
    private const int MinCaptionWords = 6;

    /// <summary>The least share of stop words of such a caption: a row of dates and times has next to none.</summary>
    private const double MinCaptionStopShare = 0.15;

    /// <summary>Why line <paramref name="i"/> of the header is a picture's caption, or null when nothing says so.</summary>
    public static string? Evidence(string[] lines, string[] original, LineFeatures?[] features, int i)
    {
        var line = lines[i].Trim();
        if (line.Length < MinChars) return null;
        if (CreditUnder(lines, original, features, i)) return $"a picture's caption: its credit stands right under it, on line {i + 2}";

        // The same caption printed again (the picture's alt text, then its caption): the copy with the credit under it says so.
        for (var k = 0; k < lines.Length; k++)
        {
            if (k != i && string.Equals(lines[k].Trim(), line, StringComparison.Ordinal) && CreditUnder(lines, original, features, k)) return $"the picture's caption printed again (line {k + 1}, with its credit under it)";
        }

        if (Doubled(line)) return "a picture's alt text printed twice and run together: its caption, not the standfirst";
        return CreditInsideRegex().IsMatch(line) ? "holds a picture's credit ('[Name/Outlet]', '©'): a caption, not the standfirst" : null;
    }

    /// <summary>
    /// Whether line <paramref name="i"/> reads as a sentence (closed by its punctuation, or running text of six words or more
    /// that ends in its agency's credit: "… in Berlin. REUTERS/Name"; not a run of dates and times) with a credit line right
    /// under it, in its block.
    /// </summary>
    private static bool CreditUnder(string[] lines, string[] original, LineFeatures?[] features, int i) =>
        features[i] is { } f && (f.EndsSentence || (f.Words >= MinCaptionWords && f.StopShare >= MinCaptionStopShare)) && i + 1 < lines.Length && original[i + 1].Length > 0 && features[i + 1] is { Credit: not null };

    /// <summary>
    /// A picture's caption kept without its picture, credit or file line, standing over the lede where the lede would be: a
    /// short line describing a scene in the present ("Firefighters work to put out the flames at the old mill on Tuesday
    /// night."), right above a longer paragraph that tells the same story in the past and takes up most of its words
    /// ("Firefighters spent most of Tuesday night fighting a large fire at the old mill …"). A lede tells the news in the
    /// past or present perfect ("has approved" reads as past here), and the paragraph under it goes on with new facts rather
    /// than repeating it. Read only on a page in a language whose past forms <c>Data/past-forms.tsv</c> lists (English):
    /// marks such a line as a caption (never the lede, the summary or the standfirst) and returns its index, or -1.
    /// </summary>
    public static int MarkSceneCaption(string[] lines, LineFeatures?[] features, ReaderData data, string language)
    {
        if (!s_past.TryGetValue(language, out var forms)) return -1;
        var first = RawArticleParser.NextNonEmpty(lines, 0);
        if (first < 0) return -1;
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (features[i] is not { } f) continue;
            if (f.Meta is not null || f.ImageFile || f.Credit is not null || f.Caption is not null || f.Known is not null || f.Nav is not null) continue;
            // The first line that may be the lede: a sentence, or a line as long as one. Above it only the header's short lines.
            if (!f.EndsSentence && f.Words < MinSceneWords) continue;
            // A caption closes with a full stop (a headline with none), says no one's words and names no future (a standfirst's
            // "says", "will"), and tells no past.
            if (f.Words is < MinSceneWords or > MaxSceneWords || f.SeveralSentences || lines[i][^1] != '.' || lines[i].AsSpan().IndexOfAny("\"“”„«»:;") >= 0 || HasPast(lines[i], forms)) return -1;
            var next = i + 1;
            while (next < lines.Length && lines[next].Length == 0) next++;
            if (next >= lines.Length || features[next] is not { EndsSentence: true, Meta: null, Caption: null, Credit: null } p || p.Words < Math.Max(MinLedeWords, f.Words + 1)) return -1;
            var end = next + 1;
            while (end < lines.Length && lines[end].Length > 0 && features[end] is null) end++;
            var paragraph = string.Join(' ', lines, next, end - next);
            if (!HasPast(paragraph, forms) || TakenUp(lines[i], paragraph, data) < MinTakenUp) return -1;
            features[i] = f with { Caption = lines[i] };
            return i;
        }

        return -1;
    }

    /// <summary>The fewest and most words of a scene's caption read by its tense.</summary>
    private const int MinSceneWords = 6;
    private const int MaxSceneWords = 22;

    /// <summary>The fewest words of the lede under it.</summary>
    private const int MinLedeWords = 15;

    /// <summary>The least share of the caption's words (of four letters or more, no stop word) that the lede takes up.</summary>
    private const double MinTakenUp = 0.6;

    /// <summary>Per language, its past forms and the words that make an "-ed" word after them an adjective (<c>Data/past-forms.tsv</c>).</summary>
    private static readonly Dictionary<string, (HashSet<string> Past, HashSet<string> Before, HashSet<string> Not)> s_past = LoadPast();

    private static Dictionary<string, (HashSet<string> Past, HashSet<string> Before, HashSet<string> Not)> LoadPast()
    {
        var table = new Dictionary<string, (HashSet<string> Past, HashSet<string> Before, HashSet<string> Not)>(StringComparer.Ordinal);
        foreach (var row in DataRows.Of(EmbeddedResources.ReadText("reader/past-forms.tsv"), header: true))
        {
            if (row.Length != 3) throw new FormatException($"past-forms.tsv: expected 'language<TAB>kind<TAB>words' in '{string.Join('\t', row)}'");
            if (!table.TryGetValue(row[0], out var entry)) table[row[0]] = entry = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            var set = row[1] switch { "past" => entry.Past, "before" => entry.Before, "not" => entry.Not, _ => throw new FormatException($"past-forms.tsv: unknown kind '{row[1]}'") };
            foreach (var word in row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)) set.Add(word);
        }

        return table;
    }

    /// <summary>
    /// Whether the text holds a verb in the past (or a word no caption holds: a modal, a speech verb): a listed form, or a word of five letters or more ending in "-ed" that
    /// does not open the text and follows no word that makes it an adjective ("a damaged car", "Armed police").
    /// </summary>
    private static bool HasPast(string text, (HashSet<string> Past, HashSet<string> Before, HashSet<string> Not) forms)
    {
        string? previous = null;
        foreach (var word in Words(text))
        {
            var lower = word.ToLowerInvariant();
            if (forms.Past.Contains(lower) || forms.Not.Contains(lower)) return true;
            if (lower.Length >= 5 && lower.EndsWith("ed", StringComparison.Ordinal) && previous is not null && !forms.Before.Contains(previous)) return true;
            previous = lower;
        }

        return false;
    }

    /// <summary>The share of the caption's words (four letters or more, no stop word) whose first five letters open a word of the paragraph.</summary>
    private static double TakenUp(string caption, string paragraph, ReaderData data)
    {
        var stems = Words(paragraph).Select(static w => w.ToLowerInvariant()).ToList();
        var content = 0;
        var taken = 0;
        foreach (var word in Words(caption))
        {
            var lower = word.ToLowerInvariant();
            if (lower.Length < 4 || data.IsStopWord(lower)) continue;
            content++;
            var stem = lower[..Math.Min(lower.Length, 5)];
            if (stems.Any(s => s.StartsWith(stem, StringComparison.Ordinal))) taken++;
        }

        return content < 3 ? 0 : (double)taken / content;
    }

    private static IEnumerable<string> Words(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && !char.IsLetter(text[at])) at++;
            var end = at;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’')) end++;
            if (end > at) yield return text[at..end];
            at = end;
        }
    }

    /// <summary>Whether the line is one text printed twice, run together or with a space between.</summary>
    internal static bool Doubled(string line)
    {
        var n = line.Length;
        var half = n / 2;
        return n % 2 == 0
            ? line.AsSpan(0, half).SequenceEqual(line.AsSpan(half))
            : line[half] == ' ' && line.AsSpan(0, half).SequenceEqual(line.AsSpan(half + 1));
    }

    /// <summary>A credit inside the line: names joined by a slash in square brackets ("[Name/The Outlet]"), or a copyright sign.</summary>
    [GeneratedRegex(@"\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]|©", RegexOptions.CultureInvariant)]
    private static partial Regex CreditInsideRegex();
}

namespace StaticGen.Content.Reading;

/// <summary>jusText's classes of a paragraph, before and after looking at its neighbours.</summary>
public enum ProseClass
{
    /// <summary>Not text to judge: an image file line, its caption and credit, a date or byline line. Skipped when looking for neighbours.</summary>
    Neutral,

    /// <summary>Furniture by evidence, or long text with too few stop words to be prose.</summary>
    Bad,

    /// <summary>Too short to judge alone: its neighbours decide.</summary>
    Short,

    /// <summary>Prose-like but not clearly: its neighbours decide, leaning to prose.</summary>
    NearGood,

    /// <summary>Prose: long enough, full of stop words.</summary>
    Good,
}

/// <summary>
/// Classifies lines as jusText classifies paragraphs (Pomikálek 2011; defaults length 70/200 characters,
/// stop-word share 0.30/0.32), then revises short and near-good lines by their nearest judged neighbours:
/// between two good lines a short line is good, between two bad ones bad; the start and end of the file
/// count as bad. Two additions for plain text: a line that reads as a sentence (eight or more words and a
/// closing full stop) is near-good however short; and a text with almost no English stop words (another
/// language) is judged by length alone.
/// </summary>
public static class ProseClasses
{
    public const int LengthLow = 70;
    public const int LengthHigh = 200;
    public const double StopLow = 0.30;
    public const double StopHigh = 0.32;
    public const int MaxHeadingDistance = 200;

    /// <summary>The least stop-word share of a line that reads as a sentence (eight or more words, a closing full stop) to be near-good, however short.</summary>
    public const double SentenceStopShare = StopLow * 0.6;

    /// <summary>The initial class of each line (<paramref name="evidence"/>: furniture evidence or null; <paramref name="neutral"/>: figure lines).</summary>
    public static ProseClass[] Initial(IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<bool> neutral)
    {
        ArgumentNullException.ThrowIfNull(features);
        var classes = new ProseClass[features.Count];

        // Another language: the English stop-word share says nothing, so only length and shape count.
        var english = English(features);
        var low = english ? StopLow : 0;
        var high = english ? StopHigh : 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i] is not { } f)
            {
                classes[i] = ProseClass.Neutral;
                continue;
            }

            // A date or byline line is neither prose nor furniture: it does not sway its neighbours.
            classes[i] = neutral[i] || (f.Meta is not null && evidence[i] is null) ? ProseClass.Neutral
                : evidence[i] is not null ? ProseClass.Bad
                : f.Words >= 8 && f.EndsSentence && f.StopShare >= (english ? SentenceStopShare : 0) ? (f.Chars >= LengthHigh && f.StopShare >= high ? ProseClass.Good : ProseClass.NearGood)
                : f.Chars < LengthLow ? ProseClass.Short
                : f.StopShare >= high && f.Chars >= LengthHigh ? ProseClass.Good
                : f.StopShare >= low ? ProseClass.NearGood
                : ProseClass.Bad;
        }

        return classes;
    }

    /// <summary>
    /// Whether the page is in English by its stop words (at least 15% of all its words): in another language the English
    /// stop-word share says nothing about a line.
    /// </summary>
    public static bool English(IReadOnlyList<LineFeatures?> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double words = 0, stops = 0;
        foreach (var f in features)
        {
            if (f is null) continue;
            words += f.Words;
            stops += f.StopShare * f.Words;
        }

        return words == 0 || stops / words >= 0.15;
    }

    /// <summary>jusText's context-sensitive revision; returns Good or Bad (or Neutral) for every line.</summary>
    public static ProseClass[] Revise(ProseClass[] initial, IReadOnlyList<LineFeatures?> features)
    {
        ArgumentNullException.ThrowIfNull(initial);
        var classes = (ProseClass[])initial.Clone();

        // A short heading-like line shortly before good text leans to good (jusText's max_heading_distance).
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != ProseClass.Short || features[i] is not { } f || f.EndsSentence || f.Words > 12) continue;
            var distance = 0;
            for (var j = i + 1; j < classes.Length && distance <= MaxHeadingDistance; j++)
            {
                if (initial[j] == ProseClass.Good)
                {
                    classes[i] = ProseClass.NearGood;
                    break;
                }

                distance += features[j]?.Chars ?? 0;
            }
        }

        // Short lines: both judged neighbours decide; a near-good one next to it tips a mixed pair to good.
        var revised = (ProseClass[])classes.Clone();
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != ProseClass.Short) continue;
            var prev = Neighbour(classes, i, -1, ignoreNearGood: true);
            var next = Neighbour(classes, i, +1, ignoreNearGood: true);
            revised[i] = (prev, next) switch
            {
                (ProseClass.Good, ProseClass.Good) => ProseClass.Good,
                (ProseClass.Bad, ProseClass.Bad) => ProseClass.Bad,
                (ProseClass.Bad, _) => Neighbour(classes, i, +1, ignoreNearGood: false) == ProseClass.NearGood ? ProseClass.Good : ProseClass.Bad,
                _ => Neighbour(classes, i, -1, ignoreNearGood: false) == ProseClass.NearGood ? ProseClass.Good : ProseClass.Bad,
            };
        }

        // Near-good lines: bad only between two bad neighbours.
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != ProseClass.NearGood) continue;
            var prev = Neighbour(classes, i, -1, ignoreNearGood: true);
            var next = Neighbour(classes, i, +1, ignoreNearGood: true);
            revised[i] = prev == ProseClass.Bad && next == ProseClass.Bad ? ProseClass.Bad : ProseClass.Good;
        }

        return revised;
    }

    /// <summary>The class of the nearest judged line in a direction (short and neutral lines are skipped); the file's edges are bad.</summary>
    private static ProseClass Neighbour(ProseClass[] classes, int i, int step, bool ignoreNearGood)
    {
        for (var j = i + step; j >= 0 && j < classes.Length; j += step)
        {
            var c = classes[j];
            if (c is ProseClass.Short or ProseClass.Neutral) continue;
            if (c == ProseClass.NearGood && ignoreNearGood) continue;
            return c;
        }

        return ProseClass.Bad;
    }
}

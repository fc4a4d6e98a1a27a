namespace StaticGen.Content.Reading;

/// <summary>
/// A notice box (a cookie banner, a paywall, a newsletter offer) runs over several lines, and not each of them says "you"
/// or "we": "This site uses cookies for the purposes set out in the cookie policy." sits under the line that asks for the
/// reader's consent. As jusText lets a block's neighbours decide what its own length leaves open, a line that holds two
/// different words of the site's business (<see cref="ReaderData.HasPitchWords"/>) and stands right above or below a
/// pitch (<see cref="LineFeatures.Pitch"/>), or a line so taken, belongs to the same box.
/// </summary>
internal static class NoticeBoxes
{
    /// <summary>Marks the lines of each pitch's box as furniture, with the evidence of the pitch they stand by.</summary>
    public static void Mark(string[] lines, LineFeatures?[] features, string?[] evidence, ReaderData data)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i] is not { Pitch: true }) continue;
            var (top, bottom) = (i, i);
            foreach (var step in (ReadOnlySpan<int>)[-1, 1])
            {
                for (var j = Neighbour(lines, features, i, step); j >= 0 && evidence[j] is null && InBox(lines[j], features[j]!, data); j = Neighbour(lines, features, j, step))
                {
                    evidence[j] = $"in the notice box of line {i + 1}: it names the site's business too (two of its words)";
                    if (step < 0) top = j;
                    else bottom = j;
                }
            }

            // The box's title: a short line right above it that closes no sentence ("Help the helpers!", "Support local
            // news"), when no text of the story follows the box (the page ends, or furniture or another short line comes
            // next). A subheading has its section's text under it; a title over a pitch alone has none.
            var title = Neighbour(lines, features, top, -1);
            var after = Neighbour(lines, features, bottom, 1);
            if (title >= 0 && evidence[title] is null && features[title] is { Meta: null, ImageFile: false, Credit: null, Caption: null, Kept: false } t && t.Words <= MaxTitleWords
                && lines[title][^1] is not ('.' or ':' or ',') && (after < 0 || evidence[after] is not null || features[after]!.Words <= MaxTitleWords && !features[after]!.EndsSentence))
            {
                evidence[title] = $"the title of the notice box under it (line {top + 1}): no text of the story follows the box";
            }
        }
    }

    /// <summary>The longest title over a notice box (words).</summary>
    private const int MaxTitleWords = 10;

    /// <summary>The next line with features above (<paramref name="step"/> -1) or below (1) line <paramref name="i"/>, across blank lines; -1 at the page's end.</summary>
    private static int Neighbour(string[] lines, LineFeatures?[] features, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
        {
            if (features[j] is not null) return j;
            if (lines[j].Length > 0) return -1; // a wrapped paragraph's continuation: judged with its head
        }

        return -1;
    }

    private static bool InBox(string line, LineFeatures f, ReaderData data) =>
        f.Meta is null && f.Credit is null && f.Caption is null && !f.ImageFile && !f.Kept && data.HasPitchWords(line, MinBoxWords);

    /// <summary>The different words of the site's business a line beside a pitch must hold to be part of its box.</summary>
    private const int MinBoxWords = 2;
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// The phrase matcher skips most words by their first letter and builds candidate phrases in a small
/// buffer; these tests hold it to the plain definition: at each word, the longest phrase as written,
/// else the longest with all-capitals words capitalised, never overlapping.
/// </summary>
public sealed class PhraseMatcherTests
{
    private static readonly string[] s_phrases =
    [
        "New Zealand", "Papua New Guinea", "Guinea", "New Mexico", "Mexico", "the Netherlands", "in Spanish", "U S", "Saint Vincent and the Grenadines",
    ];

    private static readonly PhraseMatcher<string> s_matcher = new(s_phrases.Select(static p => KeyValuePair.Create(p, p.ToUpperInvariant())));

    [Fact]
    public void The_longest_phrase_wins_and_hides_the_shorter_ones_inside_it()
    {
        var matches = Find("Flights from Papua New Guinea to New Mexico and Mexico.");

        Assert.Equal(["Papua New Guinea", "New Mexico", "Mexico"], matches.Select(static m => m.Surface));
    }

    [Fact]
    public void A_phrase_in_all_capitals_matches_its_capitalised_form_even_beside_a_capitalised_word()
    {
        var matches = Find("KINGSTOWN, Saint VINCENT and the GRENADINES — Papua NEW GUINEA and NEW ZEALAND; 2024 U.S. talks");

        Assert.Equal(["Saint VINCENT and the GRENADINES", "Papua NEW GUINEA", "NEW ZEALAND", "U.S"], matches.Select(static m => m.Surface));
        Assert.Equal(["SAINT VINCENT AND THE GRENADINES", "PAPUA NEW GUINEA", "NEW ZEALAND", "U S"], matches.Select(static m => m.Value));
    }

    [Fact]
    public void Words_in_lower_case_match_only_phrases_written_in_lower_case()
    {
        var matches = Find("new zealand wool, the Netherlands and the netherlands, news in Spanish");

        Assert.Equal(["the Netherlands", "in Spanish"], matches.Select(static m => m.Surface));
    }

    [Fact]
    public void A_word_longer_than_any_phrase_is_passed_over()
    {
        var matches = Find(new string('N', 5000) + " New Zealand " + "Newwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww Zealand");

        Assert.Equal(["New Zealand"], matches.Select(static m => m.Surface));
    }

    [Property(MaxTest = 500)]
    public void Matches_what_the_plain_definition_finds(NonEmptyArray<byte> picks)
    {
        string[] words = ["New", "NEW", "new", "Zealand", "ZEALAND", "Papua", "PAPUA", "Guinea", "GUINEA", "guinea", "Mexico", "MEXICO", "the", "THE", "Netherlands",
            "in", "IN", "Spanish", "2024", "U", "S", "Saint", "Vincent", "VINCENT", "and", "AND", "Grenadines", "GRENADINES", "Nxw", "Ünïcode"];
        string[] gaps = [" ", " ", " ", "  ", ", ", ". ", "-", "’s ", "\n"];
        var text = string.Concat(picks.Get.Select((b, i) => words[b % words.Length] + gaps[(b / words.Length + i) % gaps.Length]));

        var expected = Reference(text);
        var actual = s_matcher.Matches(text, Tokenizer.Tokenize(text)).Select(static m => (m.Value, m.FirstToken, m.TokenCount)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_segment_equals_another_of_the_same_text_and_role_whether_or_not_its_words_were_read()
    {
        var read = new TextSegment("Talks in New Zealand.", TextRole.Body);
        Assert.Equal(4, read.Tokens.Count);

        Assert.Equal(new TextSegment("Talks in New Zealand.", TextRole.Body), read);
        Assert.Equal(new TextSegment("Talks in New Zealand.", TextRole.Body).GetHashCode(), read.GetHashCode());
        Assert.NotEqual(new TextSegment("Talks in New Zealand.", TextRole.Title), read);
    }

    private static List<(string Surface, string Value)> Find(string text) =>
        [.. s_matcher.Matches(text, Tokenizer.Tokenize(text)).Select(m => (text[m.Start..m.End], m.Value))];

    /// <summary>The definition, spelled out: every phrase length at every word, as written and then capitalised.</summary>
    private static List<(string Value, int First, int Count)> Reference(string text)
    {
        var phrases = s_phrases.ToDictionary(static p => p, static p => p.ToUpperInvariant(), StringComparer.Ordinal);
        var longest = s_phrases.Max(static p => p.Split(' ').Length);
        var written = Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToList();
        var capitalised = written.Select(static w => w.Length >= 3 && w.All(static c => !char.IsLetter(c) || char.IsUpper(c)) ? w[0] + w[1..].ToLowerInvariant() : w).ToList();
        var result = new List<(string, int, int)>();
        var i = 0;
        while (i < written.Count)
        {
            var found = 0;
            foreach (var form in new[] { written, capitalised })
            {
                for (var n = Math.Min(longest, written.Count - i); n >= 1 && found == 0; n--)
                {
                    if (phrases.TryGetValue(string.Join(' ', form.Skip(i).Take(n)), out var value))
                    {
                        result.Add((value, i, n));
                        found = n;
                    }
                }

                if (found > 0) break;
            }

            i += Math.Max(found, 1);
        }

        return result;
    }
}

using System.Buffers;
using System.Text.RegularExpressions;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class FurnitureMatcherTests
{
    [Theory]
    [InlineData(@".*\bunsubscribe at any time\b.*", "unsubscribe at any time")]
    [InlineData(@".*\bnewsletter\b.{0,40}", "newsletter")]
    [InlineData(@".*, opens new tab", ", opens new tab")]
    [InlineData(@".*\(Opens in new window\)", "(Opens in new window)")]
    [InlineData(@".*\bcontributed (?:reporting|to this report)\.?", "contributed ")]
    [InlineData(@".*\d{2}:\d{2} - Source: .*", " - Source: ")]
    [InlineData(@".*\bdelayed (?:by )?(?:at least )?\d+ minutes\b.*", "delayed ")]
    [InlineData(@".*colou?r scheme", "r scheme")]
    [InlineData(@".*boats+ ahoy", "boat")]
    [InlineData(@".*\x41bcdef", "bcdef")]
    [InlineData(@".*\p{L}abc", "abc")]
    [InlineData(@".*[abc]defg[h]", "defg")]
    [InlineData(@".*ab{2}cd", "cd")]
    public void The_required_literal_is_text_every_match_contains(string pattern, string literal) =>
        Assert.Equal(literal, FurnitureMatcher.RequiredLiteral(pattern));

    [Theory]
    [InlineData(@".*\bnewsletter|.*\bpodcast")]
    [InlineData(@"(?x).*news letter")]
    [InlineData(@".*(?:news|pod)")]
    [InlineData(@".*\d+")]
    [InlineData(@".*é")]
    public void No_literal_is_claimed_where_none_is_sure(string pattern) => Assert.Null(FurnitureMatcher.RequiredLiteral(pattern));

    [Fact]
    public void Every_embedded_pattern_that_begins_anywhere_has_a_literal_to_search_for()
    {
        var floating = ReaderData.ParseFurniture(ReadEmbedded()).Where(static f => f.Pattern.StartsWith(".*", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(floating);
        Assert.All(floating, static f => Assert.NotNull(FurnitureMatcher.RequiredLiteral(f.Pattern)));
    }

    [Theory]
    [InlineData(@".{0,80}\b(?:we|I)\s+(?:may\s+)?(?:earn|get)\s+(?:a\s+)?(?:commission|affiliate fee|share of (?:the )?(?:sale|revenue))\b.{0,80}", "commission|affiliate fee|share of ")]
    [InlineData(@".*(?:news|pod)", "news|pod")]
    [InlineData(@".*\d+(?:Likes?|Claps?|Favou?rites?)", "Like|Clap|Favo")]
    [InlineData(@".{3,80}\?\s*(?:Yes|No)", "Yes|No")]
    [InlineData(@".{0,60}\b(?:log(?:ged)? in|sign(?:ed)? in)\b.{0,30}\bto (?:post a |leave a )?(?:comment|reply)\b.{0,60}", "comment|reply")]
    [InlineData(@".{0,60}\b(?:the rest of|the remainder of) (?:this|the) story is (?:for|to) (?:subscribers|members)\b.*", "the rest of|the remainder of")]
    [InlineData(@".*\b(?:live ?blog|live page)\b.{0,30}\b(?:is|has) (?:now )?(?:closed|ended)\b.*", "closed|ended")]
    [InlineData(@".*(?<word>news|pod)cast", "cast")]
    [InlineData(@".*(?<word>news|pod)\d", "news|pod")]
    public void The_required_texts_are_a_literal_or_the_alternatives_of_a_group_every_match_goes_through(string pattern, string texts) =>
        Assert.Equal(texts.Split('|'), FurnitureMatcher.RequiredTexts(pattern));

    [Theory]
    [InlineData(@".*(?:news|pod)?\d+")]
    [InlineData(@".*(?:news|\d+)")]
    [InlineData(@".*(?:news|pod)*\d")]
    [InlineData(@".*(?:news|pod){0,2}\d")]
    [InlineData(@".*(?=news)\w+")]
    [InlineData(@".*(?:news|pod)\d|.*\w")]
    [InlineData(@".*(?i:news|pod)\d")]
    [InlineData(@".*(?:é|pod)\d")]
    public void No_texts_are_claimed_where_none_is_sure(string pattern) => Assert.Null(FurnitureMatcher.RequiredTexts(pattern));

    [Fact]
    public void Every_embedded_pattern_that_may_begin_past_the_first_characters_is_searched_for_first()
    {
        // A pattern that opens with ".{0,80}" keeps the automaton alive over the first 80 characters of every line: run on
        // lines that hold one of its texts only.
        var loose = ReaderData.ParseFurniture(ReadEmbedded()).Where(static f => FurnitureMatcher.BeginsAnywhere(f.Pattern)).ToList();
        Assert.Contains(loose, static f => f.Pattern.StartsWith(".{", StringComparison.Ordinal));
        // Each by a text rarer than a short word: " to " or " is " would let most lines of prose through to the automaton. The
        // one exception is a poll's "Was this useful? Yes | No", whose only ASCII text is the question mark.
        Assert.All(loose.Where(static f => !f.Pattern.Contains("👍", StringComparison.Ordinal)), static f => Assert.True(
            FurnitureMatcher.RequiredTexts(f.Pattern) is { } texts && FurnitureMatcher.Selectivity(texts) >= FurnitureMatcher.MinSearchLength,
            $"{f.Pattern}: {string.Join(" | ", FurnitureMatcher.RequiredTexts(f.Pattern) ?? [])}"));
    }

    [Theory]
    [InlineData("Readers: we earn a fee on what you buy")]
    [InlineData("Readers: WE EARN A CUT on what you buy")]
    [InlineData("Readers: we earn a tip on what you buy")]
    [InlineData("Some forty characters of text before it: we earn a fee")]
    public void A_pattern_that_may_begin_past_the_first_characters_matches_as_it_did(string line)
    {
        const string Pattern = @".{0,20}\bwe (?:earn|get) a (?:fee|cut)\b.{0,20}";
        Assert.Equal(ReaderData.Whole(Pattern).IsMatch(line), new FurnitureMatcher([Pattern, "Skip to content"]).IsMatch(line));
    }

    [Theory]
    [InlineData("Sign up for our weekly newsletter here")]
    [InlineData("We are not responsible for the content of external sites.")]
    [InlineData("Share on Facebook, opens new tab")]
    [InlineData("Quotes delayed at least 15 minutes. Terms apply.")]
    [InlineData("Sign up for our weekly newslettεr here")]
    [InlineData("Your privacy: we use \u212Aeys and the newsletter")]
    [InlineData("The council approved the harbour plan on Tuesday, after a long debate about its cost.")]
    [InlineData("Skip to main content")]
    [InlineData("3 Comments")]
    [InlineData("Copy link copied")]
    [InlineData("12:30 - Source: the wire desk")]
    [InlineData("We may earn a commission when you buy through links on this page.")]
    [InlineData("Did the council get a share of the revenue, as the mayor said it would?")]
    [InlineData("Was this answer useful to you? Yes | No")]
    [InlineData("Was this answer useful to you? Maybe later")]
    public void The_matcher_agrees_with_the_patterns_one_by_one(string line)
    {
        foreach (var kind in Enum.GetValues<FurnitureKind>())
        {
            var patterns = ReaderData.ParseFurniture(ReadEmbedded()).Where(f => f.Kind == kind).Select(static f => f.Pattern).ToList();
            if (patterns.Count == 0) continue;
            Assert.Equal(patterns.Any(p => ReaderData.Whole(p).IsMatch(line)), new FurnitureMatcher(patterns).IsMatch(line));
        }
    }

    [Fact]
    public void A_floating_pattern_matches_through_a_character_the_search_would_not_take_for_its_letter()
    {
        // The Kelvin sign is a "k" to a case-insensitive regular expression, not to an ordinal comparison.
        var matcher = new FurnitureMatcher([@".*\bbookmark this\b.*"]);
        Assert.True(matcher.IsMatch("Please boo\u212Amar\u212A this page"));
        Assert.False(matcher.IsMatch("Please keep this page"));
    }

    [Fact]
    public void The_case_twins_are_every_character_a_regular_expression_takes_for_an_ascii_one_that_the_search_does_not()
    {
        var printable = Enumerable.Range(0x20, 0x7F - 0x20).Select(static c => (char)c).ToList();
        var any = new Regex(@"^[\x20-\x7E]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var missed = new List<char>();
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            var text = ((char)c).ToString();
            if (!any.IsMatch(text)) continue;
            var twinOf = printable.Where(a => Regex.IsMatch(text, "^" + Regex.Escape(a.ToString()) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            if (twinOf.Any(a => text.AsSpan().IndexOfAny(SearchValues.Create([a.ToString()], StringComparison.OrdinalIgnoreCase)) < 0)) missed.Add((char)c);
        }

        Assert.All(missed, static c => Assert.True(FurnitureMatcher.CaseTwins.Contains(c), $"U+{(int)c:X4}"));
    }

    [Fact]
    public void The_embedded_patterns_of_each_kind_that_match_from_the_start_are_one_automaton()
    {
        // Each automaton is asked of every line of every raw article: the one-line list used to need seven.
        foreach (var kind in Enum.GetValues<FurnitureKind>())
        {
            var patterns = ReaderData.ParseFurniture(ReadEmbedded()).Where(f => f.Kind == kind).Select(static f => f.Pattern).ToList();
            if (patterns.Count > 0) Assert.Equal(1, new FurnitureMatcher(patterns).AnchoredAutomata);
        }
    }

    private static string ReadEmbedded() => EmbeddedResources.ReadText("reader/furniture.tsv");
}

using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class TextCleanupTests
{
    private static readonly TextCleanup s_default = new(new CleanupConfig());

    [Theory]
    [InlineData("Leave a Replay")]
    [InlineData("Leave a Reply")]
    [InlineData("Cancel reply")]
    [InlineData("Share this:")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Follow us on Instagram")]
    [InlineData("Read also: Why the ferry was late")]
    [InlineData("Related: Ten years of harbour politics")]
    [InlineData("Click to share on X (Opens in new window)")]
    [InlineData("Tags: Ferries, Harbours")]
    [InlineData("pic.twitter.com/AbC123")]
    [InlineData("Comments (14)")]
    [InlineData("Sign up for our daily business briefing")]
    [InlineData("Watch: A ride on the new electric ferry")]
    [InlineData("Watch on YouTube")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("Accept all")]
    [InlineData("Accept")]
    [InlineData("Manage preferences")]
    public void Default_boilerplate_lines_are_dropped(string line)
    {
        Assert.Equal(JunkKind.Boilerplate, s_default.Classify(line));
    }

    [Theory]
    [InlineData("Also read")]
    [InlineData("Read more:")]
    [InlineData("See also")]
    public void A_teaser_label_alone_is_recognised(string line)
    {
        Assert.Equal(JunkKind.TeaserLabel, s_default.Classify(line));
    }

    [Theory]
    [InlineData("Most read")]
    [InlineData("Most popular")]
    [InlineData("Related articles")]
    [InlineData("Related")]
    [InlineData("Trending now")]
    [InlineData("You may also like")]
    public void A_section_label_heading_teasers_is_recognised(string line)
    {
        Assert.Equal(JunkKind.SectionLabel, s_default.Classify(line));
    }

    [Theory]
    [InlineData("Readers were asked to share this with friends.")]
    [InlineData("Watch the river rise, the mayor told residents.")]
    [InlineData("We accept all the findings of the report.")]
    [InlineData("The advertisement campaign cost millions.")]
    [InlineData("We read also the small print.")]
    public void Sentences_that_contain_the_words_are_kept(string line)
    {
        Assert.Equal(JunkKind.None, s_default.Classify(line));
    }

    [Fact]
    public void Config_extends_or_replaces_the_boilerplate_list()
    {
        var extended = new TextCleanup(new CleanupConfig { Boilerplate = [@"Sponsored by .*"] });
        Assert.True(extended.IsBoilerplate("Sponsored by Harbour Bank"));
        Assert.True(extended.IsBoilerplate("Leave a Replay"));

        var replaced = new TextCleanup(new CleanupConfig { Boilerplate = [@"Sponsored by .*"], ReplaceDefaultBoilerplate = true });
        Assert.True(replaced.IsBoilerplate("Sponsored by Harbour Bank"));
        Assert.False(replaced.IsBoilerplate("Leave a Replay"));
    }

    [Theory]
    [InlineData("He warned once morest it.", "He warned against it.")]
    [InlineData("Once morest all odds.", "Against all odds.")]
    [InlineData("In the followingmath, late followingnoon, and followingwards.", "In the aftermath, late afternoon, and afterwards.")]
    [InlineData("They had met prior tohand.", "They had met beforehand.")]
    public void Spinner_artefacts_inside_words_are_repaired(string text, string expected)
    {
        Assert.Equal(expected, s_default.Repair(text));
    }

    [Theory]
    [InlineData("The vote will be held once more.")]
    [InlineData("The following day was calm, and the followings of the club grew.")]
    [InlineData("It was signed prior to the vote.")]
    public void Real_phrases_that_look_like_artefacts_are_left_alone(string text)
    {
        Assert.Equal(text, s_default.Repair(text));
    }

    [Fact]
    public void Config_adds_replacements_as_phrases_or_word_internal_rules()
    {
        var cleanup = new TextCleanup(new CleanupConfig
        {
            Replacements = new Dictionary<string, string> { ["the identical"] = "the same", ["in addition*"] = "also*" },
        });
        Assert.Equal("It was the same plan.", cleanup.Repair("It was the identical plan."));
        Assert.Equal("The identically named plan.", cleanup.Repair("The identically named plan."));
        Assert.Equal("He warned against it.", cleanup.Repair("He warned once morest it."));
    }

    [Fact]
    public void Embedded_post_remnants_are_cut_out_of_the_text()
    {
        Assert.Equal("What a day at the harbour. #boats", s_default.Repair("What a day at the harbour. #boats pic.twitter.com/AbC123"));
        var replaced = new TextCleanup(new CleanupConfig { Remnants = [@"\[video\]"], ReplaceDefaultRemnants = true });
        Assert.Equal("Watch the launch.", replaced.Repair("Watch the launch. [video]"));
        Assert.Equal("See pic.twitter.com/AbC123", replaced.Repair("See pic.twitter.com/AbC123"));
    }

    [Theory]
    [InlineData("Landfall at noon https://t.co/Zx81", "Landfall at noon")]
    [InlineData("Landfall at noon HTTP://T.CO/Zx81 and more", "Landfall at noon and more")]
    [InlineData("PIC.TWITTER.COM/Zx81 Landfall", "Landfall")]
    [InlineData("Landfall at noon on t.co", "Landfall at noon on t.co")]
    public void Remnants_are_found_in_any_case_and_only_where_they_are(string text, string expected) =>
        Assert.Equal(expected, s_default.Repair(text));

    [Fact]
    public void Every_default_remnant_contains_one_of_the_anchors_searched_for_first()
    {
        // A text without an anchor is returned untouched, so each default pattern must require one.
        Assert.Equal(TextCleanup.DefaultRemnants.Count, TextCleanup.DefaultRemnantAnchors.Length);
        Assert.All(TextCleanup.DefaultRemnants.Zip(TextCleanup.DefaultRemnantAnchors), pair =>
            Assert.Contains(System.Text.RegularExpressions.Regex.Escape(pair.Second), pair.First, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_or_backtracking_patterns_are_reported()
    {
        Assert.NotNull(TextCleanup.Validate("(unclosed"));
        Assert.NotNull(TextCleanup.Validate(@"(\w+)\1"));
        Assert.Null(TextCleanup.Validate("Sponsored by .*"));
    }

    [Fact]
    public void A_pattern_is_refused_only_past_the_automaton_size_limit()
    {
        // A long counted repetition builds some 20,000 nodes: past the runtime's default of 10,000, within ours.
        Assert.Null(TextCleanup.Validate(@"Notice: .{1,20000}"));
        // One inside another would build a million.
        Assert.Contains(LinearRegex.MaxAutomatonNodes.ToString(System.Globalization.CultureInfo.InvariantCulture), TextCleanup.Validate(@"(?:x{1,1000}){1,1000}"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiled_default_lists_are_the_lists()
    {
        var (boilerplate, remnants) = TextCleanup.CompiledDefaults;

        Assert.Equal(TextCleanup.CombinedPattern(TextCleanup.DefaultBoilerplate, whole: true), boilerplate);
        Assert.Equal(TextCleanup.CombinedPattern(TextCleanup.DefaultRemnants, whole: false), remnants);
    }

    [Fact]
    public void Added_patterns_and_defaults_both_apply_and_a_long_line_is_never_boilerplate()
    {
        var cleanup = new TextCleanup(new CleanupConfig { Boilerplate = ["Sponsored by .*"] });

        Assert.True(cleanup.IsBoilerplate("Sponsored by the Harbour Bank"));
        Assert.True(cleanup.IsBoilerplate("Leave a Replay"));
        var defaults = new TextCleanup(new CleanupConfig());
        Assert.True(defaults.IsBoilerplate("Follow us on " + new string('x', TextCleanup.MaxBoilerplateLine - 20)));
        Assert.False(defaults.IsBoilerplate("Follow us on " + new string('x', TextCleanup.MaxBoilerplateLine)));
    }
}

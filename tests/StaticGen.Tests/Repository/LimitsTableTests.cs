using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using StaticGen.Build;
using StaticGen.Cli.Serve;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Rendering.Markdown.Code;
using StaticGen.Rendering.Templates;
using StaticGen.Site;

namespace StaticGen.Tests.Repository;

/// <summary>
/// Issue #16's done-when: the README's "Bad input, limits and safety" section lists every limit and
/// what happens past it, and the guide (docs/content/limits.md) keeps the fuller table. Both tables
/// have the same rows, and each row's value is the one the code holds: the values below are read
/// from the constants, so changing a limit in the code fails this test until both tables say so.
/// Every constant named <c>Max…</c> or <c>…Limit…</c> in the code is either one of these limits or
/// listed with the reason it is not a limit on input.
/// </summary>
public sealed partial class LimitsTableTests
{
    private static readonly string s_root = TemplateVariablesDocTests.RepositoryRoot();

    private static T Constant<T>(Type type, string name) =>
        (T)(type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue()
            ?? throw new InvalidOperationException($"{type.Name}.{name} is not a constant"));

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(long value) =>
        value % (1024 * 1024) == 0 ? $"{Number(value / (1024 * 1024))} MiB" : value % 1024 == 0 ? $"{Number(value / 1024)} KiB" : $"{Number(value)} bytes";

    private static string Minutes(TimeSpan value) => $"{Number((long)value.TotalMinutes)} minutes";

    /// <summary>Each limit: its row's first cell in both tables, the constants it stands for, and the text each must show in the row's value cell.</summary>
    private static readonly (string Row, string[] Constants, string[] Values)[] s_limits =
    [
        ("article file size", ["ContentReader.MaxArticleBytes"], [Bytes(ContentReader.MaxArticleBytes)]),
        ("binary file", ["ContentReader.BinaryProbeBytes"], [Bytes(ContentReader.BinaryProbeBytes)]),
        ("line length", ["ContentReader.LongLine"], [Number(ContentReader.LongLine)]),
        ("Markdown nesting", ["MarkdownSyntax.MaxNesting", "ArticleText.MaxNesting"], [Number(MarkdownSyntax.MaxNesting)]),
        ("YAML nesting", ["YamlBinder.MaxDepth"], [Number(YamlBinder.MaxDepth)]),
        ("YAML aliases", ["YamlBinder.MaxNodes", "YamlBinder.MaxDepth"], [Number(YamlBinder.MaxNodes), Number(YamlBinder.MaxDepth)]),
        ("search-index word", ["SearchIndex.MaxTokenLength"], [Number(SearchIndex.MaxTokenLength)]),
        ("tags per article", ["TagsConfig.Limit", "Enricher.MaxTags"], [Number(TagsConfig.Limit)]),
        ("summary", ["Enricher.MaxSummaryLength"], [Number(Enricher.MaxSummaryLength)]),
        ("slug", ["Slugs.MaxLength"], [Number(Slugs.MaxLength)]),
        ("alias path segment", ["SiteAssembler.MaxAliasSegment"], [Number(Constant<int>(typeof(SiteAssembler), "MaxAliasSegment"))]),
        ("links in a chain", ["ContentReader.MaxLinkHops"], [Number(Constant<int>(typeof(ContentReader), "MaxLinkHops"))]),
        ("boilerplate line", ["TextCleanup.MaxBoilerplateLine"], [Number(TextCleanup.MaxBoilerplateLine)]),
        ("pattern size", ["LinearRegex.MaxAutomatonNodes"], [Number(LinearRegex.MaxAutomatonNodes)]),
        ("code highlighting", ["CodeHighlighter.MaxLength"], [Number(CodeHighlighter.MaxLength)]),
        ("image pixels", ["ImagesConfig.MegapixelsLimit"], [Number(new ImagesConfig().MaxMegapixels), Number(ImagesConfig.MegapixelsLimit)]),
        ("image width", ["ImagesConfig.MaxWidth"], [Number(ImagesConfig.MaxWidth)]),
        ("template loops", ["PageRenderer.LoopLimit"], [Number(PageRenderer.LoopLimit)]),
        ("template `object.to_json`", ["JsonFunction.MaxDepth"], [Number(Constant<int>(typeof(JsonFunction), "MaxDepth"))]),
        ("sitemap", ["Sitemap.MaxUrlsPerFile", "Sitemap.MaxNewsUrls"], [Number(Sitemap.MaxUrlsPerFile), Number(Sitemap.MaxNewsUrls)]),
        ("`serve` event streams", ["DevServer.MaxEventStreams"], [Number(DevServer.MaxEventStreams), Minutes(DevServer.DefaultEventIdle)]),
    ];

    /// <summary>Constants whose names look like limits but bound no input a user gives: why each is left out of the tables.</summary>
    private static readonly Dictionary<string, string> s_notInputLimits = new(StringComparer.Ordinal)
    {
        ["CommonWords.MaxWordLength"] = "detection heuristic: a longer token is no common word of the language, so it is not looked up",
        ["CommonWords.MinCompoundTail"] = "detection heuristic: a compound is read by a last part of at least this many letters",
        ["CommonWords.MinCompoundHead"] = "detection heuristic: a compound's last part follows at least this many letters",
        ["TagDetector.MinInflectedSurname"] = "detection heuristic: a shorter surname's case forms are not read, as they are too often another word with an ending",
        ["TagDetector.MaxCaseEnding"] = "detection heuristic: a longer ending after a surname's stem is no case ending",
        ["ForeignLabels.MaxCountLength"] = "reader heuristic: a longer count beside a label is no section's size (the line is read as text)",
        ["ListingPages.MaxSnippetWords"] = "reader heuristic: a longer line between a teaser's headline and its stamp is no snippet (the headline is no teaser)",
        ["MetaLines.MaxLine"] = "reader heuristic: a longer line is not a metadata line (it is read as text)",
        ["TextLanguage.MaxWordLength"] = "detection heuristic: no function word of text-languages.tsv is longer, so longer tokens are not looked up",
        ["TextLanguage.MinWords"] = "detection heuristic: fewer function words say nothing of a text's language (it is taken as English)",
        ["TextLanguage.MinWordsForOther"] = "reader heuristic: a shorter text without English function words is not said to be in another language",
        ["TitleChooser.MinSummaryLines"] = "reader heuristic: fewer clauses in one block are a headline and its deck, not a summary's points",
        ["TitleChooser.MinSummaryWords"] = "reader heuristic: shorter lines in one block are a menu or a scoreboard, not a summary's points",
        ["TitleChooser.MaxSpacedItemWords"] = "reader heuristic: a longer stretch between runs of spaces is a clause of prose, not a menu item or a button",
        ["ArticleReader.MaxQuestionHeadlineWords"] = "reader heuristic: a longer question over its standfirst is read as the lede, not the headline",
        ["ArticleReader.MaxBareNames"] = "reader heuristic: more names alone under the headline are no byline",
        ["ListingPages.MaxBareNameLength"] = "reader heuristic: a longer line is not a person's name alone under a teaser",
        ["ArticleReader.MaxKickerWords"] = "reader heuristic: a longer line set on the headline is not its kicker",
        ["ArticleReader.MaxBareNamesWords"] = "reader heuristic: a longer line of names alone is no byline",
        ["MetaLines.MaxDatelineLength"] = "reader heuristic: a longer line is not a dateline",
        ["MetaLines.MaxPageFieldWords"] = "reader heuristic: a longer field after a date is not the page's own",
        ["MetaLines.MaxRelativeDayLine"] = "reader heuristic: a longer line is not a relative day and its time (it is read on)",
        ["MetaLines.MaxLabelWords"] = "reader heuristic: the most words of a date label before a relative day",
        ["TextDates.MinOpening"] = "reader heuristic: a weekday's name cut shorter is not read as the weekday",
        ["RawArticleParser.MaxHeadingWords"] = "reader heuristic",
        ["ArticleReader.MaxRunningHeadWords"] = "reader heuristic: a longer line printed again with other numbers is text, not a running head",
        ["RawArticleParser.MaxCaptionWords"] = "reader heuristic",
        ["RawArticleParser.MaxTwoSentenceCaptionWords"] = "reader heuristic",
        ["RawArticleParser.MaxPortraitNameWords"] = "reader heuristic",
        ["RawArticleParser.MaxCreditUnderCaptionWords"] = "reader heuristic",
        ["RawArticleParser.MinLabelledCaptionChars"] = "reader heuristic",
        ["RawArticleParser.MinLabelledCaptionWords"] = "reader heuristic",
        ["RawArticleParser.MinOpenCaptionWords"] = "reader heuristic",
        ["ArticleReader.MaxVerdictWords"] = "reader heuristic",
        ["SectionLabels.MaxWords"] = "reader heuristic",
        ["MetaWords.MaxRoleLabelLength"] = "reader heuristic: the longest job label before a colon read as a byline's label",
        ["MetaWords.MaxRoleLabelWords"] = "reader heuristic: the most words of a job label before a colon",
        ["DeskLabels.MaxLabelLength"] = "reader heuristic: the longest desk label ('Standfirst') looked for before a colon",
        ["OpeningWords.MaxInitials"] = "reader heuristic: the longest abbreviation in capitals ('NATO') matched against the initials of a run of capitalised words",
        ["TitleChooser.MaxTitleLabelWords"] = "reader heuristic: a longer label before a headline is not cut from the page title",
        ["ArticleReader.MaxClaimBoxLines"] = "reader heuristic",
        ["RunningText.MaxTitleSeparators"] = "reader heuristic: a line with more separators is a row of menu items, not a headline",
        ["LineFeatures.MaxPitchWords"] = "reader heuristic",
        ["ReaderData.MaxActionWords"] = "reader heuristic",
        ["ReaderData.MaxBoxLabelWords"] = "reader heuristic",
        ["ReaderData.MaxEndWords"] = "reader heuristic",
        ["TableRows.MaxCells"] = "reader heuristic: a wider run of cells is not a table row",
        ["TableRows.MaxCellWords"] = "reader heuristic",
        ["TrailingCredit.MaxCreditWords"] = "reader heuristic",
        ["RawArticleParser.MinChapters"] = "reader heuristic: fewer lines opening with a running time are no list of chapters",
        ["TitleChooser.MaxMastheadWords"] = "reader heuristic: a longer first line is no site's name over the headline",
        ["ForeignLabels.MaxBracketedLength"] = "reader heuristic: a longer line in brackets is read as text, not as a label with its credit",
        ["ForeignLabels.MaxValueLength"] = "reader heuristic: a longer figure after a reading time's label is the line's own text",
        ["UiLabels.MaxLabelWords"] = "reader heuristic: a longer line is no button or label of the page's own (it is read as text)",
        ["UiLabels.MaxTeaserWords"] = "reader heuristic: a longer line under a 'see also' label is no teaser's headline",
        ["UiLabels.MaxColonLabelWords"] = "reader heuristic: a longer line ending in a colon is read as an introduction, not a cross-reference's label, unless its words are known",
        ["NoticeBoxes.MaxTitleWords"] = "reader heuristic: a longer line over a notice box is text, not the box's title",
        ["HeaderCaptions.MaxSceneWords"] = "reader heuristic: a longer line over the lede is no picture's caption read by its tense",
        ["ArticleReader.MaxSignOffLength"] = "reader heuristic: a longer tail of a paragraph is no wire desk's sign-off",
        ["UiLabels.MaxColonTeasers"] = "reader heuristic: more headline-shaped lines under a colon are a list the article introduces",
        ["GluedHeadlines.MaxKickerWords"] = "reader heuristic: a longer stretch before a lower-case letter run into a capital is no kicker run into the headline",
        ["ArticleReader.MaxTaglineWords"] = "reader heuristic: a longer tail after a headline's dash is no site's tagline",
        ["ClosingNotes.MaxNoteWords"] = "reader heuristic: a longer paragraph under the story is the story's, not a note of the publication",
        ["ClosingNotes.MaxMastheadWords"] = "reader heuristic: a longer first line is no masthead",
        ["ClosingNotes.MinFoldedLength"] = "reader heuristic: a shorter name is in too many e-mail domains",
        ["TitleChooser.MaxQuestionHeadlineWords"] = "reader heuristic",
        ["OpeningWords.MaxStackWord"] = "reader heuristic",
        ["ArticleReader.MaxMenuWords"] = "reader heuristic",
        ["ArticleReader.MinSectionParagraphWords"] = "reader heuristic: a shorter line around a heading does not show the body cut into sections",
        ["ArticleReader.MaxCommentPrelude"] = "reader heuristic: more lines between a comment section's header and its first comment are no notes of that section",
        ["CommentThreads.MaxTextLines"] = "reader heuristic: a longer text between a time and a Reply row is no reader's comment",
        ["CommentThreads.MaxNameWords"] = "reader heuristic",
        ["ListingPages.MaxLabelLine"] = "reader heuristic: a listing's label stands among the page's first lines",
        ["ListingPages.MaxLinesToFirstItem"] = "reader heuristic",
        ["ListingPages.MaxItemWords"] = "reader heuristic",
        ["ListingPages.MaxStampWords"] = "reader heuristic",
        ["CreditWords.MinOpening"] = "reader speed: the shortest opening of a credit word the first cheap test looks for (a shorter one is looked for whole)",
        ["ListingPages.MinStoryParagraphs"] = "reader heuristic: fewer long paragraphs in a row under a listing's label may be teasers' snippets, not a story's body",
        ["ListingPages.MinStoryWords"] = "reader heuristic: a shorter paragraph under a listing's label may be a teaser's snippet",
        ["ProfilePages.MinCounts"] = "reader heuristic: fewer counts do not show a social profile",
        ["ProfilePages.MaxCountLine"] = "reader heuristic: a profile's counts stand among the page's first lines",
        ["ProfilePages.MaxCountWords"] = "reader heuristic: a longer line is no row of counts",
        ["ProfilePages.MinArticleRun"] = "reader heuristic: fewer paragraphs in a row under a profile's counts are its posts, not an article",
        ["ProfilePages.MaxBioParagraphs"] = "reader heuristic: more paragraphs before the teasers are a story, not a bio",
        ["ArticleReader.MaxTeaserWords"] = "reader heuristic",
        ["ArticleReader.MaxSiteNameWords"] = "reader heuristic",
        ["ArticleReader.MaxWrappedLength"] = "reader heuristic",
        ["ArticleReader.MaxWidgetLabelWords"] = "reader heuristic",
        ["ArticleReader.MaxCaptionWords"] = "reader heuristic",
        ["ArticleReader.MaxBulletMenuWords"] = "reader heuristic",
        ["ArticleReader.MaxBoxItemWords"] = "reader heuristic",
        ["PileTable.MaxLineLength"] = "reader heuristic: longer lines are not counted as repeated furniture",
        ["ProseClasses.MaxHeadingDistance"] = "reader heuristic",
        ["AuthorNotes.MaxWords"] = "reader heuristic",
        ["SiteNames.MaxWords"] = "reader heuristic: a longer copyright holder is not read as the site's name",
        ["ArticleReader.MaxSiteNameParts"] = "reader heuristic: a longer chain after a page title is not cut as site names",
        ["ArticleReader.MaxBareNameWords"] = "reader heuristic: a longer line alone under the headline is not read as a writer's name",
        ["ArticleReader.MaxPlaceWords"] = "reader heuristic: a longer line above a broken dateline is not read as its place",
        ["TitleChooser.MaxFullStopHeadlineWords"] = "reader heuristic: a longer sentence closed by a full stop is the lede, not a headline",
        ["SearchIndex.MaxFoldLength"] = "how many characters one letter folds to, not input",
        ["Fingerprint.BufferLimit"] = "a buffer size",
        ["DuplicateIndex.MaxChanged"] = "incremental builds: past it the whole check runs again (same output)",
        ["SiteReassembler.MaxChanged"] = "incremental builds: past it the site is assembled again (same output)",
    };

    [Fact]
    public void The_readme_and_the_guide_list_every_limit_with_the_value_the_code_holds()
    {
        var problems = Problems(Readme(), Guide());
        Assert.True(problems.Count == 0, "the limits tables and the code differ:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_value_that_differs_from_the_code_in_either_table_fails(bool inReadme)
    {
        // The summary limit written as 2,000 in one table only.
        static string Changed(string text) => Row().Replace(text, m => m.Value.StartsWith("| summary |", StringComparison.Ordinal) ? m.Value.Replace("1,000", "2,000", StringComparison.Ordinal) : m.Value);

        var problems = inReadme ? Problems(Changed(Readme()), Guide()) : Problems(Readme(), Changed(Guide()));

        Assert.Contains(problems, static p => p.Contains("'summary'", StringComparison.Ordinal) && p.Contains("1,000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_in_one_table_only_fails()
    {
        var readme = Readme().Replace("| slug |", "| slug length |", StringComparison.Ordinal);

        var problems = Problems(readme, Guide());

        Assert.Contains(problems, static p => p.Contains("'slug length'", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Contains("'slug'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_limit_constant_in_the_code_is_in_the_tables_or_said_not_to_bound_input()
    {
        var covered = s_limits.SelectMany(static l => l.Constants).ToHashSet(StringComparer.Ordinal);
        var found = new[] { typeof(SiteBuilder).Assembly, typeof(DevServer).Assembly }
            .SelectMany(static a => a.GetTypes())
            .Where(static t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(static t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(static f => f.IsLiteral && LimitName().IsMatch(f.Name))
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var unclassified = found.Where(c => !covered.Contains(c) && !s_notInputLimits.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        var gone = covered.Concat(s_notInputLimits.Keys).Where(c => LimitName().IsMatch(c[(c.IndexOf('.', StringComparison.Ordinal) + 1)..]) && !found.Contains(c))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(unclassified.Count == 0, "limit constants in no table (add a row to README.md and docs/content/limits.md, or say here why it bounds no input): " + string.Join(", ", unclassified));
        Assert.True(gone.Count == 0, "constants listed here that the code no longer has: " + string.Join(", ", gone));
    }

    private static string Readme() => File.ReadAllText(Path.Combine(s_root, "README.md"));

    private static string Guide() => File.ReadAllText(Path.Combine(s_root, "docs", "content", "limits.md"));

    internal static List<string> Problems(string readme, string guide)
    {
        var problems = new List<string>();
        var tables = new[] { ("README.md", Table(readme, "## Bad input, limits and safety")), ("docs/content/limits.md", Table(guide, "## Limits on input")) };
        foreach (var (name, table) in tables)
        {
            if (table.Count == 0)
            {
                problems.Add($"{name} has no limits table under its heading");
                continue;
            }

            foreach (var (row, _, values) in s_limits)
            {
                if (!table.TryGetValue(row, out var value))
                {
                    problems.Add($"{name} has no row '{row}'");
                    continue;
                }

                foreach (var expected in values)
                {
                    if (!Regex.IsMatch(value, $@"(?<![\d,.]){Regex.Escape(expected)}(?![\d,]\d)", RegexOptions.CultureInvariant))
                    {
                        problems.Add($"{name}: the row '{row}' says '{value}', which does not show {expected} (the value in the code)");
                    }
                }
            }

            foreach (var row in table.Keys.Where(static r => !s_limits.Any(l => l.Row == r)))
            {
                problems.Add($"{name} has a row '{row}' that is no limit this test knows: add it to LimitsTableTests with its constant");
            }
        }

        return problems;
    }

    /// <summary>The first table after <paramref name="heading"/>: first cell → second cell.</summary>
    private static Dictionary<string, string> Table(string markdown, string heading)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (at < 0) return rows;
        var started = false;
        foreach (var line in markdown[(at + heading.Length + 2)..].Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) break;
            if (!line.StartsWith('|'))
            {
                if (started) break;
                continue;
            }

            started = true;
            var cells = line.Trim().Trim('|').Split(" | ");
            if (cells.Length < 2 || cells[0].Trim() is "limit" or "---" || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            rows[cells[0].Trim()] = cells[1].Trim();
        }

        return rows;
    }

    [GeneratedRegex(@"^\|.*\|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^Max[A-Z]|Limit")]
    private static partial Regex LimitName();
}

using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class LineFeaturesTests
{
    private static LineFeatures Of(string line) => LineFeatures.Of(line, ReaderData.Default, PileTable.Empty);

    [Fact]
    public void Prose_has_a_high_share_of_stop_words_and_a_menu_none()
    {
        var prose = Of("The council said that it would decide on the plan in the spring.");
        var menu = Of("Business Innovation Culture Travel");
        Assert.True(prose.StopShare > 0.4, $"prose {prose.StopShare}");
        Assert.Equal(0, menu.StopShare);
        Assert.True(prose.EndsSentence);
        Assert.False(menu.EndsSentence);
    }

    [Theory]
    [InlineData("by Tove Lind, Bergen correspondent May 2 2023 | Updated 10:04 CEST", "Tove Lind")]
    [InlineData("by Tove Lind, Bergen correspondent", "Tove Lind")]
    [InlineData("by Tove Lind and Ola Berg", "Tove Lind, Ola Berg")]
    public void A_byline_in_lower_case_with_the_writers_job_is_read(string line, string author) => Assert.Equal(author, string.Join(", ", Of(line).Meta?.Authors ?? []));

    [Fact]
    public void A_phrase_in_lower_case_after_by_is_no_byline() => Assert.Null(Of("by the harbour wall, where the boats wait").Meta);

    [Theory]
    [InlineData("The ferry sailed at last, and the island cheered. 🧵")]
    [InlineData("Here is what the vote means for the harbour. 👇")]
    public void A_sentence_with_an_emoji_after_its_full_stop_still_ends_there(string line) => Assert.True(Of(line).EndsSentence);

    [Theory]
    [InlineData("Home > Markets > Bonds", "breadcrumb")]
    [InlineData("News › World › Europe", "breadcrumb")]
    [InlineData("date 2024-05-02 title Some headline", "scraper metadata prefix")]
    [InlineData("DAX 18,102.4 +0.6%", "ticker")]
    [InlineData("FTSE 100 8,120.5 -0.3% · Dow Jones 39,410.2 +0.2% · Gold Spot 2,315.80 +1.4% · Brent Crude 83.1 +0.5%", "ticker")]
    [InlineData("https://example.org/story/1", "address or handle")]
    [InlineData("« Older post | Valley Notes home | Newer post »", "links to the previous and next pages")]
    public void Navigation_shapes_are_named(string line, string shape) => Assert.Equal(shape, Of(line).Nav);

    [Theory]
    [InlineData("A ferry leaves the harbour at dusk on Friday. (Ivo Marsh/Valley Press )", "A ferry leaves the harbour at dusk on Friday.")]
    [InlineData("Harbour office image (KVAL 2022)", "Harbour office image")]
    public void A_caption_ending_with_its_credit_in_brackets_is_a_caption(string line, string caption) => Assert.Equal(caption, Of(line).Caption);

    [Fact]
    public void The_council_met_on_Monday_is_no_caption() => Assert.Null(Of("The council (which meets monthly) voted on Monday.").Caption);

    [Theory]
    [InlineData("Will The Pass Ever Open Again This Winter?", true)]
    [InlineData("Fresh Tension In Valley Council", true)]
    [InlineData("Pass closed for a third day after heavy snow", false)]
    [InlineData("MOUNTAIN NEWS TODAY", false)]
    [InlineData("Prime Minister Ana Roth said on Monday that the road would reopen.", false)]
    public void Headline_capitalisation_is_measured(string line, bool titleCase) => Assert.Equal(titleCase, Of(line).TitleCase);

    [Theory]
    [InlineData("by Mia Lund", "Mia Lund")]
    [InlineData("Lena Hart, Digital Journalist", "Lena Hart")]
    public void A_lower_case_byline_or_a_name_with_a_job_title_is_a_byline(string line, string author) => Assert.Equal(author, Of(line).Meta?.Author);

    [Theory]
    [InlineData("by the river")]
    [InlineData("by Monday")]
    public void A_fragment_starting_with_by_is_no_byline(string line) => Assert.Null(Of(line).Meta);

    [Theory]
    [InlineData("The minister said the price would rise by 5% next year.")]
    [InlineData("Home is where the heart is, she said.")]
    [InlineData("Shares 12% up, 4.5 +0.2 so far")]
    public void Sentences_are_no_navigation(string line) => Assert.Null(Of(line).Nav);

    [Theory]
    [InlineData("Image source, Getty Images", "Getty Images")]
    [InlineData("Photograph: Mia Lund/Nordic Pictures", "Mia Lund/Nordic Pictures")]
    [InlineData("(AA Photo)", "AA Photo")]
    [InlineData("[Tom Ray/Reuters]", "Tom Ray/Reuters")]
    [InlineData("Karl Ek/AFP/Getty Images", "Karl Ek/AFP/Getty Images")]
    [InlineData("Picture credit: Ana Lopes", "Ana Lopes")]
    [InlineData("Mynd: Jógvan Hansen", "Jógvan Hansen")]
    [InlineData("Bild: Karin Berg", "Karin Berg")]
    public void Credit_shapes_give_the_credit(string line, string credit) => Assert.Equal(credit, Of(line).Credit);

    [Fact]
    public void A_labelled_caption_gives_its_text()
    {
        var f = Of("Image caption, Boats wait in the harbour");
        Assert.Equal("Boats wait in the harbour", f.Caption);
        Assert.Null(f.Credit);
    }

    [Theory]
    [InlineData("Skip to main content", FurnitureKind.Line)]
    [InlineData("Related Topics", FurnitureKind.Label)]
    [InlineData("Follow us on the radio app", FurnitureKind.Action)]
    [InlineData("Telegram  LinkedIn  Email  Print", FurnitureKind.Line)]
    [InlineData("Font size A+ A−   Share", FurnitureKind.Line)]
    [InlineData("Pubblicità", FurnitureKind.Insert)]
    [InlineData("ADVERTISEMENT", FurnitureKind.Insert)]
    [InlineData("Views: 1,307", FurnitureKind.Line)]
    [InlineData("You are receiving this email because you joined at the club's open day.", FurnitureKind.Line)]
    [InlineData("Want to change how you receive these emails?", FurnitureKind.Line)]
    [InlineData("You can update your preferences or unsubscribe from this list.", FurnitureKind.Line)]
    [InlineData("Was this article helpful?", FurnitureKind.Line)]
    [InlineData("Did you find this page useful? Yes | No", FurnitureKind.Line)]
    [InlineData("Is this the right bus for you? Yes / No", FurnitureKind.Line)]
    [InlineData("Continued on page A4", FurnitureKind.Insert)]
    [InlineData("<< Back to page 101", FurnitureKind.Insert)]
    [InlineData("Upcoming events", FurnitureKind.Label)]
    public void Known_furniture_comes_from_the_data_file(string line, FurnitureKind kind) => Assert.Equal(kind, Of(line).Known);

    [Theory]
    [InlineData("Share this story")]
    [InlineData("Share on WhatsApp")]
    [InlineData("Support independent local journalism")]
    [InlineData("Register to keep reading")]
    [InlineData("Download the app")]
    [InlineData("Copy the link")]
    public void A_button_that_starts_with_a_verb_which_is_also_a_noun_is_a_call_to_action(string line) => Assert.Equal(FurnitureKind.Action, Of(line).Known);

    [Theory]
    [InlineData("Share prices slide after the profit warning")]
    [InlineData("Support for the bypass grows among shopkeepers")]
    [InlineData("Search for the missing kayaker resumes at dawn")]
    [InlineData("Download speeds double in hill villages")]
    [InlineData("Follow-up inspection ordered at the care home")]
    public void A_headline_that_starts_with_such_a_noun_is_no_call_to_action(string line) => Assert.Null(Of(line).Known);

    [Theory]
    [InlineData("Share and print the form before the meeting")]
    [InlineData("Facebook and X")]
    public void Tool_words_in_a_phrase_are_no_row_of_tools(string line) => Assert.NotEqual(FurnitureKind.Line, Of(line).Known);

    [Fact]
    public void A_site_may_add_more_furniture_patterns_than_one_automaton_holds()
    {
        // Each pattern is small, but together they pass the linear-time engine's size limit for one alternation.
        var extra = Enumerable.Range(0, 120).Select(static n => $"Sponsored corner {n} (?:today|tonight|this week)[a-z ]{{0,400}}").ToList();
        Assert.Throws<NotSupportedException>(() => LinearRegex.Create("^(?:" + string.Join('|', extra) + ")$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));
        var data = ReaderData.Load(extra, [], ReaderData.DefaultRepetitionThreshold);
        Assert.Equal(FurnitureKind.Line, data.Furniture("Sponsored corner 117 tonight", 4));
        Assert.Equal(FurnitureKind.Line, data.Furniture("Sponsored corner 3 this week", 5));
        Assert.Null(data.Furniture("The sponsored corner of the market stayed empty tonight.", 9));
    }

    [Fact]
    public void A_long_line_starting_with_a_verb_is_no_call_to_action()
    {
        Assert.Null(Of("Follow the river north for two days and you reach the town where the ferry once crossed, the guide said.").Known);
    }

    [Fact]
    public void A_line_repeated_across_the_pile_is_furniture_evidence_from_the_threshold_on()
    {
        var pile = PileTable.Build(["a\nNewsletter of the week\n", "b\nNewsletter of the week\n", "c\nNewsletter of the week\n", "d\nNewsletter of the week\n"]);
        var f = LineFeatures.Of("Newsletter of the week", new ReaderData([], [], repetitionThreshold: 3), pile);
        Assert.Equal(3, f.Repeats);
        Assert.Equal("repeated in 3 other files of the pile", f.FurnitureEvidence(3));
        Assert.Null(f.FurnitureEvidence(4));
    }
}

public sealed class PitchLineTests
{
    [Theory]
    [InlineData("The day's main stories, sent to your inbox at six. You can unsubscribe whenever you like.")]
    [InlineData("We use cookies to make our site work and to measure how you use it. By carrying on you accept our cookie policy.")]
    [InlineData("Already a member? Log in to your account to read without ads.")]
    public void A_line_that_speaks_to_the_reader_of_the_sites_business_is_a_pitch(string line)
    {
        Assert.True(ReaderData.Default.IsPitch(line));
        Assert.NotNull(LineFeatures.Of(line, ReaderData.Default, PileTable.Empty).FurnitureEvidence(3));
    }

    [Theory]
    [InlineData("The streaming service lost a million subscribers after it raised its monthly price, the company said.")]
    [InlineData("“We will support our members,” the union's leader said of the new account rules.")]
    [InlineData("US regulators said the roads near the port would reopen to lorries on Monday.")]
    public void News_about_subscribers_or_a_quotation_is_no_pitch(string line) => Assert.False(ReaderData.Default.IsPitch(line));

    // Pitch words are found at word starts in any case, a stem going on ("SUBSCRIBE") and a short word whole; each counts once.
    [Theory]
    [InlineData("Your NEWSLETTER is ready: SUBSCRIBE today.", true)]
    [InlineData("Our 2newsletters and 3ads are yours.", true)]
    [InlineData("Our newsletter is the newsletter you read.", false)]
    [InlineData("Our roads, adsorbing newsletters.", false)]
    [InlineData("You said our transubscription cookie.", false)]
    public void Pitch_words_are_read_at_word_starts(string line, bool pitch) => Assert.Equal(pitch, ReaderData.Default.IsPitch(line));

    // A notice in the page's own language speaks to its reader with that language's pronouns (Data/address-words.tsv) and
    // names the business with its words (Data/pitch-words.txt).
    [Theory]
    [InlineData("de", "Das ist kein Abo: Ihre Anmeldung bleibt kostenlos und ohne jede Verpflichtung.")]
    [InlineData("nl", "Schrijf je in voor onze nieuwsbrief en lees elke week drie verhalen gratis.")]
    [InlineData("it", "Con il tuo consenso usiamo i cookie per contare le visite al sito.")]
    [InlineData("fr", "Abonnez-vous et recevez notre lettre sans publicité chaque matin.")]
    [InlineData("sv", "Logga in eller bli prenumerant, så får du första månaden gratis.")]
    [InlineData("fi", "Tilaa uutiskirje, niin saat sinun alueesi uutiset joka aamu.")]
    public void A_notice_in_the_pages_language_is_a_pitch(string language, string line)
    {
        Assert.True(ReaderData.Default.IsPitch(line, language));
        Assert.NotNull(LineFeatures.Of(line, ReaderData.Default, PileTable.Empty, language: language).FurnitureEvidence(3));
    }

    // One language's pronoun is another's article: French "du" is "of the", not German "you"; German "Sie" opening a
    // sentence is "she" or "they"; a language's pronouns are read only on a page in that language.
    [Theory]
    [InlineData("fr", "Le nombre d'abonnés du service a chuté après la hausse du prix et la fin de la publicité gratuite.")]
    [InlineData("de", "Sie forderte mehr Datenschutz und eine kostenlose Beratung für alle Familien der Stadt.")]
    [InlineData("fr", "Das ist kein Abo: Ihre Anmeldung bleibt kostenlos und ohne jede Verpflichtung.")]
    [InlineData("en", "Schrijf je in voor onze nieuwsbrief en lees elke week drie verhalen gratis.")]
    public void News_or_another_languages_pronoun_is_no_pitch(string language, string line) => Assert.False(ReaderData.Default.IsPitch(line, language));
}

using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class TagDetectorTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story", TagsConfig? config = null)
    {
        var detector = new TagDetector(s_gazetteer, config ?? new TagsConfig());
        return [.. detector.Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];
    }

    [Fact]
    public void People_are_tagged_by_full_name_and_later_surnames_count_for_them()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Halvorsen rejects the harbour plan", TextRole.Title),
            new TextSegment("Fisheries minister Ingrid Halvorsen rejected the plan on Monday. Halvorsen said the fees were too high.", TextRole.Body),
        ]);
        var tag = Assert.Single(tags);
        Assert.Equal("Ingrid Halvorsen", tag.Name);
        Assert.Equal(3, tag.Mentions);
    }

    [Fact]
    public void A_kicker_in_capitals_is_no_acronym()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Let the night buses run", TextRole.Title),
            new TextSegment("COLUMN", TextRole.Kicker),
            new TextSegment("The last bus leaves the hospital before the night shift ends, and the cleaners walk home.", TextRole.Body),
        ]);
        Assert.Empty(tags);
    }

    [Fact]
    public void Titles_are_not_part_of_the_name()
    {
        Assert.Equal(["Mette Frederiksen"], Tags("Danish Prime Minister Mette Frederiksen visited the port."));
    }

    [Fact]
    public void Acronyms_and_their_spelled_out_names_are_one_tag()
    {
        var tags = Tags("The Nordic Fisheries Council (NFC) met in Oslo. The NFC said quotas would fall. Members of the NFC disagreed.");
        Assert.Equal(["Nordic Fisheries Council"], tags);
    }

    [Fact]
    public void Built_in_aliases_make_EU_and_European_Union_one_tag()
    {
        Assert.Equal(["European Union"], Tags("The EU agreed. Ministers of the European Union met in Brussels."));
        Assert.Equal(["European Union"], Tags("The EU agreed on new rules."));
    }

    [Fact]
    public void Names_merge_case_and_accent_insensitively()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect([new TextSegment("Coach Zoë Mbappé-Okafor praised the team. Coach Zoe Mbappe-Okafor said more.", TextRole.Body)]);
        Assert.Equal(2, Assert.Single(tags).Mentions);
    }

    [Theory]
    [InlineData("Fans celebrated the World Cup in the streets of the city.")]
    [InlineData("They walked along the Danube bridge and into Vila Nova.")]
    [InlineData("The storm hit the town of Hallstatt and the Black Sea coast.")]
    [InlineData("Several European teams and the Arab world watched.")]
    [InlineData("It happened on New Year’s Day in Eastern Europe.")]
    [InlineData("A JavaScript file was changed. #HarbourHack was trending.")]
    [InlineData("Residents Of The Old Town Say No")]
    public void Places_things_events_and_hashtags_are_not_tags(string text)
    {
        Assert.Empty(Tags(text, title: "Story"));
    }

    [Fact]
    public void A_single_word_is_a_tag_when_the_text_introduces_it_as_a_name()
    {
        Assert.Equal(["Nordkraft"], Tags("Workers at Nordkraft, a power company in Narvik, went on strike."));
        Assert.Equal(["al-Harbi"], Tags("Fighters of the militant group al-Harbi attacked a convoy."));
        Assert.Equal(["PolarLink"], Tags("The cable was laid by PolarLink and its partners."));
        Assert.Empty(Tags("Visitors came from Tromsø and stayed for a week."));

        // The kind of organisation first, then its name between commas.
        Assert.Equal(["Orbitex"], Tags("The country’s space agency, Orbitex, has opened an inquiry into the failed launch."));
        Assert.Empty(Tags("The storm reached the coast, Harbourside, and then moved inland."));
    }

    [Fact]
    public void Places_that_are_not_countries_are_not_tags_but_may_start_one()
    {
        Assert.Empty(Tags("The ferry line links cities including Oslo, Los Angeles, Cape Town and Perth."));
        Assert.Empty(Tags("Only three countries had landed there before: the US, the former Soviet Union and China."));
        Assert.Equal(["New York Times"], Tags("The New York Times reported the sale on Friday, and the New York Times later confirmed it."));
    }

    [Fact]
    public void Stop_list_aliases_maximum_and_keyword_rules_come_from_config()
    {
        var text = "Ingrid Halvorsen met Lars Berg and Kari Dahl. Sanctions were discussed. Halvorsen and Berg agreed on SANCTIONS.";
        Assert.DoesNotContain("Lars Berg", Tags(text, config: new TagsConfig { Stop = ["lars berg"] }));
        Assert.Contains("Minister Halvorsen", Tags(text, config: new TagsConfig { Aliases = new Dictionary<string, string> { ["Ingrid Halvorsen"] = "Minister Halvorsen" } }));
        Assert.Equal(2, Tags(text, config: new TagsConfig { Max = 2 }).Count);
        var ruled = Tags(text, config: new TagsConfig { Rules = new Dictionary<string, string> { ["sanctions"] = "Sanctions" }, Max = 2 });
        Assert.Equal("Sanctions", ruled[0]);
    }

    [Fact]
    public void Tags_are_ordered_by_salience()
    {
        var tags = Tags("Ingrid Halvorsen spoke first. Lars Berg answered. Berg spoke again, and Berg closed the meeting.", title: "Lars Berg wins the vote");
        Assert.Equal(["Lars Berg", "Ingrid Halvorsen"], tags);
    }

    [Theory]
    [InlineData("Secretary of State Amara Lindqvist said the talks would go on.", "Amara Lindqvist")]
    [InlineData("Chancellor of the Exchequer Tomas Byrne raised the tax.", "Tomas Byrne")]
    [InlineData("Taoiseach Cathal Brennan welcomed the deal.", "Cathal Brennan")]
    [InlineData("Ministers of the European Union met on Monday.", "European Union")]
    public void An_office_with_its_portfolio_is_not_part_of_the_name(string text, string tag) => Assert.Equal([tag], Tags(text));

    [Fact]
    public void A_person_of_an_organisation_gives_two_tags()
    {
        Assert.Equal(["Orla Quinn", "SDLP"], Tags("Orla Quinn of the SDLP became deputy leader.").Order(StringComparer.Ordinal));
        Assert.Equal(["Ivo Maric", "World Bank"], Tags("Ivo Maric of the World Bank said growth would slow.").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_organisation_noun_after_a_name_makes_it_an_organisation()
    {
        Assert.Equal(["Civic Dawn"], Tags("The ruling Civic Dawn party won the vote."));
        Assert.Equal(["M23"], Tags("Fighters of the M23 group entered the town."));
        Assert.Empty(Tags("The printer takes A4 sheets only."));
    }

    [Fact]
    public void A_plural_name_after_the_is_a_team_but_a_numbered_plural_is_a_thing()
    {
        Assert.Equal(["Halden Otters", "Moss Herons"], Tags("The Halden Otters beat the Moss Herons on Sunday.").Order(StringComparer.Ordinal));
        Assert.Empty(Tags("Officials returned 1,100 Ife Bronzes to the museum."));
    }

    [Theory]
    [InlineData("Assistant coach Chad Morrison drew up the final play.", "Chad Morrison")]
    [InlineData("Saudi Aramco, the state oil giant, raised its prices.", "Saudi Aramco")]
    [InlineData("Erling Haaland scored twice on Sunday.", "Erling Haaland")]
    public void A_country_or_participle_like_first_word_can_start_a_name(string text, string tag) => Assert.Equal([tag], Tags(text));

    [Theory]
    [InlineData("Neighbouring Uganda has seen smaller protests.")]
    [InlineData("Jordan Ellis, a fan from Fort Wayne, said it was loud.")]
    [InlineData("Investors in London and New York welcomed the move.")]
    [InlineData("The rebels took Goma, the largest city in the east, on Monday.")]
    [InlineData("Hurricane Beryl hit the island. Forecasters said Beryl was the strongest storm so far.")]
    [InlineData("The Smart Lander for Investigating Moon (SLIM) touched down. SLIM sent pictures home.")]
    [InlineData("The update arrived at 09:12 IST on Tuesday.")]
    public void Places_things_adjectives_and_time_zones_are_not_tags(string text)
    {
        Assert.DoesNotContain(Tags(text), static t => t is not "Jordan Ellis");
    }

    [Fact]
    public void A_prefixed_adjective_is_no_name() => Assert.Equal(["Roberta Vella"], Tags("Roberta Vella said pro-European parties held a majority."));

    [Fact]
    public void An_apposition_naming_an_organisation_makes_a_sentence_opening_word_a_name() =>
        Assert.Equal(["Kestrel"], Tags("Kestrel, the Norwegian contract manufacturer, is building a plant."));

    [Fact]
    public void A_possessive_joins_an_organisation_name_only_after_a_group_of_people_or_an_office()
    {
        Assert.Equal(["Geert Vos", "Party for Freedom"], Tags("Geert Vos’ Party for Freedom came second.").Order(StringComparer.Ordinal));
        Assert.Equal(["European People’s Party"], Tags("The centre-right European People’s Party won."));
        Assert.Equal(["Institute of Space and Astronautical Science"], Tags("Leaders at the agency’s Institute of Space and Astronautical Science said so."));
    }

    [Fact]
    public void A_company_form_is_kept_as_written()
    {
        Assert.Equal(["Kestrel Inc."], Tags("Kestrel Inc. plans to build a plant."));
        Assert.Equal(["Hon Hai Precision Industry Co., Ltd."], Tags("The firm, Hon Hai Precision Industry Co., Ltd., is building a plant."));
    }

    [Theory]
    [InlineData("He served as a French Foreign Legion officer for years.", "French Foreign Legion")]
    [InlineData("The ruling came from the Court of Justice of the European Union on Tuesday.", "Court of Justice of the European Union")]
    [InlineData("The firm broke the General Data Protection Regulation, the watchdog said.", null)]
    public void Title_words_inside_names_do_not_split_them(string text, string? tag) =>
        Assert.Equal(tag is null ? [] : [tag], Tags(text));

    [Fact]
    public void A_quote_credit_names_its_source_but_weighs_less_than_the_story()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Harbour plan approved", TextRole.Title),
            new TextSegment("Nordkraft, a power company, will build the plant.", TextRole.Body),
            new TextSegment("Mara Lind, Coastal Wetlands Trust", TextRole.Credit),
        ]);
        Assert.Equal(["Nordkraft", "Mara Lind", "Coastal Wetlands Trust"], tags.Select(static t => t.Name));
    }

    [Fact]
    public void The_agency_in_a_dateline_is_not_a_tag()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        Assert.Empty(detector.Detect([new TextSegment("A story", TextRole.Title), new TextSegment("OSLO (Reuters Nordic) -", TextRole.Dateline)]));
    }

    [Theory]
    [InlineData("Prosecutor Anika Roos said the evidence was strong.", "Anika Roos")]
    [InlineData("Director-General Tomas Vidal called it worrying.", "Tomas Vidal")]
    [InlineData("The NCAA Administrator Lena Hoff said so.", "Lena Hoff")]
    public void A_role_written_as_a_title_is_not_part_of_the_name(string text, string tag) =>
        Assert.Contains(tag, Tags(text));

    [Theory]
    [InlineData("Neither Russia nor Brazil signed.")]
    [InlineData("Former US president Tom Hale said nothing.", "Tom Hale")]
    [InlineData("Storm Daniel hit the coast. Forecasters said Daniel was the worst storm in decades.")]
    [InlineData("The airline grounded its 737 MAX 9 jets.")]
    [InlineData("Assistant coach Ivo Berg drew up the play.", "Ivo Berg")]
    public void Openers_storms_and_models_are_not_tags(string text, string? only = null) =>
        Assert.Equal(only is null ? [] : [only], Tags(text));

    [Theory]
    // A plain word opening the sentence, written in lower case elsewhere in the article, is no part of the name after it.
    [InlineData("Reportedly Tomas Vidal left early. Officials reportedly knew.", "Tomas Vidal")]
    // ... unless the article writes the whole name in mid-sentence too, or it is an organisation's name.
    [InlineData("Rich Calder spoke first. Critics of Rich Calder called the plan rich in promises.", "Rich Calder")]
    [InlineData("National Harbour Board staff walked out. The national strike spread.", "National Harbour Board")]
    // A word opening the sentence before a country or its people is no person ("Exchange Poland", "Tual Australian officials").
    [InlineData("Harvest Poland was late. The harvest failed.")]
    [InlineData("Fisheries Norwegian officials met. Norway agreed.")]
    // ... or before a country of more than one word.
    [InlineData("Shortages New Zealand feared most were in dairy. Prices rose.")]
    // A word seen only opening sentences and written in lower case elsewhere is no organisation ("Support court ...").
    [InlineData("Support court rulings grew. The support was broad.")]
    // The rest is a name the detector knows: the opener goes even before an organisation.
    [InlineData("Economic European Union ministers met in Brussels.", "European Union")]
    // The rest, two words or more, is a name the article writes on its own elsewhere.
    [InlineData("Officially Tomas Vidal resigned. Tomas Vidal said nothing.", "Tomas Vidal")]
    // ... even where the rest's own mentions do not tell what it is: the longer run read as a person's name.
    [InlineData("Overnight Tomas Vidal resigned. It ends the Tomas Vidal era.", "Tomas Vidal")]
    public void Words_capitalised_only_because_they_open_a_sentence_are_not_names(string text, string? only = null) =>
        Assert.Equal(only is null ? [] : [only], Tags(text));

    [Fact]
    public void A_pope_is_named_with_the_title() =>
        Assert.Equal(["Pope Leo"], Tags("Pope Leo spoke to pilgrims in Rome. Leo said the bells would ring at noon."));

    [Fact]
    public void An_acronym_is_no_part_of_a_persons_name_but_a_regnal_number_is()
    {
        Assert.DoesNotContain("Talks NATO", Tags("Talks NATO officials held went well. The talks ended."));
        Assert.Contains("Charles III", Tags("King Charles III opened the bridge, and Charles III spoke."));
    }

    [Fact]
    public void An_all_capitals_kicker_is_not_split_at_a_role_word() =>
        Assert.DoesNotContain("LEAGUE", Tags("The match ended goalless.", title: "PREMIER LEAGUE"));

    [Fact]
    public void A_single_word_before_a_role_and_seen_mid_sentence_is_an_organisation() =>
        Assert.Contains("Kestrel", Tags("Kestrel chief executive Ana Lind resigned on Monday, and Kestrel shares fell."));

    [Fact]
    public void A_descriptor_the_article_writes_in_lower_case_is_not_a_first_name()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Libertarian Ramon Vidal wins the run-off", TextRole.Title),
            new TextSegment("Ramon Vidal, a libertarian economist, won on Sunday.", TextRole.Lede),
        ]);
        Assert.Equal(["Ramon Vidal"], tags.Select(static t => t.Name));
    }

    [Fact]
    public void An_organisation_for_x_and_y_is_one_name() =>
        Assert.Equal(["Africa Centres for Disease Control and Prevention"], Tags("The Africa Centres for Disease Control and Prevention declared an emergency."));

    [Fact]
    public void A_name_spelled_out_before_its_acronym_is_one_name_from_the_first_letter_the_acronym_spells()
    {
        // The demonym, the "and" and the "on" would each split the run; the acronym's letters say where the name starts.
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var authority = Assert.Single(detector.Detect([new TextSegment("Operators met the Tasmanian Harbour and Ferry Authority (THFA) on Monday. The THFA said fares would rise.", TextRole.Body)]));
        Assert.Equal(["THFA", "Tasmanian Harbour and Ferry Authority"], authority.Variants);
        Assert.Equal(["Norwegian Polar Survey"], Tags("Samples went to the Norwegian Polar Survey (NPS) in Tromsø, and the lab confirmed the finding."));
        Assert.Equal(["Tasmanian Harbour and Ferry Authority"], Tags("The Tasmanian Harbour and Ferry Authority (THFA) raised fares."));
        Assert.Contains("Committee on Coastal Fisheries", Tags("The Committee on Coastal Fisheries (CCF) published its guidance."));
        Assert.DoesNotContain("Ferry Authority", Tags("Operators met the Tasmanian Harbour and Ferry Authority (THFA) on Monday."));
    }

    [Fact]
    public void An_office_before_an_organisation_is_part_of_its_name() =>
        Assert.Equal(["General Elections Commission"], Tags("Results from the General Elections Commission (GEC) are due in March; the General Elections Commission said so."));

    [Theory]
    [InlineData("Reader Tomas Brierley, a nurse from Leeds, wrote to complain.", "Tomas Brierley")]
    [InlineData("The seat was won by Republican Delia Okonkwo after a recount.", "Delia Okonkwo")]
    [InlineData("Facebook Hallam Pryce shared the video with his followers.", "Hallam Pryce")]
    [InlineData("Earlier Ilse Marquardt had said the plan would fail.", "Ilse Marquardt")]
    [InlineData("Rancher Tobias Wendling moved his herd to the upper field in June.", "Tobias Wendling")]
    [InlineData("Nurse Abena Kwarteng checks the drip before the night round.", "Abena Kwarteng")]
    [InlineData("Photographer Ines Vallory spent a month with the crews.", "Ines Vallory")]
    [InlineData("Volunteer Sipho Dlamini stacks the chairs after every meeting.", "Sipho Dlamini")]
    [InlineData("Homemaker Leela Ranganathan said she had switched to cabbage this week.", "Leela Ranganathan")]
    [InlineData("The depot manager, Engr Bayo Adeyemi, said the pumps were fixed.", "Bayo Adeyemi")]
    [InlineData("The chairman of the traders' union, Alhaji Sani Kurfi, said members would meet.", "Sani Kurfi")]
    [InlineData("Councillors Wendeline Oakes and Rupert Szabo asked for the vote to be delayed.", "Wendeline Oakes")]
    public void A_word_saying_who_someone_is_is_not_part_of_their_name(string text, string tag)
    {
        var tags = Tags(text);
        Assert.Contains(tag, tags);
        Assert.DoesNotContain(tags, t => t.Length > tag.Length && t.EndsWith(tag, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_of_a_series_or_a_trailing_opener_is_no_name()
    {
        Assert.DoesNotContain("Group A", Tags("Group A kicks off on Tuesday, and the winners of Group A meet the hosts."));
        Assert.DoesNotContain(Tags("Published On Tuesday the results were mixed."), static t => t.StartsWith("Published", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_alone_counts_for_the_one_person_it_names()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Sutrisno Wibowo claims victory", TextRole.Title),
            new TextSegment("Sutrisno, 70, told supporters in the capital that the count was clear. Sutrisno said he would govern for all.", TextRole.Body),
        ]);
        var tag = Assert.Single(tags);
        Assert.Equal("Sutrisno Wibowo", tag.Name);
        Assert.Equal(3, tag.Mentions);
    }

    [Fact]
    public void An_acronym_several_organisations_share_is_not_read_as_one_of_them() =>
        Assert.DoesNotContain("International Criminal Court", Tags("The ICC final drew a record crowd, and the ICC praised the pitch."));

    [Fact]
    public void A_dry_riverbed_is_a_place() =>
        Assert.Empty(Tags("Two dams above Qarin, on the usually dry Wadi Qarin riverbed, were built in the 1970s. Qarin has 90,000 people.", title: "Floods hit Qarin"));

    [Fact]
    public void A_middle_initial_does_not_end_a_name() =>
        Assert.Contains("Harold T. Brennan", Tags("Former governor Harold T. Brennan will campaign in the north."));

    [Fact]
    public void An_abbreviated_title_ends_no_name()
    {
        var tags = Tags("But Republican Sen. Delia Okonkwo took a different approach, and Maine Gov. Paul Hutter agreed.");
        Assert.Contains("Delia Okonkwo", tags);
        Assert.DoesNotContain(tags, static t => t.EndsWith("Sen", StringComparison.Ordinal) || t.EndsWith("Gov", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_opening_a_sentence_before_a_name_used_alone_elsewhere_is_not_part_of_it()
    {
        var tags = Tags("Ministers met the board of Trellmont on Tuesday. Reluctantly Trellmont agreed to delay the sale. Shares in Trellmont rose.");
        Assert.DoesNotContain("Reluctantly Trellmont", tags);
    }

    [Fact]
    public void A_full_name_opening_a_sentence_stays_whole_when_the_surname_is_a_person_elsewhere()
    {
        var tags = Tags("Hilde Brakstad opened the new ferry terminal on Monday. The minister, said Ms Brakstad, wanted more crossings.");
        Assert.Contains("Hilde Brakstad", tags);
    }

    [Fact]
    public void A_word_opening_a_sentence_once_before_an_organisation_noun_is_no_name()
    {
        Assert.DoesNotContain("Gravelling", Tags("The harbour was closed for a week. Gravelling agency crews repaired the quay wall before the storm."));
        Assert.Contains("Foxholt", Tags("The harbour was closed for a week. Foxholt, the dredging company, repaired the quay wall before the storm."));
    }

    [Fact]
    public void A_word_opening_a_sentence_before_a_country_and_a_speech_verb_is_not_a_person() =>
        Assert.DoesNotContain("Privately France", Tags("Talks on fishing quotas stalled on Monday after a long night of bargaining in the port. Privately France said it would not sign the deal this year."));

    [Fact]
    public void An_honorific_alone_is_no_tag() =>
        Assert.DoesNotContain("Engr", Tags("Speaking at the depot, its manager, Engr. Bayo Adeyemi, said the pumps were fixed.", "Engr. Adeyemi reopens the depot"));

    [Fact]
    public void A_number_word_opening_a_sentence_is_not_part_of_a_name()
    {
        var tags = Tags("Twelve Marlowby students spent the break building a classroom. The trip was run by Marlowby College.");
        Assert.DoesNotContain("Twelve Marlowby", tags);
        Assert.Contains("Marlowby College", tags);
    }

    [Fact]
    public void A_number_word_before_an_organisation_keeps_its_name() =>
        Assert.Contains("Three Rivers Council", Tags("Three Rivers Council approved the budget on Monday, and the mayor welcomed it."));

    [Fact]
    public void A_person_whose_given_name_is_a_country_is_tagged_by_the_full_name()
    {
        var tags = Tags("India Farrowdale Pike, who taught at the village school for 30 years, has died. India Farrowdale Pike was 91.", "India Farrowdale Pike, teacher, dies at 91");
        Assert.Contains("India Farrowdale Pike", tags);
        Assert.DoesNotContain("Farrowdale Pike", tags);
    }

    [Fact]
    public void A_place_before_a_name_written_once_is_not_part_of_it() =>
        Assert.DoesNotContain("Kenya Ruth Wanjiru", Tags("After the vote in Kenya Ruth Wanjiru said the count had been fair."));

    [Fact]
    public void The_planet_is_no_tag() =>
        Assert.DoesNotContain("Earth", Tags("The highest tides come when the Sun and the Moon line up with Earth and the Moon is close to its nearest point in orbit. When a spring tide comes at perigee, the point where the Moon is nearest to Earth, the pull on the sea is stronger. Perigee: the point in the orbit of the Moon when it is closest to Earth."));

    [Fact]
    public void A_feed_format_is_no_organisation() =>
        Assert.DoesNotContain("RSS", Tags("Follow the advisories by email or RSS, or on the radio, every six hours."));

    [Fact]
    public void A_heading_in_capitals_is_no_acronym()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Storm warning for the northern islands", TextRole.Title),
            new TextSegment("The storm will turn west overnight and weaken by Thursday, forecasters said.", TextRole.Body),
            new TextSegment("FORECAST", TextRole.Heading),
            new TextSegment("Rain will ease on Friday across the islands.", TextRole.Body),
        ]);
        Assert.DoesNotContain(tags, t => t.Name == "FORECAST");
    }

    [Theory]
    [InlineData("We rate the claim FALSE: the photo was taken six years earlier.", "FALSE")]
    [InlineData("Read to the end of the diff before you press ENTER to comment.", "ENTER")]
    public void A_word_set_in_capitals_as_a_label_is_no_acronym(string text, string word) =>
        Assert.DoesNotContain(word, Tags(text));

    [Theory]
    [InlineData("The Lowfield Anglers’ Society met on Monday to vote on the new fees.", "Lowfield Anglers’ Society")]
    [InlineData("Delegates of the People’s Unity Party met in the capital on Sunday.", "People’s Unity Party")]
    public void A_groups_possessive_inside_an_organisations_name_is_part_of_it(string text, string name) =>
        Assert.Contains(name, Tags(text));

    [Theory]
    [InlineData("Inside Washhouse No. 3, the attendants fold towels all morning.", "Inside Washhouse")]
    [InlineData("Traders at the Queen Mathilda Market closed their stalls early because of the heat.", "Mathilda Market")]
    [InlineData("A pot of English Breakfast went cold on the table while they argued.", "English Breakfast")]
    public void A_preposition_a_market_or_a_meal_is_no_name(string text, string name) =>
        Assert.DoesNotContain(name, Tags(text));

    [Fact]
    public void An_organisation_one_is_treated_at_is_still_an_organisation() =>
        Assert.Contains("Farnley Cross Referral Hospital", Tags("A nurse checks the machine at Farnley Cross Referral Hospital on Friday.", "Dialysis unit opens"));
}

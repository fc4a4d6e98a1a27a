using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class CountryDetectorTests
{
    private static readonly CountryDetector s_detector = new(Gazetteer.LoadDefault());

    private static List<string> Codes(string body, string title = "A story")
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title), new(body, TextRole.Body) };
        return [.. s_detector.Detect(segments).Select(static c => c.Country.Code)];
    }

    [Theory]
    [InlineData("Protesters filled the streets of Tbilisi as Georgia’s parliament voted.", "GE")]
    [InlineData("Georgian officials met their Armenian counterparts.", "GE,AM")]
    public void Georgia_the_country(string text, string expected) => Assert.Equal(expected.Split(','), Codes(text));

    [Theory]
    [InlineData("Voters in Atlanta, Georgia queued for hours.")]
    [InlineData("Georgia’s governor signed the bill in Atlanta.")]
    [InlineData("The Georgia Senate race is close.")]
    [InlineData("Turnout in Georgia was high, officials in Atlanta said.")]
    [InlineData("A carmaker from Japan opened a battery plant in Georgia last year.")]
    public void Georgia_the_us_state_is_not_the_country(string text) => Assert.DoesNotContain("GE", Codes(text));

    [Fact]
    public void Georgia_among_other_countries_in_a_sentence_is_the_country()
    {
        Assert.Contains("GE", Codes("Austria drew with Georgia in Leipzig, lost to Belgium and then beat Slovenia on goal difference."));
        Assert.Contains("GE", Codes("Ministers from Armenia and Azerbaijan flew to Georgia for the talks."));
    }

    [Theory]
    [InlineData("Fans in the upper tier started Mexican waves while the home side chased the total.", "MX")]
    [InlineData("Turkey and chicken farmers lost thousands of birds to the outbreak this winter.", "TR")]
    [InlineData("The tenants had little but Dutch courage when they faced the landlord.", "NL")]
    public void Idioms_that_hold_a_country_word_are_not_the_country(string text, string code) => Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("The two ministers signed the accord at the foreign ministry on calle Paraguay, in the old town of Montevideo.", "PY")]
    [InlineData("Electric minibuses now run between the depot and the town of Mexico, Pampanga, every twenty minutes.", "MX")]
    [InlineData("The loan went to the Chile Transport Drivers Cooperative, which runs the minibuses.", "CL")]
    [InlineData("Shares in Peruvian Lodge Partners fell by a fifth after the hotel group cut its forecast.", "PE")]
    [InlineData("Boatmen say the wake of the new ferries tears the Chinese fishing nets strung along the channel.", "CN")]
    [InlineData("Chefs know the crystals by the French term for a salt flower, and pay well for them.", "FR")]
    [InlineData("Ferry Notes from Holland Harbor", "NL")]
    public void Streets_towns_companies_kinds_and_terms_that_bear_a_country_word_are_not_the_country(string text, string code) =>
        Assert.DoesNotContain(code, Codes(text, title: text.Length < 40 ? text : "A story"));

    [Theory]
    [InlineData("The rebuilt ferry lay at the pier in Kadıköy, Istanbul, Türkiye, Oct. 14, 2026, before its first crossing.", "TR")]
    [InlineData("The rebuilt ferry lay at the pier in Tuzla, Türkiye, Sept. 3, 2026, before its first crossing.", "TR")]
    public void A_country_after_a_town_and_before_a_date_is_the_country(string text, string code) => Assert.Contains(code, Codes(text));

    [Fact]
    public void Jordan_the_country_and_Jordan_the_person()
    {
        Assert.Equal(["JO"], Codes("Jordan closed its border crossing on Sunday."));
        Assert.Empty(Codes("Michael Jordan played his last game. Jordan scored 15 points."));
        Assert.Empty(Codes("Jordan Peterson spoke at the event."));
        Assert.Equal(["JO"], Codes("Michael Jordan visited Amman. Jordan welcomed him."));
    }

    [Fact]
    public void Chad_the_country_and_Chad_the_name()
    {
        Assert.Equal(["TD"], Codes("Chad’s army withdrew from the border town."));
        Assert.Empty(Codes("Chad Miller, a teacher, said the school would reopen."));
        Assert.Empty(Codes("Farmers around Lake Chad lost their crops."));
    }

    [Theory]
    [InlineData("Turkey hosted the talks in Ankara.")]
    [InlineData("Türkiye hosted the talks.")]
    [InlineData("Turkish drones were shown at the fair.")]
    public void Turkey_and_Turkiye_are_one_country(string text) => Assert.Equal(["TR"], Codes(text));

    [Fact]
    public void Lower_case_turkey_is_a_bird() => Assert.Empty(Codes("They ate turkey and cranberries."));

    [Fact]
    public void Niger_and_Nigeria_are_kept_apart()
    {
        Assert.Equal(["NG"], Codes("Nigeria’s oil output rose; Nigerian officials were pleased."));
        Assert.Equal(["NE"], Codes("Niger’s junta expelled the envoy from Niamey."));
        Assert.Empty(Codes("Oil spills in the Niger Delta continue."));
    }

    [Fact]
    public void The_two_Congos_are_kept_apart_and_the_river_is_neither()
    {
        Assert.Equal(["CD"], Codes("The Democratic Republic of the Congo held elections in Kinshasa."));
        Assert.Equal(["CG"], Codes("The Republic of the Congo held elections in Brazzaville."));
        Assert.Empty(Codes("Boats crossed the Congo River at dawn."));
    }

    [Fact]
    public void Sudan_and_South_Sudan_North_and_South_Korea_Ireland_and_Northern_Ireland()
    {
        Assert.Equal(["SS"], Codes("South Sudan marked its independence day in Juba."));
        Assert.Equal(["SD"], Codes("Sudan’s army fought in Khartoum."));
        Assert.Equal(["KP"], Codes("North Korea fired a missile."));
        Assert.Equal(["KR"], Codes("South Korea protested."));
        Assert.Empty(Codes("Korea has a long history."));
        Assert.Equal(["GB"], Codes("Northern Ireland voted."));
        Assert.Equal(["IE"], Codes("Ireland voted."));
    }

    [Fact]
    public void Mexico_and_New_Mexico_the_Guineas_Dominica_and_the_Dominican_Republic()
    {
        Assert.Empty(Codes("Wildfires burned in New Mexico."));
        Assert.Equal(["MX"], Codes("Wildfires burned in Mexico."));
        Assert.Equal(["PG"], Codes("Papua New Guinea held an election.", "Papua New Guinea"));
        Assert.Equal(["GN", "GQ", "GW"], Codes("Guinea, Guinea-Bissau and Equatorial Guinea met.").Order(StringComparer.Ordinal));
        Assert.Equal(["DM"], Codes("Dominica’s prime minister spoke."));
        Assert.Equal(["DO"], Codes("The Dominican Republic closed its border."));
    }

    [Fact]
    public void Washington_as_a_metonym_and_Washington_as_something_else()
    {
        Assert.Equal(["US"], Codes("Washington said the sanctions would stay."));
        Assert.Equal(["US"], Codes("Officials in Washington and the U.S. embassy agreed."));
        Assert.Empty(Codes("The Washington Post published the letter."));
        Assert.Empty(Codes("Denzel Washington won the award."));
        Assert.Empty(Codes("Seattle is the largest city in Washington state."));
    }

    [Theory]
    [InlineData("Victoria recorded 2,000 cases last week, and health officials in Australia and New Zealand are watching.")]
    [InlineData("“We are ready,” Victoria said. Her ward in Geelong has 30 beds.")]
    [InlineData("Hospitals in Victoria and New Zealand are short of nurses.")]
    [InlineData("Sofia told the court that she had never been to Romania.")]
    [InlineData("Hamilton said the car was quicker than in Britain last month.")]
    public void A_capital_that_is_also_a_region_or_a_given_name_needs_its_own_country(string text)
    {
        var codes = Codes(text);
        Assert.DoesNotContain("SC", codes);
        Assert.DoesNotContain("BG", codes);
        Assert.DoesNotContain("BM", codes);
    }

    [Fact]
    public void A_capital_that_is_another_countrys_region_is_marked_ambiguous_in_the_gazetteer()
    {
        var regions = DataRows.Of(EmbeddedResources.ReadText("data/regions.tsv"), header: true).ToDictionary(static c => c[0], static c => c[1], StringComparer.Ordinal);
        var capitals = Gazetteer.LoadDefault().Terms.Where(t => t.Kind == TermKind.Capital && regions.TryGetValue(t.Text, out var code) && code != t.Country?.Code).ToList();
        Assert.NotEmpty(capitals);
        Assert.All(capitals, static t => Assert.True(t.Weak && t.Ambiguous, t.Text));
    }

    [Fact]
    public void An_ambiguous_capital_counts_beside_its_own_country_only()
    {
        Assert.Equal(["SC"], Codes("Seychelles opened a new port. Victoria expects more cruise ships."));
        Assert.Equal(["BG"], Codes("Bulgarian officials said Sofia would join the euro in January."));
        Assert.Equal(["AU"], Codes("Victoria said it would close its border, and Australia's other states followed."));
    }

    [Theory]
    [InlineData("Indiana voters went to the polls.", "")]
    [InlineData("The Omani delegation arrived.", "OM")]
    [InlineData("American Samoa is in the Pacific.", "AS")]
    [InlineData("A woman from Romania spoke.", "RO")]
    [InlineData("Swissport staff went on strike.", "")]
    [InlineData("Nobody told us anything.", "")]
    [InlineData("Latin American markets fell.", "")]
    public void Whole_words_only_and_the_longest_name_wins(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Codes(text));

    [Fact]
    public void A_name_inside_a_longer_proper_name_does_not_count_but_a_title_after_it_does()
    {
        Assert.Empty(Codes("Qatar Airways added a flight."));
        Assert.Equal(["BR"], Codes("Brazil President Lula spoke."));
    }

    [Fact]
    public void Countries_are_ordered_by_salience_and_only_mentioned_ones_are_listed()
    {
        var result = Codes("Peru and Chile signed a deal. Peruvian officials in Lima praised it. Chile said little.", "Peru signs fishing deal");
        Assert.Equal(["PE", "CL"], result);
    }

    [Fact]
    public void Config_aliases_add_names()
    {
        var gazetteer = Gazetteer.LoadDefault().WithAliases(new Dictionary<string, string> { ["Blighty"] = "GB" }, out var unknown);
        Assert.Empty(unknown);
        var detector = new CountryDetector(gazetteer);
        Assert.Equal("GB", Assert.Single(detector.Detect([new TextSegment("He flew back to Blighty.", TextRole.Body)])).Country.Code);
    }

    [Fact]
    public void The_gazetteer_has_every_iso_3166_entry_and_kosovo()
    {
        var gazetteer = Gazetteer.LoadDefault();
        Assert.Equal(250, gazetteer.Countries.Count);
        Assert.Equal(250, gazetteer.Countries.Select(static c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("XK", gazetteer.Find("Kosovo")?.Code);
        Assert.Equal(["XK", "RS"], Codes("Kosovar officials in Pristina accused Serbia of stalling the talks."));
        Assert.Equal("Türkiye", gazetteer.Find("Turkey")?.Name);
        Assert.Equal("CI", gazetteer.Find("Ivory Coast")?.Code);
    }

    [Fact]
    public void A_country_carries_its_aliases_and_demonyms_but_not_its_capital_as_other_names()
    {
        var gazetteer = Gazetteer.LoadDefault();
        var turkey = gazetteer.Find("TR")!;
        Assert.Contains("Turkey", turkey.OtherNames);
        Assert.Contains("Turkish", turkey.OtherNames);
        Assert.DoesNotContain("Ankara", turkey.OtherNames);
        Assert.DoesNotContain(turkey.OtherNames, static n => n.StartsWith('~'));
        Assert.Contains("Holland", gazetteer.Find("NL")!.OtherNames);
        Assert.Contains("Britain", gazetteer.Find("GB")!.OtherNames);
    }

    [Fact]
    public void An_authored_iso_short_name_is_found_even_when_it_is_no_detection_term()
    {
        // "Congo" alone is ambiguous in running text, yet it is the ISO 3166-1 short name of the Republic of the Congo.
        var gazetteer = Gazetteer.LoadDefault();
        Assert.Equal("CG", gazetteer.Find("Congo")?.Code);
        Assert.Equal("CD", gazetteer.Find("DR Congo")?.Code);
        Assert.Empty(new CountryDetector(gazetteer).Detect([new TextSegment("Barges carried timber down the Congo for weeks.", TextRole.Body)]));
    }

    [Fact]
    public void A_headline_with_names_in_it_is_not_title_case()
    {
        // In title case every word is capitalised, so "Paris Saint-Germain" could not be told from a place; here it can.
        Assert.Empty(Codes("The club lost at home.", title: "Lyon knock out Paris Saint-Germain"));
        Assert.Equal(["FR"], Codes("The club lost at home.", title: "Floods Hit Paris As Rains Continue"));
    }

    [Theory]
    [InlineData("The US National Weather Service issued a warning.", "US")]
    [InlineData("The UK Supreme Court heard the appeal.", "GB")]
    public void An_abbreviated_country_before_an_institution_still_names_the_country(string text, string code) =>
        Assert.Equal([code], Codes(text));

    [Fact]
    public void A_participle_opening_the_sentence_is_not_a_first_name() =>
        Assert.Equal(["UG"], Codes("Neighbouring Uganda has seen smaller protests."));

    [Theory]
    [InlineData("Solidarity marches were held in London and Washington.", "GB,US")]
    [InlineData("Tensions between Beijing and Washington rose again.", "CN,US")]
    [InlineData("Delegations from Armenia, Georgia and Azerbaijan met.", "AM,GE,AZ")]
    public void A_weak_name_listed_with_other_countries_counts(string text, string expected) =>
        Assert.Equal(expected.Split(','), Codes(text));

    [Fact]
    public void A_weak_name_listed_with_places_that_are_not_countries_stays_weak() =>
        Assert.Empty(Codes("Growers in Oregon, Georgia and Florida expect a good harvest."));

    [Fact]
    public void A_country_after_in_and_before_a_full_name_is_the_place()
    {
        Assert.Equal(["HU"], Codes("The party grew, while in Hungary Viktor Orbán lost ground."));
        Assert.Empty(Codes("They flew in Qatar Airways planes."));
    }

    [Fact]
    public void The_institution_of_a_country_is_not_the_country_but_its_office_holder_is()
    {
        Assert.Empty(Codes("The Oba of Benin will decide where the bronzes go."));
        Assert.Empty(Codes("The governor of the Bank of England spoke."));
        Assert.Equal(["QA"], Codes("The Emir of Qatar presented the trophy."));
        Assert.Equal(["CA"], Codes("The Government of Canada said it would help."));
        Assert.Equal(["FR"], Codes("The referee, Anna Morel of France, showed a red card."));
    }

    [Fact]
    public void A_city_and_its_country_are_not_a_list() =>
        Assert.Equal(["AU"], Codes("The festival opened in Victoria, Australia on Friday."));

    [Fact]
    public void A_weak_capital_in_a_sentence_naming_other_countries_is_the_capital()
    {
        Assert.Equal(["PK", "US"], Codes("Leaders of Pakistan sent their congratulations, as did the president in Washington."));
        Assert.Empty(Codes("Apple growers in Washington expect a good year."));
    }

    [Fact]
    public void A_weak_capital_in_the_dateline_is_the_capital()
    {
        var segments = new List<TextSegment>
        {
            new("Court blocks the tunnel plan", TextRole.Title),
            new("WASHINGTON (AP) —", TextRole.Dateline),
            new("A federal court blocked the plan on Thursday.", TextRole.Lede),
        };
        Assert.Equal(["US"], s_detector.Detect(segments).Select(static c => c.Country.Code));
    }

    [Fact]
    public void A_line_of_names_in_running_text_is_not_title_case() =>
        Assert.Empty(Codes("Thanks to Jordan Ellis, Harbour Trust."));

    [Theory]
    [InlineData("Former US president Tom Hale congratulated him.", "US")]
    [InlineData("Neither Russia nor Brazil signed the treaty.", "RU,BR")]
    public void Sentence_openers_before_a_country_are_not_first_names(string text, string expected) =>
        Assert.Equal(expected.Split(','), Codes(text));

    [Theory]
    [InlineData("Fires spread across South Australia on Tuesday.")]
    [InlineData("Farmers in Western Australia and South Australia lost crops.")]
    public void A_state_named_after_its_country_does_not_cancel_the_country_named_elsewhere(string text) =>
        Assert.Contains("AU", Codes(text, title: "Australia braces for a hot summer"));

    [Fact]
    public void A_state_named_after_its_country_is_not_a_mention_of_it() =>
        Assert.DoesNotContain("AU", Codes("Fires spread across South Australia on Tuesday."));

    [Theory]
    [InlineData("The stall sold runner beans, Italian plum tomatoes and French beans by the crate.", "FR")]
    [InlineData("Grandmother kept a tin of Danish butter cookies on the top shelf for visitors.", "DK")]
    [InlineData("The restorer spent a week stripping the old French polish from the piano lid.", "FR")]
    [InlineData("Paper Chinese lanterns hung over the market stalls all evening.", "CN")]
    public void A_demonym_naming_a_kind_of_food_or_object_is_not_the_country(string text, string code) =>
        Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("The trial plots of Sudan grass recovered quickly after the rain.", "SD")]
    [InlineData("A flock of Canada geese landed on the reservoir at dusk.", "CA")]
    [InlineData("Cook the Thai green curry slowly, with a handful of lime leaves.", "TH")]
    [InlineData("She served an Indian chutney with the cheese board.", "IN")]
    [InlineData("The café on the corner sells Vietnamese coffee made with condensed milk.", "VN")]
    [InlineData("Russian thistle spreads fast across dry pasture in a warm spring.", "RU")]
    [InlineData("The bakery sells Portuguese egg tarts warm from the oven.", "PT")]
    [InlineData("He still uses a calculator that works in reverse Polish notation.", "PL")]
    [InlineData("He brews his coffee in a French press every morning.", "FR")]
    [InlineData("The dairy on the hill milks forty Jersey cows twice a day.", "JE")]
    [InlineData("Behind the orchard wall grows an old Japanese apricot that flowers in February.", "JP")]
    [InlineData("The surveyor inked the boundaries in Indian ink on linen.", "IN")]
    [InlineData("The dealer had only the top Monaco trim left in stock, in grey.", "MC")]
    [InlineData("Rows of rusted Czech hedgehogs still line the old beach road.", "CZ")]
    public void A_country_word_naming_a_plant_dish_or_product_is_not_the_country(string text, string code) =>
        Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("The French press reported the strike on Monday.", "FR")]
    [InlineData("Investors piled into Chinese markets this week.", "CN")]
    [InlineData("Exports went to Chinese and Indian buyers.", "CN")]
    [InlineData("Sudan agreed a ceasefire on Friday.", "SD")]
    public void A_country_word_before_an_ordinary_noun_or_verb_is_still_the_country(string text, string code) =>
        Assert.Contains(code, Codes(text));

    [Theory]
    [InlineData("She spent two years at a village school, where she taught English and learned to farm.", "GB")]
    [InlineData("The notices are printed in English, Chinese, Malay and Tamil.", "CN")]
    [InlineData("He writes the labels in Dutch and then, for visitors, in English and French.", "FR")]
    [InlineData("He writes the labels in Dutch and then, for visitors, in English and French.", "NL")]
    [InlineData("Students in a Spanish 201 class raised the money themselves.", "ES")]
    [InlineData("Her grandson now speaks fluent Portuguese.", "PT")]
    public void A_demonym_used_as_a_language_is_not_the_country(string text, string code) =>
        Assert.DoesNotContain(code, Codes(text));

    [Fact]
    public void Settlers_of_a_country_elsewhere_are_not_the_country()
    {
        Assert.DoesNotContain("GB", Codes("The chapel in the valley was built by Welsh settlers in the 1880s, far from home."));
        Assert.DoesNotContain("IT", Codes("The baker, who is of Italian descent, opened her shop on the high street."));
        Assert.Contains("GB", Codes("Welsh farmers drove their tractors to the assembly building in protest."));
    }

    [Fact]
    public void A_plural_demonym_after_a_language_cue_is_people() =>
        Assert.Contains("RU", Codes("The course taught Russians and Ukrainians to repair tractors."));

    [Fact]
    public void A_demonym_naming_a_language_is_not_the_country_anywhere_in_the_article()
    {
        var codes = Codes("Our parser broke on the Swedish alphabet. Swedish has three extra letters, and the Norwegian locale sorts them differently.",
            "Why Swedish sorting broke our index");
        Assert.DoesNotContain("SE", codes);
        Assert.DoesNotContain("NO", codes);
    }

    [Fact]
    public void A_demonym_before_an_ordinary_noun_still_names_the_country() =>
        Assert.Contains("KE", Codes("Kenyan growers sent fewer roses to auction this week."));

    [Fact]
    public void In_english_before_a_noun_is_the_country_not_the_language()
    {
        Assert.Contains("GB", Codes("Bus use in English market towns fell by a fifth over the decade."));
        Assert.DoesNotContain("GB", Codes("The notice was printed in English and in Polish."));
        Assert.DoesNotContain("GB", Codes("She wrote the novel in English last year."));
    }

    [Fact]
    public void A_country_name_used_as_a_given_name_is_a_person_throughout_the_article() =>
        Assert.DoesNotContain("JO", Codes("Jordan Pellew scored the winner in stoppage time. Pellew said the goal was for his father, and Jordan – as the fans call him – bowed to the stand."));

    [Fact]
    public void A_title_cased_name_with_a_function_word_holds_the_country_name() =>
        Assert.DoesNotContain("GH", Codes("Traders at the terminal packed their cloth into Ghana Must Go bags before the ferry left."));

    [Fact]
    public void A_capital_named_in_a_paragraph_with_a_us_state_is_the_us_town()
    {
        var segments = new List<TextSegment>
        {
            new("Library in Athens extends its opening hours", TextRole.Title),
            new("ATHENS", TextRole.Dateline),
            new("The public library in Athens will stay open until 9 p.m. from next month, the Ohio library board said.", TextRole.Lede),
        };
        Assert.DoesNotContain("GR", s_detector.Detect(segments).Select(static c => c.Country.Code));
    }

    [Fact]
    public void A_capital_that_speaks_is_still_the_capital() =>
        Assert.Contains("GR", Codes("Athens said on Monday it would not extend the deadline."));

    [Theory]
    [InlineData("PERU, Bukidnon — Rice farmers in this town have switched to sweet potatoes.", "PE")]
    [InlineData("The new ferry pier opened in Chile, Bohol.", "CL")]
    public void A_country_named_town_qualified_by_an_unlisted_province_is_the_town(string text, string code) =>
        Assert.DoesNotContain(code, Codes(text));

    [Fact]
    public void A_country_listed_after_another_is_still_a_country() =>
        Assert.Equal(["FR", "DE"], Codes("Exports fell to France, Germany."));

    [Fact]
    public void A_country_name_before_a_shop_noun_is_a_retailer() =>
        Assert.DoesNotContain("IS", Codes("The arcade lost its last anchor when the Iceland store closed, and a charity shop took the unit."));

    [Fact]
    public void A_country_name_given_to_an_animal_is_the_animal_throughout_the_article() =>
        Assert.DoesNotContain("MT", Codes("Gerald walks his old terrier Malta along the dunes every morning. Malta found the shell first."));

    [Fact]
    public void A_country_name_after_an_ordinary_word_is_still_the_country() =>
        Assert.Contains("MT", Codes("The ferry to Malta was cancelled because of the storm."));

    [Fact]
    public void A_country_name_in_a_full_name_written_twice_is_a_given_name() =>
        Assert.DoesNotContain("JO", Codes("Jordan Pellew scored twice on Saturday. Jordan Pellew celebrates his second goal. \"And Jordan – he earned it,\" the coach said."));
}


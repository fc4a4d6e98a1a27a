using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// What stands around a name and is no part of it: a job noun before a person's name, the last word of an office before "of"
/// and an organisation, a legal form before a company's name, a line's label before a colon, a word in capitals that only the
/// headline prints, an age group's or an amount's code.
/// </summary>
public sealed class TagOfficesAndLabelsTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story") =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];

    [Theory]
    [InlineData("Lockkeeper Tomas Vinter, 58, has opened the gates at Hensby for thirty years. He says the spring floods are the worst.", "Tomas Vinter")]
    [InlineData("Glaciologist Ruth Okonjo measures the ice twice a week. Her team reports to the institute in March.", "Ruth Okonjo")]
    [InlineData("Bioengineer Lars Fenn checks each sample before it goes to the laboratory.", "Lars Fenn")]
    public void A_job_noun_opening_the_sentence_is_no_part_of_the_name(string body, string name)
    {
        var tags = Tags(body);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => t.EndsWith(name, StringComparison.Ordinal) && t != name);
    }

    [Fact]
    public void The_last_word_of_an_office_before_of_and_an_organisation_is_no_name()
    {
        var tags = Tags("\"The new depot halves the wait,\" said Mara Quell, Chief Executive Officer of Tarnby Freight Services. Tarnby Freight Services runs forty lorries.");
        Assert.Contains("Tarnby Freight Services", tags);
        Assert.DoesNotContain(tags, t => t.Contains("Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_form_before_a_companys_name_makes_it_an_organisation()
    {
        var tags = Tags("PT Laut Hijau Sejahtera said on Monday it would add two boats to the crossing. A Laut Hijau Sejahtera boat left the harbour at dawn.");
        Assert.Contains("Laut Hijau Sejahtera", tags);
        Assert.DoesNotContain(tags, t => t.StartsWith("PT ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_only_labels_a_line_before_a_colon_is_no_tag()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect([
            new TextSegment("Harbour film prize goes to a documentary about eels", TextRole.Title),
            new TextSegment("The jury gave its main prize to Ilse Marten on Saturday night.", TextRole.Body),
            new TextSegment("Best Editor: Joon Seo-yeon, for Low Tide", TextRole.Body),
            new TextSegment("Best Score: Amira Haddad, for Salt", TextRole.Body),
        ]).Select(static t => t.Name).ToList();
        Assert.Contains("Joon Seo-yeon", tags);
        Assert.DoesNotContain("Best Editor", tags);
        Assert.DoesNotContain("Best Score", tags);
    }

    [Fact]
    public void A_word_in_capitals_that_only_the_headline_prints_is_no_tag()
    {
        var tags = Tags("The council approved the new ferry timetable on Tuesday. Councillor Ada Rusk said the late boat would run all year.", "Ferry timetable piece v2 – LOCKED?");
        Assert.DoesNotContain("LOCKED", tags);
        Assert.Contains("Ada Rusk", tags);
    }

    [Fact]
    public void A_code_run_into_an_amount_is_no_tag()
    {
        var tags = Tags("Coach Nils Brandt said the harvest was poor. Plums sold for as little as KZT5,000 a crate, and KZT30,000 bought a cart.");
        Assert.DoesNotContain("KZT5", tags);
        Assert.DoesNotContain("KZT30", tags);
    }

    [Theory]
    [InlineData("The Harrow Cycling Forum welcomed the plan on Monday but asked for a wider lane.", "Harrow Cycling Forum")]
    [InlineData("The contractor, Pell & Sons Glazing of Hensby, expects to start in June.", "Pell & Sons Glazing")]
    public void An_organisation_word_or_noun_names_an_organisation(string body, string name) => Assert.Contains(name, Tags(body));

    [Fact]
    public void A_demonym_and_one_more_word_is_a_breed_not_a_person()
    {
        var tags = Tags("A neighbour who breeds Bolivian Criollo ponies lent the crew his barn. Bolivian Criollo ponies are sure-footed on the steep lanes.");
        Assert.DoesNotContain("Bolivian Criollo", tags);
    }

    [Fact]
    public void A_saints_abbreviation_before_a_longer_name_is_part_of_it()
    {
        var tags = Tags("Residents wrote to the St. Marren Parish Council about the bridge. The letter was also read out to the St Oswin Harbour Board on Friday.");
        Assert.Contains("St. Marren Parish Council", tags);
        Assert.Contains("St Oswin Harbour Board", tags);
        Assert.DoesNotContain("Marren Parish Council", tags);
    }

    [Fact]
    public void A_saint_named_with_a_possessive_is_a_day_or_a_church_not_a_tag()
    {
        var tags = Tags("Stalls lined the quay for St Brennock’s Day, and the choir sang at St Ailsa’s in the evening, said organiser Fenella Rusk.");
        Assert.DoesNotContain("Brennock", tags);
        Assert.DoesNotContain("Ailsa", tags);
        Assert.Contains("Fenella Rusk", tags);
    }

    [Fact]
    public void A_name_before_a_comment_threads_reply_label_is_no_tag()
    {
        var tags = Tags("The ferry was late again on Monday, the harbour office said.\nOrla Penhale Reply\nIt is late every Monday.");
        Assert.DoesNotContain(tags, t => t.Contains("Penhale", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malay_honorific_is_a_title_not_a_name()
    {
        var tags = Tags("Tun Hashim Rauf said the dam would be finished by June. The state's engineer, Datuk Aminah Kassim, agreed with Tun Hashim Rauf.");
        Assert.Contains("Hashim Rauf", tags);
        Assert.Contains("Aminah Kassim", tags);
        Assert.DoesNotContain(tags, t => t.StartsWith("Tun", StringComparison.Ordinal) || t.StartsWith("Datuk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Crews reached the depot at 9pm – One Paramedic reported smoke on the third floor, the fire service said.", "Paramedic")]
    [InlineData("Contact Us To Volunteer or Donate: the shelter needs help every weekend.", "Volunteer")]
    [InlineData("The driver was taken to Kilbarrow Garda station for questioning and later released.", "Kilbarrow")]
    public void A_count_a_pronoun_or_a_station_is_no_part_of_a_name(string body, string word) =>
        Assert.DoesNotContain(Tags(body), t => t.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("The ER at Hollins Memorial closed last spring, and patients now drive an hour to the next one. The ER reopens in May.", "ER")]
    [InlineData("The charger has a USB-C plug, and the USB-C cable comes in the box with the reader.", "USB-C")]
    public void A_department_or_a_plug_written_in_capitals_is_no_tag(string body, string acronym) =>
        Assert.DoesNotContain(acronym, Tags(body));
}

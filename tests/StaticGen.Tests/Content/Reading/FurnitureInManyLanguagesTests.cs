using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The furniture of outlets the reader has never seen, in the page's own language: a cross-reference's label over another
/// story's headline (known by its words, or by its shape and place alone), a post's tags under their label, rights lines,
/// a comment section's state and prompts, an editorial-policy box, the next story's teaser. Every sentence here is our own.
/// </summary>
public sealed class FurnitureInManyLanguagesTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Theory]
    [InlineData("Te puede interesar:", "Read also:")]
    [InlineData("Διαβάστε επίσης:", "Read also:")]
    [InlineData("Soma pia:", "Read also:")]
    [InlineData("Przeczytaj też:", "Read also:")]
    [InlineData("Bunlar da ilginizi çekebilir:", "Read also:")]
    [InlineData("Archivado en:", "Filed under:")]
    [InlineData("Etiketler:", "Tags:")]
    [InlineData("Siguiente noticia", "Next story")]
    [InlineData("Artikel seterusnya:", "Next story:")]
    [InlineData("Deja tu comentario", "Leave a Comment")]
    public void A_label_of_another_language_is_read_as_its_English_counterpart(string line, string english) =>
        Assert.Equal(english, ForeignLabels.Read(line));

    [Theory]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("© 2026 Diario del Puerto. Todos los derechos reservados")]
    [InlineData("Tutti i diritti riservati")]
    [InlineData("Hak cipta terpelihara 2026 Berita Pantai")]
    [InlineData("Kommentare sind geschlossen.")]
    [InlineData("Los comentarios están moderados y pueden tardar en aparecer.")]
    [InlineData("¿Qué opinas?")]
    [InlineData("Was meinen Sie?")]
    [InlineData("What do you think?")]
    [InlineData("Our editorial standards")]
    public void Rights_lines_comment_notices_and_prompts_are_known_furniture_in_many_languages(string line) =>
        Assert.Equal(FurnitureKind.Line, ReaderData.Default.Furniture(line, RawArticleParser.WordCount(line)));

    [Theory]
    [InlineData("Worth a look:")]
    [InlineData("Basahin din:")]
    [InlineData("Xem thêm:")]
    public void A_short_label_ending_in_a_colon_over_another_storys_headline_is_a_cross_reference_and_a_list_the_story_introduces_stays(string label)
    {
        var page = $"""
            Bus drivers vote to strike over pay

            Bus drivers in the county voted on Monday to strike for two days next month unless the operator meets their demands.

            The demands:
            A pay rise of six percent from April
            Paid breaks on every shift over five hours

            The operator said it would meet the union again on Thursday to discuss the offer.

            {label}
            Ferry crews accept new contract after long talks

            Passengers were told to check timetables before travelling on any of the strike days.

            The union's next steps:
            Ballot the depot staff in the west of the county
            Write to every councillor before the vote in March
            Hold a rally outside the depot on the first day

            The union said the dates of the strike would be confirmed by the end of the week.
            """;
        var a = Read(page);
        var text = string.Join("\n", a.Blocks.Select(static b => b switch { RawParagraph p => p.Text, RawList l => string.Join("\n", l.Items), RawHeading h => h.Text, _ => "" }));
        Assert.DoesNotContain("Ferry crews", text, StringComparison.Ordinal);
        Assert.DoesNotContain(label, text, StringComparison.Ordinal);
        foreach (var item in (string[])["A pay rise of six percent from April", "Paid breaks on every shift over five hours", "Ballot the depot staff in the west of the county",
            "Write to every councillor before the vote in March", "Hold a rally outside the depot on the first day"])
        {
            Assert.Contains(item, text, StringComparison.Ordinal);
        }

        Assert.Contains("Passengers were told to check timetables before travelling on any of the strike days.", Paragraphs(a));
    }

    [Fact]
    public void Cross_references_tags_rights_and_comment_lines_in_the_pages_language_are_dropped()
    {
        const string page = """
            Stadt eröffnet neue Fähre über den See

            Von Anna Keller

            Die Stadt hat am Montag eine neue Fähre über den See in Betrieb genommen, die Pendler in zwanzig Minuten ans andere Ufer bringt.

            Lesen Sie auch:
            Neue Radwege am Ufer geplant

            Der Bürgermeister sagte, die Fähre werde auch im Winter fahren, wenn die Straße um den See oft gesperrt sei.

            Viele Anwohner hatten seit Jahren eine direkte Verbindung über das Wasser gefordert.

            Schlagwörter:
            Verkehr
            Fähre

            Alle Rechte vorbehalten.
            Kommentare sind geschlossen.
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "Die Stadt hat am Montag eine neue Fähre über den See in Betrieb genommen, die Pendler in zwanzig Minuten ans andere Ufer bringt.",
            "Der Bürgermeister sagte, die Fähre werde auch im Winter fahren, wenn die Straße um den See oft gesperrt sei.",
            "Viele Anwohner hatten seit Jahren eine direkte Verbindung über das Wasser gefordert.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_cross_reference_in_Swahili_and_a_newsletter_pitch_in_Malay_are_dropped()
    {
        const string swahili = """
            Serikali yazindua mradi mpya wa maji mjini Dodoma

            Serikali imezindua mradi mpya wa maji unaolenga kuwapatia wakazi zaidi ya laki mbili huduma ya maji safi katika kipindi cha miezi sita ijayo.

            Soma pia:
            Wakulima wa Morogoro wapata mbegu bora

            Waziri wa Maji alisema kazi ya kuweka mabomba itaanza mwezi ujao na itakamilika kabla ya msimu wa mvua kuanza mwakani.
            """;
        Assert.Equal(2, Paragraphs(Read(swahili)).Count);

        const string malay = """
            Majlis bandar buka pasar baharu di kawasan pelabuhan

            Majlis bandar membuka pasar baharu di kawasan pelabuhan pada pagi Sabtu selepas kerja pembinaan yang mengambil masa hampir tiga tahun.

            Datuk Bandar berkata pasar itu akan menempatkan lebih daripada dua ratus peniaga yang selama ini berniaga di tepi jalan.

            Langgani buletin kami untuk mendapatkan berita terkini terus ke peti masuk anda.
            """;
        var a = Read(malay);
        Assert.DoesNotContain(Paragraphs(a), static p => p.StartsWith("Langgani", StringComparison.Ordinal));
        Assert.Equal(2, Paragraphs(a).Count);
    }

    [Fact]
    public void Comment_prompts_a_policy_box_and_the_next_storys_label_are_no_headings()
    {
        const string page = """
            Council approves new flood wall for the river

            By Sam Porter

            The council approved plans on Tuesday for a new flood wall along the river, after two winters of flooding damaged more than 300 homes.

            The wall will be built in three stages and is expected to cost about £12m, officials said.

            What do you think?

            Our editorial standards

            Up next
            Bus fares to rise across the county in the spring

            Residents welcomed the decision but said work should start before next winter.
            """;
        var a = Read(page);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        Assert.Equal(
        [
            "The council approved plans on Tuesday for a new flood wall along the river, after two winters of flooding damaged more than 300 homes.",
            "The wall will be built in three stages and is expected to cost about £12m, officials said.",
            "Residents welcomed the decision but said work should start before next winter.",
        ], Paragraphs(a));
    }

    private const string MillLede = "Firefighters spent most of Tuesday night fighting a large fire at the old textile mill on the edge of Harwick, the fire service said.";
    private const string MillSecond = "No one was hurt, but the roof of the main building collapsed shortly after midnight.";
    private const string MillThird = "Crews from three stations were sent to the scene and stayed until the early morning.";

    [Fact]
    public void A_scene_described_in_the_present_over_a_lede_that_tells_it_in_the_past_is_a_caption_not_the_lede()
    {
        static ParsedArticle Page(string line) => Read($"""
            Fire crews battle blaze at old mill

            {line}

            {MillLede}

            {MillSecond}

            {MillThird}
            """);
        var a = Page("Firefighters work to put out the flames at the old textile mill on the edge of Harwick.");
        Assert.Equal([MillLede, MillSecond, MillThird], Paragraphs(a));
        Assert.Null(a.Standfirst);

        // A line that tells the news (a modal, a speech verb) or the past is the standfirst or the lede, as before.
        foreach (var line in (string[])["The fire service says the old textile mill on the edge of Harwick will be demolished.", "Firefighters fought the flames at the old textile mill on the edge of Harwick."])
        {
            var b = Page(line);
            Assert.True(b.Standfirst == line || Paragraphs(b).Contains(line), $"'{line}' is kept as the standfirst or a paragraph");
        }
    }

    [Fact]
    public void A_caption_printed_over_the_lede_and_again_between_paragraphs_is_dropped_in_both_places()
    {
        var page = $"""
            Fire crews battle blaze at old mill

            By Sam Porter
            12 March 2026

            A firefighter sprays water on the burning roof of the old mill

            {MillLede}

            {MillSecond}

            A firefighter sprays water on the burning roof of the old mill

            {MillThird}
            """;
        var a = Read(page);
        Assert.Equal([MillLede, MillSecond, MillThird], Paragraphs(a));
        Assert.Null(a.Standfirst);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_promotion_boxs_title_over_its_pitch_at_the_end_of_the_story_is_dropped_with_it()
    {
        var page = $"""
            Fire crews battle blaze at old mill

            {MillLede}

            {MillSecond}

            {MillThird}

            Winter appeal: help the helpers!

            Our partner charity Harbour Aid is collecting donations for families who lost their homes this winter. Give now on their website.
            """;
        var a = Read(page);
        Assert.Equal([MillLede, MillSecond, MillThird], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Theory]
    [InlineData("Langgani buletin kami untuk mendapatkan berita terkini terus ke peti masuk anda.", "ms")]
    [InlineData("Berlangganan buletin kami dan dapatkan berita pilihan setiap pagi.", "id")]
    [InlineData("Zapisz się i subskrybuj nasze newslettery, aby otrzymywać najważniejsze wiadomości.", "pl")]
    [InlineData("Zadejte váš e-mail a přihlaste se k odběru novinek a newsletteru.", "cs")]
    public void A_newsletter_pitch_in_the_pages_language_is_a_pitch(string line, string language) =>
        Assert.True(ReaderData.Default.IsPitch(line, language));

    [Fact]
    public void A_wire_desks_sign_off_run_onto_a_paragraph_is_taken_off_and_the_paragraph_stays()
    {
        const string page = """
            Feuerwehr löscht Brand in einer Lagerhalle

            Die Feuerwehr hat am Dienstagabend einen Brand in einer Lagerhalle am Hafen gelöscht, nachdem Anwohner dichten Rauch gemeldet hatten.

            „Wir waren mit drei Löschzügen vor Ort und hatten das Feuer nach einer Stunde unter Kontrolle“, sagte ein Sprecher der Feuerwehr. (ab/cde)

            Verletzt wurde niemand. Zur Ursache des Brandes machte die Polizei am Abend noch keine Angaben. Abc/Xy
            """;
        Assert.Equal(
        [
            "Die Feuerwehr hat am Dienstagabend einen Brand in einer Lagerhalle am Hafen gelöscht, nachdem Anwohner dichten Rauch gemeldet hatten.",
            "„Wir waren mit drei Löschzügen vor Ort und hatten das Feuer nach einer Stunde unter Kontrolle“, sagte ein Sprecher der Feuerwehr.",
            "Verletzt wurde niemand. Zur Ursache des Brandes machte die Polizei am Abend noch keine Angaben.",
        ], Paragraphs(Read(page)));
    }

    [Fact]
    public void A_headline_printed_again_over_its_byline_is_the_headline_not_a_caption()
    {
        // A radio promotion on the first line, the headline, a teaser sentence, the headline again right over its byline: the
        // two copies are the story's headline, not a picture's caption printed twice.
        var article = Read("""
            Listen to Harbour Radio Live

            New ministers trade their first promises

            Six newly appointed heads of department stepped before the cameras on Friday with their first statements, each of them promising a quick start.

            New ministers trade their first promises

            By Ilse Moreno, 3 September 2010, 17:00

            The new economy minister, Tomas Irving, said on Friday at his first press conference that the budget would be ready within a month and that no taxes would rise this year.

            The transport minister said the ferry contracts would be reviewed before the winter, and the health minister promised to publish waiting lists every week.
            """);

        Assert.Equal("New ministers trade their first promises", article.Title);
    }
}

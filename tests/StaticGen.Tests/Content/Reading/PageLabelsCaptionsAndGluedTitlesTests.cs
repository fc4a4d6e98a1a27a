using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// What an outlet never seen prints around its story: its own buttons and labels in its own language between the
/// paragraphs ("Ouvir este artigo", "Bekijk ook:" over a teaser), a picture's credit set in capitals, a caption printed
/// above the headline, a kicker the scraper ran into the headline, and a site's long tagline after the headline. Every
/// sentence here is our own.
/// </summary>
public sealed class PageLabelsCaptionsAndGluedTitlesTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    private static List<string> Headings(ParsedArticle a) => [.. a.Blocks.OfType<RawHeading>().Select(static h => h.Text)];

    private static LineReading LineOf(ParsedArticle a, string text) => a.Lines.Single(l => l.Text == text);

    private const string PortuguesePage = """
        Câmara aprova nova ponte sobre o rio Lis

        Por Helena Duarte
        10 de março de 2026

        A câmara municipal aprovou na quinta-feira a construção de uma nova ponte sobre o rio Lis, que deve ligar os dois bairros da margem sul ao centro.

        Ouvir este artigo

        O presidente da câmara disse que a obra vai custar cerca de sete milhões de euros e que o concurso abre ainda este ano.

        Assine o Jornal da Ribeira

        Os moradores pediam a ponte há mais de uma década, porque a travessia mais próxima fica a quatro quilómetros.

        Reações

        A oposição votou a favor, mas pediu que o projeto inclua uma faixa para bicicletas e passeios largos.
        """;

    [Fact]
    public void A_pages_own_buttons_in_its_language_between_paragraphs_are_furniture_unless_the_paragraph_under_takes_them_up()
    {
        var a = Read(PortuguesePage);
        Assert.Equal(["Reações"], Headings(a));
        Assert.Equal(4, Paragraphs(a).Count);
        Assert.Equal(LineClass.Furniture, LineOf(a, "Ouvir este artigo").Class);
        // inspect says why: the page's word, and the paragraph under it that does not take it up.
        Assert.Contains("listen", LineOf(a, "Ouvir este artigo").Evidence, StringComparison.Ordinal);
        Assert.Contains("does not take it up", LineOf(a, "Assine o Jornal da Ribeira").Evidence, StringComparison.Ordinal);

        // A line with a button's word that the paragraph under it takes up is a subheading.
        const string developed = """
            Câmara ouve os moradores sobre a nova ponte

            A câmara municipal abriu na segunda-feira uma consulta pública sobre a nova ponte, que deve ligar os dois bairros da margem sul ao centro.

            O projeto custa cerca de sete milhões de euros e o concurso abre ainda este ano, segundo o vereador das obras.

            Ouvir os moradores primeiro

            Os moradores da margem sul pediram sessões em cada bairro antes de a câmara escolher o traçado final.

            A primeira sessão realiza-se no sábado na escola primária do bairro.
            """;
        Assert.Equal(["Ouvir os moradores primeiro"], Headings(Read(developed)));
    }

    [Fact]
    public void A_see_also_label_ending_in_a_colon_takes_the_teaser_under_it()
    {
        const string page = """
            Gemeente sluit zwembad na lekkage in het dak

            De gemeente heeft het zwembad aan de Kanaalweg gesloten nadat er een lek in het dak werd gevonden, meldde een woordvoerder woensdag.

            Bekijk ook:

            Nieuw zwembad in Oost kost miljoenen meer

            Het bad blijft minstens zes weken dicht, omdat de constructie eerst moet worden onderzocht door een ingenieur.

            Zwemclubs moeten zolang uitwijken naar een bad in een buurgemeente, wat voor veel leden een lange rit betekent.
            """;
        var a = Read(page);
        Assert.Empty(Headings(a));
        Assert.Equal(3, Paragraphs(a).Count);
        Assert.Equal(LineClass.Furniture, LineOf(a, "Nieuw zwembad in Oost kost miljoenen meer").Class);
        Assert.Contains("teaser", LineOf(a, "Nieuw zwembad in Oost kost miljoenen meer").Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_first_lines_are_its_buttons_has_its_headline_as_the_title_and_no_locked_note_in_the_body()
    {
        const string page = """
            Prenumerera
            Logga in

            Kommunen bygger ny skola i Norrby

            Kommunen ska bygga en ny skola i Norrby för sexhundra elever, beslutade fullmäktige på måndagskvällen efter en lång debatt.

            Skolan ska stå klar om tre år och ersätta två äldre skolor som har problem med fukt, enligt förvaltningen.

            Detta är en låst artikel

            Oppositionen ville i stället renovera de gamla byggnaderna, vilket de menade skulle bli billigare för kommunen.
            """;
        var a = Read(page);
        Assert.Equal("Kommunen bygger ny skola i Norrby", a.Title);
        Assert.Empty(Headings(a));
        Assert.Equal(LineClass.Furniture, LineOf(a, "Detta är en låst artikel").Class);
    }

    [Fact]
    public void A_credit_set_in_capitals_with_the_outlet_after_a_comma_or_slash_is_a_credit()
    {
        foreach (var (line, credit) in (ReadOnlySpan<(string, string)>)[
            ("PHOTO MARTIN LAVOIE-GAGNON, LE QUOTIDIEN", "MARTIN LAVOIE-GAGNON, LE QUOTIDIEN"),
            ("PHOTO ÉLISE CÔTÉ, LA VOIX DE L'EST", "ÉLISE CÔTÉ, LA VOIX DE L'EST"),
            ("PHOTOS ANA RUIZ/DIARIO DEL SUR", "ANA RUIZ/DIARIO DEL SUR")])
        {
            Assert.True(RawArticleParser.TryParseCredit(line, out var parsed), line);
            Assert.Equal(credit, parsed);
        }

        // Without the name and outlet, or not in capitals, the word opens a headline.
        Assert.False(RawArticleParser.TryParseCredit("PHOTO FINISH DECIDES THE DERBY", out _));
        Assert.False(RawArticleParser.TryParseCredit("Photo finish, then tears at the derby", out _));
    }

    [Fact]
    public void A_credit_in_capitals_between_paragraphs_is_no_heading()
    {
        const string page = """
            City reopens its oldest market after renovation

            The city reopened its oldest covered market on Saturday after a renovation that took three years and cost twice as much as planned.

            Stallholders returned to the hall before dawn to set out fruit, cheese and bread for the first customers.

            PHOTO MARTIN LAVOIE-GAGNON, LE QUOTIDIEN

            The mayor said the market would stay open late on Thursdays during the summer months.
            """;
        var a = Read(page);
        Assert.Empty(Headings(a));
        Assert.Equal(3, Paragraphs(a).Count);
    }

    [Fact]
    public void A_caption_printed_above_the_headline_is_not_the_title()
    {
        const string page = """
            Fishermen haul their nets at the harbour mouth in Port Elmet on Tuesday morning.

            Harbour council votes to dredge the silted channel before winter

            By Tomasz Reed
            November 3, 2026

            The harbour council voted on Tuesday to dredge the silted channel at Port Elmet before the winter storms, ending a two-year dispute over who should pay.

            Councillors agreed that the port authority would cover two thirds of the cost, with a levy on visiting yachts paying the rest.
            """;
        var a = Read(page);
        Assert.Equal("Harbour council votes to dredge the silted channel before winter", a.Title);
        Assert.StartsWith("The harbour council voted", Paragraphs(a)[0], StringComparison.Ordinal);

        // A short headline closed by a full stop, over its deck, is no caption.
        const string shortHeadline = """
            Ferries stop for the winter.

            Operators blame fuel costs and fewer passengers on the island routes

            By Tomasz Reed
            November 3, 2026

            The two ferry companies serving the islands will stop their winter sailings from December, they said on Tuesday, blaming fuel costs.

            Islanders said the decision would leave them with one boat a week until the spring.
            """;
        Assert.Equal("Ferries stop for the winter.", Read(shortHeadline).Title);
    }

    [Fact]
    public void A_kicker_the_scraper_ran_into_the_headline_is_split_off()
    {
        const string page = """
            Merkel zu GesetzesänderungBundesweite Regeln für Ladestationen kommen

            Von Anna Berger
            14.03.2026

            Die Bundesregierung will bundesweit einheitliche Regeln für Ladestationen einführen, sagte die Kanzlerin am Dienstag in Berlin nach einem Treffen.

            Bisher gelten in jedem Bundesland eigene Vorschriften für den Bau und den Betrieb der Säulen, was Betreiber seit Jahren kritisieren.
            """;
        var a = Read(page);
        Assert.Equal("Bundesweite Regeln für Ladestationen kommen", a.Title);
        Assert.Equal("Merkel zu Gesetzesänderung", a.Kicker);

        // A name in mixed case that the story prints again is a word of the headline.
        const string named = """
            Investors pull money from BlackRock fund after weak quarter

            By Dana Whitfield
            March 14, 2026

            Investors withdrew two billion dollars from a BlackRock bond fund in the first quarter, the firm said on Tuesday, after returns fell.

            The fund had drawn steady inflows for five years before the losses, analysts said.
            """;
        var b = Read(named);
        Assert.Equal("Investors pull money from BlackRock fund after weak quarter", b.Title);
        Assert.Null(b.Kicker);
    }

    [Fact]
    public void A_sites_long_tagline_after_the_headline_goes_when_the_page_prints_it_again()
    {
        const string page = """
            Fog to linger over the valleys until Thursday – Official blog of the Riverside Weather news team

            Posted on 12 December 2026 by Press Office

            Dense fog will stay in the valleys until Thursday, forecasters said on Monday, with visibility below one hundred metres in places.

            A high pressure system over the country is keeping the air still, which lets the fog form overnight and stops it clearing.

            Official blog of the Riverside Weather news team
            """;
        Assert.Equal("Fog to linger over the valleys until Thursday", Read(page).Title);

        // With the headline printed again alone under the page title, the tagline goes though the page prints it once.
        const string repeated = """
            Frost returns to the high moors this weekend – Official blog of the Riverside Weather news team

            Frost returns to the high moors this weekend

            Posted on 14 December 2026 by Press Office

            Frost will return to the high moors on Saturday night, forecasters said on Friday, with temperatures falling to minus six.

            Walkers are asked to check the forecast before setting out and to carry warm layers.
            """;
        Assert.Equal("Frost returns to the high moors this weekend", Read(repeated).Title);

        // A clause after a dash that the page prints nowhere else is the headline's.
        const string clause = """
            Fog to linger over the valleys – Drivers told to allow extra time on the hill roads

            Posted on 12 December 2026 by Press Office

            Dense fog will stay in the valleys until Thursday, forecasters said on Monday, with visibility below one hundred metres in places.

            A high pressure system over the country is keeping the air still, which lets the fog form overnight and stops it clearing.
            """;
        Assert.Equal("Fog to linger over the valleys – Drivers told to allow extra time on the hill roads", Read(clause).Title);
    }
}

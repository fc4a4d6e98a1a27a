using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The chrome of a social post saved as text (the "See less" toggle, reaction counts, the button row, the comment box),
/// a paywall's prompt where the text stops, a blog's trailer in its own language, and labels printed with their count
/// ("3 commenti:", "Komentarze (12)"). Every sentence here is our own.
/// </summary>
public sealed class SocialPostsPaywallsAndCountedLabelsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Theory]
    [InlineData("3 commenti:", "3 Comments:")]
    [InlineData("Komentarze (12)", "Comments (12)")]
    [InlineData("Vos réactions (3)", "Comments (3)")]
    [InlineData("Temps de lecture: 3 min", "Reading time: 3 min")]
    [InlineData("Lesezeit: 5 Minuten", "Reading time: 5 Minuten")]
    [InlineData("Etichette: mare, barche, porto", "Labels: mare, barche, porto")]
    [InlineData("Posta un commento", "Post a Comment")]
    [InlineData("📷: Ana Ruiz/Radio Sur", "Photo credit: Ana Ruiz/Radio Sur")]
    public void A_label_with_its_count_or_a_new_kind_of_label_is_read_in_English(string line, string english) =>
        Assert.Equal(english, ForeignLabels.Read(line));

    [Theory]
    [InlineData("Komentarze (4)", "Partager (3)")]
    [InlineData("12 Kommentare", "12 Kommentare zu einem Streit über den Hafen")]
    [InlineData("Lesezeit: 4 Minuten", "Lesezeit ist Lebenszeit, sagte sie.")]
    public void A_count_is_read_only_beside_a_counted_label_and_a_label_only_at_a_lines_start(string label, string text)
    {
        Assert.NotNull(ForeignLabels.Read(label));
        Assert.Null(ForeignLabels.Read(text));
    }

    [Theory]
    [InlineData("See less")]
    [InlineData("👍❤️ 2.4K")]
    [InlineData("Like   Comment   Share")]
    [InlineData("2.1K   Share   Download   Save")]
    [InlineData("Most relevant")]
    [InlineData("Write a comment…")]
    [InlineData("96K Views")]
    [InlineData("Compartir en Facebook  Compartir en WhatsApp")]
    [InlineData("Partager sur Facebook Partager sur X")]
    [InlineData("You're reading a preview. Subscribe to continue reading.")]
    [InlineData("To continue reading, subscribe now")]
    [InlineData("Il vous reste 40 % de cet article à lire. La suite est réservée aux abonnés.")]
    [InlineData("Dieser Artikel ist nur für Abonnenten verfügbar.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Um einen Kommentar zu schreiben, melden Sie sich bitte an.")]
    [InlineData("Abonnez-vous à notre infolettre du matin.")]
    [InlineData("Labels: ferries, islands, transport")]
    [InlineData("#HarbourNews #Ferries")]
    [InlineData("Read more about:")]
    [InlineData("Other corrections this week")]
    [InlineData("NEWSPAPER SECTION: Business")]
    public void Social_chrome_paywall_prompts_and_a_posts_trailer_are_known_furniture(string line) =>
        Assert.NotNull(ReaderData.Default.Furniture(line, RawArticleParser.WordCount(line)));

    [Theory]
    [InlineData("See more", "See more of the coast from the new cliff path this summer.")]
    [InlineData("Like Comment Share", "Like many growers, she shares her harvest with the neighbours.")]
    [InlineData("You're reading a preview.", "Subscribers to the water scheme keep reading their meters every month.")]
    [InlineData("You must be logged in to post a comment.", "Readers who log in to the archive can continue reading old issues for free.")]
    public void A_sentence_that_uses_the_same_words_as_the_furniture_is_no_furniture(string furniture, string sentence)
    {
        Assert.NotNull(ReaderData.Default.Furniture(furniture, RawArticleParser.WordCount(furniture)));
        Assert.Null(ReaderData.Default.Furniture(sentence, RawArticleParser.WordCount(sentence)));
    }

    [Fact]
    public void A_social_post_keeps_its_text_and_photo_and_loses_its_buttons_counts_and_comments()
    {
        const string page = """
            Radio Sur 98.1
            March 3 at 9:15 AM ·

            FISHERS IN THE BAY CALL FOR A NEW BREAKWATER

            Fishers in the northern bay have asked the regional council to build a new breakwater before winter, saying the old wall no longer shelters their boats from the autumn storms.

            The association's secretary, Marta Igual, told the station that three boats had sunk at their moorings since October and that insurers were refusing to cover the rest.

            The council said engineers would visit the harbour next week and report before the budget is agreed in the spring.

            #RadioSurNews #Fishing

            📷: Ana Ruiz/Radio Sur
            bay-breakwater.jpg
            Boats moored behind the old wall on Sunday

            See less

            👍❤️ 842
            96 comments  31 shares
            Like   Comment   Share

            Most relevant
            Pere Vidal
            The wall has been falling apart for years.
            Reply · 2d

            View more comments
            Write a comment…
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "Fishers in the northern bay have asked the regional council to build a new breakwater before winter, saying the old wall no longer shelters their boats from the autumn storms.",
            "The association's secretary, Marta Igual, told the station that three boats had sunk at their moorings since October and that insurers were refusing to cover the rest.",
            "The council said engineers would visit the harbour next week and report before the budget is agreed in the spring.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Boats moored behind the old wall on Sunday", image.Caption);
        Assert.Equal("Ana Ruiz/Radio Sur", image.Credit);
    }

    [Fact]
    public void A_blog_post_in_italian_ends_above_its_labels_and_its_comments()
    {
        const string page = """
            Diario di un camminatore

            La festa del pane a Monteverde

            Sabato sono tornato alla festa del pane di Monteverde, che quest'anno ha compiuto quarant'anni e ha riempito la piazza fino a sera.

            I forni del paese hanno acceso il fuoco alle cinque del mattino e alle dieci le prime pagnotte erano già finite, con una fila che arrivava fino alla chiesa.

            Il comune spera di trovare volontari nuovi per il prossimo anno, perché quelli di sempre cominciano a essere stanchi.

            Pubblicato da Paolo Serra alle 19:10
            Etichette: feste, pane, paesi
            2 commenti:

            Giulia ha detto...
            Che bella giornata, ci vengo anche io.
            5 maggio 2026 alle ore 21:02

            Posta un commento
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "Sabato sono tornato alla festa del pane di Monteverde, che quest'anno ha compiuto quarant'anni e ha riempito la piazza fino a sera.",
            "I forni del paese hanno acceso il fuoco alle cinque del mattino e alle dieci le prime pagnotte erano già finite, con una fila che arrivava fino alla chiesa.",
            "Il comune spera di trovare volontari nuovi per il prossimo anno, perché quelli di sempre cominciano a essere stanchi.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_french_story_loses_its_reading_time_and_its_readers_reactions()
    {
        const string page = """
            Le pont de la Sarre rouvre aux piétons

            Le pont piéton qui relie les deux rives de la Sarre a rouvert lundi matin, après quatre mois de travaux sur ses appuis.

            Temps de lecture: 2 min

            La mairie a remplacé les garde-corps et repeint toute la structure, pour un coût total de 800.000 euros selon l'adjoint chargé des travaux.

            Les cyclistes devront encore descendre de leur vélo pour traverser jusqu'à la fin du mois, le temps de poser le nouveau revêtement.

            Vos réactions (2)
            Marc L.: Enfin, il était temps.
            Anne: Et les escaliers côté gare ?
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "Le pont piéton qui relie les deux rives de la Sarre a rouvert lundi matin, après quatre mois de travaux sur ses appuis.",
            "La mairie a remplacé les garde-corps et repeint toute la structure, pour un coût total de 800.000 euros selon l'adjoint chargé des travaux.",
            "Les cyclistes devront encore descendre de leur vélo pour traverser jusqu'à la fin du mois, le temps de poser le nouveau revêtement.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }
}

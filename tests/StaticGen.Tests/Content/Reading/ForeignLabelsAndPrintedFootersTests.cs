using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Labels a page prints in its own language over a cross-reference or a credit, the notices under a story (a sign-up
/// form's consent, a forum post's edit note, a publisher's "no advice" line, a guestbook under an obituary) and the running
/// heads and footers of a newsletter printed to text. Every sentence here is our own.
/// </summary>
public sealed class ForeignLabelsAndPrintedFootersTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Theory]
    [InlineData("Lire aussi : Le marché de Noël ouvre samedi", "Read also: Le marché de Noël ouvre samedi")]
    [InlineData("Lesen Sie auch", "Read also")]
    [InlineData("Les også: Ny bro over fjorden", "Read also: Ny bro over fjorden")]
    [InlineData("Crédit photo : Anne Morel", "Photo credit: Anne Morel")]
    [InlineData("Kommentare", "Comments")]
    [InlineData("Baca juga: Jembatan baru dibuka pekan depan", "Read also: Jembatan baru dibuka pekan depan")]
    [InlineData("Passer au contenu", "Skip to content")]
    [InlineData("Przejdź do treści", "Skip to content")]
    [InlineData("Berita terkait", "Related")]
    public void A_label_in_another_language_is_read_as_its_English_counterpart(string line, string english) =>
        Assert.Equal(english, ForeignLabels.Read(line));

    [Theory]
    [InlineData("Bild der Woche zeigt einen Hafen im Nebel.")]
    [InlineData("Partager la route avec les cyclistes : un défi quotidien")]
    [InlineData("The mayor said: Lire aussi was the name of the café.")]
    public void The_word_of_a_label_inside_a_line_of_text_is_the_texts_own(string line) => Assert.Null(ForeignLabels.Read(line));

    [Fact]
    public void A_cross_reference_and_a_credit_labelled_in_the_pages_language_are_furniture_and_credit()
    {
        const string page = """
            Harbour lights switched on for the winter

            The town switched on the new harbour lights on Friday evening, three weeks later than planned because of a delayed delivery.

            Lire aussi : Le port de plaisance double ses tarifs

            Fishermen said the brighter lamps made the narrow entrance much safer to use after dark.

            harbour-lights.jpg
            The new lamps along the outer wall of the harbour.
            Crédit photo : Anne Morel

            Les også: Fergen innstilt på grunn av storm

            The council will decide in the spring whether to light the inner basin as well.
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "The town switched on the new harbour lights on Friday evening, three weeks later than planned because of a delayed delivery.",
            "Fishermen said the brighter lamps made the narrow entrance much safer to use after dark.",
            "The council will decide in the spring whether to light the inner basin as well.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("The new lamps along the outer wall of the harbour.", image.Caption);
        Assert.Equal("Anne Morel", image.Credit);
    }

    [Fact]
    public void The_notices_under_a_story_are_no_text()
    {
        const string page = """
            Tram line to the airport opens a year late

            The new tram line to the airport opened on Monday, a year later than the city had promised when building began.

            Passengers can reach the terminal from the central station in 24 minutes, with trams every ten minutes at peak times.

            Sign up for the morning briefing
            By entering your email address, you agree to our terms and acknowledge our privacy notice.

            Last edited by tramfan on Mon Oct 5, 2026 9:12 am, edited 2 times in total.

            Metro Courts Weekly reports on public hearings only. Its articles are not legal advice.
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "The new tram line to the airport opened on Monday, a year later than the city had promised when building began.",
            "Passengers can reach the terminal from the central station in 24 minutes, with trams every ten minutes at peak times.",
        ], Paragraphs(a));
    }

    [Fact]
    public void An_obituary_ends_above_its_guestbook_and_the_tributes_under_it_are_readers_words()
    {
        const string page = """
            Ruth Alder, ferry captain who never missed a crossing

            Ruth Alder, who has died aged 88, took the island ferry across the sound twice a day for forty years.

            She was the first woman to hold a master's licence on the route, and trained most of the crews who followed her.

            Memories
            Sign the guestbook
            "She let me steer once when I was nine. I never forgot it." – Colin D.
            "The calmest voice on the radio in any storm." – Priya S.
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "Ruth Alder, who has died aged 88, took the island ferry across the sound twice a day for forty years.",
            "She was the first woman to hold a master's licence on the route, and trained most of the crews who followed her.",
        ], Paragraphs(a));
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_newsletter_printed_to_text_loses_its_running_heads_and_footers_and_keeps_its_paragraphs_whole()
    {
        const string page = """
            New play park for Elm Green - Parish News Spring 2026 (PDF)
            Parish News | Spring 2026 | Issue 12

            New play park for Elm Green

            The parish council has agreed to build a new play park on
            Elm Green, replacing the old swings that were taken down
            last summer after an inspection found rust in the frames.

            The park will have a climbing frame, a sandpit and a path
            wide enough for wheelchairs and buggies, the chair, Helen
            Brody, told the meeting on Thursday evening in the hall.

            Parish News | Spring 2026 | Page 2

            Work should start in April and finish before the summer
            holidays, if the ground is dry enough for the diggers to
            reach the green from the lane beside the churchyard.

            Parish News | Spring 2026 | Page 3
            Contact the clerk: 01632 960 111 | Follow us @ElmParish
            This newsletter is printed on recycled paper. Please pass it on.
            """;
        var a = Read(page);
        Assert.Equal(
        [
            "The parish council has agreed to build a new play park on Elm Green, replacing the old swings that were taken down last summer after an inspection found rust in the frames.",
            "The park will have a climbing frame, a sandpit and a path wide enough for wheelchairs and buggies, the chair, Helen Brody, told the meeting on Thursday evening in the hall.",
            "Work should start in April and finish before the summer holidays, if the ground is dry enough for the diggers to reach the green from the lane beside the churchyard.",
        ], Paragraphs(a));
    }
}

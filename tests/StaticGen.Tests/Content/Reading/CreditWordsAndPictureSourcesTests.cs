using StaticGen.Content;
using StaticGen.Content.Reading;
using static StaticGen.Tests.Support.CanalBridgePage;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Credits in the shapes a held-out round found the reader missing: a credit word of another language beside the names
/// (before them or after them, on its own line or closing the caption), a source's name over the caption, a picture label
/// over a caption that carries its own credit, a text browser's link number before an image line; and furniture lines of
/// other languages and platforms. Every page here is written for these tests.
/// </summary>
public sealed class CreditWordsAndPictureSourcesTests
{
    [Theory]
    [InlineData("Ronioci provjeravaju stup mosta u nedjelju.\nSnimka: Ana Belt", "Ronioci provjeravaju stup mosta u nedjelju.")]
    [InlineData("Scafandrii verifică pilonul podului duminică.\nSursa foto: Ana Belt", "Scafandrii verifică pilonul podului duminică.")]
    [InlineData("Narai tikrina tilto atramą sekmadienį.\nAna Belt nuotr.", "Narai tikrina tilto atramą sekmadienį.")]
    [InlineData("Los buzos revisan el pilar del puente el domingo | Gentileza Ana Belt", "Los buzos revisan el pilar del puente el domingo")]
    [InlineData("Divers check the pier below the waterline on Sunday. Photograph by Ana Belt", "Divers check the pier below the waterline on Sunday.")]
    [InlineData("Divers check the pier below the waterline on Sunday. (📸 Ana Belt)", "Divers check the pier below the waterline on Sunday.")]
    [InlineData("Divers check the pier below the waterline on Sunday. | Ana Belt | Towpath Post", "Divers check the pier below the waterline on Sunday.")]
    public void A_credit_word_beside_the_names_makes_a_credit_in_any_language(string lines, string caption)
    {
        var a = Read(Page("bridge-pier.jpg\n" + lines));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.StartsWith("Ana Belt", image.Credit, StringComparison.Ordinal);
        Assert.Empty(Headings(a));
    }

    [Theory]
    [InlineData("TOWPATH PRESS", "TOWPATH PRESS")]
    [InlineData("(Harbour Agency)", "Harbour Agency")]
    public void A_sources_name_over_the_caption_in_the_figures_block_is_its_credit(string source, string credit)
    {
        var a = Read(Page($"bridge-pier.jpg\n{source}\nDivers check the pier below the waterline on Sunday afternoon."));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Divers check the pier below the waterline on Sunday afternoon.", image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Fact]
    public void A_picture_label_over_a_caption_with_its_own_credit_heads_the_caption()
    {
        var a = Read(Page("bridge-pier.jpg\nPhoto: Divers check the pier below the waterline on Sunday. (Towpath Post: Ana Belt)"));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Divers check the pier below the waterline on Sunday.", image.Caption);
        Assert.Equal("Towpath Post: Ana Belt", image.Credit);
    }

    [Fact]
    public void A_label_word_before_photo_makes_a_credit_and_the_caption_over_it_no_heading()
    {
        var a = Read(Page("bridge-pier.jpg\nDivers at the old swing bridge in Hensby\nFile photo: Towpath Trust"));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Divers at the old swing bridge in Hensby", image.Caption);
        Assert.Equal("Towpath Trust", image.Credit);
        Assert.Empty(Headings(a));
    }

    [Fact]
    public void A_credit_under_the_caption_stays_the_pictures_over_its_caption_buttons()
    {
        var a = Read(Page("bridge-pier.jpg\nDivers check the pier below the waterline on Sunday.\nAna Belt for Towpath Post\nhide caption\ntoggle caption"));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Ana Belt for Towpath Post", image.Credit);
        Assert.DoesNotContain(Paragraphs(a).Concat(Headings(a)), static t => t.Contains("caption", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[9]bridge-pier.jpg")]
    [InlineData("[9]IMG bridge-pier.jpg")]
    [InlineData("[IMG] bridge-pier.jpg")]
    public void A_text_browsers_link_number_before_an_image_line_is_taken_off(string line)
    {
        var a = Read(Page(line + "\nDivers check the pier below the waterline on Sunday.\nPhoto: Ana Belt"));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("bridge-pier.jpg", image.Src);
        Assert.Equal("Ana Belt", image.Credit);
    }

    [Fact]
    public void A_photo_essay_keeps_each_caption_with_its_picture()
    {
        var a = Read(Page("bridge-pier.jpg\nDivers check the pier below the waterline on Sunday.\nSnimka: Ana Belt\n\nlock-gates.jpg\nThe upper lock gates were closed on Saturday evening.\nSnimka: Ana Belt\n\ntug-crew.jpg\nA tug crew waits at the mooring by the mill.\nSnimka: Ben Ashe"));
        var images = a.Blocks.OfType<RawFigure>().Select(static f => f.Image).ToList();
        Assert.Equal(["bridge-pier.jpg", "lock-gates.jpg", "tug-crew.jpg"], images.Select(static i => i.Src));
        Assert.Equal("The upper lock gates were closed on Saturday evening.", images[1].Caption);
        Assert.Equal("Ben Ashe", images[2].Credit);
        Assert.Empty(Headings(a));
    }

    [Theory]
    [InlineData("Publicitat")]
    [InlineData("Povezane vijesti")]
    public void A_label_or_prompt_between_paragraphs_is_furniture(string line)
    {
        var a = Read(Page($"Engineers expect the work to cost about two million pounds, most of it paid by the canal trust.\n\n{line}"));
        Assert.DoesNotContain(line, Headings(a));
        Assert.DoesNotContain(line, Paragraphs(a));
    }

    [Theory]
    [InlineData("Comments are moderated and may take a day to appear. Please keep to the subject and be kind to other readers.")]
    [InlineData("Subscribe to Canal Notes to keep reading this post and get seven days of free access to the archive.")]
    [InlineData("Competing interests: None declared.")]
    [InlineData("Provenance and peer review: Commissioned; not externally peer reviewed.")]
    [InlineData("TPA abc/xyz")]
    public void A_notice_under_the_story_is_furniture(string line)
    {
        var a = Read(Page("bridge-pier.jpg", $"\n{line}\n\nThe towpath itself stays open to walkers and cyclists, the trust said in a statement on its website on Monday.\n"));
        Assert.DoesNotContain(line, Paragraphs(a).Concat(Headings(a)));
    }

    [Theory]
    [InlineData("Búvárok ellenőrzik a hídpillért vasárnap. Fotó: Kovács Anna", "Búvárok ellenőrzik a hídpillért vasárnap.", "Kovács Anna")]
    [InlineData("Kafarar skoða brúarstólpann á sunnudag. Ljósmynd/Jón Jónsson", "Kafarar skoða brúarstólpann á sunnudag.", "Jón Jónsson")]
    [InlineData("Kafarar skoða brúarstólpann á sunnudag.\nLjósmynd/Jón Jónsson", "Kafarar skoða brúarstólpann á sunnudag.", "Jón Jónsson")]
    [InlineData("(Bild: Ana Belt/Kanal Presse) Taucher prüfen den Pfeiler unter der Wasserlinie am Sonntag.", "Taucher prüfen den Pfeiler unter der Wasserlinie am Sonntag.", "Ana Belt/Kanal Presse")]
    public void The_credit_word_goes_and_the_names_stay_the_credit(string lines, string caption, string credit)
    {
        var a = Read(Page("bridge-pier.jpg\n" + lines));
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Theory]
    [InlineData("Divers check the pier below the waterline on Sunday. (📸 Ana Belt)")]
    [InlineData("Narai tikrina tilto atramą sekmadienį. Ana Beltaitė nuotr.")]
    [InlineData("(Bild: Ana Belt/Kanal Presse) Taucher prüfen den Pfeiler unter der Wasserlinie am Sonntag.")]
    public void A_caption_with_its_credit_but_no_image_line_is_no_article_text(string line)
    {
        var a = Read(Page(line));
        Assert.DoesNotContain(line, Paragraphs(a).Concat(Headings(a)));
        Assert.DoesNotContain(Paragraphs(a).Concat(Headings(a)), static t => t.Contains("Ana Belt", StringComparison.Ordinal));
    }
}

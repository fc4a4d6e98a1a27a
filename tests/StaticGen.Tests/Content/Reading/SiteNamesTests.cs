using StaticGen.Configuration;
using StaticGen.Content.Reading;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Content.Reading;

/// <summary>A page's own site name (cut off its title, held by its copyright line) is its masthead, never a tag of the story.</summary>
public sealed class SiteNamesTests
{
    private const string Lede = "The harbour board voted on Tuesday to close the old ferry slip at Kestrel Point for six months while divers repair its piles.";
    private const string Second = "Board chair Imogen Tallis told The Quayside Courier that the work could not wait another winter, and that Marlow Dredging would start on Monday.";
    private const string Third = "Imogen Tallis said the slip would reopen in the spring. Marlow Dredging did not answer the Courier's questions before publication.";

    [Theory]
    [InlineData("© 2024 The Quayside Courier. All rights reserved.", "The Quayside Courier")]
    [InlineData("Copyright 2019–2024 Harbour Media Ltd | Privacy | Terms", "Harbour Media Ltd")]
    [InlineData("(c) 2023 Northgate, all rights reserved", "Northgate")]
    [InlineData("Copyright © 2025 Fenland Wire", "Fenland Wire")]
    public void A_copyright_line_names_its_holder(string line, string holder) => Assert.Equal(holder, SiteNames.CopyrightHolder(line));

    [Theory]
    [InlineData("The harbour board voted in 2024 to close the slip.")]
    [InlineData("© Kaur Lepp/Byteworks")]
    [InlineData("Copyright law changed in 2024 and few noticed.")]
    public void A_line_without_a_copyright_holder_gives_none(string line) => Assert.Null(SiteNames.CopyrightHolder(line));

    [Theory]
    [InlineData("Quayside Courier", "The Quayside Courier")]
    [InlineData("The Quayside Courier", "Quayside Courier (English Edition)")]
    [InlineData("quayside courier", "The Quayside Courier")]
    public void A_site_name_is_compared_without_the_article_case_or_edition(string tag, string site) => Assert.True(SiteNames.IsSiteName(tag, [site]));

    [Fact]
    public void Another_name_is_no_site_name() => Assert.False(SiteNames.IsSiteName("Quayside Dredging", ["The Quayside Courier"]));

    [Theory]
    [InlineData("Ferry slip at Kestrel Point to close for repairs | The Quayside Courier\nNews\nFerry slip at Kestrel Point to close for repairs\n\n")]
    [InlineData("Ferry slip at Kestrel Point to close for repairs\n\n", "\n\n© 2024 The Quayside Courier. All rights reserved.\n")]
    public void The_pages_own_site_is_not_tagged_though_the_story_names_it(string head, string tail = "")
    {
        var parsed = ArticleReader.Read("content/slip.txt", $"{head}By Ada Pell\n12 March 2024\n\n{Lede}\n\n{Second}\n\n{Third}{tail}\n").Article!;
        Assert.Contains(parsed.SiteNames, static n => n.Contains("Quayside Courier", StringComparison.Ordinal));
        var tags = new Enricher(new SiteConfig(), Gazetteer.LoadDefault()).Enrich(parsed, DateTimeOffset.UnixEpoch).Article.Tags.Select(static t => t.Name).ToList();
        Assert.Contains("Imogen Tallis", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Quayside Courier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Work on the slip starts on Monday, the Kestrel Harbour Authority said in a notice to boat owners.")]
    [InlineData("The Kestrel Harbour Authority inspected the piles last week and found two of them cracked.")]
    public void The_pages_own_organisation_is_tagged_when_it_acts_in_the_story(string sentence)
    {
        var text = $"Ferry slip at Kestrel Point to close for repairs | Kestrel Harbour Authority\nNotices\nFerry slip at Kestrel Point to close for repairs\n\n12 March 2024\n\n{Lede}\n\n{sentence}\n\n{Third}\n";
        var parsed = ArticleReader.Read("content/slip.txt", text).Article!;
        Assert.Contains(parsed.SiteNames, static n => n.Contains("Kestrel Harbour Authority", StringComparison.Ordinal));
        var tags = new Enricher(new SiteConfig(), Gazetteer.LoadDefault()).Enrich(parsed, DateTimeOffset.UnixEpoch).Article.Tags.Select(static t => t.Name).ToList();
        Assert.Contains("Kestrel Harbour Authority", tags);
    }

    [Fact]
    public void Without_a_site_name_the_outlet_the_story_names_is_tagged()
    {
        var parsed = ArticleReader.Read("content/slip.txt", $"Ferry slip at Kestrel Point to close for repairs\n\nBy Ada Pell\n12 March 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n").Article!;
        Assert.Empty(parsed.SiteNames);
        var tags = new Enricher(new SiteConfig(), Gazetteer.LoadDefault()).Enrich(parsed, DateTimeOffset.UnixEpoch).Article.Tags.Select(static t => t.Name).ToList();
        Assert.Contains(tags, static t => t.Contains("Quayside Courier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Suara Pesisir", "Suara Pesisir Media Sdn Bhd")]
    [InlineData("Gazeta del Norte", "La Gazeta del Norte")]
    [InlineData("Courrier du Lac", "Le Courrier du Lac – Actualité")]
    [InlineData("Quayside Courier", "Quayside Courier Online")]
    public void A_site_name_is_compared_without_a_foreign_article_a_section_or_the_publishers_form(string tag, string site)
    {
        Assert.True(SiteNames.IsSiteName(tag, [site]));

        // Only the publisher's form may follow the name: a name that merely begins the site's is another.
        Assert.False(SiteNames.IsSiteName(tag[..tag.IndexOf(' ', StringComparison.Ordinal)], [site]));
    }

    [Fact]
    public void The_masthead_over_the_pages_menu_is_the_site_name_and_not_tagged()
    {
        var text = $"The Quayside Courier\n\nNews\nSport\nWeather\nOpinion\n\nFerry slip at Kestrel Point to close for repairs\n\nBy Ada Pell\n12 March 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n";
        var parsed = ArticleReader.Read("content/slip.txt", text).Article!;
        Assert.Contains("The Quayside Courier", parsed.SiteNames);
        var tags = new Enricher(new SiteConfig(), Gazetteer.LoadDefault()).Enrich(parsed, DateTimeOffset.UnixEpoch).Article.Tags.Select(static t => t.Name).ToList();
        Assert.Contains("Imogen Tallis", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Quayside Courier", StringComparison.Ordinal));
    }
}

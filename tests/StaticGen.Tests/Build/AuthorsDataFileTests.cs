using System.Text.Json;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// The masthead file <c>data/authors.yml</c>: what it says about each author shows on their page and in the
/// authors index, and JSON-LD gives each author as a <c>Person</c> with the same facts.
/// </summary>
public sealed class AuthorsDataFileTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Valley Courier
        baseUrl: https://courier.example.net/
        buildDate: 2025-03-10T08:00:00Z
        -- data/authors.yml --
        Ilse Farrow:
          role: Rivers and weather reporter
          bio: Ilse walks the valley's flood banks after every storm.
          photo: staff/ilse.png
          links:
            - { name: Website, url: "https://ilse.example.org/" }
            - { name: Email, url: "mailto:ilse@courier.example.net" }
        Teodor Blum:
          role: Night editor
          photo: staff/nobody-here.png
        -- content/weir.md --
        ---
        title: The old weir gives way after a week of rain
        date: 2025-03-08
        author: [Ilse Farrow, Teodor Blum]
        ---
        Water poured through the gap for most of Sunday.
        -- content/bridge.md --
        ---
        title: Footbridge closed while engineers look at its piers
        date: 2025-03-07
        author: Casimir Oyelaran
        ---
        The council closed the footbridge on Friday evening.
        """);

    public AuthorsDataFileTests() => _site.WriteBytes("content/staff/ilse.png", TestImages.Png(48, 48));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_author_page_and_the_index_show_what_the_data_file_says()
    {
        _site.BuildOk();
        var page = _site.Html("authors/ilse-farrow/index.html");
        Assert.Equal("Rivers and weather reporter", page.QuerySelector(".profile__role")!.TextContent.Trim());
        Assert.StartsWith("Ilse walks the valley", page.QuerySelector(".profile__bio")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/images/staff/ilse.png", page.QuerySelector(".profile__photo")!.GetAttribute("src"));
        Assert.Contains("https://ilse.example.org/", page.QuerySelectorAll(".profile a").Select(static a => a.GetAttribute("href")));

        var index = _site.Html("authors/index.html");
        var ilse = index.QuerySelectorAll(".person").Single(p => p.TextContent.Contains("Ilse Farrow", StringComparison.Ordinal));
        Assert.Equal("Rivers and weather reporter", ilse.QuerySelector(".person__role")!.TextContent.Trim());
        Assert.Null(index.QuerySelectorAll(".person").Single(p => p.TextContent.Contains("Casimir", StringComparison.Ordinal)).QuerySelector(".person__role"));
    }

    [Fact]
    public void The_facts_line_is_one_item_per_fact_with_the_separators_left_to_the_style_sheet()
    {
        // On a phone the line wraps; a "·" typed between the items would open the second line (the mobile
        // meta-line fault), so each fact is its own item and the theme draws the dots where the line allows.
        _site.BuildOk();
        var facts = _site.Html("authors/ilse-farrow/index.html").QuerySelector(".profile .facts")!;
        Assert.Equal(
            ["1 article, latest first", "RSS feed", "Website", "Email"],
            facts.Children.Select(static c => c.TextContent.Trim()));
        Assert.DoesNotContain("·", facts.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_gives_each_author_as_a_person_with_role_bio_photo_and_profiles()
    {
        _site.BuildOk();
        var page = _site.Html("articles/the-old-weir-gives-way-after-a-week-of-rain/index.html");
        using var json = JsonDocument.Parse(page.Scripts.Single(s => s.Type == "application/ld+json").Text);
        var authors = json.RootElement.GetProperty("author");
        var ilse = authors[0];
        Assert.Equal("Person", ilse.GetProperty("@type").GetString());
        Assert.Equal("Ilse Farrow", ilse.GetProperty("name").GetString());
        Assert.Equal("https://courier.example.net/authors/ilse-farrow/", ilse.GetProperty("url").GetString());
        Assert.Equal("Rivers and weather reporter", ilse.GetProperty("jobTitle").GetString());
        Assert.StartsWith("Ilse walks the valley", ilse.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://courier.example.net/images/staff/ilse.png", ilse.GetProperty("image").GetString());
        // Web profiles are sameAs; an email address is not a web page about the person.
        Assert.Equal(["https://ilse.example.org/"], ilse.GetProperty("sameAs").EnumerateArray().Select(static s => s.GetString()));

        // A photo that is not there is left out, the rest kept.
        var teodor = authors[1];
        Assert.Equal("Night editor", teodor.GetProperty("jobTitle").GetString());
        Assert.False(teodor.TryGetProperty("image", out _));
        Assert.False(teodor.TryGetProperty("sameAs", out _));
    }

    [Fact]
    public void A_missing_photo_is_a_warning_naming_the_data_file()
    {
        var report = _site.BuildOk();
        var warning = Assert.Single(report.Diagnostics, static d => d.Message.Contains("nobody-here", StringComparison.Ordinal));
        Assert.Equal("data/authors.yml", warning.Path);
        Assert.Contains("Teodor Blum", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_data_file_names_its_line()
    {
        // An unknown key is a warning, as in the config; a value of the wrong shape is an error.
        _site.Write("data/authors.yml", "Ilse Farrow:\n  role: Reporter\n  shoeSize: 39\n");
        var warning = Assert.Single(_site.BuildOk().Diagnostics, static d => d.Message.Contains("shoeSize", StringComparison.Ordinal));
        Assert.Equal("data/authors.yml", warning.Path);
        Assert.Equal(3, warning.Line);

        _site.Write("data/authors.yml", "Ilse Farrow:\n  role: Reporter\n  links: [just-a-word]\n");
        var error = Assert.Single(_site.Build().Diagnostics, static d => d.IsError);
        Assert.Equal("data/authors.yml", error.Path);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_name_in_both_the_config_and_the_data_file_takes_the_data_file_and_warns()
    {
        _site.Write("site.config.yml", "title: Valley Courier\nbaseUrl: https://courier.example.net/\nauthors:\n  Ilse Farrow:\n    role: Intern\n");
        var report = _site.BuildOk();
        Assert.Equal("Rivers and weather reporter", _site.Html("authors/ilse-farrow/index.html").QuerySelector(".profile__role")!.TextContent.Trim());
        var warning = Assert.Single(report.Diagnostics, static d => d.Message.Contains("both", StringComparison.Ordinal));
        Assert.Equal("data/authors.yml", warning.Path);
        Assert.Contains("Ilse Farrow", warning.Message, StringComparison.Ordinal);
    }
}

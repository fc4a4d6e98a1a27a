using StaticGen.Configuration;
using StaticGen.Site;

namespace StaticGen.Tests.Site;

public sealed class PagerTests
{
    // Numbered from the oldest: PageUrls[0] is the front, PageUrls[n] page n.
    private static Pager Oldest(int number, int numbered) =>
        new(number, numbered + 1, 0, [], ["/", .. Enumerable.Range(1, numbered).Select(n => $"/page/{n}/")]) { Numbering = PageNumbering.FromOldest };

    [Fact]
    public void Numbered_from_the_oldest_a_page_links_its_neighbours_and_page_one_never_the_highest_number_from_below()
    {
        Assert.Equal([6, 5, 4, 0, 1], Oldest(5, 9).Numbers);
        Assert.Equal([4, 3, 2, 1], Oldest(3, 9).Numbers);
        Assert.Equal([9, 8, 0, 1], Oldest(0, 9).Numbers);
        Assert.Equal([2, 1], Oldest(1, 9).Numbers);
        Assert.Empty(Oldest(0, 0).Numbers);
        // Page 5's links are the same whether the list has 9 numbered pages or 90.
        Assert.Equal(Oldest(5, 9).Numbers, Oldest(5, 90).Numbers);
    }

    [Fact]
    public void Numbered_from_the_oldest_newer_leads_to_the_front_and_older_to_page_one()
    {
        Assert.Equal((null, "/page/3/", true), (Oldest(0, 3).PreviousUrl, Oldest(0, 3).NextUrl, Oldest(0, 3).IsFront));
        Assert.Equal(("/", "/page/2/"), (Oldest(3, 3).PreviousUrl, Oldest(3, 3).NextUrl));
        Assert.Equal(("/page/2/", null), (Oldest(1, 3).PreviousUrl, Oldest(1, 3).NextUrl));
        Assert.Equal(("/", "/page/1/"), (Oldest(2, 3).FirstUrl, Oldest(2, 3).LastUrl));
        Assert.Equal(("/", "/"), (Oldest(0, 0).FirstUrl, Oldest(0, 0).LastUrl));
        Assert.Null(Oldest(0, 0).NextUrl);
    }

    [Fact]
    public void Numbered_from_the_newest_the_pager_is_as_it_was()
    {
        var pager = new Pager(2, 5, 45, [], ["/", "/page/2/", "/page/3/", "/page/4/", "/page/5/"]);

        Assert.Equal(("/", "/page/3/", "/", "/page/5/", false), (pager.PreviousUrl, pager.NextUrl, pager.FirstUrl, pager.LastUrl, pager.IsFront));
        Assert.Equal([1, 2, 3, 4, 5], pager.Numbers);
        Assert.Equal([1, 0, 4, 5, 6, 7, 8, 9, 10], Pager.NewestNumbers(6, 10));
    }
}

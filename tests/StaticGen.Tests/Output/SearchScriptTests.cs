using Jint;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Site;
using StaticGen.Tests.Support;
using static StaticGen.Tests.Output.OutputFixtures;

namespace StaticGen.Tests.Output;

/// <summary>
/// The theme's search script (<c>assets/js/search.js</c>, as embedded) run in a JavaScript
/// interpreter against an index written by <see cref="SearchIndex"/>: both sides must fold,
/// split and shard words alike.
/// </summary>
public sealed class SearchScriptTests
{
    private readonly SiteModel _site = BuildSite(
    [
        Article("newest", "2024-03-05T00:00:00Z", title: "Harbour fees rise in Ålesund", summary: "Fishermen pay more from April.", countries: [("NO", "Norway")]),
        Article("storm", "2024-03-04T00:00:00Z", title: "Storm closes the coastal road", summary: "The harbour in Bergen was shut for a day.", tags: ["Weather"]),
        Article("saopaulo", "2024-03-03T00:00:00Z", title: "Rains in São Paulo", summary: "Rescuers dig through mud.", countries: [("BR", "Brazil")]),
        Article("ferry", "2024-03-02T00:00:00Z", title: "Ferry timetable", summary: "New sailings.", tags: ["Harbour authority"]),
        Article("odd", "2024-03-01T00:00:00Z", title: "</script><b>Bold</b> claims", summary: "Nothing else."),
    ]);

    [Theory]
    [InlineData("harbour", new[] { "Harbour fees rise in Ålesund", "Ferry timetable", "Storm closes the coastal road" })]
    [InlineData("HARB", new[] { "Harbour fees rise in Ålesund", "Ferry timetable", "Storm closes the coastal road" })]
    [InlineData("sao paulo", new[] { "Rains in São Paulo" })]
    [InlineData("alesund fees", new[] { "Harbour fees rise in Ålesund" })]
    [InlineData("ÅLESUND", new[] { "Harbour fees rise in Ålesund" })]
    [InlineData("SÃO Pau", new[] { "Rains in São Paulo" })]
    [InlineData("brazil", new[] { "Rains in São Paulo" })]
    [InlineData("harbour bergen", new[] { "Storm closes the coastal road" })]
    [InlineData("script bold", new[] { "</script><b>Bold</b> claims" })]
    [InlineData("zebra", new string[0])]
    public void Finds_articles_as_the_index_was_written(string query, string[] titles)
    {
        Assert.Equal(titles, Search(SearchIndex.Build(_site), query));
    }

    [Fact]
    public void Finds_words_across_many_shards()
    {
        // A tiny shard limit splits even this small index by prefix.
        var files = SearchIndex.Build(_site, docsPerChunk: 2, shardBytes: 64);
        Assert.True(files.Count(f => f.RelativePath.StartsWith("search/terms/", StringComparison.Ordinal)) > 10);

        Assert.Equal(["Harbour fees rise in Ålesund", "Ferry timetable", "Storm closes the coastal road"], Search(files, "harbour"));
        Assert.Equal(["Harbour fees rise in Ålesund", "Ferry timetable", "Storm closes the coastal road"], Search(files, "ha"));
        Assert.Equal(["Rains in São Paulo"], Search(files, "paulo"));
    }

    [Fact]
    public void Stop_words_alone_find_nothing()
    {
        Assert.Empty(Search(SearchIndex.Build(_site), "the and "));
    }

    [Theory]
    [InlineData("turkey")]
    [InlineData("Turkish exporters")]
    [InlineData("turkiye")]
    [InlineData("türk")]
    public void Finds_a_country_by_its_other_names_from_the_gazetteer(string query)
    {
        // The whole way: the article says only "Türkiye"; detection names the country, enrichment carries its
        // other names from the gazetteer, the index stores them, and the page's script finds them.
        var site = InProcessSite.Render(
        [
            ("ports.md", """
                ---
                title: Grain ships leave the Black Sea ports
                date: 2024-05-02
                ---
                Exporters in Türkiye loaded more grain this week than in any week of the spring. Officials in Ankara said the
                ships would sail within days, and Türkiye expects more to follow.
                """),
            ("fair.md", """
                ---
                title: A book fair opens in Lisbon
                date: 2024-05-01
                countries: [Portugal]
                ---
                Publishers gathered by the river for the yearly fair.
                """),
        ]);
        Assert.Contains(site.Articles.Single(a => a.Slug.StartsWith("grain", StringComparison.Ordinal)).Countries, c => c.Code == "TR");

        var files = site.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).Select(f => new OutputFile(f.Key, f.Value)).ToList();
        Assert.Equal(["Grain ships leave the Black Sea ports"], Search(files, query));
        Assert.Equal(["A book fair opens in Lisbon"], Search(files, "portuguese"));
    }

    private static string[] Search(IReadOnlyList<OutputFile> files, string query)
    {
        var byPath = files.ToDictionary(f => f.RelativePath["search/".Length..], f => f.Text, StringComparer.Ordinal);
        var script = System.Text.Encoding.UTF8.GetString(
            TemplateLoader.Load(null).Templates.Assets.Single(a => a.Name == "js/search.js").Content);

        var engine = new Engine();
        engine.SetValue("indexFile", new Func<string, string>(path => byPath[path]));
        engine.SetValue("query", query);
        engine.Execute(script);
        var result = engine.Evaluate("""
            var search = StaticGenSearch(JSON.parse(indexFile('index.json')), function (path) {
              return Promise.resolve(JSON.parse(indexFile(path)));
            });
            search.search(query)
              .then(function (found) { return search.documents(found.hits); })
              .then(function (docs) { return JSON.stringify(docs.map(function (d) { return d[0]; })); });
            """).UnwrapIfPromise();
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(result.AsString())!;
    }
}

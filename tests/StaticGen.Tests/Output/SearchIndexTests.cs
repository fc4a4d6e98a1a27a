using System.Text.Json;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Site;
using static StaticGen.Tests.Output.OutputFixtures;

namespace StaticGen.Tests.Output;

public sealed class SearchIndexTests
{
    [Fact]
    public void Tokens_are_folded_split_and_without_stop_words()
    {
        Assert.Equal(["sao", "sebastiao", "kylian", "mbappe", "lodz", "strasse", "43", "000"],
            SearchIndex.Tokens("São Sebastião: the Kylian MBAPPÉ of Łódź, Straße — 43,000 a"));
    }

    [Fact]
    public void A_small_site_has_one_shard_one_chunk_and_a_manifest_under_the_base_path()
    {
        var site = BuildSite([Article("harbour", "2024-03-02T00:00:00Z", title: "Harbour talks stall"), Article("bridge", "2024-03-01T00:00:00Z")]);
        var files = SearchIndex.Build(site);

        Assert.Equal(["search/index.json", "search/terms/0.json", "search/docs/0.json"], files.Select(f => f.RelativePath));
        Assert.Equal("/sub/search/index.json", site.Urls.SearchIndex());
        using var manifest = JsonDocument.Parse(files[0].Text);
        Assert.Equal(2, manifest.RootElement.GetProperty("docs").GetInt32());
        Assert.Equal([""], manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("a", manifest.RootElement.GetProperty("fold").GetProperty("ã").GetString());
    }

    [Fact]
    public void Postings_name_the_articles_and_fields_a_word_occurs_in()
    {
        var site = BuildSite(
        [
            Article("newest", "2024-03-03T00:00:00Z", title: "Ferry strike in Bergen", summary: "Crews walked out."),
            Article("middle", "2024-03-02T00:00:00Z", title: "Weather", summary: "Storms hit the ferry route.", tags: ["Ferry"]),
            Article("oldest", "2024-03-01T00:00:00Z", title: "Budget", summary: "No news about boats."),
        ]);
        var files = SearchIndex.Build(site);
        var postings = Decode(Shard(files, 0), "ferry");

        // Numbered oldest first: "oldest" is 0, "middle" 1, "newest" 2.
        Assert.Equal([(1, SearchIndex.Field.Terms | SearchIndex.Field.Summary), (2, SearchIndex.Field.Title)], postings);
        using var docs = JsonDocument.Parse(files.Single(f => f.RelativePath == "search/docs/0.json").Text);
        var second = docs.RootElement[1];
        Assert.Equal("Weather", second[0].GetString());
        Assert.Equal("/sub/articles/middle/", second[1].GetString());
        Assert.Equal("2 March 2024", second[3].GetString());
    }

    [Fact]
    public void Text_in_the_index_is_escaped_json()
    {
        var site = BuildSite([Article("x", "2024-01-01T00:00:00Z", title: "</script><b>\"Quoted\"</b>")]);
        var doc = SearchIndex.Build(site).Single(f => f.RelativePath == "search/docs/0.json").Text;

        Assert.DoesNotContain("</script>", doc, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(doc);
        Assert.Equal("</script><b>\"Quoted\"</b>", json.RootElement[0][0].GetString());
    }

    [Fact]
    public void A_large_archive_is_split_so_a_query_loads_little()
    {
        // 3,000 articles over a vocabulary of 1,500 invented words; a shard limit of 4 kB stands in for a 100,000-article archive.
        var words = Enumerable.Range(0, 1500).Select(Word).ToList();
        var articles = Enumerable.Range(0, 3000).Select(i => Article(
            $"a{i:0000}",
            DateTimeOffset.Parse("2020-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddHours(i).ToString("O"),
            title: $"{words[i % 1500]} {words[(i * 7) % 1500]} {words[(i * 13) % 1500]}",
            summary: string.Join(' ', Enumerable.Range(0, 12).Select(k => words[(i * 31 + k * 97) % 1500])))).ToList();
        var site = BuildSite(articles);

        var files = SearchIndex.Build(site, docsPerChunk: 100, shardBytes: 4096);
        using var manifest = JsonDocument.Parse(files[0].Text);
        var prefixes = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var shards = files.Where(f => f.RelativePath.StartsWith("search/terms/", StringComparison.Ordinal)).ToList();
        var chunks = files.Where(f => f.RelativePath.StartsWith("search/docs/", StringComparison.Ordinal)).ToList();

        Assert.Equal(30, chunks.Count);
        Assert.Equal(prefixes.Count, shards.Count);
        Assert.True(prefixes.Count > 20, $"only {prefixes.Count} shards");
        var total = shards.Sum(f => f.Text.Length);
        // The biggest shard is a small part of the index: the first result needs the manifest, one shard and one chunk.
        Assert.True(shards.Max(f => f.Text.Length) * 8 < total, $"largest shard {shards.Max(f => f.Text.Length)} of {total}");
        Assert.True(files[0].Text.Length < 8 * 1024, $"manifest is {files[0].Text.Length} bytes");

        // Every word is in the shard of its longest listed prefix, and only there.
        var tokensOf = shards.Select(f =>
        {
            using var shard = JsonDocument.Parse(f.Text);
            return shard.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        }).ToList();
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var owner = prefixes.IndexOf(prefixes.Where(p => word.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length)!);
            Assert.Equal([owner], Enumerable.Range(0, shards.Count).Where(i => tokensOf[i].Contains(word)));
        }
    }

    [Fact]
    public void A_newest_article_added_leaves_the_shards_of_words_it_does_not_use_and_full_chunks_as_they_were()
    {
        // What lets an incremental build rewrite a handful of index files, not all of them, when a story is published.
        var words = Enumerable.Range(0, 600).Select(Word).ToList();
        var start = DateTimeOffset.Parse("2020-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var articles = Enumerable.Range(0, 400).Select(i => Article(
            $"a{i:0000}", start.AddHours(i).ToString("O"),
            title: $"{words[i % 600]} {words[(i * 7) % 600]}",
            summary: string.Join(' ', Enumerable.Range(0, 8).Select(k => words[(i * 31 + k * 97) % 600])))).ToList();
        var before = SearchIndex.Build(BuildSite(articles), docsPerChunk: 50, shardBytes: 2048).ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        var added = Article("newest", start.AddHours(1000).ToString("O"), title: $"{words[3]} {words[5]}", summary: words[8]);
        var after = SearchIndex.Build(BuildSite([added, .. articles]), docsPerChunk: 50, shardBytes: 2048).ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);

        var changed = after.Keys.Where(p => !before.TryGetValue(p, out var text) || text != after[p]).Order(StringComparer.Ordinal).ToList();
        // The manifest (its article count), the new last chunk, and the shards of the new article's three words at most.
        Assert.Contains("search/index.json", changed);
        Assert.Contains("search/docs/8.json", changed);
        Assert.InRange(changed.Count(p => p.StartsWith("search/terms/", StringComparison.Ordinal)), 1, 3);
        Assert.Equal(changed.Count(p => p.StartsWith("search/terms/", StringComparison.Ordinal)) + 2, changed.Count);
        Assert.True(before.Count > 20, $"only {before.Count} files");
    }

    private static string Word(int n)
    {
        const string letters = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        return $"{letters[n % 16]}{vowels[(n / 16) % 5]}{letters[(n / 80) % 16]}{vowels[(n / 3) % 5]}{letters[(n / 7) % 16]}{n % 10}";
    }

    private static OutputFile Shard(IReadOnlyList<OutputFile> files, int n) => files.Single(f => f.RelativePath == $"search/terms/{n}.json");

    private static List<(int Doc, SearchIndex.Field Fields)> Decode(OutputFile shard, string token)
    {
        using var json = JsonDocument.Parse(shard.Text);
        var result = new List<(int, SearchIndex.Field)>();
        var doc = -1;
        foreach (var value in json.RootElement.GetProperty(token).EnumerateArray())
        {
            var v = value.GetInt64();
            doc += (int)(v >> 3);
            result.Add((doc, (SearchIndex.Field)(v & 7)));
        }

        return result;
    }
}

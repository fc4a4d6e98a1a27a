using System.Reflection;
using StaticGen;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class WordListsTests
{
    [Fact]
    public void A_list_is_its_words_split_at_spaces_and_line_breaks_in_file_order()
    {
        var lists = WordLists.Parse("words.yml", "# a comment\ncolours: >-\n  red green\n  blue\nshapes: square\n");
        Assert.Equal(["colours", "shapes"], lists.Names);
        Assert.Equal(["red", "green", "blue"], lists.Words("colours"));
        Assert.Contains("square", (IReadOnlySet<string>)lists.Set("shapes"));
        Assert.DoesNotContain("RED", (IReadOnlySet<string>)lists.Set("colours"));
        Assert.Contains("RED", (IReadOnlySet<string>)lists.Set("colours", StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_missing_list_or_a_malformed_file_names_the_file()
    {
        var lists = WordLists.Parse("words.yml", "colours: red\n");
        Assert.Contains("words.yml has no list 'shapes'", Assert.Throws<InvalidOperationException>(() => lists.Words("shapes")).Message, StringComparison.Ordinal);
        Assert.StartsWith("words.yml:3", Assert.Throws<FormatException>(() => WordLists.Parse("words.yml", "colours: red\nshapes: [square\n")).Message, StringComparison.Ordinal);
        Assert.Contains("'colours' must be words", Assert.Throws<FormatException>(() => WordLists.Parse("words.yml", "colours:\n  - red\n")).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Files => new() { "tag-words.yml", "country-words.yml" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_list_of_the_data_files_is_read_by_the_detectors_and_has_no_word_twice(string file)
    {
        var lists = WordLists.Load(file);
        var holder = file == "tag-words.yml" ? typeof(TagWords) : typeof(CountryWords);

        // Every list in the file is a field of its holder: a list nobody reads is a mistake, and so is a word listed twice.
        var fields = holder.GetFields(BindingFlags.Public | BindingFlags.Static).Select(static f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in lists.Names)
        {
            var field = string.Concat(name.Split('-').Select(static p => char.ToUpperInvariant(p[0]) + p[1..]));
            Assert.True(fields.Contains(field), $"{file}: the list '{name}' is read by no field of {holder.Name}");
            var words = lists.Words(name);
            Assert.True(words.Count == words.Distinct(StringComparer.Ordinal).Count(), $"{file}: the list '{name}' has a word twice");
        }
    }
}

using System.Collections.Frozen;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticGen;

/// <summary>
/// Named word lists from an embedded YAML file under <c>Enrichment/Data/</c> (<c>tag-words.yml</c>,
/// <c>country-words.yml</c>): each key is a list's name, its value the words separated by spaces or line
/// breaks. The detectors read them once, into frozen sets, when their type is first used. It parses text (YAML),
/// which the pure stages may not (it reads through a <see cref="StringReader"/>), so it lives beside <see cref="EmbeddedResources"/>.
/// </summary>
internal sealed class WordLists
{
    private readonly string _name;
    private readonly Dictionary<string, string[]> _lists;

    private WordLists(string name, Dictionary<string, string[]> lists)
    {
        _name = name;
        _lists = lists;
    }

    /// <summary>The names of the lists, in file order.</summary>
    public IReadOnlyCollection<string> Names => _lists.Keys;

    /// <summary>Reads the embedded file <c>data/<paramref name="fileName"/></c>.</summary>
    public static WordLists Load(string fileName) => Parse(fileName, EmbeddedResources.ReadText("data/" + fileName));

    /// <summary>Parses a word-list file; <paramref name="name"/> names it in errors.</summary>
    public static WordLists Parse(string name, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{name}:{e.Start.Line}: {e.Message}", e);
        }

        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0) return new WordLists(name, lists);
        if (stream.Documents[0].RootNode is not YamlMappingNode root) throw new FormatException($"{name}: the word lists must be a mapping of names to words");
        foreach (var (key, value) in root.Children)
        {
            var list = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlScalarNode { Value: { } words }) throw new FormatException($"{name}:{value.Start.Line}: the list '{list}' must be words separated by spaces");
            lists[list] = words.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        }

        return new WordLists(name, lists);
    }

    /// <summary>The words of <paramref name="list"/>, in file order.</summary>
    public IReadOnlyList<string> Words(string list) =>
        _lists.TryGetValue(list, out var words) ? words : throw new InvalidOperationException($"{_name} has no list '{list}'");

    /// <summary>The list <paramref name="list"/> as a frozen set (ordinal unless <paramref name="comparer"/> says otherwise).</summary>
    public FrozenSet<string> Set(string list, StringComparer? comparer = null) => Words(list).ToFrozenSet(comparer ?? StringComparer.Ordinal);
}

using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Tests.Repository;

/// <summary>
/// The guide's configuration page (docs/content/configuration.md) lists every key
/// <c>site.config.yml</c> accepts, and no other. The keys are not copied from the code: they are
/// what the config reader itself names when it meets an unknown key ("Known keys: …"), asked
/// at the top level and inside every key that turns out to be a mapping.
/// </summary>
public sealed partial class ConfigurationDocTests
{
    private const string Unknown = "qqqqqqqqqqqqqqqqqqqq";

    private static readonly string s_docPath = Path.Combine(TemplateVariablesDocTests.RepositoryRoot(), "docs", "content", "configuration.md");

    [Fact]
    public void Every_config_key_is_in_the_configuration_table_and_every_key_there_exists()
    {
        var problems = Problems(AcceptedKeys(), DocumentedKeys(File.ReadAllText(s_docPath)));
        Assert.True(problems.Count == 0, "docs/content/configuration.md and the keys site.config.yml accepts differ:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void An_accepted_key_missing_from_the_table_fails()
    {
        var doc = File.ReadAllText(s_docPath).Replace("| `cname` |", "| `cnameless` |", StringComparison.Ordinal);
        var problems = Problems(AcceptedKeys(), DocumentedKeys(doc));
        Assert.Contains("`cname` is accepted by site.config.yml but not in the configuration table", problems);
        Assert.Contains("`cnameless` is in the configuration table but site.config.yml does not accept it", problems);
    }

    [Fact]
    public void The_reader_names_its_keys_at_the_top_and_inside_mappings()
    {
        var keys = AcceptedKeys();
        Assert.Contains("baseUrl", keys);
        Assert.Contains("paths.output", keys);
        Assert.Contains("tags.rules", keys);
        Assert.DoesNotContain("paths", keys);
    }

    private static List<string> Problems(IReadOnlySet<string> accepted, IReadOnlySet<string> documented) =>
    [
        .. accepted.Where(k => !documented.Contains(k)).Order(StringComparer.Ordinal).Select(k => $"`{k}` is accepted by site.config.yml but not in the configuration table"),
        .. documented.Where(k => !accepted.Contains(k)).Order(StringComparer.Ordinal).Select(k => $"`{k}` is in the configuration table but site.config.yml does not accept it"),
    ];

    /// <summary>Leaf keys, dotted (<c>paths.output</c>): a key whose value may be a mapping of known keys is replaced by them.</summary>
    private static HashSet<string> AcceptedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string prefix)
        {
            var known = KnownKeys(prefix);
            if (known is null)
            {
                keys.Add(prefix);
                return;
            }

            foreach (var key in known) Visit(prefix.Length == 0 ? key : prefix + "." + key);
        }

        Visit("");
        return keys;
    }

    /// <summary>The keys the reader lists when <paramref name="prefix"/> holds an unknown key, or null when it is no mapping of keys.</summary>
    private static IReadOnlyList<string>? KnownKeys(string prefix)
    {
        var parts = prefix.Length == 0 ? [] : prefix.Split('.');
        var yaml = string.Concat(parts.Select((p, i) => new string(' ', 2 * i) + p + ":\n")) + new string(' ', 2 * parts.Length) + Unknown + ": 1\n";
        var result = SiteConfigReader.Parse("site.config.yml", yaml);
        var warning = result.Diagnostics.FirstOrDefault(static d => d.Message.Contains($"unknown key '{Unknown}'", StringComparison.Ordinal));
        if (warning is null) return null;
        var match = KnownKeysHint().Match(warning.Message);
        Assert.True(match.Success, "the reader no longer lists its keys: " + warning.Message);
        return match.Groups[1].Value.Split(", ");
    }

    /// <summary>The code spans of the first column of the table headed <c>| key | default | meaning |</c>.</summary>
    private static HashSet<string> DocumentedKeys(string doc)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var inTable = false;
        foreach (var line in doc.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var first = line.Trim('|').Split(" | ")[0].Trim();
            if (first == "key")
            {
                inTable = true;
                continue;
            }

            if (!inTable) continue;
            foreach (Match key in Key().Matches(first)) keys.Add(key.Groups[1].Value);
        }

        return keys;
    }

    [GeneratedRegex(@"Known keys: ([^.]+(?:\.[^ .][^.]*)*)\.$")]
    private static partial Regex KnownKeysHint();

    [GeneratedRegex(@"`([A-Za-z][A-Za-z.]*)`")]
    private static partial Regex Key();
}

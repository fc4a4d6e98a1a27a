using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StaticGen.Tests.Architecture;

/// <summary>
/// Every URL of a site comes from <c>StaticGen.Site.UrlBuilder</c>: no other type of the library
/// or the CLI holds a string that spells one of the site's URL folders or file names
/// (<c>articles/</c>, <c>tags/</c>, <c>countries/</c>, <c>page/</c>, <c>search/</c>,
/// <c>assets/</c>, <c>feed.xml</c>, <c>sitemap.xml</c>…). An IL scan reads every string literal,
/// interpolated strings' parts included, and names the type that holds it.
/// </summary>
public sealed partial class UrlTests
{
    private const string Builder = "StaticGen.Site.UrlBuilder";

    /// <summary>Types that spell such a name for something other than a URL, each with why.</summary>
    private static readonly Dictionary<string, string> s_notUrls = new(StringComparer.Ordinal)
    {
        ["StaticGen.Rendering.Templates.TemplateLoader"] = "the theme's own assets/ folder, a path inside the theme (UrlBuilder.Asset makes its URL)",
        ["StaticGen.Enrichment.Enricher"] = "a warning's wording about two tags with one slug ('both are /tags/x/'); Enrichment comes before the Site stage and publishes no URL",
    };

    /// <summary>A site URL folder as a path segment, or one of the site's own files.</summary>
    [GeneratedRegex(@"(^|/)(articles|tags|countries|page|search|assets)/|(^|/)(feed\.xml|atom\.xml|feed\.json|sitemap\.xml|sitemap-news\.xml|index\.json)\b")]
    private static partial Regex SiteUrl();

    [Fact]
    public void Only_the_url_builder_spells_the_sites_urls()
    {
        var offenders = Offenders(typeof(StaticGen.Diagnostic).Assembly.Location)
            .Concat(Offenders(typeof(StaticGen.Cli.Program).Assembly.Location)).ToList();
        Assert.True(offenders.Count == 0, "a URL built outside UrlBuilder:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_scan_sees_the_builder_and_finds_a_planted_url()
    {
        Assert.Contains(Literals(typeof(StaticGen.Diagnostic).Assembly.Location), static l => l.Owner == Builder && SiteUrl().IsMatch(l.Text));
        var offenders = Offenders(typeof(UrlTests).Assembly.Location);
        Assert.Contains(offenders, static o => o.StartsWith(typeof(PlantedUrl).FullName!, StringComparison.Ordinal) && o.Contains("\"/tags/\"", StringComparison.Ordinal));
        Assert.Contains(offenders, static o => o.StartsWith(typeof(PlantedUrl).FullName!, StringComparison.Ordinal) && o.Contains("\"articles/\"", StringComparison.Ordinal));
    }

    private static List<string> Offenders(string assemblyPath) =>
        [.. Literals(assemblyPath).Where(static l => l.Owner != Builder && !s_notUrls.ContainsKey(l.Owner) && SiteUrl().IsMatch(l.Text)).Select(static l => $"{l.Method} holds \"{l.Text}\"")];

    private static List<(string Owner, string Method, string Text)> Literals(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<(string, string, string)>();
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            foreach (var method in type.Methods.Where(static m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code == Code.Ldstr && instruction.Operand is string text)
                    {
                        found.Add((owner.FullName, $"{type.FullName}.{method.Name}", text));
                    }
                }
            }
        }

        return found;
    }
}

/// <summary>URLs spelled by hand where UrlBuilder should make them: the scan must find both.</summary>
internal static class PlantedUrl
{
    public static string Tag(string slug) => "/tags/" + slug + "/";

    public static string Article(string slug) => $"articles/{slug}/";
}

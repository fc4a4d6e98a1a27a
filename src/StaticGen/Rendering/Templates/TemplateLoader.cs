using System.IO.Hashing;
using System.Text;
using Scriban;
using Scriban.Parsing;
using StaticGen.Content;

namespace StaticGen.Rendering.Templates;

/// <summary>The theme and what loading it reported (template syntax errors with file, line and column).</summary>
public sealed record TemplateLoadResult(TemplateSet Templates, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads the embedded default theme and the site's <c>templates/</c> overrides once, and parses
/// each template once. A site file wins over the embedded file of the same relative path.
/// </summary>
public static partial class TemplateLoader
{
    private const string EmbeddedPrefix = "templates/";

    /// <param name="siteTemplates">The site's templates folder (may not exist).</param>
    /// <param name="displayRoot">How diagnostics name that folder, e.g. <c>templates</c>.</param>
    /// <param name="siteI18n">The site's <c>i18n/</c> folder of translations that override the theme's key by key (may not exist).</param>
    /// <param name="i18nDisplayRoot">How diagnostics name that folder.</param>
    public static TemplateLoadResult Load(string? siteTemplates, string displayRoot = "templates", string? siteI18n = null, string i18nDisplayRoot = "i18n")
    {
        var files = new SortedDictionary<string, (string SourcePath, byte[] Content)>(StringComparer.Ordinal);
        foreach (var resource in EmbeddedResources.List(EmbeddedPrefix))
        {
            var name = resource[EmbeddedPrefix.Length..];
            files[name] = (ThemeTemplate.DefaultThemePrefix + name, EmbeddedResources.ReadBytes(resource));
        }

        IReadOnlyList<Diagnostic> linkWarnings = [];
        if (siteTemplates is not null && ContentReader.FolderExists(siteTemplates))
        {
            // Listed like content: links that lead outside the folder, and links to folders, are not followed.
            var listing = ContentReader.List(siteTemplates, displayRoot);
            linkWarnings = listing.Diagnostics;
            foreach (var entry in listing.Entries)
            {
                files[entry.RelativePath] = ($"{displayRoot.TrimEnd('/')}/{entry.RelativePath}", ContentReader.ReadBytes(entry.FullPath));
            }
        }

        var siteTranslations = new List<(string, string, byte[])>();
        if (siteI18n is not null && ContentReader.FolderExists(siteI18n))
        {
            var listing = ContentReader.List(siteI18n, i18nDisplayRoot);
            linkWarnings = [.. linkWarnings, .. listing.Diagnostics];
            foreach (var entry in listing.Entries.Where(static e => !e.RelativePath.Contains('/', StringComparison.Ordinal)).OrderBy(static e => e.RelativePath, StringComparer.Ordinal))
            {
                siteTranslations.Add((entry.RelativePath, $"{i18nDisplayRoot.TrimEnd('/')}/{entry.RelativePath}", ContentReader.ReadBytes(entry.FullPath)));
            }
        }

        var result = Parse(files.Select(static f => (f.Key, f.Value.SourcePath, f.Value.Content)), siteTranslations);
        return linkWarnings.Count == 0 ? result : result with { Diagnostics = [.. linkWarnings, .. result.Diagnostics] };
    }

    /// <summary>
    /// Parses theme files given as (relative name, display path, bytes), and the site's translations that override
    /// the theme's <c>i18n/</c> files key by key, given as (file name, display path, bytes); pure.
    /// </summary>
    public static TemplateLoadResult Parse(IEnumerable<(string Name, string SourcePath, byte[] Content)> files, IEnumerable<(string FileName, string SourcePath, byte[] Content)>? siteTranslations = null)
    {
        var translationFiles = new List<(string, string, string)>();
        var diagnostics = new DiagnosticList();
        var templates = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var assets = new List<ThemeAsset>();
        var version = new XxHash128();
        var siteWide = new HashSet<string>(StringComparer.Ordinal);
        var themeIds = new HashSet<string>(StringComparer.Ordinal);
        var termPagesShowTerms = false;
        foreach (var (name, sourcePath, content) in files.OrderBy(static f => f.Name, StringComparer.Ordinal))
        {
            version.Append(Encoding.UTF8.GetBytes(name + "\0" + sourcePath + "\0"));
            version.Append(BitConverter.GetBytes(content.Length));
            version.Append(content);
            if (name.StartsWith("i18n/", StringComparison.Ordinal))
            {
                translationFiles.Add((name["i18n/".Length..], sourcePath, Encoding.UTF8.GetString(content).TrimStart('\uFEFF')));
                continue;
            }

            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new ThemeAsset(name["assets/".Length..], sourcePath, content));
                continue;
            }

            if (!name.EndsWith(".html", StringComparison.Ordinal) && !name.EndsWith(".xml", StringComparison.Ordinal)) continue;

            var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
            foreach (var value in TemplateSet.SiteWideValues)
            {
                if (text.Contains(value, StringComparison.Ordinal)) siteWide.Add(value);
            }

            // The terms layouts list every term; any other template (a term page's layout, base, partials) may be on a term page.
            if (!IsTermsLayout(name) && NamesWholeTaxonomy(text)) termPagesShowTerms = true;

            foreach (System.Text.RegularExpressions.Match id in LiteralId().Matches(text)) themeIds.Add(id.Groups["id"].Value);

            var template = Template.Parse(text, sourcePath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    if (message.Type != ParserMessageType.Error) continue;
                    diagnostics.Error(Stage.Render, sourcePath, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message);
                }

                continue;
            }

            templates[name] = new ThemeTemplate(name, sourcePath, template);
        }

        // The site's translations come after the theme's, so each of their keys wins.
        foreach (var (fileName, sourcePath, content) in siteTranslations ?? [])
        {
            version.Append(Encoding.UTF8.GetBytes("+i18n/" + fileName + "\0" + sourcePath + "\0"));
            version.Append(BitConverter.GetBytes(content.Length));
            version.Append(content);
            translationFiles.Add((fileName, sourcePath, Encoding.UTF8.GetString(content).TrimStart('\uFEFF')));
        }

        var translations = Translations.Parse(translationFiles, diagnostics);
        return new TemplateLoadResult(new TemplateSet(templates, assets, version.GetCurrentHashAsUInt128()) { SiteWideValuesUsed = siteWide, TermPagesShowTaxonomyTerms = termPagesShowTerms, Translations = translations, ThemeIds = themeIds }, diagnostics.Sorted());
    }

    /// <summary>Whether <paramref name="text"/> names <c>taxonomy</c> other than as <c>taxonomy.singular</c>, <c>.url</c>, <c>.kind</c> or <c>.title</c>: then it may show the terms.</summary>
    internal static bool NamesWholeTaxonomy(string text)
    {
        const string Name = "taxonomy";
        for (var at = text.IndexOf(Name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Name, at + Name.Length, StringComparison.Ordinal))
        {
            if (at > 0 && IsWord(text[at - 1])) continue;
            var rest = text.AsSpan(at + Name.Length);
            if (rest.Length > 0 && IsWord(rest[0])) continue;
            var known = false;
            foreach (var member in (ReadOnlySpan<string>)[".singular", ".url", ".kind", ".title"])
            {
                known |= rest.StartsWith(member, StringComparison.Ordinal) && (rest.Length == member.Length || !IsWord(rest[member.Length]));
            }

            if (!known) return true;
        }

        return false;

        static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
    }

    /// <summary>Whether a theme file is a terms layout (<c>layouts/terms.html</c>, <c>layouts/authors/terms.html</c>…).</summary>
    private static bool IsTermsLayout(string name) =>
        name.StartsWith("layouts/", StringComparison.Ordinal) && name.EndsWith("/terms.html", StringComparison.Ordinal) && name.Count(static c => c == '/') <= 2;

    [System.Text.RegularExpressions.GeneratedRegex("""\bid=["'](?<id>[^"'{}<>\s]+)["']""")]
    private static partial System.Text.RegularExpressions.Regex LiteralId();
}

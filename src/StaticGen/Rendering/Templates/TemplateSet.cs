using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>A parsed template and the file it came from (for diagnostics).</summary>
public sealed record ThemeTemplate(string Name, string SourcePath, Template Template)
{
    /// <summary>The <see cref="SourcePath"/> of a file of the default theme starts with this.</summary>
    public const string DefaultThemePrefix = "(default theme) ";

    /// <summary>Whether the file is the default theme's (not the site's own).</summary>
    public bool IsDefaultTheme => SourcePath.StartsWith(DefaultThemePrefix, StringComparison.Ordinal);
}

/// <summary>A theme asset (CSS, JS, icon) and the file it came from.</summary>
public sealed record ThemeAsset(string Name, string SourcePath, byte[] Content);

/// <summary>
/// The theme of a build: the default theme embedded in StaticGen with the site's own
/// <c>templates/</c> files laid over it, file by file. Every template is parsed once; the set is
/// immutable and shared by all render threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly IReadOnlyDictionary<string, ThemeTemplate> _templates;

    public TemplateSet(IReadOnlyDictionary<string, ThemeTemplate> templates, IReadOnlyList<ThemeAsset> assets, UInt128 version = default)
    {
        _templates = templates;
        Assets = assets;
        Version = version;
        IncludeLoader = new Loader();
    }

    /// <summary>A hash of every theme file (name and bytes): a changed template or asset changes it.</summary>
    public UInt128 Version { get; }

    /// <summary>
    /// Values of <c>site</c> that change with the articles (<c>site.article_count</c>, the build date):
    /// a page shows them only if a template names them, and then every page depends on them.
    /// </summary>
    public static readonly IReadOnlyList<string> SiteWideValues = ["article_count", "build_date_iso", "build_year"];

    /// <summary>Which of <see cref="SiteWideValues"/> some template names (by its text: a mention counts).</summary>
    public IReadOnlySet<string> SiteWideValuesUsed { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether a term page may show its whole taxonomy (<c>taxonomy.terms</c>, <c>taxonomy.groups</c>: every
    /// term with its count): true unless no template but the terms layouts names <c>taxonomy</c> other than
    /// as <c>taxonomy.singular</c>, <c>.url</c>, <c>.kind</c> or <c>.title</c> (by its text, as above). When
    /// false, an article added to one term does not change the pages of the others.
    /// </summary>
    public bool TermPagesShowTaxonomyTerms { get; init; } = true;

    /// <summary>
    /// The ids the theme's templates write as plain text (<c>id="main"</c>, not <c>id="{{ … }}"</c>): a page's
    /// element ids beyond its body's, which a link's <c>#fragment</c> may name.
    /// </summary>
    public IReadOnlySet<string> ThemeIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Files under <c>assets/</c>, copied to the output's <c>assets/</c>.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }

    /// <summary>The theme's strings in each language (<c>i18n/*.yml</c>), with the site's overrides.</summary>
    public Translations Translations { get; init; } = Translations.Empty;

    /// <summary>Resolves <c>include 'partials/x.html'</c> through this set; never reads files.</summary>
    public ITemplateLoader IncludeLoader { get; }

    public IEnumerable<ThemeTemplate> Templates => _templates.Values;

    public ThemeTemplate? Find(string name) => _templates.GetValueOrDefault(name);

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            // Reached only for a name not pre-cached in TemplateContext.CachedTemplates: not in the set.
            throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' does not exist in the theme (looked in the site's templates/ and the default theme)");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult(Load(context, callerSpan, templatePath));
    }
}

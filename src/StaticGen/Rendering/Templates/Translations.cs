using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Rendering.Templates;

/// <summary>One string of a translation table: its text, and for a count its singular form (Hugo's <c>one</c>/<c>other</c>).</summary>
public sealed record Translation(string Other, string? One = null);

/// <summary>
/// The theme's strings in each language, as Hugo keeps them: one YAML file per language, <c>i18n/&lt;lang&gt;.yml</c>,
/// each key a text or, for a count, <c>one:</c> and <c>other:</c> forms where <c>{{ .Count }}</c> stands for the
/// number. The theme's files (<c>templates/i18n/</c>, overridable file by file like any theme file) come first; a
/// site's own <c>i18n/</c> folder overrides them key by key. A key missing in the site's language falls back to
/// English; a key missing there too is an error naming the template. Pure.
/// </summary>
public sealed class Translations
{
    /// <summary>The language every key must exist in, and where a missing key falls back to.</summary>
    public const string Fallback = "en";

    private readonly Dictionary<string, Dictionary<string, Translation>> _tables;

    private Translations(Dictionary<string, Dictionary<string, Translation>> tables) => _tables = tables;

    /// <summary>No strings at all (a theme without <c>i18n/</c>).</summary>
    public static Translations Empty { get; } = new([]);

    /// <summary>The languages that have a table.</summary>
    public IReadOnlyCollection<string> Languages => _tables.Keys;

    /// <summary>The keys of one language's table (empty when it has none).</summary>
    public IReadOnlyCollection<string> Keys(string language) => _tables.TryGetValue(language, out var table) ? table.Keys : [];

    /// <summary>
    /// Builds the tables from the theme's files and then the site's, each (file name such as <c>de.yml</c>, display
    /// path, text); a file that is no mapping of keys to texts or <c>one</c>/<c>other</c> forms is a diagnostic.
    /// </summary>
    public static Translations Parse(IEnumerable<(string FileName, string SourcePath, string Text)> files, DiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tables = new Dictionary<string, Dictionary<string, Translation>>(StringComparer.Ordinal);
        foreach (var (fileName, sourcePath, text) in files)
        {
            var extension = Path.GetExtension(fileName);
            if (extension is not (".yml" or ".yaml")) continue;
            var language = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
            if (!tables.TryGetValue(language, out var table)) tables[language] = table = new Dictionary<string, Translation>(StringComparer.Ordinal);
            Read(table, sourcePath, text, diagnostics);
        }

        return new Translations(tables);
    }

    private static void Read(Dictionary<string, Translation> table, string sourcePath, string text, DiagnosticList diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(Stage.Render, sourcePath, (int)e.Start.Line, (int)e.Start.Column, $"the translation file is not valid YAML: {e.Message}");
            return;
        }

        if (stream.Documents.Count == 0) return;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(Stage.Render, sourcePath, 1, 1, "a translation file is a mapping of keys to texts (key: text)");
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            var column = (int)keyNode.Start.Column;
            switch (valueNode)
            {
                case YamlScalarNode { Value: { } value }:
                    table[key] = new Translation(value);
                    break;
                case YamlMappingNode forms when Form(forms, "other") is { } other:
                    table[key] = new Translation(other, Form(forms, "one"));
                    break;
                default:
                    diagnostics.Error(Stage.Render, sourcePath, line, column, $"the translation '{key}' must be a text, or 'one:' and 'other:' texts for a count");
                    break;
            }
        }
    }

    private static string? Form(YamlMappingNode forms, string name) =>
        forms.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    /// <summary>The strings of a language (<c>de-AT</c> uses <c>de</c>), falling back to English key by key.</summary>
    public Translator For(string? language)
    {
        var tag = (language ?? Fallback).Trim().Replace('_', '-').ToLowerInvariant();
        var chain = new List<Dictionary<string, Translation>>();
        foreach (var candidate in new[] { tag, tag.Split('-')[0], Fallback })
        {
            if (_tables.TryGetValue(candidate, out var table) && !chain.Contains(table)) chain.Add(table);
        }

        return new Translator(tag, chain);
    }
}

/// <summary>The strings of one language, with the English ones behind them.</summary>
public sealed class Translator
{
    private readonly IReadOnlyList<Dictionary<string, Translation>> _chain;
    private readonly bool _oneIncludesZero;

    internal Translator(string language, IReadOnlyList<Dictionary<string, Translation>> chain)
    {
        _chain = chain;

        // CLDR plural rules: French (and Portuguese as spoken in Brazil) say "0 article" in the singular.
        _oneIncludesZero = language.Split('-')[0] is "fr" || language is "pt-br";
    }

    /// <summary>The text of a key, for a count when given, or null when no table has it.</summary>
    public string? Find(string key, long? count = null)
    {
        foreach (var table in _chain)
        {
            if (!table.TryGetValue(key, out var translation)) continue;
            var text = count is { } n && translation.One is { } one && (n == 1 || (n == 0 && _oneIncludesZero)) ? one : translation.Other;
            return count is { } c ? text.Replace("{{ .Count }}", c.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : text;
        }

        return null;
    }

    /// <summary>The text of a key; a key no table has is an error.</summary>
    public string Get(string key, long? count = null) => Find(key, count) ?? throw new KeyNotFoundException($"no translation has the key '{key}' (add it to i18n/en.yml)");
}

/// <summary>
/// <c>i18n</c> (Hugo's name for it): a theme string in the site's language, <c>{{ i18n "home" }}</c>, or for a
/// count <c>{{ i18n "article_count" term.count }}</c>. Text, not HTML: print it with <c>| html.escape</c>.
/// </summary>
internal sealed class TranslateFunction(Translator translator) : IScriptCustomFunction
{
    private static readonly ScriptParameterInfo s_key = new(typeof(string), "key");
    private static readonly ScriptParameterInfo s_count = new(typeof(object), "count");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? s_key : s_count;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments[0] is not string key) throw new ScriptRuntimeException(span, "`i18n` needs a key: i18n \"key\"");
        long? count = arguments.Count > 1 && arguments[1] is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
        return translator.Find(key, count) ?? throw new ScriptRuntimeException(span, $"no translation has the key '{key}' (add it to i18n/{Translations.Fallback}.yml)");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

namespace StaticGen.Configuration;

/// <summary>
/// Free-form values an author gives templates: <c>params:</c> in <c>site.config.yml</c> (<c>site.params</c>)
/// and in an article's front matter (<c>article.params</c>). Values are text, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, null, read-only lists and read-only mappings of them.
/// </summary>
public static class TemplateParams
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(StringComparer.Ordinal).AsReadOnly();
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// <c>picture image [class] [eager] [sizes]</c>: the responsive <c>&lt;picture&gt;</c> of an image view
/// (<c>card.image</c>, an item of <c>article.images</c>), written by <see cref="PictureMarkup"/> as
/// figures in article bodies are. <c>eager</c> loads it at once with high priority (the lead
/// picture); <c>sizes</c> says how wide the theme shows it (default: <c>images.sizes</c>).
/// </summary>
internal sealed class PictureFunction(string defaultSizes) : IScriptCustomFunction
{
    private static readonly ScriptParameterInfo[] s_parameters =
    [
        new(typeof(ScriptObject), "image"),
        new(typeof(string), "class", ""),
        new(typeof(bool), "eager", false),
        new(typeof(string), "sizes", ""),
    ];

    public int RequiredParameterCount => 1;

    public int ParameterCount => s_parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => s_parameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments[0] is not ScriptObject image || image["url"] is not string url)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"`{callerContext}` needs an image with a url (card.image, an item of article.images), not {(arguments[0] is null ? "null" : "this value")}");
        }

        var sources = image["sources"] is ScriptArray array
            ? array.OfType<ScriptObject>().Where(static s => s["type"] is string && s["srcset"] is string).Select(static s => ((string)s["type"]!, (string)s["srcset"]!)).ToList()
            : [];
        var parts = new PictureMarkup.Parts(url, image["srcset"] as string, sources, image["width"] as int?, image["height"] as int?, image["colour"] as string);
        var cssClass = arguments.Count > 1 ? arguments[1] as string : null;
        var eager = arguments.Count > 2 && arguments[2] is true;
        var sizes = arguments.Count > 3 && arguments[3] is string { Length: > 0 } given ? given : defaultSizes;
        return PictureMarkup.Html(parts, image["alt"] as string ?? "", sizes, cssClass, eager);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

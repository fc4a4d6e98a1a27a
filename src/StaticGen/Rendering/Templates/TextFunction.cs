using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// A template function of one text argument that returns text (<c>url</c>, <c>abs_url</c>,
/// <c>asset_url</c>). Scriban's <c>ScriptObject.Import(name, delegate)</c> builds the same thing by
/// reflection over the delegate's method, which a Native AOT build cannot keep; this one says its
/// parameter and return types itself. Scriban checks the number of arguments and converts the
/// argument to text (as <c>Import</c>'s wrapper does) before <see cref="Invoke"/>.
/// </summary>
/// <param name="parameterName">The parameter's name, as Scriban's messages and named arguments use it.</param>
/// <param name="function">What the function does.</param>
internal sealed class TextFunction(string parameterName, Func<string, string> function) : IScriptCustomFunction
{
    private readonly ScriptParameterInfo _parameter = new(typeof(string), parameterName);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => _parameter;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban has converted the argument to text; only a null (an undefined value) is left to refuse.
        if (arguments[0] is not string text)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"`{callerContext}` needs a text argument, not null");
        }

        return function(text);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// A function with Scriban's <c>include</c> signature (a partial's name, then any arguments) that renders
/// the partial its own way (<see cref="InlineInclude"/>, <see cref="CachedInclude"/>) and leaves every
/// other case to <see cref="Builtin"/>, so that templates behave as Scriban documents.
/// </summary>
internal abstract class IncludeVariant : IScriptCustomFunction
{
    /// <summary>Scriban's own <c>include</c>.</summary>
    protected static readonly IncludeFunction Builtin = new();

    public int RequiredParameterCount => Builtin.RequiredParameterCount;

    public int ParameterCount => Builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => Builtin.VarParamKind;

    public Type ReturnType => Builtin.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Builtin.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

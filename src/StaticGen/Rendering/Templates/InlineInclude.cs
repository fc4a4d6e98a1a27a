using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// <c>include 'partials/x.html'</c> written as a statement renders the partial straight into the
/// page being rendered. Scriban's own <c>include</c> renders it into a fresh buffer, turns that into
/// a string and copies it into the page: a news page includes a dozen partials (a card and its
/// chips per listed article), and those buffers were a large part of all the memory a build
/// allocated. Every other use (an include whose value is assigned or piped, one with named
/// arguments, one on an indented line) goes to Scriban's <c>include</c>, so templates behave
/// exactly as Scriban documents.
/// </summary>
internal sealed class InlineInclude : IncludeVariant
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!Inlinable(context, callerContext, arguments, out var template) || callerContext is null || template.Page is not { } page)
        {
            return Builtin.Invoke(context, callerContext, arguments, blockStatement);
        }

        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushLocal();
        context.PushSourceFile(template.SourceFilePath ?? "");
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            var result = context.Evaluate(page);
            if (result is not null && context.EnableOutput) context.Write(page.Span, result);
        }
        finally
        {
            context.PopSourceFile();
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
        }

        return null;
    }

    private static bool Inlinable(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, out Template template)
    {
        template = null!;
        // An include on an indented line re-indents every line of the partial: Scriban's job. (At the
        // start of a line, or after other text, the indent is empty and there is nothing to re-indent.)
        if (context.CurrentIndent is { Length: > 0 } || arguments.Count == 0) return false;
        if (callerContext is not ScriptFunctionCall call || call.Parent is not ScriptExpressionStatement) return false;
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument) return false;
        }

        // The partials of the theme are in the context's cache; any other name is Scriban's to report.
        return arguments[0] is string name && context.CachedTemplates.TryGetValue(name, out template!) && template.Page is not null;
    }
}

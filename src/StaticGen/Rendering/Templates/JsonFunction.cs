using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// <c>object.to_json</c> without reflection. Scriban's own writes scalars (strings, numbers, dates)
/// with System.Text.Json's reflection-based serializer, which a Native AOT build leaves out
/// ("Reflection-based serialization has been disabled"), so the native tool failed where the runtime
/// build worked; turning that serializer back on pulls code into the executable that trimming cannot
/// check. This one writes the same JSON with <see cref="Utf8JsonWriter"/> and the same default
/// escaping: scalars as System.Text.Json writes them, script objects and .NET objects member by
/// member as templates see them (Scriban's member accessors), lists as arrays. Both builds use it.
/// </summary>
internal sealed class JsonFunction : IScriptCustomFunction
{
    /// <summary>Deeper than this is a cycle (an object that holds itself), not data.</summary>
    private const int MaxDepth = 64;

    private static readonly ScriptParameterInfo s_parameter = new(typeof(object), "value");
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.Default, SkipValidation = false };

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => s_parameter;

    /// <summary>Scriban's <c>object</c> built-ins with <c>to_json</c> replaced by this function.</summary>
    public static ScriptObject ObjectFunctions()
    {
        var builtins = (ScriptObject)new BuiltinFunctions()["object"]!;
        var functions = new ScriptObject();
        foreach (var (name, value) in builtins) functions.SetValue(name, value, true);
        functions.SetValue("to_json", new JsonFunction(), true);
        return functions;
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            Write(writer, context, span, arguments[0], 0);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static void Write(Utf8JsonWriter writer, TemplateContext context, SourceSpan span, object? value, int depth)
    {
        if (depth > MaxDepth) throw new ScriptRuntimeException(span, $"object.to_json: the value nests deeper than {MaxDepth} levels (does an object hold itself?)");
        switch (value)
        {
            case null: writer.WriteNullValue(); return;
            case string s: writer.WriteStringValue(s); return;
            case bool b: writer.WriteBooleanValue(b); return;
            case char c: writer.WriteStringValue(c.ToString()); return;
            case int i: writer.WriteNumberValue(i); return;
            case long l: writer.WriteNumberValue(l); return;
            case uint ui: writer.WriteNumberValue(ui); return;
            case ulong ul: writer.WriteNumberValue(ul); return;
            case short sh: writer.WriteNumberValue(sh); return;
            case ushort us: writer.WriteNumberValue(us); return;
            case byte by: writer.WriteNumberValue(by); return;
            case sbyte sb: writer.WriteNumberValue(sb); return;
            case double d: writer.WriteNumberValue(d); return;
            case float f: writer.WriteNumberValue(f); return;
            case decimal m: writer.WriteNumberValue(m); return;
            case Enum e: writer.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture)); return;
            case DateTime dt: writer.WriteStringValue(dt); return;
            case DateTimeOffset dto: writer.WriteStringValue(dto); return;
            case TimeSpan ts: writer.WriteStringValue(ts.ToString("c", CultureInfo.InvariantCulture)); return;
            case Guid g: writer.WriteStringValue(g); return;
            case IScriptCustomFunction: writer.WriteNullValue(); return;
            case ScriptObject or IDictionary:
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, context, span, item, depth + 1);
                writer.WriteEndArray();
                return;
        }

        if (value is IDictionary dictionary and not ScriptObject)
        {
            writer.WriteStartObject();
            foreach (DictionaryEntry entry in dictionary)
            {
                writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                Write(writer, context, span, entry.Value, depth + 1);
            }

            writer.WriteEndObject();
            return;
        }

        // A script object or a .NET object: its members as a template reaches them.
        var accessor = context.GetMemberAccessor(value);
        writer.WriteStartObject();
        foreach (var member in accessor.GetMembers(context, span, value))
        {
            accessor.TryGetValue(context, span, value, member, out var memberValue);
            writer.WritePropertyName(member);
            Write(writer, context, span, memberValue, depth + 1);
        }

        writer.WriteEndObject();
    }
}

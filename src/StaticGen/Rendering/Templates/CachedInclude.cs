using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticGen.Rendering.Templates;

/// <summary>
/// <c>include_cached 'partials/x.html' key…</c>: Hugo's <c>partialCached</c>. The partial is rendered
/// once per build for each set of keys, and that output is reused wherever the same keys come again
/// (a card listed on a home page, six term pages and under related articles is made once). The keys
/// say what the output depends on: an object (a card) is the same key only as that very object, a
/// string, number or boolean by its value; no key caches one output for the whole build. As with
/// Hugo, the theme promises that the output depends on nothing else (not on <c>page</c>), and
/// assignments made inside the partial are not replayed when the output is reused. Unlike Hugo, a
/// partial that reads the page (<c>page</c> or another variable of the page's layout), itself or through
/// a partial it includes, is rendered every time: a site that overrides a partial the theme caches with
/// one that shows something of the page still gets each page's own text.
/// Thread-safe: one cache per <see cref="PageRenderer"/>, that is per build; a <c>build</c> also keeps the outputs of
/// cards between builds (<see cref="Kept"/>).
/// </summary>
internal sealed class CachedInclude : IncludeVariant
{
    /// <summary>The variables of a page (its layout's and <c>base.html</c>'s): a partial that reads one depends on the page.</summary>
    internal static readonly FrozenSet<string> PageVariables = FrozenSet.Create(StringComparer.Ordinal,
        "page", "article", "articles", "pager", "term", "taxonomy", "related", "newer", "older", "content_html");

    // Kept as UTF-8 (half the memory of the string: a 100,000-article site caches 100,000 cards).
    private readonly ConcurrentDictionary<Key, byte[]> _outputs = new();
    private readonly ConcurrentDictionary<string, bool> _readsPage = new(StringComparer.Ordinal);

    /// <summary>Forgets every output (when the pages that could reuse them are rendered).</summary>
    public void Clear() => _outputs.Clear();

    /// <summary>
    /// Outputs kept between builds (<see cref="IKeptPartials"/>), and the key that names an include's output there, from
    /// the partial's name and its keys (null: this include is not kept). Null: outputs live for one build only.
    /// </summary>
    public (IKeptPartials Kept, Func<string, IReadOnlyList<object?>, UInt128?> KeyOf)? Kept { get; set; }

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0 || arguments[0] is not string name)
        {
            // Scriban's include reports a missing or non-text name, at the caller's place.
            return Builtin.Invoke(context, callerContext, arguments, blockStatement);
        }

        if (ReadsPage(context, name)) return Builtin.Invoke(context, callerContext, arguments, blockStatement);

        var values = arguments.Count > 1 ? arguments.Skip(1).ToArray() : [];
        var key = new Key(name, values);
        if (_outputs.TryGetValue(key, out var cached)) return Encoding.UTF8.GetString(cached);

        // The output a previous build kept for the same keys (the same card, made with the same theme and config).
        (IKeptPartials? Store, UInt128 Key) kept = Kept is { } store && store.KeyOf(name, values) is { } keptKey ? (store.Kept, keptKey) : default;
        if (kept.Store is not null && kept.Store.TryGet(kept.Key, out var earlier))
        {
            return Encoding.UTF8.GetString(_outputs.GetOrAdd(key, earlier));
        }

        // Two pages rendered at once may both miss: the first output stored is the one every page shows
        // (the loser's own rendering is dropped), so a key has one output per build whatever the timing.
        var output = Builtin.Invoke(context, callerContext, arguments, blockStatement) as string ?? "";
        var bytes = Encoding.UTF8.GetBytes(output);
        var stored = _outputs.GetOrAdd(key, bytes);
        if (ReferenceEquals(stored, bytes)) kept.Store?.Put(kept.Key, bytes);
        return ReferenceEquals(stored, bytes) ? output : Encoding.UTF8.GetString(stored);
    }

    /// <summary>Whether the partial, or a partial it includes by name, reads a variable of the page (decided once per partial).</summary>
    private bool ReadsPage(TemplateContext context, string name) =>
        _readsPage.GetOrAdd(name, static (name, context) => ReadsPage(context.CachedTemplates, name, new HashSet<string>(StringComparer.Ordinal)), context);

    private static bool ReadsPage(IDictionary<string, Template> partials, string name, HashSet<string> seen)
    {
        // A partial the theme does not have is Scriban's to report when it is included; a cycle reads nothing more.
        if (!seen.Add(name) || !partials.TryGetValue(name, out var template) || template.Page is null) return false;
        var pending = new Stack<ScriptNode>();
        pending.Push(template.Page);
        while (pending.TryPop(out var node))
        {
            if (node is ScriptVariableGlobal variable && PageVariables.Contains(variable.Name)) return true;
            if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" or "include_cached" } } call
                && call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string included }
                && ReadsPage(partials, included, seen))
            {
                return true;
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child) pending.Push(child);
            }
        }

        return false;
    }

    /// <summary>A partial's name and its keys: objects by identity, strings, numbers and booleans by value.</summary>
    private readonly struct Key(string name, object?[] values) : IEquatable<Key>
    {
        private readonly string _name = name;
        private readonly object?[] _values = values;

        public bool Equals(Key other)
        {
            if (!string.Equals(_name, other._name, StringComparison.Ordinal) || _values.Length != other._values.Length) return false;
            for (var i = 0; i < _values.Length; i++)
            {
                if (!Same(_values[i], other._values[i])) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_name, StringComparer.Ordinal);
            foreach (var value in _values) hash.Add(ByValue(value) ? value!.GetHashCode() : RuntimeHelpers.GetHashCode(value));
            return hash.ToHashCode();
        }

        private static bool Same(object? a, object? b) => ByValue(a) ? a!.Equals(b) : ReferenceEquals(a, b);

        private static bool ByValue(object? value) => value is string or ValueType;
    }
}

/// <summary>
/// Rendered partials kept between builds by a key that names everything they show: a build takes an output from
/// here instead of rendering the partial, and puts what it rendered. Thread-safe.
/// </summary>
public interface IKeptPartials
{
    /// <summary>The output (UTF-8) kept under <paramref name="key"/>, if any.</summary>
    bool TryGet(UInt128 key, out byte[] output);

    /// <summary>Keeps an output rendered in this build.</summary>
    void Put(UInt128 key, byte[] output);
}

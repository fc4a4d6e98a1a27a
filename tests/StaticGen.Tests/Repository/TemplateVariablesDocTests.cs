using System.Text.Json;
using System.Text.RegularExpressions;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Repository;

/// <summary>
/// The guide's templates page (docs/content/templates.md) lists every variable templates see, and
/// nothing else. The variables are not read from the source code but from what a build gives the
/// templates: a fixture site whose layouts and <c>base.html</c> print their whole scope
/// (<c>{{ this | object.to_json }}</c>), with an article, a standalone page, tags, countries,
/// images, headings, neighbours and params, so that every object the view models make appears
/// at least once. Each object found is matched to its table in the page by where it sits (a
/// table row's type column links the table of the object it holds), and its keys are compared
/// with the table's rows both ways.
/// </summary>
public sealed partial class TemplateVariablesDocTests
{
    private static readonly string s_docPath = Path.Combine(RepositoryRoot(), "docs", "content", "templates.md");

    /// <summary>The page kinds (<c>page.kind</c>) and the layout each renders with.</summary>
    private static readonly string[] s_layouts = ["home", "article", "page", "terms", "term", "search", "404"];

    [Fact]
    public void Every_variable_the_templates_see_is_documented_and_every_documented_one_exists()
    {
        var problems = Problems(RenderScopes(), File.ReadAllText(s_docPath));
        Assert.True(problems.Count == 0, "docs/content/templates.md and the variables templates see differ:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_field_a_view_model_adds_without_documenting_it_fails()
    {
        // As if ViewModels.NewCard had gained ["secret_field"]: every card of every page has it.
        var scopes = RenderScopes().Select(s => s with
        {
            Layout = AddKey(s.Layout, "\"title\":", "\"secret_field\":1,"),
            Base = AddKey(s.Base, "\"title\":", "\"secret_field\":1,"),
        }).ToList();
        var problems = Problems(scopes, File.ReadAllText(s_docPath));
        Assert.Contains(problems, p => p.Contains("`secret_field`", StringComparison.Ordinal) && p.Contains("not documented", StringComparison.Ordinal));
    }

    [Fact]
    public void A_top_level_variable_a_layout_gets_without_documenting_it_fails()
    {
        var scopes = RenderScopes().Select(s => s.Kind == "term" ? s with { Layout = AddKey(s.Layout, "{", "\"breadcrumbs\":[],") } : s).ToList();
        var problems = Problems(scopes, File.ReadAllText(s_docPath));
        Assert.Contains(problems, p => p.Contains("`breadcrumbs`", StringComparison.Ordinal) && p.Contains("term.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_documented_field_no_view_model_exposes_fails()
    {
        var doc = File.ReadAllText(s_docPath).Replace("| field | type | what it holds |\n| --- | --- | --- |\n", "| field | type | what it holds |\n| --- | --- | --- |\n| `made_up` | text | nothing |\n", StringComparison.Ordinal);
        var problems = Problems(RenderScopes(), doc);
        Assert.Contains(problems, p => p.Contains("`made_up`", StringComparison.Ordinal) && p.Contains("no template sees", StringComparison.Ordinal));
    }

    /// <summary>What one page's layout and its <c>base.html</c> saw, as JSON.</summary>
    private sealed record Scope(string Kind, string Layout, string Base);

    private static string AddKey(string json, string before, string insert)
    {
        var at = json.IndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0, "nothing to plant into");
        return json[..at] + (before == "{" ? "{" + insert : insert + before) + json[(at + before.Length)..];
    }

    private static List<Scope> RenderScopes()
    {
        const string dump = "{{ this | object.to_json }}";
        var layouts = string.Concat(s_layouts.Append("base").Select(l => $"-- templates/layouts/{l}.html --\n{dump}\n"));
        using var site = FixtureSite.Parse($$"""
            -- site.config.yml --
            title: The Quay Post
            baseUrl: https://example.org/news/
            author: The Desk
            params: { motto: Tides wait for no one }
            menu: [{ name: Latest, url: / }, { name: About, url: /about/ }, { name: Charts, url: "https://charts.example.org/" }]
            sections: [{ slug: harbour, title: Harbour News, description: Ships and the people on them. }]
            authors:
              Mari Dahl: { role: Port reporter, bio: Mari writes about the port., photo: quay.png, links: [{ name: Email, url: "mailto:mari@example.org" }] }
            {{layouts}}
            -- content/first.md --
            ---
            title: Ferry timetable changes in spring
            kicker: Shipping
            section: harbour
            author: Mari Dahl
            date: 2024-03-01
            updated: 2024-03-02
            tags: [Harbour Authority, Mari Dahl]
            countries: [Norway]
            images: [{ src: quay.png, caption: The quay at dawn., credit: Ola Berg }, { src: missing.png }]
            params: { badge: new }
            ---
            The spring timetable adds a late ferry.

            ## What changes

            Departures move by ten minutes.
            -- content/second.md --
            ---
            title: Harbour fees rise in Bergen
            date: 2024-02-01
            tags: [Harbour Authority]
            countries: [Norway, Denmark]
            images: [{ src: quay.png }]
            ---
            Fees rise by four per cent.
            -- content/third.md --
            ---
            title: A new crane for the container port
            date: 2024-01-01
            tags: [Harbour Authority]
            countries: [Denmark]
            ---
            The crane arrives by barge.
            -- content/about.md --
            ---
            title: About the Quay Post
            slug: about
            type: page
            ---
            We write about harbours.
            """);
        site.WriteBytes("content/quay.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        site.BuildOk();

        var scopes = new List<Scope>();
        foreach (var file in site.OutputFiles().Where(static f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = site.Text(file);
            if (!text.TrimStart().StartsWith('{')) continue; // a redirect page: no template
            using var json = JsonDocument.Parse(text);
            var kind = json.RootElement.GetProperty("page").GetProperty("kind").GetString()!;
            scopes.Add(new Scope(kind, json.RootElement.GetProperty("content_html").GetString()!, text));
        }

        Assert.Equal(s_layouts.Order(StringComparer.Ordinal), scopes.Select(static s => s.Kind).Distinct().Order(StringComparer.Ordinal));
        return scopes;
    }

    /// <summary>A table of the templates page: the variables or fields it lists, and the table each one's value is described by.</summary>
    private sealed class DocTable
    {
        public Dictionary<string, string?> Fields { get; } = new(StringComparer.Ordinal);

        /// <summary>Top-level variables only: the layouts that get each (<c>all</c> is every layout).</summary>
        public Dictionary<string, HashSet<string>> Layouts { get; } = new(StringComparer.Ordinal);

        /// <summary>"Every field of a [card](#card)": the table whose fields this one also has.</summary>
        public string? Inherits { get; set; }
    }

    /// <summary>
    /// Reads the templates page: the table headed <c>| variable | type | layouts |</c> lists the
    /// top-level variables; each table headed <c>| field | type |</c> lists the fields of the
    /// object named by the <c>###</c> heading above it. A type cell that links <c>#x</c> says the
    /// value is (a list of) the object of the heading whose anchor is <c>x</c>.
    /// </summary>
    private static (DocTable Top, Dictionary<string, DocTable> Types) ReadDoc(string doc)
    {
        var top = new DocTable();
        var types = new Dictionary<string, DocTable>(StringComparer.Ordinal);
        DocTable? current = null;
        string? heading = null;
        foreach (var raw in doc.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                heading = Anchor(line[4..]);
                current = null;
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = null;
                current = null;
                continue;
            }

            if (heading is not null && EveryFieldOf().Match(line) is { Success: true } inherits)
            {
                (types.TryGetValue(heading, out var t) ? t : types[heading] = new DocTable()).Inherits = inherits.Groups[1].Value;
            }

            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }

            var cells = line.Trim('|').Split(" | ").Select(static c => c.Trim()).ToArray();
            if (cells[0] == "variable" && cells.Length >= 3 && cells[2] == "layouts")
            {
                current = top;
                continue;
            }

            if (cells[0] == "field" && heading is not null)
            {
                current = types.TryGetValue(heading, out var t) ? t : types[heading] = new DocTable();
                continue;
            }

            if (current is null || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            var child = cells.Length > 1 && TypeLink().Match(cells[1]) is { Success: true } link ? link.Groups[1].Value : null;
            foreach (Match name in CodeSpan().Matches(cells[0]))
            {
                current.Fields[name.Groups[1].Value] = child;
                if (current == top)
                {
                    current.Layouts[name.Groups[1].Value] = cells[2] == "all"
                        ? ["all"]
                        : [.. AnyCodeSpan().Matches(cells[2]).Select(static m => m.Groups[1].Value)];
                }
            }
        }

        return (top, types);
    }

    /// <summary>The anchor Markdig gives a heading: lower case, words joined by hyphens.</summary>
    private static string Anchor(string heading) =>
        string.Join('-', heading.Replace("`", "", StringComparison.Ordinal).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyDictionary<string, string?> FieldsOf(Dictionary<string, DocTable> types, string type)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var t = type; t is not null && types.TryGetValue(t, out var table); t = table.Inherits)
        {
            foreach (var (name, child) in table.Fields) fields.TryAdd(name, child);
        }

        return fields;
    }

    private static List<string> Problems(IEnumerable<Scope> scopes, string doc)
    {
        var (top, types) = ReadDoc(doc);
        var problems = new List<string>();
        if (top.Fields.Count == 0) problems.Add("no table headed | variable | type | layouts | lists the top-level variables");
        foreach (var (name, child) in top.Fields.Concat(types.Values.SelectMany(static t => t.Fields)))
        {
            if (child is not null && !types.ContainsKey(child)) problems.Add($"`{name}` links #{child}, which no ### heading with a | field | table names");
        }

        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Report(string problem)
        {
            if (reported.Add(problem)) problems.Add(problem);
        }

        void Walk(JsonElement value, string type, string path)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray()) Walk(item, type, path + "[]");
                return;
            }

            if (value.ValueKind != JsonValueKind.Object) return;
            var fields = FieldsOf(types, type);
            var keys = seen.TryGetValue(type, out var k) ? k : seen[type] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in value.EnumerateObject())
            {
                keys.Add(property.Name);
                if (!fields.TryGetValue(property.Name, out var child))
                {
                    Report($"`{property.Name}` of {type} ({path}.{property.Name}) is not documented in the table under ### {type}");
                }
                else if (child is not null)
                {
                    Walk(property.Value, child, path + "." + property.Name);
                }
            }
        }

        void CheckTop(JsonElement scope, string template, Func<string, bool> expected)
        {
            var names = scope.EnumerateObject().Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in names.Where(n => !top.Fields.ContainsKey(n) || !expected(n)))
            {
                Report($"`{name}` is seen by {template} but not documented for it in the | variable | type | layouts | table");
            }

            foreach (var name in top.Fields.Keys.Where(n => expected(n) && !names.Contains(n)))
            {
                Report($"`{name}` is documented for {template}, but no template sees it there");
            }

            foreach (var property in scope.EnumerateObject())
            {
                if (top.Fields.TryGetValue(property.Name, out var child) && child is not null) Walk(property.Value, child, property.Name);
            }
        }

        foreach (var scope in scopes)
        {
            var layout = scope.Kind + ".html";
            bool ForLayout(string name) => top.Layouts.TryGetValue(name, out var l) && (l.Contains("all") || l.Contains(layout));
            using var layoutJson = JsonDocument.Parse(scope.Layout);
            using var baseJson = JsonDocument.Parse(scope.Base);
            CheckTop(layoutJson.RootElement, layout, ForLayout);
            CheckTop(baseJson.RootElement, $"base.html (of {layout})", n => ForLayout(n) || (top.Layouts.TryGetValue(n, out var l) && l.Contains("base.html")));
        }

        foreach (var (type, table) in types)
        {
            if (!seen.TryGetValue(type, out var keys))
            {
                problems.Add($"the fixture site never showed a {type}: add what makes one, or the table under ### {type} is checked against nothing");
                continue;
            }

            foreach (var name in FieldsOf(types, type).Keys.Where(n => !keys.Contains(n)))
            {
                problems.Add($"`{name}` is documented under ### {type}, but no template sees it there");
            }
        }

        return problems;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("StaticGen.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("`([a-z_][a-z0-9_]*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex AnyCodeSpan();

    [GeneratedRegex(@"\]\(#([a-z0-9-]+)\)")]
    private static partial Regex TypeLink();

    [GeneratedRegex(@"every field of an? \[[^\]]+\]\(#([a-z0-9-]+)\)")]
    private static partial Regex EveryFieldOf();
}

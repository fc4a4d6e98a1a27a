using Mono.Cecil;
using Mono.Cecil.Cil;
using StaticGen.Site;

namespace StaticGen.Tests.Architecture;

/// <summary>
/// What each page shows is said once, on the page records (<see cref="Page.Shows"/>): rendering,
/// incremental planning, reassembly and the sitemap read its slots and never switch over the kinds
/// of page. An IL scan finds every type test or cast to a page record (<c>page is HomePage</c>,
/// <c>case ArticlePage a</c>, <c>OfType&lt;TermsPage&gt;</c>) outside the records themselves.
/// </summary>
public sealed class PageKindTests
{
    [Fact]
    public void No_code_outside_the_page_records_switches_over_the_kinds_of_page()
    {
        var offenders = PageTypeTests(typeof(Page).Assembly.Location);
        Assert.True(offenders.Count == 0, "a type tests for a kind of page instead of reading Page.Shows:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_scan_finds_a_planted_violation()
    {
        var offenders = PageTypeTests(typeof(PageKindTests).Assembly.Location);
        Assert.Contains(offenders, static o => o.StartsWith(typeof(PlantedPageSwitch).FullName!, StringComparison.Ordinal) && o.Contains("StaticGen.Site.ArticlePage", StringComparison.Ordinal));
        Assert.Contains(offenders, static o => o.StartsWith(typeof(PlantedPageSwitch).FullName!, StringComparison.Ordinal) && o.Contains("StaticGen.Site.TermsPage", StringComparison.Ordinal));
    }

    /// <summary>Each type test, cast or generic use (<c>OfType&lt;T&gt;</c>) of a page record, outside the page records.</summary>
    internal static List<string> PageTypeTests(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var pageRecords = typeof(Page).Assembly.GetTypes().Where(static t => t.IsSubclassOf(typeof(Page))).Select(static t => t.FullName!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(pageRecords);
        var offenders = new List<string>();
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            if (pageRecords.Contains(owner.FullName)) continue;
            foreach (var method in type.Methods.Where(static m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    var named = instruction.Operand switch
                    {
                        TypeReference t when instruction.OpCode.Code is Code.Isinst or Code.Castclass or Code.Unbox_Any => [t.FullName],
                        GenericInstanceMethod g => g.GenericArguments.Select(static a => a.FullName),
                        _ => [],
                    };
                    foreach (var name in named.Where(pageRecords.Contains))
                    {
                        offenders.Add($"{type.FullName}.{method.Name} tests for {name}");
                    }
                }
            }
        }

        return offenders;
    }
}

/// <summary>Code that switches over the kinds of page where it should read <see cref="Page.Shows"/>: the scan must find it.</summary>
internal static class PlantedPageSwitch
{
    public static string? Body(Page page) => page switch
    {
        ArticlePage a => a.Article.Url,
        _ => null,
    };

    public static int Taxonomies(IEnumerable<Page> pages) => pages.OfType<TermsPage>().Count();
}

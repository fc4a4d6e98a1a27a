namespace StaticGen.Content.Reading;

/// <summary>The field of a story that a desk label names.</summary>
public enum DeskField
{
    /// <summary>"HED: …": the headline.</summary>
    Headline,

    /// <summary>"DEK: …": the standfirst under it.</summary>
    Standfirst,
}

/// <summary>
/// The labels a writer's desk puts before a story's fields in a draft or a content system's export ("HED: The headline",
/// "DEK: The standfirst"; the words are in <c>Data/desk-labels.tsv</c>). An editor reads such a line as the field it names,
/// without its label. Pure.
/// </summary>
public static class DeskLabels
{
    private static readonly Dictionary<string, DeskField> s_labels = Parse(EmbeddedResources.ReadText("reader/desk-labels.tsv"));

    /// <summary>The field a line's desk label names and the line without it ("HED: Ferry runs late" gives the headline "Ferry runs late"), or null.</summary>
    public static (DeskField Field, string Text)? Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxLabelLength || !s_labels.TryGetValue(line[..colon].Trim(), out var field)) return null;
        var text = line[(colon + 1)..].Trim();
        return text.Length == 0 ? null : (field, text);
    }

    /// <summary>The longest label looked for before the colon.</summary>
    private const int MaxLabelLength = 12;

    private static Dictionary<string, DeskField> Parse(string tsv)
    {
        var labels = new Dictionary<string, DeskField>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in tsv.Split('\n'))
        {
            var line = row.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != 2) throw new FormatException($"desk-labels.tsv: expected 'field<TAB>label' in '{line}'");
            labels[cells[1].Trim()] = cells[0].Trim() switch
            {
                "headline" => DeskField.Headline,
                "standfirst" => DeskField.Standfirst,
                var other => throw new FormatException($"desk-labels.tsv: unknown field '{other}'"),
            };
        }

        return labels;
    }
}

namespace StaticGen.Configuration;

/// <summary>
/// Where a value was written in a file: 1-based line and column (0 when unknown). YAML readers
/// record one per key, by dotted path (<c>paths.output</c>, <c>tags[2]</c>, <c>countries.aliases.Blighty</c>),
/// so problems found later, outside the reader, can still point at the line.
/// </summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The position recorded for <paramref name="key"/>, or line 0 (unknown).</summary>
    public static SourcePosition Of(IReadOnlyDictionary<string, SourcePosition> positions, string key)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return positions.TryGetValue(key, out var position) ? position : default;
    }
}

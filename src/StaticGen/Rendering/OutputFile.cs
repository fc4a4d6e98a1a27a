namespace StaticGen.Rendering;

/// <summary>A file of the built site: where it goes (relative to the output folder) and what it holds.</summary>
public sealed record OutputFile(string RelativePath, string Text)
{
    public override string ToString() => RelativePath;
}

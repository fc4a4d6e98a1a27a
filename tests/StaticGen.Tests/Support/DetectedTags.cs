using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Support;

/// <summary>
/// The tags the detector finds in a page made of one title ("A story") and a body or other segments, with the default
/// gazetteer and tag settings, in the page's language: what the tag tests in other languages ask of it.
/// </summary>
public static class DetectedTags
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    /// <summary>The detected tags of a page made of <paramref name="segments"/>.</summary>
    public static IReadOnlyList<DetectedTag> Detect(string language, IReadOnlyList<TextSegment> segments) =>
        new TagDetector(s_gazetteer.ForLanguage(language), new TagsConfig()).Detect(segments, language);

    /// <summary>The detected tags of a page titled "A story" with <paramref name="segments"/> after the title.</summary>
    public static IReadOnlyList<DetectedTag> Of(string language, params TextSegment[] segments) => Detect(language, [new("A story", TextRole.Title), .. segments]);

    /// <summary>The names of the detected tags of a page titled "A story" with <paramref name="body"/> as its body.</summary>
    public static List<string> Names(string body, string language = "en") => [.. Of(language, new TextSegment(body, TextRole.Body)).Select(static t => t.Name)];
}

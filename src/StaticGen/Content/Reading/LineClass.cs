namespace StaticGen.Content.Reading;

/// <summary>What the reader decided a line of a raw article is.</summary>
public enum LineClass
{
    /// <summary>An empty line.</summary>
    Blank,

    /// <summary>Site furniture: navigation, buttons, labels, teasers, footers. Dropped.</summary>
    Furniture,

    /// <summary>The headline (or a repeat of it). Becomes the title.</summary>
    Title,

    /// <summary>A line over the headline that labels it. Becomes the kicker.</summary>
    Kicker,

    /// <summary>The summary line a page prints under its headline. Shown above the body; the lede stays the summary.</summary>
    Standfirst,

    /// <summary>A byline. Becomes the author.</summary>
    Byline,

    /// <summary>A date line. Becomes the date (or the update date).</summary>
    Date,

    /// <summary>The lede, which may open with a wire dateline.</summary>
    Dateline,

    /// <summary>Running text.</summary>
    Prose,

    /// <summary>A subheading between paragraphs.</summary>
    Heading,

    /// <summary>A list item.</summary>
    List,

    /// <summary>A row of a table.</summary>
    Table,

    /// <summary>A quoted line.</summary>
    Quote,

    /// <summary>An image file name.</summary>
    ImageFile,

    /// <summary>An image caption.</summary>
    Caption,

    /// <summary>An image credit.</summary>
    Credit,
}

/// <summary>One line as the reader classified it, with the evidence (shown by <c>staticgen inspect</c>).</summary>
public sealed record LineReading(int Line, string Text, LineClass Class, string Evidence);

/// <summary>A line that could be the headline, with its score and the reasons for it.</summary>
public sealed record TitleCandidate(int Line, string Text, int Score, IReadOnlyList<string> Reasons);

namespace StaticGen.Content;

/// <summary>
/// One block of a raw text article, as the parser recognised it. Text is plain text exactly as
/// scraped; it becomes Markdown only through <see cref="MarkdownText"/>, which escapes it.
/// </summary>
public abstract record RawBlock(int Line);

/// <summary>A paragraph of running text.</summary>
public sealed record RawParagraph(int Line, string Text) : RawBlock(Line);

/// <summary>A subheading line.</summary>
public sealed record RawHeading(int Line, string Text) : RawBlock(Line);

/// <summary>An image file line with the caption and credit that follow it.</summary>
public sealed record RawFigure(int Line, ArticleImage Image) : RawBlock(Line);

/// <summary>
/// Consecutive "- " or "• " lines, or numbered lines ("1. ", "2) "); <paramref name="Start"/> is the first
/// number of a numbered list and null for bullets.
/// </summary>
public sealed record RawList(int Line, IReadOnlyList<string> Items, int? Start = null) : RawBlock(Line);

/// <summary>Consecutive "&gt; " lines, or an embedded post, with an optional attribution line ("— Name").</summary>
public sealed record RawQuote(int Line, IReadOnlyList<string> Lines, string? Attribution) : RawBlock(Line);

/// <summary>
/// A table: consecutive rows of cells (tab-separated, or aligned in columns); the first row is the header.
/// Rendered as a Markdown pipe table; each cell is handed to detection on its own.
/// </summary>
public sealed record RawTable(int Line, IReadOnlyList<IReadOnlyList<string>> Rows) : RawBlock(Line);

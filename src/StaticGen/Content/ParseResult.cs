namespace StaticGen.Content;

/// <summary>What a parser made of one file: the article (null when the file cannot be one) and its diagnostics.</summary>
public sealed record ParseResult(ParsedArticle? Article, IReadOnlyList<Diagnostic> Diagnostics);

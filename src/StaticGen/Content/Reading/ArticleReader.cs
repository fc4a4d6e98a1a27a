// Over 500 lines, on purpose: this is the reader's script, the numbered steps of the summary below
// run in order over one set of lines; each step's rules live in their own files (LineFeatures,
// ProseClasses, TitleChooser…), and what stays here is the order and the evidence passed between
// them, which reads best in one file.
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// Reads a scraped page as a careful editor does, in small steps that each leave evidence:
/// <list type="number">
/// <item>lines, cleaned, with their original numbers (blank lines split blocks);</item>
/// <item>features per line (<see cref="LineFeatures"/>) and furniture evidence (known lists, navigation
/// shapes, runs of menu items, labels over teasers, repetition across the pile);</item>
/// <item>prose classes as jusText judges them (<see cref="ProseClasses"/>), revised by neighbours;</item>
/// <item>zones: the lede (the first prose line with no byline or date after it), the header above it and
/// the trailer after the last prose line; every line classified (<see cref="LineClass"/>);</item>
/// <item>decisions: the title among candidates (<see cref="TitleChooser"/>), kicker, standfirst, date and
/// authors from anywhere in the header and trailer, captions and credits;</item>
/// <item>blocks of the body from the lines kept (<see cref="RawArticleParser"/>'s block builder), so a
/// byline or date line is never joined to a paragraph.</item>
/// </list>
/// Pure: text in, structure and evidence out.
/// </summary>
public static partial class ArticleReader
{
    /// <summary>Lines in one block, each this short and without closing punctuation, read as a menu when three or more run together.</summary>
    private const int MaxMenuWords = 4;

    /// <summary>Teaser headlines under a label: short lines without a closing full stop.</summary>
    private const int MaxTeaserWords = 16;

    /// <summary>Reads one raw file. A null <c>dateOrder</c> (the site's <c>dates.order</c> unset) leaves numeric dates to the evidence of the file and the pile (<see cref="NumericDateOrder"/>).</summary>
    public static ParseResult Read(string path, string text, Func<string, JunkKind>? junk = null, DateOrder? dateOrder = null, ReaderData? data = null, PileTable? pile = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        junk ??= static _ => JunkKind.None;
        data ??= ReaderData.Default;
        pile ??= PileTable.Empty;

        var diagnostics = new DiagnosticList();
        var notes = new List<ParseNote>();

        // 1. Lines. The site's cleanup rules (cleanup.boilerplate) drop their lines first, as before.
        // Table rows keep their cells apart (one tab between cells); every other line is cleaned as text.
        var raw = TextLines.Split(text);
        var rows = TableRows.Find(raw);
        var lines = new string[raw.Length];
        for (var i = 0; i < raw.Length; i++) lines[i] = rows[i] ?? RawArticleParser.Clean(raw[i]);
        foreach (var i in DraftComments.Strip(lines)) notes.Add(new ParseNote(i + 1, "a pasted draft's comment anchor ('[a]') taken out of the text: a comment line of the draft opens with it"));
        var original = (string[])lines.Clone();
        // A draft's desk labels ("HED: The headline", "DEK: The standfirst") above its first paragraph: the field without its
        // label, and the first labelled headline is the headline. In the story's text such a word is the text's.
        var deskHeadline = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (rows[i] is not null || lines[i].Length == 0) continue;
            if (DeskLabels.Read(lines[i]) is not { } desk)
            {
                if (RawArticleParser.EndsSentence(lines[i]) && RawArticleParser.WordCount(lines[i]) >= RunningText.MinParagraphWords) break;
                continue;
            }

            lines[i] = desk.Text;
            if (desk.Field == DeskField.Headline && deskHeadline < 0) deskHeadline = i;
            notes.Add(new ParseNote(i + 1, $"desk label '{original[i][..original[i].IndexOf(':', StringComparison.Ordinal)]}' taken off: the {(desk.Field == DeskField.Headline ? "headline" : "standfirst")}"));
        }

        // A label in the page's own language ("Lire aussi :", "Crédit photo :") is read as its English counterpart, so the
        // furniture and credit rules that know the English label know it too.
        for (var i = 0; i < lines.Length; i++)
        {
            if (rows[i] is not null || lines[i].Length == 0 || ForeignLabels.Read(lines[i]) is not { } english) continue;
            notes.Add(new ParseNote(i + 1, $"a label in another language read as its English counterpart: '{english}'"));
            lines[i] = english;
        }

        // A wire desk's sign-off run onto the paragraph it closes ("… keine Angaben. Abc/Xy", "… kata dia. (ab/cde)"): the
        // editors' initials, furniture on a line of their own (Data/furniture.tsv), are taken off, and the paragraph ends its
        // sentence again (so it is neither a caption closed by a credit nor a line that ends no sentence).
        for (var i = 0; i < lines.Length; i++)
        {
            if (rows[i] is not null || lines[i].Length == 0 || SignOffAt(lines[i], data) is not (> 0 and var cut)) continue;
            notes.Add(new ParseNote(i + 1, $"a wire desk's sign-off taken off the end of the paragraph: '{lines[i][cut..].Trim()}'"));
            lines[i] = lines[i][..cut].TrimEnd();
        }

        // The page's language, told once from its running text (lines of sentences, not its menus and labels) and read by
        // every later step: the order of numeric dates here, detection in enrichment.
        var language = TextLanguage.Detect(RunningLines(lines, rows));
        if (language != TextLanguage.English) notes.Add(new ParseNote(0, $"the page's running text is in '{language}' (its function words)"));
        var (order, orderWhy) = NumericDateOrder.Decide(dateOrder, lines, pile, language);
        if (orderWhy is not null) notes.Add(new ParseNote(0, orderWhy));

        // A scraper's metadata prefix on the first line ("date 2022-11-28 …") gives the page's date; the rest of that line
        // is the page's first text, read like any other line (a headline, a byline, the lede, or more scraper fields).
        DateTimeOffset? prefixDate = null;
        if (RawArticleParser.NextNonEmpty(lines, 0) is var top and >= 0 && rows[top] is null && MetaLines.SplitScraperPrefix(lines[top], order) is { } prefix)
        {
            prefixDate = prefix.Meta.Date;
            lines[top] = prefix.Remainder;
            notes.Add(new ParseNote(top + 1, prefixDate is null ? "scraper's prefix with a month only: no date; the rest of the line is read as the page's text"
                : $"scraper's date prefix: {prefixDate:yyyy-MM-dd}; the rest of the line is read as the page's text"));
        }
        else if (RawArticleParser.NextNonEmpty(lines, 0) is var printed and >= 0 && rows[printed] is null && PrintHeaderRegex().Match(lines[printed]) is { Success: true } stamp && stamp.Length < lines[printed].Length)
        {
            // A browser's print-out opens with the time it was printed, then the page title ("12/03/2026, 21:07 Headline |
            // Site"): the stamp says when the reader printed the page, not when it was published, and is no part of the title.
            lines[printed] = lines[printed][stamp.Length..];
            notes.Add(new ParseNote(printed + 1, $"a browser's print header taken off the page title: '{stamp.Value.Trim()}' (the time of printing, not of publication)"));
        }

        var dropped = RawArticleParser.DropJunk(lines, junk, notes);
        if (RawArticleParser.NextNonEmpty(lines, 0) < 0)
        {
            diagnostics.Warning(Stage.Load, path, 0, 0, dropped.Any(static d => d)
                ? "the file has no article text, only page furniture; it is skipped"
                : "the file has no text; it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        // Hard-wrapped paragraphs: a line that continues the one above is judged with it (never a date or byline line).
        var head = WrapHeads(lines, order, data);

        // 2. Features and furniture evidence, per line or per wrapped paragraph.
        var features = new LineFeatures?[lines.Length];
        var evidence = new string?[lines.Length];
        var threshold = data.Threshold(pile.FileCount);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || head[i] != i) continue;
            var end = i + 1;
            while (end < lines.Length && head[end] == i) end++;
            features[i] = LineFeatures.Of(end == i + 1 ? lines[i] : string.Join(' ', lines, i, end - i), data, pile, order, language);
            if (rows[i] is not null) features[i] = features[i]! with { Meta = null, Credit = null, Caption = null }; // a row's year or name is a cell, not a date or byline line
            evidence[i] = features[i]!.FurnitureEvidence(threshold);
        }

        MarkDoubledCaptions(lines, features);
        MarkCaptionsAboveCredits(lines, features, head);
        if (HeaderCaptions.MarkSceneCaption(lines, features, data, language) is var scene and >= 0)
        {
            notes.Add(new ParseNote(scene + 1, "a picture's caption over the lede: a short line describing a scene in the present, right above a paragraph that tells the same story in the past and takes up most of its words"));
        }

        MarkMenus(lines, features, evidence);
        MarkRunningHeads(lines, rows, features, evidence);
        MarkAdverts(lines, original, dropped, features, evidence, data);
        MarkLabels(lines, features, evidence, original, dropped, data);
        NoticeBoxes.Mark(lines, features, evidence, data);
        var uiLabels = UiLabels.Mark(lines, features, evidence);
        var listItems = new bool[lines.Length];
        MarkSummaryBoxes(lines, features, evidence, listItems);
        var introduced = IntroducedLists(lines, features, evidence);
        for (var i = 0; i < lines.Length; i++) listItems[i] |= introduced[i];

        // A listing page (a tag, category or author archive): its label is never the title, and with two or more teasers
        // under it the page lists other pages' stories: it is no article.
        if (ListingPages.Label(original, data) is { } listing)
        {
            if (ListingPages.Items(lines, listing.Line, order) is var items and >= ListingPages.MinItems && !ListingPages.HasStory(lines, listing.Line))
            {
                diagnostics.Warning(Stage.Load, path, listing.Line + 1, 0, $"the file is a listing page, not an article: its label '{original[listing.Line]}' stands over {items} teasers (a headline with its date, byline or bullet each); it is skipped");
                return new ParseResult(null, diagnostics.Sorted());
            }

            if (listing.Kind == ListingLabelKind.Label && features[listing.Line] is not null) evidence[listing.Line] ??= ListingLabelEvidence;
        }

        // A person's page (a social profile with its counts, a writer's note over teasers of their stories) is no article.
        if (ProfilePages.Find(lines, order) is { } profile)
        {
            diagnostics.Warning(Stage.Load, path, profile.Line + 1, 0, $"the file is a person's profile page, not an article: {profile.Why}; it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        var figure = FigureLines(lines, features);
        var claimBox = ClaimBoxes(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            if (figure[i] && features[i]!.Known != FurnitureKind.Line) evidence[i] = null;
        }

        // 3. Prose classes. Figures and embedded posts (a post's text, then "— Name (@handle) date") are not judged.
        var neutral = (bool[])figure.Clone();
        for (var i = 0; i < lines.Length; i++) neutral[i] |= rows[i] is not null || features[i]?.Known == FurnitureKind.Insert || ReferenceEquals(evidence[i], RunningHeadEvidence) || uiLabels[i];
        // A summary box of bullet points is the article's own list, and its label goes with it: neither sways the paragraphs
        // around it to furniture (a "Key points" box under the lede, then the story goes on).
        for (var i = 0; i < lines.Length; i++)
        {
            if (!listItems[i]) continue;
            neutral[i] = true;
            var above = i - 1;
            while (above >= 0 && lines[above].Length == 0) above--;
            if (above >= 0 && features[above]?.Known == FurnitureKind.Box) neutral[above] = true;
        }

        // A bulleted list that a line of text introduces ("Expected impacts on the coast:" / "• Storm surge of …") is the
        // article's own, whatever its items' length, and its introduction goes with it: neither sways the paragraphs around
        // it to furniture.
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i][^1] != ':' || features[i] is not { Meta: null, Known: null } f || f.Words < MinIntroWords || !lines[i].Any(char.IsLower)) continue;
            var j = i + 1;
            if (j < lines.Length && lines[j].Length == 0) j++;
            if (j >= lines.Length || !IsBullet(lines[j])) continue;
            neutral[i] = true;
            for (; j < lines.Length && IsBullet(lines[j]); j++) neutral[j] = true;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || !RawArticleParser.PostAttributionRegex().IsMatch(lines[i])) continue;
            neutral[i] = true;
            var above = i - 1;
            while (above >= 0 && lines[above].Length == 0) above--;
            if (above >= 0 && evidence[above] is null) neutral[above] = true;
        }

        var initial = ProseClasses.Initial(features, evidence, neutral);
        var prose = ProseClasses.Revise(initial, features);

        // A page of readers' comments (each a name, a time, a short text and a Reply or Like row) with no article text of its
        // own outside them and their section's header: the story they comment on is another page.
        var thread = CommentThreads.Find(lines, data, order);
        if (thread.Count >= CommentThreads.MinComments && !HasTextOutside(thread, lines, original, dropped, head, features, evidence, initial, neutral, data))
        {
            diagnostics.Warning(Stage.Load, path, thread[0].First + 1, 0, $"the file holds only readers' comments ({thread.Count} of them, each a name, a time, a short text and a row of Reply or Like buttons) and no article text; it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        // 4. Zones.
        // The header of a comment section ("3 Comments", "Leave a Reply"), even when the site's cleanup rules dropped it.
        bool IsCommentHeader(int i) => features[i] is { Known: FurnitureKind.End, Kept: false } || (dropped[i] && data.Furniture(original[i], RawArticleParser.WordCount(original[i])) == FurnitureKind.End);
        var comments = Enumerable.Range(0, lines.Length).FirstOrDefault(IsCommentHeader, -1);

        var (lede, runEnd) = FindLede(lines, features, evidence, initial, prose, data, dropped.Any(static d => d) || evidence.Any(static e => e is not null), comments, claimBox);
        if (lede < 0 && Array.FindIndex(lines, RawArticleParser.NextNonEmpty(lines, 0) + 1, static l => l.Length > 0) < 0)
        {
            // A title and nothing else: published with a warning, as before (it is no page of furniture).
            diagnostics.Warning(Stage.Load, path, lines.Length, 0, "the article has a title but no body text");
            var only = lines[RawArticleParser.NextNonEmpty(lines, 0)];
            return new ParseResult(new ParsedArticle { SourcePath = path, Format = SourceFormat.RawText, Title = only, BodyLine = lines.Length, Notes = notes }, diagnostics.Sorted());
        }

        if (lede < 0)
        {
            diagnostics.Warning(Stage.Load, path, 0, 0, "the file has no article text, only page furniture (navigation, labels, buttons); it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        var last = Math.Max(runEnd, LastProse(prose, initial, features, lede));
        var classes = new LineClass[lines.Length];
        var why = new string[lines.Length];
        // The main run goes on through figures, embedded posts, lists and tables right after the last paragraph.
        for (var i = last + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || head[i] != i) continue;
            // A line inserted in the flow (a post's hashtags between its text and its photo) is passed over.
            if (features[i]?.Known == FurnitureKind.Insert) continue;
            if (evidence[i] is not null) break;
            // A subheading over a table or list that closes the article ("Match stats" over its rows) goes with it.
            var headsStructure = RawArticleParser.IsSubheading(lines[i]) && RawArticleParser.NextNonEmpty(lines, i + 1) is var below and >= 0
                && (RawArticleParser.IsStructural(lines[below]) || lines[below].Contains('\t', StringComparison.Ordinal));
            // A fact check's verdict closing it ("Rating: False") is the article's.
            var verdict = VerdictRegex().IsMatch(lines[i]) && features[i] is { Words: <= MaxVerdictWords };
            if (!neutral[i] && !headsStructure && !verdict && !RawArticleParser.IsStructural(lines[i]) && !lines[i].Contains('\t', StringComparison.Ordinal)) break;
            last = i;
        }

        // The header of a comment section ends the article: no paragraph, byline or date under it is the article's. A comment
        // count printed above the lede ("By A | 3 Comments") heads no section: the section's header is the next one under the
        // lede, or its first comment (a name, a time, a text and a Reply row) when that comes first.
        if (comments >= 0 && comments < lede) comments = Enumerable.Range(lede + 1, lines.Length - lede - 1).FirstOrDefault(IsCommentHeader, -1);
        if (thread.FirstOrDefault(t => t.First > lede, (First: -1, Last: -1)).First is var firstComment and > 0 && (comments < 0 || firstComment < comments)) comments = firstComment;
        if (comments > lede) last = Math.Min(last, comments - 1);
        else comments = -1;

        // So does the writer's closing credit ("This story was written by …"): what follows it (a newsletter's other items,
        // a mailing list's footer) is another text of the page.
        for (var i = lede + 1; i <= last; i++)
        {
            if (lines[i].Length == 0 || head[i] != i) continue;
            var end = i + 1;
            while (end < lines.Length && head[end] == i) end++;
            if (AuthorNotes.ClosingCredit(end == i + 1 ? lines[i] : string.Join(' ', lines, i, end - i)) is not null)
            {
                last = end - 1;
                break;
            }
        }

        // So does the page's copyright line ("Copyright 2025 KMUR. To see more, visit KMUR.", not a picture's in its figure):
        // under it are the page's own boxes (the writer's profile, a pitch, the footer), not the story.
        for (var i = lede + 1; i <= last; i++)
        {
            if (original[i].Length == 0 || figure[i] || SiteNames.CopyrightHolder(original[i]) is null) continue;
            last = i - 1;
            while (last > lede && lines[last].Length == 0) last--;
            notes.Add(new ParseNote(i + 1, "the page's copyright line: the article ends above it"));
            break;
        }

        // The publication's own notes closing the run: a contact line at its own address, a line naming it that speaks to the
        // reader or of its business (ClosingNotes). Read from the end up; the first paragraph that is none ends the search.
        var ownNames = ClosingNotes.OwnNames(original, features, lede, PageSiteNames(original, null));
        for (var i = last; i > lede; i--)
        {
            if (lines[i].Length == 0 || head[i] != i || figure[i] || neutral[i] || evidence[i] is not null) continue;
            var end = i + 1;
            while (end < lines.Length && head[end] == i) end++;
            // Under furniture: a dropped or furniture line (not a line inserted in the flow), or a line in the block of one (a
            // teaser under its dropped label), between it and the story's text above.
            var underFurniture = false;
            for (var k = i - 1; k > lede; k--)
            {
                var inFurnitureBlock = lines[k].Length > 0 && original[k - 1].Length > 0 && (dropped[k - 1] || (evidence[k - 1] is not null && features[k - 1]?.Known != FurnitureKind.Insert));
                if (lines[k].Length > 0 && evidence[k] is null && !figure[k] && !neutral[k] && !inFurnitureBlock) break;
                underFurniture |= (dropped[k] && original[k].Length > 0) || inFurnitureBlock || (evidence[k] is not null && features[k]?.Known != FurnitureKind.Insert && !neutral[k]);
            }

            if (ClosingNotes.Evidence(end == i + 1 ? lines[i] : string.Join(' ', lines, i, end - i), ownNames, data, underFurniture) is not { } note) break;
            for (var k = i; k < end; k++) evidence[k] = note;
            notes.Add(new ParseNote(i + 1, $"a note of the publication's own under the story: {note}"));
            // The run ends at the line above (a figure or list there is still the story's).
            last = i - 1;
            while (last > lede && (lines[last].Length == 0 || evidence[last] is not null || dropped[last])) last--;
        }

        // A page that opens with its lede and prints no headline ("(Wire) – Vote me out, says …, in an apparent response to …."):
        // its one line above the lede, a long sentence closed by a full stop, is the story's first sentence, not its title; it
        // stays the lede, and the title comes from the file's name.
        if (lede > 0 && Enumerable.Range(0, lede).Where(i => lines[i].Length > 0 && head[i] == i).ToList() is [var opener]
            && evidence[opener] is null && features[opener] is { Meta: null, ImageFile: false, Credit: null, Caption: null } openerFeatures && TitleChooser.IsLedeSentence(lines[opener], openerFeatures))
        {
            notes.Add(new ParseNote(opener + 1, "the page opens with its lede (a long sentence closed by a full stop, no headline line above it): it stays the lede"));
            lede = opener;
        }

        var header = Enumerable.Range(0, lede).Where(i => lines[i].Length > 0 && head[i] == i).ToList();

        // 5. Decisions in the header: the title among candidates, its kicker, byline and date lines, the standfirst.
        var stem = Path.GetFileNameWithoutExtension(path);
        var opening = new OpeningWords(Enumerable.Range(lede, lines.Length - lede).Where(i => lines[i].Length > 0 && evidence[i] is null && !figure[i]).Take(OpeningWords.Lines).Select(i => lines[i]), data);
        var candidates = header.Count > 0 ? TitleChooser.Candidates(lines, features, evidence, header, lede, stem, opening, data, original, deskHeadline) : [];
        var best = TitleChooser.Best(candidates);
        // A page whose every line is short or furniture (no paragraph reads as prose) under a "headline" that speaks of the page
        // ("This story is for subscribers", "Sign in to keep reading") is a sign-in or paywall wall, not a short article.
        if (best is not null && TitleChooser.UiPhrase(best.Text, data) && NoProse(initial, evidence))
        {
            diagnostics.Warning(Stage.Load, path, best.Line, 0, $"the file has no article text, only page furniture (its headline '{best.Text}' speaks of the page: a sign-in or paywall page); it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        if (best is null && header.FirstOrDefault(i => evidence[i] is null && features[i] is { Meta: null, ImageFile: false, Credit: null, Caption: null } && !TitleChooser.Introduces(lines[i]), -1) is var plain and >= 0)
        {
            // No line has a headline's shape (a one-word title): the first plain line above the lede, as a scraper writes the page title first.
            // A picture's caption or credit there ("Foto: Name - studio.example", "… in New York. Photo: AP") names no story: with
            // no other line, the title comes from the file's name.
            best = new TitleCandidate(plain + 1, lines[plain], 0, ["first plain line above the lede (no line has a headline's shape)"]);
        }

        // A page with furniture, where no line is a paragraph of running text (a teaser list, an error page, a sign-in or
        // consent wall, an app's interstitial, a removed post): its few sentences are notices and teasers, not an article,
        // unless the lede is a one-sentence brief right under its headline. A page with no furniture at all is a plain
        // note and is kept, however short.
        if ((dropped.Any(static d => d) || evidence.Any(static e => e is not null)) && RunningText.Find(lines, head, features, evidence, initial, neutral, data) < 0
            && !RunningText.IsBrief(lines, features, best is null ? -1 : best.Line - 1, lede, data))
        {
            diagnostics.Warning(Stage.Load, path, 0, 0,
                $"the file has no article text, only page furniture: no paragraph reads as running text (every sentence is shorter than {RunningText.MinParagraphWords} words, a teaser cut short, or a notice to the reader) and no brief sits under a headline; it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        // A page whose one paragraph of running text stands among furniture under a page title that speaks of the page
        // ("Page not found | Site", "This page has moved"), or is a note about a writer ("A is the paper's transport
        // correspondent …" over a list of the writer's headlines): an error page or a writer's profile, not an article.
        if ((dropped.Any(static d => d) || evidence.Any(static e => e is not null)) && RunningText.Lone(lines, head, features, evidence, initial, data) is var lone and >= 0)
        {
            var pageTitle = RawArticleParser.NextNonEmpty(original, 0);
            var loneEnd = lone + 1;
            while (loneEnd < lines.Length && head[loneEnd] == lone) loneEnd++;
            var loneText = string.Join(' ', lines, lone, loneEnd - lone);
            var kind = pageTitle >= 0 && pageTitle != lone && data.IsPageSpeech(original[pageTitle]) ? $"the page's title '{original[pageTitle]}' speaks of the page (an error or notice page)"
                : AuthorNotes.IsAboutWriter(loneText, [], trailer: true) ? "that paragraph is a note about a writer (a writer's profile page)"
                : null;
            if (kind is not null)
            {
                diagnostics.Warning(Stage.Load, path, lone + 1, 0, $"the file has no article text, only page furniture: its one paragraph of running text stands among furniture and {kind}; it is skipped");
                return new ParseResult(null, diagnostics.Sorted());
            }
        }

        string? title = null;
        string? kicker = null;
        string? siteName = null;
        List<string> authors = [];
        string? agency = null;
        DateTimeOffset? date = null;
        DateTimeOffset? updated = null;
        var bodyFrom = lede;
        if (best is not null)
        {
            var t = best.Line - 1;

            // A headline hard-wrapped over several short lines, as a print-out sets it in a narrow column ("County fair gets" /
            // "new home after" / "40 years"): the whole of it is the headline.
            var wrapEnd = t + 1;
            while (wrapEnd < lines.Length && head[wrapEnd] == t) wrapEnd++;
            if (wrapEnd > t + 1)
            {
                lines[t] = string.Join(' ', lines, t, wrapEnd - t);
                notes.Add(new ParseNote(t + 1, $"the headline runs on over lines {t + 2}–{wrapEnd}: read whole"));
            }

            // The page title with the site's name after it, and the headline alone later: the headline is the title.
            // A site's name is short and is no text line of its own under the shorter copy (a kicker split "Kicker – Headline"
            // has its headline on the next line); it may be a line of the page's furniture, or the masthead printed above the
            // headline.
            var shorter = header.FirstOrDefault(j => j != t && TitleChooser.WithoutSuffix(lines[t], lines[j]) is not null
                && lines[t][lines[j].Length..].Trim(TitleChooser.SuffixMarks) is var suffix && (SiteNameLike(suffix) || IsTagline(suffix))
                && !header.Any(k => k > j && evidence[k] is null && string.Equals(lines[k], suffix, StringComparison.Ordinal)), -1);
            (string Text, int Line)? titleLabel = null;
            if (shorter >= 0)
            {
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{lines[t][lines[shorter].Length..].Trim()}'"));
                siteName = lines[t][lines[shorter].Length..].Trim(TitleChooser.SuffixMarks);
                lines[t] = lines[shorter];
            }
            else if (MastheadSuffix(lines[t], header.Where(k => evidence[k] is not null || k < t || k == header.FirstOrDefault(m => m > t && evidence[m] is null, -1)).Select(k => lines[k])) is { } alone)
            {
                // No shorter copy of the headline, but its suffix is the site's name as the page's furniture prints it, as the
                // masthead above the headline prints it, or as the masthead right under the page title (the first line after
                // it that is no furniture) prints it.
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{lines[t][alone.Length..].Trim()}' (the page's masthead)"));
                siteName = lines[t][alone.Length..].Trim(TitleChooser.SuffixMarks);
                lines[t] = alone;
            }
            else if (header.FirstOrDefault(j => j > t && evidence[j] is null && TitleChooser.LabelledHeadline(lines[t], lines[j]) is { } split
                    && !(split.Site is null && j == RawArticleParser.NextNonEmpty(lines, t + 1)), -1) is var inner and >= 0)
            {
                // ("Kicker: Headline" over the headline on the next line is the seed's header block: RawArticleParser.ReadHeader reads it.)
                // "Field report: Headline | Site" over the headline alone: the label and the site's name go, the headline stays.
                var (label, site) = TitleChooser.LabelledHeadline(lines[t], lines[inner])!.Value;
                notes.Add(new ParseNote(t + 1, $"label '{label}'{(site is null ? "" : $" and site name '{site}'")} around the headline removed"));
                siteName = site;
                lines[t] = lines[inner];
                // The same label printed right above the headline, as the title writes it, is the headline's kicker ("Press release");
                // a badge in capitals there ("FIELD REPORT") is the section's.
                var overHeadline = inner - 1;
                while (overHeadline > t && lines[overHeadline].Length == 0) overHeadline--;
                if (overHeadline > t && string.Equals(lines[overHeadline], label, StringComparison.Ordinal)) titleLabel = (label, overHeadline);
            }
            else if (MastheadSuffix(lines[t], [], original) is { } named)
            {
                // The site's name after the headline, as the page's copyright line names it ("© 2025 The Ledger").
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{lines[t][named.Length..].Trim()}' (the copyright line names it)"));
                siteName = lines[t][named.Length..].Trim(TitleChooser.SuffixMarks);
                lines[t] = named;
            }
            else if (TaglineSuffix(lines[t], original, evidence, t, last) is { } tagline)
            {
                // A longer tail naming the site or its blog ("– Official blog of the Harbour Weather team"), printed again as a
                // line of the page's own (its footer, its masthead), not of the story.
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{tagline.Site}' (printed alone on line {tagline.Line + 1}, outside the story)"));
                siteName = tagline.Site;
                lines[t] = tagline.Headline;
            }
            else if (PileSuffix(lines[t], pile, threshold, data) is { } piled)
            {
                // The same tail ends the page titles of many files of the pile: the site's name, printed once per page.
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{piled.Site}' (it ends the first lines of {piled.Files} other files of the pile)"));
                siteName = piled.Site;
                lines[t] = piled.Headline;
            }
            else if (OwnNameSuffix(lines[t], original) is { } own)
            {
                // The site's name after the headline, as the page's own web address spells it ("… - OpenNews" on opennews.org) or
                // as its masthead's tagline prints it ("From OpenNews, the free news source …").
                notes.Add(new ParseNote(t + 1, $"site name after the headline removed: '{own.Site}' ({own.Why})"));
                siteName = own.Site;
                lines[t] = own.Headline;
            }

            // The header block after the title, as the seed format has it (a repeat, or a kicker and headline), read with furniture set aside.
            var work = (string[])lines.Clone();
            for (var k = t + 1; k < wrapEnd; k++) work[k] = "";
            foreach (var i in header)
            {
                // A credit or caption shape ("Companies / Technology") is never the kicker or a repeat of the headline.
                if (i > t && (evidence[i] is not null || !(features[i]!.Words <= 30) || features[i]!.Credit is not null || features[i]!.Caption is not null)
                    && !CapitalsKicker(lines, features, evidence, i, lines[t])) work[i] = "";
                // The masthead: the site's name the title line ended with is no kicker over the headline.
                if (i > t && siteName is not null && string.Equals(lines[i].Trim(), siteName, StringComparison.OrdinalIgnoreCase)) work[i] = "";
                // A score or statistics line ("Ashby 34', 78' | Okafor-Reyes 61'") sits in a scoreboard, not in the headline's block.
                if (i > t && features[i]!.Meta is null && RawArticleParser.MostlyNumbers(lines[i])) work[i] = "";
                // The rest of a furniture line's wrapped paragraph ("Lifestyle" / "ePaper" joined as one) goes with it.
                for (var k = i + 1; i > t && work[i].Length == 0 && k < lines.Length && head[k] == i; k++) work[k] = "";
            }

            // The site's name before a byline or date line ("Manila Ledger / 06:18 PM December 05, 2026", "Helvetia Today / Nina
            // Brunner"): the masthead's credit; the rest of the line is read as the byline or date line it is.
            if (siteName is { Length: > 0 })
            {
                foreach (var i in header)
                {
                    // A credit's shape ("Site / Name") says nothing more: the site's name is the masthead's, not an agency's.
                    if (i > t && evidence[i] is null && lines[i].Length > siteName.Length && features[i] is { Meta: null } f && SiteNamePrefix(lines[i], siteName) is { } rest
                        && MetaLines.TryParse(rest, order) is { } meta && (RawArticleParser.IsSure(meta) || meta.Evidence == MetaEvidence.NameShape))
                    {
                        work[i] = rest;
                        features[i] = f with { Meta = meta, Credit = null, Caption = null };
                    }
                }
            }

            // Over the headline, before its byline and date: a section's name ("Food", "Outdoors", a menu item printed again)
            // is no kicker, and a label naming the kind of story ("Comment", "Guest Essay") printed last in the menu's block,
            // right on the headline, is one.
            // The cleanup rules may have dropped such a label ("Comment"): its original text is read.
            var sections = new List<int>();
            var restored = -1;
            // Only between the page title and its repeat, the headline printed over the story: a kicker sits right on the
            // headline, under any section name, so whatever stands above a section's name is no kicker either.
            var repeat = header.FirstOrDefault(i => i > t && features[i] is { Meta: null, ImageFile: false } && features[i]!.Words > SectionLabels.MaxWords
                && (TitleChooser.Repeats(lines[i], lines[t]) || TitleEndsWith(lines[t], lines[i])), -1);
            for (var i = t + 1; i < repeat; i++)
            {
                if (work[i].Length > 0 && head[i] == i && features[i] is { Meta: null, ImageFile: false, Credit: null, Caption: null }
                    && SectionLabels.IsSection(lines[i], lines[t], header.Where(j => j != i && evidence[j] is not null).Select(j => lines[j])))
                {
                    for (var k = t + 1; k <= i; k++)
                    {
                        if (work[k].Length == 0) continue;
                        work[k] = "";
                        sections.Add(k);
                    }
                }
                else if (work[i].Length == 0 && (evidence[i] == MenuRunEvidence || dropped[i]) && StoryKindOverHeadline(original, i, lines[t]))
                {
                    work[i] = original[i];
                    dropped[i] = false;
                    lines[i] = original[i];
                    restored = i;
                }
            }

            var read = RawArticleParser.ReadHeader(work, t, notes);
            title = read.Title;
            kicker = read.Kicker;

            // A label standing apart from the headline, a blank line between ("National Science" / "" / the headline), is a
            // section's row, not the headline's kicker; unless the page title itself puts it before the headline.
            if (kicker is not null && !original[t].Contains(kicker, StringComparison.Ordinal)
                && header.FirstOrDefault(i => i > t && string.Equals(work[i], kicker, StringComparison.Ordinal), -1) is var kickerLine and >= 0
                && kickerLine + 1 < original.Length && original[kickerLine + 1].Length == 0)
            {
                notes.Add(new ParseNote(kickerLine + 1, $"'{kicker}' set apart from the headline by a blank line: a section's row, not the kicker"));
                kicker = null;
            }
            if (kicker is null && titleLabel is { } printed)
            {
                kicker = printed.Text;
                Mark(classes, why, printed.Line, LineClass.Kicker, "the label the page title puts before the headline, printed right above it: the kicker");
            }
            if (restored >= 0 && string.Equals(kicker, lines[restored], StringComparison.Ordinal)) Mark(classes, why, restored, LineClass.Kicker, "the kind of story, printed last in the menu's block right on the headline: the kicker");
            if (kicker is null && repeat > t + 1 && LabelSetOnHeadline(lines, original, features, evidence, repeat - 1, siteName) is var setLabel && setLabel > t)
            {
                // A short label set tight on the headline as a block of its own ("COURT REPORT", "Business" over the headline,
                // a blank line above them) is the kicker, even when a menu prints the same word: a section row or a badge
                // standing apart from the headline (a blank line between) is not.
                kicker = lines[setLabel];
                sections.Remove(setLabel);

                // "Kicker: Headline" as the title: the headline printed under the kicker is the title.
                if (title.StartsWith(kicker, StringComparison.Ordinal) && TitleEndsWith(title, lines[repeat])
                    && title[kicker.Length..^lines[repeat].Length].Trim(TitleChooser.SuffixMarks).Length == 0) title = lines[repeat];
                Mark(classes, why, setLabel, LineClass.Kicker, "a short label opening the headline's block, set tight on the headline: the kicker");
                notes.Add(new ParseNote(setLabel + 1, "kicker: a short label set tight on the headline"));
            }

            foreach (var i in sections)
            {
                Mark(classes, why, i, LineClass.Furniture, "a section's name over the headline (one word naming no kind of story, or a menu item printed again), or a line above it: not the kicker");
            }

            // A page saved without its title line: the kind of story printed right above the headline is its kicker.
            if (kicker is null && t > 0 && lines[t - 1].Length > 0 && features[t - 1] is { Meta: null, Words: <= SectionLabels.MaxWords + 1 } && SectionLabels.IsStoryKind(lines[t - 1])
                && header.IndexOf(t - 1) is var above and >= 0 && !header.Take(above).Any(k => TitleChooser.Repeats(lines[k], lines[t])))
            {
                kicker = lines[t - 1];
                notes.Add(new ParseNote(t, "kicker: the kind of story printed right above the headline"));
            }

            // A page saved without its title line: a short label opening the headline's block, set tight on it (a German paper's
            // "Energiewende im Werratal", a Danish paper's "FÆRGEFART"), is the kicker, as it is under a page title.
            if (kicker is null && repeat < 0 && t > 1 && header.IndexOf(t - 1) is var tight and >= 0 && !header.Take(tight).Any(k => TitleChooser.Repeats(lines[k], lines[t]))
                && LabelSetOnHeadline(lines, original, features, evidence, t - 1, siteName) >= 0
                && !SectionLabels.PrintedInMenu(lines[t - 1], Enumerable.Range(0, lede).Where(j => j != t - 1 && j != t && lines[j].Length > 0 && (evidence[j] is not null || header.Contains(j))).Select(j => lines[j])))
            {
                // (A section's name that the page prints elsewhere in its header or furniture above the story, "STOCKS" under a
                // menu with "Stocks", "News" under "Home News Sports", is no kicker; the topics listed under the story, "Read
                // more about:" / "Archaeology", name the story's own subjects.)
                kicker = lines[t - 1];
                notes.Add(new ParseNote(t, "kicker: a short label opening the headline's block, set tight on it (no menu item of the page)"));
            }

            // The byline, agency, place and date lines under the headline (names beside date lines, "LEIPZIG", "Published" then the date).
            if (read.Next >= 0 && read.Next < lede)
            {
                var zone = RawArticleParser.ReadMeta(work, read.Next, order, notes);
                authors = zone.Authors;
                // Names without a label ("NORTHLINE BRIEF" over the date) give way to a labelled byline further down the header.
                if (zone.ByNameShape && header.Any(k => evidence[k] is null && features[k]?.Meta is { Authors.Count: > 0, Evidence: not MetaEvidence.NameShape }))
                {
                    notes.Add(new ParseNote(read.Next + 1, $"names beside the date ('{string.Join(", ", authors)}') set aside: a labelled byline in the header names the authors"));
                    authors = [];
                }
                agency = zone.Agency;
                date = zone.Date;
                updated = zone.Updated;
                for (var i = read.Next; i >= 0 && i < (zone.Next < 0 ? lede : Math.Min(zone.Next, lede)); i++)
                {
                    if (lines[i].Length > 0 && head[i] == i && evidence[i] is null && features[i] is { } zf && zf.Words <= 12 && (zf.Meta is not null || MetaLines.TryParse(lines[i], order) is not null || zf.Capitals))
                    {
                        Mark(classes, why, i, zf.Meta?.Date is not null && zf.Meta.Authors.Count == 0 ? LineClass.Date : LineClass.Byline, "byline, place or date line under the headline");
                    }
                }
            }
            // A kicker the scraper ran into the headline without a break ("Merkel zu GesetzesänderungBundesweite Regeln …").
            if (kicker is null && GluedHeadlines.Split(title, original) is { } glued)
            {
                notes.Add(new ParseNote(t + 1, $"kicker '{glued.Kicker}' run into the headline by the scraper: split at '{glued.Word}' (a lower-case letter right before a capital inside a word the page prints nowhere else)"));
                kicker = glued.Kicker;
                title = glued.Headline;
            }

            Mark(classes, why, t, LineClass.Title, $"title, chosen among {candidates.Count} candidates (score {best.Score}: {string.Join("; ", best.Reasons)})");
            foreach (var i in header)
            {
                if (i == t) continue;
                if (kicker is not null && string.Equals(lines[i], kicker, StringComparison.Ordinal) && classes[i] == LineClass.Blank) Mark(classes, why, i, LineClass.Kicker, "kicker over the headline");
                else if (TitleChooser.Repeats(lines[i], title) || TitleChooser.Repeats(lines[i], lines[t]) || (kicker is not null && TitleChooser.Repeats(lines[i], kicker + ": " + title))) Mark(classes, why, i, LineClass.Title, "repeats the headline");
            }
        }

        string? standfirst = null;
        var standfirstLine = 0;
        var lastMeta = -1;
        var dateAboveTitle = false;
        var forwardedAt = Array.FindIndex(original, static l => l.Length > 0 && ForwardedMessageRegex().IsMatch(l));
        foreach (var i in header)
        {
            if (classes[i] != LineClass.Blank) continue;
            var f = features[i]!;
            if (RawArticleParser.NextNonEmpty(lines, i + 1) is var item and > 0 && introduced[item] && !introduced[i] && lines[i][^1] == ':' && evidence[i] is null)
            {
                // The line that introduces a list opens the body with it ("The affected titles include:").
                Mark(classes, why, i, LineClass.Prose, "introduces the list under it (a line of text ending in ':')");
                continue;
            }

            if (listItems[i] || HeadlineBullet(lines, original, features, evidence, i))
            {
                // Bullet points under the headline sum the story up: the article's own list, shown at the top of the body.
                Mark(classes, why, i, LineClass.List, introduced[i] ? IntroducedItemEvidence : listItems[i] ? "a bulleted item of a summary box: kept as a list (its label is dropped)" : "bullet points under the headline: a list that opens the body");
                continue;
            }

            if (i < forwardedAt && f.Meta is { Date: not null, Authors.Count: 0 })
            {
                // A mail forwarded on: the date above "---------- Forwarded message ----------" is when it was sent on; the
                // message's own header ("Date: Tue, Apr 9, 2024") dates the story.
                Mark(classes, why, i, LineClass.Furniture, "the date the message was forwarded on, above the forwarded message: not the story's");
                continue;
            }

            if (authors.Count > 0 && (evidence[i] is null || evidence[i] == MenuRunEvidence) && AndNamesRegex().Match(lines[i]) is { Success: true } and && BylineAbove(lines, classes, i)
                && MetaLines.TryParse("By " + and.Groups["names"].Value, order) is { Authors.Count: > 0, Date: null, Agency: null } more)
            {
                // "By A" / "a@example.org" / "and B": a byline that sets each writer on lines of their own.
                lastMeta = i;
                authors.AddRange(more.Authors.Where(n => !authors.Contains(n, StringComparer.Ordinal)));
                Mark(classes, why, i, LineClass.Byline, "more writers of the byline above ('and …')");
                notes.Add(new ParseNote(i + 1, $"byline: '{string.Join(", ", more.Authors)}' (more writers of the byline above)"));
                continue;
            }

            if (f.Meta is { } meta && !(evidence[i] is { } e && !e.StartsWith("known", StringComparison.Ordinal) && !ReferenceEquals(e, RunningHeadEvidence) && !meta.IsScraperPrefix))
            {
                lastMeta = i;
                // Of the dates above the headline, the nearest is its own: a feed or a front page prints a date over each item
                // (an earlier post's "5 December 2026" above the story's "6 December 2026").
                var aboveTitle = meta is { Date: not null, IsUpdate: false, IsRelative: false } && best is not null && i < best.Line - 1;
                if (dateAboveTitle && aboveTitle && date is { } farther && meta.Date != farther)
                {
                    notes.Add(new ParseNote(i + 1, $"date {farther:yyyy-MM-dd} above it set aside: this date line is nearer the headline"));
                    date = null;
                }

                dateAboveTitle |= date is null && aboveTitle;
                TakeMeta(meta, i, classes, why, notes, authors, ref agency, ref date, ref updated);
                continue;
            }

            if (claimBox[i] && evidence[i] is null)
            {
                Mark(classes, why, i, LineClass.Quote, "a fact-check's claim box ('Claim: …' with its verdict in one block): article text, kept as a quote, never the lede");
                continue;
            }

            if (figure[i])
            {
                Mark(classes, why, i, f.ImageFile ? LineClass.ImageFile : f.Credit is not null ? LineClass.Credit : LineClass.Caption, "image lines before the lede");
                continue;
            }

            // Short lines of a byline block under the headline (name, job, place) read as a run of menu items; the date line they
            // reach says otherwise. (Above the headline such a run is the masthead's: "Tuesday, 3 September 2024" / "The Daily".)
            if (authors.Count == 0 && (evidence[i] is null || (evidence[i] == MenuRunEvidence && Array.FindIndex(classes, 0, i, static c => c == LineClass.Title) >= 0)) && !f.Capitals && !header.Any(k => features[k]?.Meta is { Authors.Count: > 0 }) && NamesBesideDate(lines, features, i, order) is { } named)
            {
                lastMeta = i;
                authors.AddRange(named);
                Mark(classes, why, i, LineClass.Byline, "names on a line of their own beside a date line (maybe across the writer's job)");
                notes.Add(new ParseNote(i + 1, $"byline: '{string.Join(", ", named)}' (names beside a date line)"));
                continue;
            }

            if (authors.Count == 0 && evidence[i] is null && !f.Capitals && f.Words is >= 2 and <= MaxBareNamesWords && title is not null && !header.Any(k => features[k]?.Meta is { Authors.Count: > 0 })
                && RightUnder(lines, classes, i, best!.Line - 1, standfirstLine - 1) && BareNames(lines[i], order, data) is { } bare
                && !bare.Any(n => SiteNames.IsSiteName(n, PageSiteNames(original, siteName))))
            {
                lastMeta = i;
                authors.AddRange(bare);
                Mark(classes, why, i, LineClass.Byline, "personal names alone on their line right under the headline, standfirst or date: the byline");
                notes.Add(new ParseNote(i + 1, $"byline: '{string.Join(", ", bare)}' ({(bare.Count == 1 ? "a name" : "names")} alone right under the headline, standfirst or date)"));
                continue;
            }

            if (evidence[i] is { } furniture)
            {
                Mark(classes, why, i, LineClass.Furniture, furniture);
                continue;
            }

            if (f.Credit is not null || f.Caption is not null)
            {
                Mark(classes, why, i, f.Credit is not null ? LineClass.Credit : LineClass.Caption, "a caption or credit without an image file above the lede: not article text");
                continue;
            }

            if (HeaderCaptions.Evidence(lines, original, features, i) is { } caption)
            {
                Mark(classes, why, i, LineClass.Caption, caption);
                continue;
            }

            if (standfirst is null && title is not null && i > best!.Line - 1 && f.Words >= 8 && !f.Capitals && f.Credit is null && f.Caption is null && (prose[i] != ProseClass.Bad || f.Words >= 12)
                && !TitleChooser.UiPhrase(lines[i], data) && !TitleChooser.IsItemRow(lines[i]) && !IsBullet(lines[i])
                && !(string.Equals(lines[i], original[i], StringComparison.Ordinal) && ListingPages.InFieldTable(original, i)))
            {
                // A line in a block of "Label: value" rows is a field of the document's details (a review's track list under
                // "Country: …", "Year: …"), not the standfirst, unless a desk label ("DEK: …", taken off) names it so.
                standfirst = lines[i];
                standfirstLine = i + 1;
                Mark(classes, why, i, LineClass.Standfirst, "a sentence between the headline and the lede, set off from it by a byline or date");
                continue;
            }

            Mark(classes, why, i, LineClass.Furniture, "above the lede, neither headline, byline, date nor standfirst");
        }

        // An isolated heading line right before the lede (a live blog's newest entry) stays a heading.
        var before = lede - 1;
        while (before >= 0 && lines[before].Length == 0) before--;
        // Its entry's time stamp may sit right above it ("Posted at 14:52", "12m ago").
        // Under its stamp it may sit right on the lede, in one block, as a live blog saved without blank lines prints it.
        var stamped = before > 0 && IsEntryStamp(original[before - 1]);
        // A heading heads a section: right above the lede it stands only over a body cut into sections (a live blog's entry
        // stamps, a heading between paragraphs). Over a plain run of paragraphs the short line is the header's (a rating, the
        // reviewed book's author, a teaser's headline on an archive page).
        if (before >= 0 && before > lastMeta && (before < lede - 1 || stamped) && (before == 0 || original[before - 1].Length == 0 || stamped) && classes[before] == LineClass.Furniture
            && evidence[before] is null && RawArticleParser.IsSubheading(lines[before]) && (stamped || SectionedBody(lines, original, lede)))
        {
            Mark(classes, why, before, LineClass.Heading, "a heading line set off right above the lede");
            bodyFrom = before;
        }

        // The body: prose run from the lede to the last prose line.
        for (var i = lede; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || head[i] != i) continue;
            var f = features[i]!;
            if (i > last)
            {
                if (f.Meta is { } meta && classes[i] == LineClass.Blank && (comments < 0 || i < comments))
                {
                    TakeMeta(meta, i, classes, why, notes, authors, ref agency, ref date, ref updated, trailer: true);
                    if (classes[i] != LineClass.Blank) continue;
                }

                if (classes[i] == LineClass.Blank && (comments < 0 || i < comments) && AuthorNotes.ClosingCredit(lines[i]) is { } names)
                {
                    Mark(classes, why, i, LineClass.Byline, "a closing credit in the trailer (\"This article was written by …\")");
                    notes.Add(new ParseNote(i + 1, $"closing credit in the trailer; {(authors.Count == 0 ? "authors" : "the byline's authors kept, not")}: {string.Join(", ", names)}"));
                    if (authors.Count == 0) authors.AddRange(names);
                    continue;
                }

                Mark(classes, why, i, LineClass.Furniture, evidence[i] ?? "after the last paragraph of the article");
                continue;
            }

            if (listItems[i])
            {
                Mark(classes, why, i, LineClass.List, introduced[i] ? IntroducedItemEvidence : "a bulleted item of a summary box: kept as a list (its label is dropped)");
            }
            else if (figure[i])
            {
                Mark(classes, why, i, f.ImageFile ? LineClass.ImageFile : f.Credit is not null ? LineClass.Credit : LineClass.Caption, "image lines");
            }
            else if (rows[i] is not null && evidence[i] is null)
            {
                Mark(classes, why, i, LineClass.Table, "a row of a table (cells separated by tabs or aligned in columns)");
            }
            else if (evidence[i] is { } furniture)
            {
                Mark(classes, why, i, LineClass.Furniture, furniture);
            }
            else if (f.Credit is not null || f.Caption is not null)
            {
                Mark(classes, why, i, f.Credit is not null ? LineClass.Credit : LineClass.Caption, "a caption or credit without an image file: not article text");
            }
            else if (i != lede && WidgetEvidence(lines, original, dropped, evidence, features, figure, data, i) is { } widget)
            {
                Mark(classes, why, i, LineClass.Furniture, widget);
            }
            else if (TitleChooser.IsTimeStamp(lines[i]))
            {
                Mark(classes, why, i, LineClass.Prose, "a live blog entry's time stamp: an entry marker kept on its own line, never a heading");
            }
            else if (i != lede && prose[i] == ProseClass.Bad && initial[i] is ProseClass.Short or ProseClass.NearGood && NextToFurniture(evidence, lines, neutral, i))
            {
                Mark(classes, why, i, LineClass.Furniture, "short text among furniture (jusText context)");
            }
            else
            {
                Mark(classes, why, i, i == lede ? LineClass.Dateline : LineClass.Prose, i == lede ? "the lede: the first prose line with no byline or date after it" : "prose");
            }
        }

        // Images and lists above the lede (a lead picture, bullet points under the headline) open the body, with a credit or
        // caption printed right above the image line.
        foreach (var i in header)
        {
            if (classes[i] is LineClass.ImageFile or LineClass.List or LineClass.Quote || (classes[i] == LineClass.Prose && introduced[RawArticleParser.NextNonEmpty(lines, i + 1)]) || (classes[i] is LineClass.Credit or LineClass.Caption && figure[i] && features[i + 1]?.ImageFile == true))
            {
                bodyFrom = Math.Min(bodyFrom, i);
                break;
            }
        }

        // The lines of a wrapped paragraph share its class.
        for (var i = 0; i < lines.Length; i++)
        {
            if (head[i] != i)
            {
                classes[i] = classes[head[i]] == LineClass.Dateline ? LineClass.Prose : classes[head[i]];
                why[i] = $"continues the wrapped paragraph of line {head[i] + 1}";
            }
        }

        // 6. Blocks from the lines kept.
        var kept = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            kept[i] = i >= bodyFrom && classes[i] is LineClass.Prose or LineClass.Dateline or LineClass.Heading or LineClass.Table or LineClass.List or LineClass.ImageFile or LineClass.Caption or LineClass.Credit && !(classes[i] is LineClass.Caption or LineClass.Credit && !figure[i]) && !introduced[i]
                ? lines[i]
                : i >= bodyFrom && classes[i] == LineClass.Quote && claimBox[i] ? "> " + lines[i]
                : i >= bodyFrom && classes[i] == LineClass.List && introduced[i] ? "- " + lines[i]
                : "";
        }

        var start = RawArticleParser.NextNonEmpty(kept, 0);
        // A subheading stands alone in its block: a short line printed right under a line of text ("Rating: MISLEADING" under
        // "Claim: …") belongs to that line's box. A live blog's entry heading under its time stamp stays one.
        // A page saved one element a line, with no blank line anywhere between its lines, sets nothing apart by blank lines:
        // there a short line between paragraphs is judged by its own shape, not by the line above it.
        var attached = new bool[lines.Length];
        var firstText = RawArticleParser.NextNonEmpty(original, 0);
        var blankSeparated = firstText >= 0 && Array.FindIndex(original, firstText, static l => l.Length == 0) is var blank and >= 0 && RawArticleParser.NextNonEmpty(original, blank) >= 0;
        // The same holds for the body alone: a page whose paragraphs follow one another with no blank line between them
        // (one paragraph a line, not hard-wrapped), though its header has blank lines, sets no subheading apart either.
        var bodyRunsOn = BodyRunsOn(lines, original, classes, head, bodyFrom);
        for (var i = 1; i < lines.Length && blankSeparated; i++)
        {
            if (bodyRunsOn && i > bodyFrom) break;
            attached[i] = original[i - 1].Length > 0 && !dropped[i - 1] && features[i - 1] is { } above && above.Meta is null && !above.ImageFile && !figure[i - 1]
                && !TitleChooser.IsTimeStamp(lines[i - 1]) && !ClockTimeRegex().IsMatch(lines[i - 1]);
        }

        // Paragraphs are joined where step 2 judged a line to continue the one above (a live blog's entry title over its
        // first paragraph, in one block, is no wrapped line: it is short and the page is not hard-wrapped).
        var wrapped = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++) wrapped[i] = head[i] != i;
        var blocks = start < 0 ? [] : RawArticleParser.ParseBody(kept, start, dropped, notes, attached, wrapped, LineBreakHyphens.Of(lines, data));
        blocks = BlockRepairs.DropRepeatedCaptions(blocks, notes);
        BlockRepairs.DropAuthorNotes(blocks, authors, notes);
        BlockRepairs.DropFalseHeadings(blocks, data, notes);
        BlockRepairs.JoinBrokenLines(blocks, notes);
        BlockRepairs.DropRepeatedParagraphs(blocks, notes);
        string? datelineText = null;
        if (blocks.FindIndex(static b => b is RawParagraph) is var first and >= 0)
        {
            var ledeBlock = (RawParagraph)blocks[first];
            var dateline = MetaLines.TryDateline(ledeBlock.Text);
            var placeAbove = "";
            if (dateline is null && ledeBlock.Text.StartsWith(',') && PlaceAbove(original, ledeBlock.Line) is { } above
                && MetaLines.TryDateline(above + ledeBlock.Text) is { } joined && joined.Text.Length > above.Length + 1)
            {
                // "LOS ANGELES" / ", Nov. 21, 2025 /PRNewswire/ — …": a release's dateline broken after its place, which stands
                // in capitals on the line right above the lede; the rest opens the lede and is taken off it.
                placeAbove = above;
                dateline = joined with { Text = joined.Text[above.Length..] };
            }

            if (dateline is not null)
            {
                datelineText = placeAbove + dateline.Text;
                blocks[first] = ledeBlock = ledeBlock with { Text = ledeBlock.Text[dateline.Text.Length..].TrimStart() };
                notes.Add(new ParseNote(ledeBlock.Line, $"wire dateline '{datelineText}' taken off the lede"));
                if (agency is null && dateline.Agency is { } wire)
                {
                    agency = wire;
                    notes.Add(new ParseNote(ledeBlock.Line, $"agency from the dateline: '{wire}'"));
                }

                if ((date is null || dateAboveTitle) && dateline.Date is { } fromDateline)
                {
                    // A date line above the headline, with no date under it, may be the site's (today's date in the masthead, a
                    // box's): the story's own dateline dates the story.
                    notes.Add(new ParseNote(ledeBlock.Line, $"date from the dateline: {fromDateline:yyyy-MM-dd}{(date is { } aboveTitle && aboveTitle != fromDateline ? $" (over {aboveTitle:yyyy-MM-dd}, a date line above the headline)" : "")}"));
                    date = fromDateline;
                }
                else if (date is null && prefixDate is null && dateline.DayWithoutYear is { } day && YearOnPage(original, classes, order) is { } year
                    && DateTime.DaysInMonth(year.Year, day.Month) >= day.Day)
                {
                    // "NAIROBI, March 3 (Reuters) –": the day from the dateline, the year from the page's furniture.
                    date = new DateTimeOffset(year.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.Zero);
                    notes.Add(new ParseNote(ledeBlock.Line, $"date from the dateline: {date:yyyy-MM-dd} (the year from {year.Why})"));
                }
            }

            if (standfirst is not null)
            {
                notes.Add(new ParseNote(standfirstLine, "standfirst: shown under the headline; the summary is the lede"));
            }
        }

        // "Reporting by …; Editing by …" closing a wire story: its reporters are the authors when no byline named any.
        for (var k = blocks.Count - 1; k >= 0 && k >= blocks.Count - 4; k--)
        {
            if (blocks[k] is not RawParagraph trailerBlock) continue;
            if (MetaLines.TryParse(trailerBlock.Text, order) is { IsTrailer: true } credit)
            {
                blocks.RemoveAt(k);
                notes.Add(new ParseNote(trailerBlock.Line, $"credit line dropped; reporters: {credit.Author}"));
                if (authors.Count == 0) authors = [.. credit.Authors];
                break;
            }

            // "… said. (Reporting by A, writing by B, editing by C)" at the end of the last paragraph.
            if (MetaLines.TrySplitTrailer(trailerBlock.Text, order) is { } split)
            {
                blocks[k] = trailerBlock with { Text = split.Text };
                if (split.Text.Length == 0) blocks.RemoveAt(k);
                if (split.Trailer.Authors.Count > 0) notes.Add(new ParseNote(trailerBlock.Line, $"credit at the end of the paragraph dropped; reporters: {split.Trailer.Author}"));
                if (authors.Count == 0) authors = [.. split.Trailer.Authors];
                if (split.Trailer.Agency is { } stampAgency)
                {
                    // "… said. (APA, 12.3.2025)": the agency's stamp closing the story gives its source, and its date when no other line did.
                    notes.Add(new ParseNote(trailerBlock.Line, $"agency's stamp at the end of the paragraph dropped: '{stampAgency}'{(split.Trailer.Date is { } d ? $", {d:yyyy-MM-dd}" : "")}"));
                    agency ??= stampAgency;
                    if (date is null && prefixDate is null) date = split.Trailer.Date;
                }

                break;
            }
        }

        // "[6/3/2026, 14:05] Name: …": a chat saved as text stamps each message; with no other date, the first stamp dates the page.
        if (date is null && prefixDate is null && FirstChatStamp(original, order) is { } chat)
        {
            date = chat.Date;
            notes.Add(new ParseNote(chat.Line + 1, $"date from the first message's stamp of a chat: {chat.Date:yyyy-MM-dd}"));
        }

        if (blocks.Count == 0)
        {
            diagnostics.Warning(Stage.Load, path, lede + 1, 0, "the article has a title but no body text");
        }

        var readings = new List<LineReading>();
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i].Length == 0) continue;
            readings.Add(dropped[i]
                ? new LineReading(i + 1, original[i], LineClass.Furniture, "cleanup.boilerplate rule")
                : new LineReading(i + 1, original[i], classes[i], $"{why[i]}; jusText {initial[i]} → {prose[i]}".TrimStart(';', ' ')));
        }

        // The scraper's date is the page's publication date, whatever the text prints (an update, a comment's time).
        date = prefixDate ?? date;

        notes.Sort(static (a, b) => a.Line.CompareTo(b.Line));
        var article = new ParsedArticle
        {
            SourcePath = path,
            Format = SourceFormat.RawText,
            Title = title is null ? null : TitleMarks.WithoutLeadingMarks(TitleMarks.WithoutAddress(title)),
            Kicker = kicker,
            Authors = authors.Count == 0 ? null : authors,
            Agency = agency,
            Date = date,
            Updated = updated,
            Standfirst = standfirst,
            Blocks = blocks,
            Dateline = datelineText,
            BodyLine = bodyFrom + 1,
            // The masthead ClosingNotes read the page's own notes by is the site's name too, when the page set it apart as furniture.
            SiteNames = [.. PageSiteNames(original, siteName).Concat(ownNames.Where(n => RawArticleParser.NextNonEmpty(original, 0) is var top and >= 0
                && classes[top] == LineClass.Furniture && string.Equals(original[top], n, StringComparison.Ordinal))).Distinct(StringComparer.OrdinalIgnoreCase)],
            Language = language,
            Notes = notes,
            DroppedLines = readings.Count(static r => r.Class == LineClass.Furniture),
            Lines = readings,
            TitleCandidates = candidates,
        };
        return new ParseResult(article, diagnostics.Sorted());
    }

    /// <summary>
    /// The first stamp of a chat saved as text, where at least two lines open with a date in brackets and a speaker's name and
    /// colon ("[6/3/2026, 14:05] Margaret Hill: …", as a messenger exports a conversation): its line and date. Null otherwise.
    /// </summary>
    private static (int Line, DateTimeOffset Date)? FirstChatStamp(string[] original, DateOrder order)
    {
        (int Line, DateTimeOffset Date)? first = null;
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i].Length == 0 || original[i][0] != '[' || ChatStampRegex().Match(original[i]) is not { Success: true } m) continue;
            if (TextDates.Find(m.Groups["stamp"].Value, order) is not { Value: { } value } found || found.Length < m.Groups["stamp"].Length - 2) continue;
            if (first is not null) return first;
            first = (i, value);
        }

        return null;
    }

    /// <summary>A chat message's head: the stamp in brackets, then up to four capitalised words of a name and a colon.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\[(?<stamp>[^\[\]]{6,40})\]\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}:\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChatStampRegex();

    /// <summary>
    /// Whether the body's paragraphs run on, one a line with no blank line between them: from <paramref name="bodyFrom"/>,
    /// two or more paragraph lines sit right under another paragraph line (not a hard-wrapped continuation) and no paragraph
    /// is followed by a blank line and another paragraph.
    /// </summary>
    private static bool BodyRunsOn(string[] lines, string[] original, LineClass[] classes, int[] head, int bodyFrom)
    {
        var adjacent = 0;
        for (var i = Math.Max(0, bodyFrom); i + 1 < lines.Length; i++)
        {
            if (classes[i] != LineClass.Prose) continue;
            if (original[i + 1].Length > 0)
            {
                if (classes[i + 1] == LineClass.Prose && head[i + 1] == i + 1) adjacent++;
            }
            else if (RawArticleParser.NextNonEmpty(original, i + 1) is var next and >= 0 && classes[next] == LineClass.Prose)
            {
                return false;
            }
        }

        return adjacent >= 2;
    }

    /// <summary>The most words of a writer's name printed alone under the headline ("Alan Loughnane", "Mara de Quist").</summary>
    private const int MaxBareNameWords = 3;

    /// <summary>Whether the nearest line above <paramref name="i"/> that is not empty is the headline, the standfirst or a date line.</summary>
    private static bool RightUnder(string[] lines, LineClass[] classes, int i, int title, int standfirst)
    {
        var k = i - 1;
        while (k >= 0 && lines[k].Length == 0) k--;
        return k >= 0 && (k == title || k == standfirst || classes[k] == LineClass.Date);
    }

    /// <summary>
    /// The names a line holds when it is only people's names ("Oliver Wright", "Oliver Wright, Jake Kanter", "Ana Ruiz and
    /// Ben Ode"): each two or three capitalised words of letters (an initial, a hyphen or an apostrophe allowed; a particle
    /// such as "de" or "van" in lower case inside it), none a stop word ("The", "Of"), set apart by commas, "and" or "&amp;",
    /// as the name shapes of bylines read them. Null for anything else ("Stolen bikes Dublin", "Local News").
    /// (The site's own name, the masthead under its page title, is no writer's: the caller asks.)
    /// </summary>
    internal static IReadOnlyList<string>? BareNames(string line, DateOrder order, ReaderData data)
    {
        if (MetaLines.TryParse(line, order) is not { Evidence: MetaEvidence.NameShape, Date: null, Agency: null, Role: null, Place: null, Authors: { Count: >= 1 and <= MaxBareNames } names }) return null;
        var parts = NameSeparatorRegex().Split(line.Trim());
        if (parts.Length != names.Count) return null;
        for (var k = 0; k < parts.Length; k++)
        {
            var words = parts[k].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > MaxBareNameWords || !char.IsUpper(words[0][0]) || !char.IsUpper(words[^1][0])) return null;
            foreach (var word in words)
            {
                if (!word.All(static c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return null;
                if (char.IsUpper(word[0]) && data.IsStopWord(word.ToLowerInvariant())) return null;
                if (char.IsUpper(word[0]) && word.Length > 2 && !word.Skip(1).Any(char.IsLower)) return null;
            }

            if (!string.Equals(names[k], parts[k], StringComparison.Ordinal)) return null;
        }

        return names;
    }

    /// <summary>Whether the nearest line above <paramref name="i"/> with text, past a writer's address ("a@example.org"), is a byline.</summary>
    private static bool BylineAbove(string[] lines, LineClass[] classes, int i)
    {
        var k = i - 1;
        while (k >= 0 && (lines[k].Length == 0 || (lines[k].Contains('@', StringComparison.Ordinal) && !lines[k].Contains(' ', StringComparison.Ordinal)))) k--;
        return k >= 0 && classes[k] == LineClass.Byline;
    }

    /// <summary>A line that goes on with a byline's names: "and B", "&amp; B".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:and|&)\s+(?<names>\p{Lu}[^,;|]{2,60})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AndNamesRegex();

    /// <summary>Between the names of a line of names: a comma, "and" or "&amp;".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*,\s*|\s+(?:and|&)\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NameSeparatorRegex();

    /// <summary>The most writers named on a line of names alone under the headline.</summary>
    private const int MaxBareNames = 4;

    /// <summary>The most words of such a line: <see cref="MaxBareNames"/> names of <see cref="MaxBareNameWords"/> words, with "and" between two.</summary>
    private const int MaxBareNamesWords = (MaxBareNames * MaxBareNameWords) + 1;

    /// <summary>The line a mail program puts over a message it forwards ("---------- Forwarded message ---------", "Begin forwarded message:").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-{3,}\s*(?i:forwarded message)\s*-{3,}|(?i:begin forwarded message):?)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ForwardedMessageRegex();

    /// <summary>The line right above the lede's first line (1-based <paramref name="ledeLine"/>) when it is a place in capitals of a few words ("LOS ANGELES"), else null.</summary>
    private static string? PlaceAbove(string[] original, int ledeLine)
    {
        var above = ledeLine - 2;
        if (above < 0 || above >= original.Length) return null;
        var line = original[above].Trim();
        return line.Length >= 2 && RawArticleParser.WordCount(line) <= MaxPlaceWords && line.Any(char.IsLetter) && !line.Any(char.IsLower) && !line.Any(char.IsDigit) ? line : null;
    }

    /// <summary>The most words of a place printed on its own line above a dateline's date ("RIO DE JANEIRO").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>
    /// The page's running text, for telling its language: the lines that are sentences of a paragraph's length (menus,
    /// labels and buttons are not); every line when none is.
    /// </summary>
    private static IEnumerable<string> RunningLines(string[] lines, string?[] rows)
    {
        var running = lines.Where((l, i) => rows[i] is null && l.Length > 0 && RawArticleParser.EndsSentence(l) && RawArticleParser.WordCount(l) >= RunningText.MinParagraphWords).ToList();
        return running.Count > 0 ? running : lines;
    }

    /// <summary>The names the page gives its own site: the one cut off its title, and the holder of each copyright line.</summary>
    private static string[] PageSiteNames(string[] lines, string? fromTitle)
    {
        var names = new List<string>();
        if (fromTitle is { Length: > 0 }) names.Add(fromTitle);
        foreach (var line in lines)
        {
            if (line.Length > 0 && line.Length <= PileTable.MaxLineLength && SiteNames.CopyrightHolder(line) is { } holder && !names.Contains(holder, StringComparer.OrdinalIgnoreCase)) names.Add(holder);
        }

        return [.. names];
    }

    /// <summary>
    /// The year a page is from, for a dateline that gives only a day: a copyright line's year ("© 2024 Harbour Media"), else
    /// the latest year of a date on a line that is no prose (furniture, a date or byline line). Null when neither is found.
    /// </summary>
    private static (int Year, string Why)? YearOnPage(string[] lines, LineClass[] classes, DateOrder order)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && SiteNames.CopyrightYear(lines[i]) is { } year) return (year, $"the copyright line {i + 1}");
        }

        (int Year, string Why)? latest = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].Length > PileTable.MaxLineLength || classes[i] is not (LineClass.Furniture or LineClass.Date or LineClass.Byline)) continue;
            if (TextDates.FindValue(lines[i], order) is { } d && (latest is null || d.Year > latest.Value.Year)) latest = (d.Year, $"the date on line {i + 1}");
        }

        return latest;
    }


    /// <summary>
    /// The headline without a site's name after it when that name is one of the page's furniture lines (its masthead or
    /// menu: "Headline | The Ledger" over a menu that prints "THE LEDGER"), compared case-insensitively, or when a copyright
    /// line of <paramref name="page"/> names it ("© 2025 The Ledger"); null otherwise.
    /// </summary>
    internal static string? MastheadSuffix(string title, IEnumerable<string> furniture, IReadOnlyList<string>? page = null)
    {
        foreach (var separator in TitleChooser.SuffixSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var suffix = title[(at + separator.Length)..].Trim();
            if (suffix.Length == 0 || RawArticleParser.WordCount(suffix) > MaxSiteNameWords) continue;
            if (furniture.Any(l => string.Equals(l.Trim(), suffix, StringComparison.OrdinalIgnoreCase))) return title[..at].TrimEnd();
            if (page is not null && suffix.Length >= 3 && page.Any(l => SiteNames.CopyrightLineNames(l, suffix))) return title[..at].TrimEnd();
        }

        return null;
    }

    /// <summary>
    /// The headline without the longest tail after a separator that ends one of the first lines of at least
    /// <paramref name="threshold"/> other files of the pile (<see cref="PileTable.TitleTailFiles"/>), unless the site keeps it
    /// (<c>reader.keep</c>); null when none does or too little would stand before it.
    /// </summary>
    internal static (string Headline, string Site, int Files)? PileSuffix(string title, PileTable pile, int threshold, ReaderData data)
    {
        if (pile.FileCount <= threshold) return null;
        foreach (var tail in PileTable.TitleTails(title).OrderByDescending(static t => t.Length))
        {
            if (data.Keep(tail)) continue;
            var files = pile.TitleTailFiles(tail);
            if (files < threshold) continue;
            var headline = title[..title.LastIndexOf(tail, StringComparison.Ordinal)].TrimEnd(TitleChooser.SuffixMarks);
            if (RawArticleParser.WordCount(headline) >= MinHeadlineWordsBeforeSite) return (headline, tail, files);
        }

        return null;
    }

    /// <summary>
    /// The headline without a longer tail after a separator that names the site or its blog ("Headline – Official blog of
    /// the Harbour Weather news team"): a tagline (<see cref="IsTagline"/>) that the page prints again as a line of its own
    /// outside the story (in its furniture, or under the story's last paragraph). A line of the header that is no furniture
    /// may be the story's own headline, with a live blog's entry stamp before it in the title ("Update, 22.16 Uhr -
    /// Headline"): it names no site. Null otherwise.
    /// </summary>
    internal static (string Headline, string Site, int Line)? TaglineSuffix(string title, string[] page, string?[] evidence, int t, int last)
    {
        foreach (var separator in TitleChooser.SuffixSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var suffix = title[(at + separator.Length)..].Trim();
            if (!IsTagline(suffix) || RawArticleParser.WordCount(title[..at]) < MinHeadlineWordsBeforeSite) continue;
            for (var k = 0; k < page.Length; k++)
            {
                if (k != t && (k > last || evidence[k] is not null) && string.Equals(page[k].Trim(), suffix, StringComparison.OrdinalIgnoreCase)) return (title[..at].TrimEnd(), suffix, k);
            }
        }

        return null;
    }

    /// <summary>
    /// A site's name with its description, longer than a name ("Official blog of the Harbour Weather news team"): at most
    /// <see cref="MaxTaglineWords"/> words, opening with a capital, ending no sentence. A clause after a dash ("… - and why
    /// it matters") opens in lower case.
    /// </summary>
    internal static bool IsTagline(string tail) =>
        tail.Length > 0 && char.IsUpper(tail[0]) && RawArticleParser.WordCount(tail) <= MaxTaglineWords && tail[^1] is not ('.' or '?' or '!' or ':');

    /// <summary>The longest tagline read as a site's description after a headline.</summary>
    private const int MaxTaglineWords = 12;

    /// <summary>The fewest words a headline keeps when a site's name is cut off its end by the pile's evidence alone.</summary>
    private const int MinHeadlineWordsBeforeSite = 3;

    /// <summary>
    /// The headline without a site's name after it that the page itself names: its own web address spells the name
    /// ("… - Harbour Ledger" on a page printing harbourledger.com), or its masthead's tagline starts with it ("From OpenNews,
    /// the free news source you can write!"). Null otherwise.
    /// </summary>
    internal static (string Headline, string Site, string Why)? OwnNameSuffix(string title, IReadOnlyList<string> page)
    {
        foreach (var separator in TitleChooser.SuffixSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var suffix = title[(at + separator.Length)..].Trim();
            if (!SiteNameLike(suffix) || !suffix.Any(char.IsUpper) || RawArticleParser.WordCount(title[..at]) < MinHeadlineWordsBeforeSite) continue;
            var folded = FoldedName(suffix);
            foreach (var line in page)
            {
                if (line.Length == 0 || line.Length > PileTable.MaxLineLength || string.Equals(line, title, StringComparison.Ordinal)) continue;
                if (folded.Length >= MinDomainNameChars && line.Contains('.', StringComparison.Ordinal))
                {
                    foreach (System.Text.RegularExpressions.Match m in DomainRegex().Matches(line))
                    {
                        if (string.Equals(m.Groups["name"].Value.Replace("-", "", StringComparison.Ordinal), folded, StringComparison.OrdinalIgnoreCase)) return (title[..at].TrimEnd(), suffix, $"the page's web address {m.Value} spells it");
                    }
                }

                var tagline = line.StartsWith("From ", StringComparison.Ordinal) ? line.AsSpan(5) : [];
                if (tagline.StartsWith(suffix, StringComparison.Ordinal) && tagline[suffix.Length..].StartsWith(",", StringComparison.Ordinal)) return (title[..at].TrimEnd(), suffix, "the page's tagline names it");
            }
        }

        return null;
    }

    /// <summary>The shortest site name read in a web address: a shorter one ("bbc") could stand for anything.</summary>
    private const int MinDomainNameChars = 4;

    /// <summary>A name's letters and digits in lower case, a leading "The" aside ("The Harbour Ledger" gives "harbourledger").</summary>
    private static string FoldedName(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) span = span[4..];
        var folded = new System.Text.StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    // A web address's name before its top-level domain ("www.harbourledger.co.uk", "https://opennews.org/wiki/…").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w@.-])(?:https?://)?(?:www\.)?(?<name>[a-z0-9][a-z0-9-]{2,62})\.(?:com|org|net|news|info|co|io|[a-z]{2})(?:\.[a-z]{2})?(?![\w-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DomainRegex();

    /// <summary>
    /// A kicker in capitals printed last in a run of menu links, right on the repeated headline ("News" / "Travel" /
    /// "PURR-FECT ENDING" / the headline): its capitals set it apart from the links above it, which are not in capitals, and
    /// it touches the headline. Known furniture ("LIVE") and a run of capitals ("NSW" / "VIC") are no kicker.
    /// </summary>
    /// <summary>A label naming the kind of story ("Comment", "Guest Essay") printed right on a repeat of the headline.</summary>
    private static bool StoryKindOverHeadline(string[] original, int i, string title) =>
        original[i].Length > 0 && RawArticleParser.WordCount(original[i]) <= SectionLabels.MaxWords + 1 && SectionLabels.IsStoryKind(original[i])
        && i + 1 < original.Length && original[i + 1].Length > 0
        && (TitleChooser.Repeats(original[i + 1], title) || TitleEndsWith(title, original[i + 1]));

    /// <summary>The title is a label, a separator and the headline ("Opinion | Headline", "Factbox: Headline").</summary>
    private static bool TitleEndsWith(string title, string headline) =>
        title.Length > headline.Length && title.EndsWith(headline, StringComparison.Ordinal) && title[..^headline.Length].TrimEnd() is { Length: > 1 } label && TitleChooser.SuffixMarks.AsSpan().Contains(label[^1]);

    /// <summary>
    /// The line right above the headline when it is a short label that opens the headline's block: a blank line above it, none
    /// between it and the headline, no sentence, date, byline, credit, image, navigation or known furniture, and not the
    /// site's name. -1 otherwise.
    /// </summary>
    private static int LabelSetOnHeadline(string[] lines, string[] original, LineFeatures?[] features, string?[] evidence, int i, string? siteName) =>
        i > 0 && lines[i].Length > 0 && original[i].Length > 0 && original[i - 1].Length == 0 && (evidence[i] is null || PileRepeatOnly(features[i], evidence[i]!))
        && features[i] is { Meta: null, ImageFile: false, Credit: null, Caption: null, Nav: null, Known: null, EndsSentence: false, Words: > 0 and <= MaxKickerWords }
        && !MetaLines.IsIssueNumber(lines[i]) && TextDates.Find(lines[i], DateOrder.MonthFirst) is null && !DomainRegex().IsMatch(lines[i])
        && !(siteName is not null && string.Equals(lines[i].Trim(), siteName, StringComparison.OrdinalIgnoreCase))
            ? i : -1;

    /// <summary>
    /// Whether the only evidence against a line is that other files of the pile print it too: a section's kicker
    /// ("Business") recurs over the stories of its section, so the pile alone does not make it furniture there.
    /// </summary>
    private static bool PileRepeatOnly(LineFeatures? f, string evidence) =>
        f is { Known: null, Nav: null, Pitch: false, Repeats: > 0 } && evidence.StartsWith("repeated in ", StringComparison.Ordinal);

    /// <summary>What follows the site's name and a slash, bar, bullet or dash at the start of a line; null when the line does not start so.</summary>
    private static string? SiteNamePrefix(string line, string siteName)
    {
        if (!line.StartsWith(siteName, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = line.AsSpan(siteName.Length);
        var trimmed = rest.TrimStart(' ');
        if (trimmed.Length == rest.Length || trimmed.IsEmpty || trimmed[0] is not ('/' or '|' or '·' or '•' or '–' or '—' or '-')) return null;
        var after = trimmed[1..].Trim();
        return after.IsEmpty ? null : after.ToString();
    }

    /// <summary>The most words of a label set on the headline as its kicker ("TROPICAL CYCLONE BULLETIN NO. 14").</summary>
    private const int MaxKickerWords = 6;

    private static bool CapitalsKicker(string[] lines, LineFeatures?[] features, string?[] evidence, int i, string title) =>
        evidence[i] == MenuRunEvidence && features[i] is { Capitals: true, Words: <= 4 } && lines[i].Count(char.IsLetter) >= 4
        && i > 0 && features[i - 1] is { Capitals: false } && i + 1 < lines.Length && TitleChooser.Repeats(lines[i + 1], title);

    /// <summary>
    /// The names of a line that holds only names ("Marta Kivisild") when a date line stands right above or under it in its
    /// block, maybe across a line with the writer's job ("Europe correspondent"): a byline without a label. Names alone
    /// elsewhere are a section label's shape, so they need the date beside them.
    /// </summary>
    private static IReadOnlyList<string>? NamesBesideDate(string[] lines, LineFeatures?[] features, int i, DateOrder order)
    {
        if (features[i] is not { Meta: null, Words: <= 8 } || MetaLines.TryParse(lines[i], order) is not { Evidence: MetaEvidence.NameShape, Date: null, Authors.Count: > 0 } names) return null;
        foreach (var step in (int[])[1, -1])
        {
            var k = i + step;
            var far = 2;
            if (k >= 0 && k < lines.Length && MetaLines.IsRoleLine(lines[k]))
            {
                k += step;

                // Name, job, the place the writer works from ("Tromsø"), then the date: the place is the byline's too.
                if (step > 0 && k < lines.Length && IsPlaceWord(lines[k]) && features[k] is { Meta: null })
                {
                    k += step;
                    far = 3;
                }
            }

            // A date line above, a blank line between ("Updated / Wednesday, 12 Mar 2025" / "" / name / job): beside it still.
            if (step < 0 && k > 0 && lines[k].Length == 0) k--;
            if (k >= 0 && k < lines.Length && lines[k].Length > 0 && Math.Abs(k - i) <= far && features[k]?.Meta is { Date: not null, Authors.Count: 0 }) return names.Authors;
        }

        return null;
    }

    /// <summary>A place's name alone on a line: one or two capitalised words of letters ("Tromsø", "Port Vila").</summary>
    private static bool IsPlaceWord(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(static w => w.Length > 1 && char.IsUpper(w[0]) && w.All(static c => char.IsLetter(c) || c == '-'));
    }

    internal const string MenuRunEvidence = "a run of menu items (short lines without punctuation in one block)";

    /// <summary>The longest site name after a headline ("Bird flu | The Guardian").</summary>
    internal const int MaxSiteNameWords = 6;

    /// <summary>The most names a page title chains after its headline ("Headline | by A. Writer | Tidy Code | Quillpad").</summary>
    internal const int MaxSiteNameParts = 3;

    /// <summary>
    /// Whether the tail of a page title reads as a site's name or a short chain of them: at most <see cref="MaxSiteNameParts"/>
    /// parts between separators, each a name of at most <see cref="MaxSiteNameWords"/> words, a bilingual name counted per
    /// language ("La Voix du Lac / Lakeside Voice"). A sentence after a dash ("… - and why it matters to you") is none.
    /// </summary>
    internal static bool SiteNameLike(string tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        var parts = tail.Split([.. TitleChooser.SuffixSeparators, " / "], StringSplitOptions.TrimEntries);
        if (parts.Length > MaxSiteNameParts) return false;
        foreach (var part in parts)
        {
            if (part.Length == 0 || RawArticleParser.WordCount(part) > MaxSiteNameWords || part.EndsWith('.') || part.EndsWith('?') || part.EndsWith('!')) return false;
        }

        return true;
    }

    /// <summary>
    /// For each line, the first line of the hard-wrapped paragraph it belongs to: a line continues the one right above
    /// when that one does not end a sentence and this one starts in lower case or with a digit, or, on a hard-wrapped
    /// page (<see cref="IsHardWrapped"/>), the one above fills a typical wrap width. Dates, bylines, navigation rows
    /// (tickers, breadcrumbs), images, list and quote lines never join.
    /// </summary>
    internal static int[] WrapHeads(string[] lines, DateOrder dateOrder = DateOrder.MonthFirst, ReaderData? data = null)
    {
        var byWidth = IsHardWrapped(lines);
        var narrow = byWidth ? 0 : NarrowWidth(lines);
        var head = new int[lines.Length];
        bool? curIsMeta = null; // the meta shape of lines[i - 1], when the previous step parsed it
        for (var i = 0; i < lines.Length; i++)
        {
            head[i] = i;
            var known = curIsMeta;
            curIsMeta = null;
            if (i == 0 || lines[i].Length == 0 || lines[i - 1].Length == 0) continue;
            var prev = lines[i - 1];
            var cur = lines[i];
            if (RawArticleParser.EndsSentence(prev) || RawArticleParser.IsStructural(prev) || RawArticleParser.IsStructural(cur)) continue;
            // Lines that open with a running time, one under the other, are a list of chapters, not a wrapped paragraph.
            if (RawArticleParser.ChapterLineRegex().IsMatch(cur) && (RawArticleParser.ChapterRun(lines, i - 1) > 0 || RawArticleParser.ChapterRun(lines, i) >= 2)) continue;
            // A rule ("-----") separates parts of the page: nothing continues it, and it continues nothing.
            if (!prev.AsSpan().ContainsAnyExcept(s_ruleCharacters) || !cur.AsSpan().ContainsAnyExcept(s_ruleCharacters)) continue;
            // A word broken by a hyphen at the end of the line goes on in the next, whatever its case ("Franco-" / "German").
            if (!(char.IsLower(cur[0]) || char.IsDigit(cur[0]) || (byWidth && prev.Length >= WrapWidth) || (narrow > 0 && FilledLine(prev, cur, narrow))
                || (LineBreakHyphens.EndsInBreak(prev) && char.IsLetter(cur[0])))) continue;
            // On a page not wrapped to a width, a line of known furniture that opens with a digit or in lower case ("214
            // comments 87 shares" under a row of reactions, "3 comments:" under a post's labels) is a widget of its own.
            if (!byWidth && narrow == 0 && data is not null && (IsKnownLine(data, prev) || IsKnownLine(data, cur))) continue;
            // Each line is parsed at most once here: as this pair's 'cur' it is the next pair's 'prev'.
            var prevIsMeta = known ?? MetaLines.TryParse(prev, dateOrder) is not null;
            curIsMeta = MetaLines.TryParse(cur, dateOrder) is not null;
            if (prevIsMeta || curIsMeta.Value) continue;
            // "by Name Surname" under a standfirst that ends without a full stop: a blog's byline, unless the page is hard-wrapped
            // (there a line may start with "by" inside a sentence).
            if (!byWidth && LineFeatures.LowerCaseByline(cur, dateOrder) is not null) continue;

            // A ticker or breadcrumb row is long without ending a sentence, but it is not a wrapped paragraph; a credit line closes a caption.
            if (LineFeatures.NavShape(prev) is not null || LineFeatures.NavShape(cur) is not null || LineFeatures.CreditShape(cur).Credit is not null) continue;
            head[i] = head[i - 1];
        }

        return head;
    }

    private static bool IsKnownLine(ReaderData data, string line) => data.Furniture(line, RawArticleParser.WordCount(line)) is FurnitureKind.Line or FurnitureKind.End;

    /// <summary>The fewest lines continued in lower case that show a page wrapped narrower than <see cref="WrapWidth"/>.</summary>
    private const int MinNarrowWraps = 3;

    /// <summary>
    /// The width a page was wrapped at when <see cref="IsHardWrapped"/> cannot tell (a teletext page, a newspaper column, a
    /// PDF's text wrapped near <see cref="WrapWidth"/> among a few long lines): the
    /// longest line that ends no sentence and is continued by a line in lower case, when <see cref="MinNarrowWraps"/> or more
    /// lines are so continued and at most one text line in five is longer; 0 when the page shows no such width.
    /// </summary>
    internal static int NarrowWidth(string[] lines)
    {
        int width = 0, wraps = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.Length > MaxWrappedLength || lines[i + 1].Length == 0 || !char.IsLower(lines[i + 1][0]) || RawArticleParser.EndsSentence(line)) continue;
            wraps++;
            width = Math.Max(width, line.Length);
        }

        if (wraps < MinNarrowWraps) return 0;
        int text = 0, longer = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            text++;
            if (line.Length > width) longer++;
        }

        return longer * 5 <= text ? width : 0;
    }

    /// <summary>
    /// Whether a line of prose on a page wrapped at <paramref name="width"/> was broken there: it is no wider than the page,
    /// and the first word of the next line would not have fitted on it. A line set out in columns (runs of spaces) or
    /// without a lower-case letter is no prose, nor is a next line opening with a word in capitals (a page header, a label);
    /// a line wider than the page (a headline over its deck) was not wrapped at that width.
    /// </summary>
    private static bool FilledLine(string prev, string cur, int width)
    {
        if (prev.Length > width || prev.Contains("   ", StringComparison.Ordinal) || cur.Contains("   ", StringComparison.Ordinal) || !prev.Any(char.IsLower)) return false;
        var word = cur.IndexOf(' ', StringComparison.Ordinal);
        var first = word < 0 ? cur : cur[..word];
        return first.Length > 1 && first.Skip(1).Any(char.IsLower) && prev.Length + 1 + first.Length > width;
    }

    /// <summary>What a rule line is made of: a line with nothing else is a separator, not text.</summary>
    private static readonly System.Buffers.SearchValues<char> s_ruleCharacters = System.Buffers.SearchValues.Create("-_=*~#+•· ");

    /// <summary>A line at least this long that does not end a sentence was wrapped (a heading or a teaser is shorter).</summary>
    private const int WrapWidth = 60;

    /// <summary>A hard-wrapped page has (almost) no line longer than this: its paragraphs are broken at a fixed width.</summary>
    private const int MaxWrappedLength = 100;

    /// <summary>
    /// Whether the page's paragraphs were broken at a fixed width, as a mail or a plain-text export breaks them: a wide line
    /// that ends no sentence is continued by a line in lower case somewhere on the page, and at most one wide line in five
    /// is longer than a wrap width allows. A page of unwrapped paragraphs (one line each, most of them long) is not: there a
    /// wide line that ends no sentence is a headline, a caption or a teaser, and the line under it starts something new.
    /// </summary>
    internal static bool IsHardWrapped(string[] lines)
    {
        int wide = 0, longer = 0;
        var continued = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length < WrapWidth) continue;
            wide++;
            if (line.Length > MaxWrappedLength) longer++;
            continued |= i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0]) && !RawArticleParser.EndsSentence(line);
        }

        return continued && longer * 5 <= wide;
    }

    private static void Mark(LineClass[] classes, string[] why, int i, LineClass c, string evidence)
    {
        classes[i] = c;
        why[i] = evidence;
    }

    private static void TakeMeta(MetaLine meta, int i, LineClass[] classes, string[] why, List<ParseNote> notes, List<string> authors, ref string? agency, ref DateTimeOffset? date, ref DateTimeOffset? updated, bool trailer = false)
    {
        var where = trailer ? " (in the trailer)" : "";
        if (meta.Date is { } d && !meta.IsRelative)
        {
            if (trailer && date is not null) return;
            if (meta.IsUpdate) updated ??= d;
            else date ??= d;
            notes.Add(new ParseNote(i + 1, $"{(meta.IsUpdate ? "update" : "date")} line{where}: {d:yyyy-MM-dd}"));
        }

        if (meta.Authors.Count > 0 && authors.Count == 0 && !(trailer && authors.Count > 0))
        {
            authors.AddRange(meta.Authors);
            notes.Add(new ParseNote(i + 1, $"byline{where}: {(meta.Authors.Count == 1 ? "author" : "authors")} '{meta.Author}'"));
        }

        if (meta.Agency is { } a && agency is null)
        {
            agency = a;
            notes.Add(new ParseNote(i + 1, $"agency{where}: '{a}'"));
        }

        Mark(classes, why, i, meta.Date is not null && meta.Author is null ? LineClass.Date : LineClass.Byline, meta.Date is not null && meta.Author is null ? "date shape" : "byline shape");
    }

    /// <summary>
    /// A picture's text printed twice, as scrapers save an image's alt text and then its caption: a line repeated by the
    /// next line with a credit after it ("Smoke over the port." / "Smoke over the port. Photograph: Name/Agency"), or a
    /// sentence printed twice in a row once the article's prose has begun, or on two lines in a row anywhere below the page's
    /// first line (alt text, then the caption). Both are captions (of an image the page did not keep), never article text nor
    /// the summary. A headline printed twice is no sentence, or is the page's first line; a paragraph longer than a caption
    /// printed twice is a repeated paragraph (one copy stays, <see cref="BlockRepairs.DropRepeatedParagraphs"/>).
    /// </summary>
    private static void MarkDoubledCaptions(string[] lines, LineFeatures?[] features)
    {
        var proseBegun = false;
        var first = RawArticleParser.NextNonEmpty(lines, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i] is not { } f) continue;
            var j = RawArticleParser.NextNonEmpty(lines, i + 1);
            if (j > 0 && j - i <= 2 && features[j] is { } g && f.Words >= 5 && f.Caption is null && f.Credit is null && f.Meta is null && !RawArticleParser.IsStructural(lines[i]))
            {
                if ((g.Caption is not null || g.Credit is not null) && lines[j].Length > lines[i].Length && lines[j].StartsWith(lines[i], StringComparison.Ordinal))
                {
                    features[i] = f with { Caption = lines[i] };
                }
                else if ((proseBegun || (j == i + 1 && i > first && !f.TitleCase)) && (f.EndsSentence || f.Words > MaxTeaserWords) && f.Words <= MaxCaptionWords
                    && string.Equals(lines[i], lines[j], StringComparison.Ordinal))
                {
                    features[i] = f with { Caption = lines[i] };
                    features[j] = g with { Caption = lines[j] };
                }
            }

            proseBegun |= f.Words >= 20 && f.EndsSentence;
        }

        // The same caption printed far apart: alone in its block over the story's first paragraph (the picture at the top), and
        // again alone between paragraphs (the picture lower down, or its alt text). Only two copies, neither the page's first
        // line nor a line the page title opens with, and a paragraph of running text between them: a headline repeated in a
        // teaser list under the story, or a repeated paragraph of the story, is no caption.
        var firstProse = -1;
        for (var i = 0; i < lines.Length && firstProse < 0; i++)
        {
            if (features[i] is { Words: >= 20, EndsSentence: true }) firstProse = i;
        }

        for (var i = 0; i < firstProse; i++)
        {
            if (features[i] is not { Caption: null, Credit: null, Meta: null, ImageFile: false, TitleCase: false } f || f.Words is < 5 or > MaxCaptionWords || i == first
                || lines[first].StartsWith(lines[i], StringComparison.Ordinal) || !AloneInBlock(lines, i) || RawArticleParser.IsStructural(lines[i])) continue;
            var copies = new List<int>();
            for (var k = firstProse + 1; k < lines.Length; k++)
            {
                if (features[k] is not null && string.Equals(lines[k], lines[i], StringComparison.Ordinal)) copies.Add(k);
            }

            if (copies is not [var copy] || !AloneInBlock(lines, copy) || Array.FindIndex(lines, i + 1, l => string.Equals(l, lines[i], StringComparison.Ordinal)) != copy) continue;

            // A headline printed again right over its byline or date ("Ministers trade their first promises" / "By Name, 3
            // September 2010") is the story's headline, whatever the page prints above it.
            if (OverMeta(lines, features, i) || OverMeta(lines, features, copy)) continue;
            features[i] = f with { Caption = lines[i] };
            features[copy] = features[copy]! with { Caption = lines[copy] };
        }
    }

    /// <summary>
    /// Where a wire desk's sign-off begins at the end of a line of text, or -1: the last one or two words, after a sentence's
    /// closing punctuation, that the furniture list knows as a line of their own and that join initials by a slash.
    /// </summary>
    internal static int SignOffAt(string line, ReaderData data)
    {
        if (line.Length < MinSignedLength || !line.AsSpan(line.Length - Math.Min(line.Length, MaxSignOffLength)).Contains('/')) return -1;
        var best = -1;
        var at = line.Length;
        for (var words = 0; words < 2; words++)
        {
            at = line.LastIndexOf(' ', at - 1);
            if (at <= 0 || line.Length - at > MaxSignOffLength) break;
            var before = line.AsSpan(0, at).TrimEnd();
            var tail = line[(at + 1)..];
            if (before.Length > 0 && before[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '»' && tail.Contains('/', StringComparison.Ordinal)
                && data.Furniture(tail, RawArticleParser.WordCount(tail)) == FurnitureKind.Line) best = at + 1;
        }

        return best;
    }

    /// <summary>The shortest line of text whose end is read for a sign-off, and the longest sign-off (characters).</summary>
    private const int MinSignedLength = 40;
    private const int MaxSignOffLength = 20;

    /// <summary>Whether the next non-empty line after <paramref name="i"/> is a byline or a date line.</summary>
    private static bool OverMeta(string[] lines, LineFeatures?[] features, int i) =>
        RawArticleParser.NextNonEmpty(lines, i + 1) is var next and > 0 && features[next] is { Meta: not null };

    /// <summary>Whether line <paramref name="i"/> stands alone in its block: a blank line (or the page's edge) above and below it.</summary>
    private static bool AloneInBlock(string[] lines, int i) => (i == 0 || lines[i - 1].Length == 0) && (i + 1 >= lines.Length || lines[i + 1].Length == 0);

    /// <summary>
    /// A picture's caption printed without its image: a line with a credit line right under it in the same block ("A deckhand
    /// throws a line to the quay." / "Photo: Name/Agency", "… on the pier" / "(Agency)"). A credit belongs to a picture, and
    /// the line it closes describes that picture: a caption, never the title, the standfirst or the lede.
    /// </summary>
    private static void MarkCaptionsAboveCredits(string[] lines, LineFeatures?[] features, int[] head)
    {
        for (var j = 1; j < lines.Length; j++)
        {
            if (features[j] is not { Credit: not null, Caption: null, Meta: null } || lines[j - 1].Length == 0) continue;
            var i = head[j - 1];
            if (features[i] is not { } f || f.Credit is not null || f.Caption is not null || f.Meta is not null || f.ImageFile || f.Known is not null
                || f.Words is < 3 or > MaxCaptionWords || f.SeveralSentences || RawArticleParser.IsStructural(lines[i])) continue;

            // A name alone in brackets ("(Harbour Agency)") may also close a wire story's last paragraph: it makes a caption
            // only of a line that ends no sentence, as captions under pictures often do.
            var weak = lines[j][0] == '(' && !lines[j].Contains('/', StringComparison.Ordinal) && !lines[j].Contains("Photo", StringComparison.OrdinalIgnoreCase);
            if (weak && f.EndsSentence) continue;
            features[i] = f with { Caption = i == j - 1 ? lines[i] : string.Join(' ', lines, i, j - i) };
        }
    }

    /// <summary>
    /// Evidence that a short line in the body is a page's widget, not a heading or text: a heading stands alone between
    /// paragraphs, and says something of the article. A short line that ends no sentence and shares its block with
    /// furniture (a share row, a dropped line) is part of that furniture; a question whose block then offers two or more
    /// one- or two-word answers is a poll or feedback widget ("Was this useful?" / "Yes" / "No"); a few words ending in a
    /// running time ("Video duration 1:42") are a media player's; a short label over a line in its block, neither ending a
    /// sentence ("Up next" / a teaser headline, "Presented by …" / an advert), is a teaser or sponsor box; a short line
    /// that speaks of the page itself ("Continue reading below") is a prompt. Null when none holds.
    /// </summary>
    private static string? WidgetEvidence(string[] lines, string[] original, bool[] dropped, string?[] evidence, LineFeatures?[] features, bool[] figure, ReaderData data, int i)
    {
        if (features[i] is not { } f || f.Meta is not null || f.ImageFile || RawArticleParser.IsStructural(lines[i]) || lines[i].Contains('\t', StringComparison.Ordinal)) return null;
        var (first, end) = Block(original, i);
        var block = Enumerable.Range(first, end - first).ToList();

        if (!f.EndsSentence && f.Words <= MaxTeaserWords)
        {
            foreach (var k in (int[])[i - 1, i + 1])
            {
                // A live blog's entry stamp ("1h ago", "09:15 CET") heads its entry; it is no furniture box. A line inserted in the
                // article's flow ("Advertisement", "READ: …") makes no box of a short line standing right on a paragraph: on a page
                // saved without blank lines, the heading after an advert's label touches it (the advert's own text, a name and
                // a telephone number, stands on no paragraph).
                if (k >= first && k < end && (dropped[k] || (evidence[k] is not null && !figure[k])) && features[k]?.Meta is null
                    && !(data.Furniture(original[k], RawArticleParser.WordCount(original[k])) == FurnitureKind.Insert && OnParagraph(lines, evidence, features, i)) && !ClockTimeRegex().IsMatch(original[k]) && MetaLines.TryParse(original[k]) is not { IsRelative: true })
                {
                    return $"in one block with the furniture on line {k + 1}";
                }
            }
        }

        // A poll: the question, then its answers.
        var question = block.FindIndex(k => !dropped[k] && original[k].EndsWith('?') && RawArticleParser.WordCount(original[k]) <= MaxMenuWords * 3);
        if (question >= 0 && block.Count - question - 1 >= 2 && block.Skip(question + 1).All(k => RawArticleParser.WordCount(original[k]) <= 2 && !RawArticleParser.EndsSentence(original[k])) && block.IndexOf(i) >= question)
        {
            return $"a poll or feedback widget (the question on line {block[question] + 1} and one- or two-word answers)";
        }

        if (f.Words <= MaxMenuWords && DurationRegex().IsMatch(lines[i])) return "a media player's running time";
        // A subheading says what the next section is about; a few words in capitals that tell the reader to do something
        // ("READ SOME MORE", "WATCH NOW") are a button or a prompt the page printed between the paragraphs.
        if (f.Capitals && f.Words <= MaxMenuWords && !f.EndsSentence && data.OpensWithPrompt(lines[i])) return "a button or prompt in capitals between paragraphs ('READ MORE', 'WATCH'), not a subheading";
        if (!f.EndsSentence && f.Words <= MaxTeaserWords && block.FirstOrDefault(k => k != i && RawArticleParser.WordCount(original[k]) <= MaxMenuWords && DurationRegex().IsMatch(original[k]), -1) is var clip and >= 0)
        {
            return $"the title of a video or audio clip (line {clip + 1} gives its running time)";
        }

        if (block.Count >= 2 && RawArticleParser.WordCount(original[first]) <= MaxWidgetLabelWords && !block.Any(k => dropped[k] || original[k].Length == 0
                || RawArticleParser.EndsSentence(original[k]) || features[k] is not { Meta: null, ImageFile: false } || RawArticleParser.IsStructural(original[k])
                || ClockTimeRegex().IsMatch(original[k]) || features[k]!.Words > MaxTeaserWords * 2))
        {
            return $"a label over a line in its block, neither ending a sentence (a teaser or sponsor box, line {first + 1})";
        }

        if (!f.EndsSentence && f.Words <= MaxMenuWords && block.Count == 1 && TitleChooser.UiPhrase(lines[i], null)) return "speaks of the page, not of the news (a prompt)";
        return null;
    }

    /// <summary>Whether the line under line <paramref name="i"/> opens a paragraph of running text (no furniture, long, ending its sentence).</summary>
    private static bool OnParagraph(string[] lines, string?[] evidence, LineFeatures?[] features, int i) =>
        i + 1 < lines.Length && lines[i + 1].Length > 0 && evidence[i + 1] is null
        && features[i + 1] is { Meta: null, Credit: null, Caption: null, EndsSentence: true } below && below.Words >= RunningText.MinParagraphWords;

    /// <summary>A live blog entry's stamp: a time alone, a short line with a clock time ("Posted at 14:52"), or a relative date ("12m ago").</summary>
    /// <summary>The fewest words of the paragraphs around a heading that shows the body cut into sections.</summary>
    private const int MinSectionParagraphWords = 12;

    /// <summary>
    /// Whether the body from the lede's line <paramref name="lede"/> is cut into sections: a live blog's entry stamp, or a
    /// heading-shaped line standing alone between two paragraphs of running text.
    /// </summary>
    private static bool SectionedBody(string[] lines, string[] original, int lede)
    {
        var previous = lede;
        for (var k = lede + 1; k < lines.Length; k++)
        {
            if (lines[k].Length == 0) continue;
            if (IsEntryStamp(original[k])) return true;
            if (lines[k - 1].Length == 0 && k + 1 < lines.Length && lines[k + 1].Length == 0 && RawArticleParser.IsSubheading(lines[k])
                && RawArticleParser.WordCount(lines[previous]) >= MinSectionParagraphWords && RawArticleParser.EndsSentence(lines[previous])
                && RawArticleParser.NextNonEmpty(lines, k + 1) is var next and >= 0 && RawArticleParser.WordCount(lines[next]) >= MinSectionParagraphWords)
            {
                return true;
            }

            previous = k;
        }

        return false;
    }

    private static bool IsEntryStamp(string line) =>
        TitleChooser.IsTimeStamp(line) || (RawArticleParser.WordCount(line) <= MaxMenuWords && ClockTimeRegex().IsMatch(line)) || MetaLines.TryParse(line) is { IsRelative: true };

    /// <summary>The longest label over a teaser or an advert in its block ("Presented by Millrace Bank", "Up next").</summary>
    private const int MaxWidgetLabelWords = 6;

    /// <summary>The block (run of non-empty original lines) holding line <paramref name="i"/>: its first line and the line after its last.</summary>
    private static (int First, int End) Block(string[] original, int i)
    {
        var first = i;
        while (first > 0 && original[first - 1].Length > 0) first--;
        var end = i + 1;
        while (end < original.Length && original[end].Length > 0) end++;
        return (first, end);
    }

    /// <summary>A few words ending in a running time ("Video duration 1:42", "Listen 3:12"); not a time of day ("Posted at 14:52").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}[\p{L}\s]{0,30}(?<!\b(?i:at))\s\d{1,2}:\d{2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DurationRegex();

    /// <summary>A clock time on a line ("Posted at 14:52", "09:15 CET"): a live blog's entry stamp.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClockTimeRegex();

    /// <summary>The longest caption read from its credit line alone (one sentence).</summary>
    private const int MaxCaptionWords = 40;

    /// <summary>
    /// The running heads of a page printed in parts (a teletext page's "P312 NORDTEXT 312 21:14:07", "NORDTEXT   NEWS   312"
    /// and "FISHING  1/2" over each of its parts): short lines that end no sentence, each printed again further down the
    /// same file with other numbers in it, standing together. A line repeated the same (a headline over its story) is none,
    /// nor is one such line alone ("Day 1" and "Day 2" over a diary's entries) unless its fields are set apart
    /// ("Vale Voice | Winter 2026 | Page 3" between a printed newsletter's pages), a table row, a list item or an entry's stamp.
    /// </summary>
    private static void MarkRunningHeads(string[] lines, string?[] rows, LineFeatures?[] features, string?[] evidence)
    {
        var seen = new Dictionary<string, (int First, string Text)>(StringComparer.Ordinal);
        var head = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i] is not { EndsSentence: false } f || f.Words > MaxRunningHeadWords || rows[i] is not null || !lines[i].Any(char.IsAsciiDigit)
                || RawArticleParser.IsStructural(lines[i]) || IsEntryStamp(lines[i])) continue;
            var key = string.Join(' ', DigitsRegex().Replace(lines[i], "#").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
            if (!seen.TryGetValue(key, out var earlier))
            {
                seen[key] = (i, lines[i]);
            }
            else if (!string.Equals(earlier.Text, lines[i], StringComparison.Ordinal))
            {
                head[earlier.First] = head[i] = true;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (head[i] && ((i > 0 && head[i - 1]) || (i + 1 < lines.Length && head[i + 1]) || lines[i].AsSpan().ContainsAny(s_fieldSeparators)))
            {
                evidence[i] ??= RunningHeadEvidence;
            }
        }
    }

    /// <summary>A running head breaks the page, not the story: like a line inserted in the flow, it does not count against the paragraphs around it, and a date on it is the page's.</summary>
    private const string RunningHeadEvidence = "a running head of a page printed in parts: printed again in the file with other numbers, beside another such line; its neighbours are judged without it";

    /// <summary>
    /// What sets a running head's fields apart ("Vale Voice | Winter 2026 | Page 3", "The Courier · Page 4", or wide runs of
    /// spaces, as a print-out sets the paper's name, the date and the page in columns): such a line is a
    /// running head even alone, as a printed newsletter's footer stands between its pages; a numbered heading ("Day 2") has no fields.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> s_fieldSeparators = System.Buffers.SearchValues.Create([" | ", " · ", " • ", " ∙ ", "   "], StringComparison.Ordinal);

    /// <summary>The most words of a running head ("P312 NORDTEXT 312 Thu 05 Nov 21:14:07").</summary>
    private const int MaxRunningHeadWords = 12;

    /// <summary>A browser's print header before the page title: a numeric date, a comma, a clock time ("12/03/2026, 21:07 ", "3/12/26, 9:07 PM ").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}),\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PrintHeaderRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DigitsRegex();

    /// <summary>
    /// The text of an advert under its label ("Advertisement" / "HARBOUR BIKE HIRE" / "Open daily, call 555-0199"): the short
    /// lines that end no sentence, in the label's block, down to the next paragraph, when there are two or more of them; a
    /// single short line standing right on a paragraph is a heading, and is left to be judged as one.
    /// </summary>
    private static void MarkAdverts(string[] lines, string[] original, bool[] dropped, LineFeatures?[] features, string?[] evidence, ReaderData data)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var label = dropped[i] ? data.Furniture(original[i], RawArticleParser.WordCount(original[i])) : features[i]?.Known;
            if (label != FurnitureKind.Insert) continue;
            var end = i + 1;
            while (end < lines.Length && lines[end].Length > 0 && evidence[end] is null && features[end] is { Meta: null, ImageFile: false, EndsSentence: false } f
                && f.Words < RunningText.MinParagraphWords)
            {
                end++;
            }

            if (end - i - 1 < 2) continue;
            for (var k = i + 1; k < end; k++) evidence[k] = $"the text of an advert or box under the line inserted on line {i + 1} (short lines down to the next paragraph)";
        }
    }

    /// <summary>Three or more short lines without closing punctuation in one block: a menu or a row of links.</summary>
    private static void MarkMenus(string[] lines, LineFeatures?[] features, string?[] evidence)
    {
        var i = 0;
        while (i < lines.Length)
        {
            if (!IsMenuItem(lines, features, i))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < lines.Length && IsMenuItem(lines, features, j)) j++;
            if (j - i >= 3)
            {
                for (var k = i; k < j; k++) evidence[k] ??= MenuRunEvidence;
            }

            i = j;
        }

        // A bulleted menu ("• Just In", "• Politics", "• World", …): five or more bullets in a row of one to three words each.
        // An article's own list has longer items, or fewer.
        for (i = 0; i < lines.Length; i++)
        {
            // One blank line between bullets is allowed.
            var run = new List<int>();
            var j = i;
            while (j < lines.Length && features[j] is { } f && f.Words is >= 1 and <= MaxBulletMenuWords && !f.EndsSentence && lines[j].Length > 2
                && lines[j][0] is '•' or '·' or '▪' or '-' or '*' && lines[j][1] == ' ')
            {
                run.Add(j);
                j++;
                if (j + 1 < lines.Length && lines[j].Length == 0 && lines[j + 1].Length > 0) j++;
            }

            if (run.Count >= MinBulletMenuItems)
            {
                foreach (var k in run) evidence[k] ??= "a bulleted menu (five or more bullets of one to three words in a row)";
            }

            i = Math.Max(i, j - 1);
        }
    }

    private const int MaxBulletMenuWords = 3;

    private const string IntroducedItemEvidence = "an item of a list introduced by a line ending in ':' (\"The titles include:\"): the article's own list, not a menu";

    /// <summary>
    /// A list without bullets: two or more short lines (no closing full stop, no date or byline, no image) in the block of a
    /// line of text that ends in a colon and introduces them ("The affected titles include:"), or in the block right after
    /// it. A menu has no sentence over it; these lines are the article's own items, whatever their length. A line that other
    /// evidence calls furniture (a known line, one repeated across the pile) ends the list.
    /// </summary>
    /// <remarks>
    /// Rows of prices under such a line ("Here is how the main markets closed:" / "FTSE 100 8,214.35 +0.4%") are the
    /// report's own table, not a site's ticker: a ticker is not introduced by a sentence of the story.
    /// </remarks>
    private static bool[] IntroducedLists(string[] lines, LineFeatures?[] features, string?[] evidence)
    {
        var items = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i] is not { } f || lines[i][^1] != ':' || f.Words < MinIntroWords || f.Capitals || f.Meta is not null || f.Known is not null || evidence[i] is not null
                || !lines[i].Any(char.IsLower) || RawArticleParser.IsStructural(lines[i])) continue;
            var j = i + 1;
            if (j < lines.Length && lines[j].Length == 0) j++;
            var run = new List<int>();
            while (j < lines.Length && lines[j].Length > 0 && features[j] is { Meta: null, ImageFile: false, EndsSentence: false } g && g.Words <= MaxBoxItemWords
                && (evidence[j] is null || ReferenceEquals(evidence[j], MenuRunEvidence) || evidence[j] == LineFeatures.Ticker) && !RawArticleParser.IsStructural(lines[j]) && !lines[j].Contains('\t', StringComparison.Ordinal))
            {
                run.Add(j);
                j++;
            }

            if (run.Count < 2) continue;
            foreach (var k in run)
            {
                items[k] = true;
                evidence[k] = null;
            }

            i = j - 1;
        }

        return items;
    }

    /// <summary>The fewest words of a line that introduces a list ("The titles include:"); a shorter one ending in a colon is a label.</summary>
    private const int MinIntroWords = 3;
    private const int MinBulletMenuItems = 5;

    private static bool IsMenuItem(string[] lines, LineFeatures?[] features, int i) =>
        features[i] is { } f && f.Words <= MaxMenuWords && !f.EndsSentence && !f.ImageFile && f.Meta is null && !f.Kept
        && lines[i][^1] is not (':' or ',') && !RawArticleParser.IsStructural(lines[i]) && !lines[i].Contains('\t', StringComparison.Ordinal);

    /// <summary>A label over teasers or topics takes the short lines under it in its block, or the block after it when it stands alone.</summary>
    private static void MarkLabels(string[] lines, LineFeatures?[] features, string?[] evidence, string[] original, bool[] dropped, ReaderData data)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            // A label the site's cleanup rules already dropped ("Read more:") still labels the teaser under it.
            if (features[i]?.Known != FurnitureKind.Label
                && !(dropped[i] && data.Furniture(original[i], RawArticleParser.WordCount(original[i])) == FurnitureKind.Label)) continue;
            var j = i + 1;
            if (j < lines.Length && lines[j].Length == 0)
            {
                j = RawArticleParser.NextNonEmpty(lines, j);
                if (j < 0) continue;
            }

            while (j < lines.Length && features[j] is { } f && (IsTeaser(lines[j], f) || f.Meta is not null))
            {
                evidence[j] ??= $"under the label '{original[i]}' on line {i + 1}";
                j++;
            }
        }
    }

    /// <summary>
    /// A summary box ("Key Points", "At a glance"): its label and the short items under it, in its block or in the block
    /// after it when the label stands alone, with or without bullets. The items restate the story, so they share its words
    /// and look like headlines; they are never the title or the lede.
    /// </summary>
    private static void MarkSummaryBoxes(string[] lines, LineFeatures?[] features, string?[] evidence, bool[] listItems)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i]?.Known != FurnitureKind.Box) continue;
            var j = i + 1;
            if (j < lines.Length && lines[j].Length == 0) j = RawArticleParser.NextNonEmpty(lines, j);
            // Items are all bulleted or none is: on a page saved without blank lines, the paragraph after a bulleted box ends it.
            var bulleted = j >= 0 && j < lines.Length && IsBullet(lines[j]);
            while (j >= 0 && j < lines.Length && lines[j].Length > 0 && features[j] is { } f && (f.Words <= MaxBoxItemWords || IsBullet(lines[j])) && f.Meta is null && !f.ImageFile
                && IsBullet(lines[j]) == bulleted)
            {
                evidence[j] ??= $"an item of the summary box under '{lines[i]}' on line {i + 1}";
                // Bulleted items are the article's own summary: kept as a list, never the title or the lede.
                listItems[j] = IsBullet(lines[j]);
                j++;
            }
        }
    }

    /// <summary>The longest item of a summary box without a bullet (a bulleted item may be longer: the bullet says it is an item).</summary>
    private const int MaxBoxItemWords = 30;

    /// <summary>
    /// A bullet point under the headline ("• Ferries halted for a third day"): a bulleted line of three words or more, no
    /// furniture, with another such line right above or below it in its block. A bulleted menu has shorter items, and is
    /// furniture already.
    /// </summary>
    private static bool HeadlineBullet(string[] lines, string[] original, LineFeatures?[] features, string?[] evidence, int i)
    {
        if (!IsBullet(lines[i]) || evidence[i] is not null || features[i] is not { Words: >= 3 }) return false;
        foreach (var k in (int[])[i - 1, i + 1])
        {
            if (k >= 0 && k < lines.Length && original[k].Length > 0 && IsBullet(lines[k]) && evidence[k] is null && features[k] is { Words: >= 3 }) return true;
        }

        return false;
    }

    private static bool IsBullet(string line) => line.Length > 2 && line[0] is '•' or '·' or '▪' or '-' or '*' or '–' && line[1] == ' ';

    /// <summary>A teaser under a label: a headline of a few words, ending no sentence, bulleted or not ("Related stories" / "• Other headline").</summary>
    private static bool IsTeaser(string line, LineFeatures f) =>
        f.Words <= MaxTeaserWords && !f.ImageFile && !f.Kept && line[^1] is not ('.' or ':' or ',' or ';') && (!RawArticleParser.IsStructural(line) || IsBullet(line));

    /// <summary>An image file line and up to two caption or credit lines right after it (a blank line between allowed).</summary>
    private static bool[] FigureLines(string[] lines, LineFeatures?[] features)
    {
        var figure = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (features[i]?.ImageFile != true) continue;
            figure[i] = true;
            // A credit printed right above the image line, in its block, when no figure above has taken it.
            if (i > 0 && !figure[i - 1] && features[i - 1] is { Credit: not null, ImageFile: false } && RawArticleParser.TryParseCredit(lines[i - 1], out _)) figure[i - 1] = true;
            // A caption with its credit printed right above an image line that ends its block: nothing under the image is its.
            if (i > 0 && !figure[i - 1] && features[i - 1] is { ImageFile: false, Meta: null } && RawArticleParser.CaptionAbove(lines, i - 1) is not null)
            {
                figure[i - 1] = true;
                continue;
            }

            var j = i;
            for (var taken = 0; taken < 2; taken++)
            {
                var next = RawArticleParser.NextNonEmpty(lines, j + 1);
                if (next < 0 || next - j > 2 || features[next] is not { } f || f.ImageFile || f.Known is FurnitureKind.Line or FurnitureKind.Label) break;
                // A source's name right under the image line, over the caption in its block ("KYODO" / "Smoke over the port.").
                if (taken == 0 && next == j + 1 && RawArticleParser.IsCreditOverCaption(lines, next))
                {
                    figure[next] = figure[next + 1] = true;
                    // An agency's name there credits the picture, not the story ("KYODO" reads as a byline alone).
                    features[next] = f with { Meta = null, Credit = lines[next] };
                    break;
                }

                // Under a credit, in its block, the picture's caption (RawArticleParser.IsCaptionAfterCredit).
                var underCredit = taken == 1 && next == j + 1 && features[j]!.Credit is not null && f.Credit is null && RawArticleParser.IsCaptionAfterCredit(lines[next]);
                // Under the caption, in its block, a credit in words of its own ("Snapped by: Name", "District photo").
                // A name alone ends the figure's block only under a caption with no credit of its own (else it is the story's byline).
                var creditUnderCaption = taken == 1 && next == j + 1 && features[j]!.Credit is null && f.Meta is null
                    && RawArticleParser.TryParseCreditUnderCaption(lines[next], out _, endsBlock: (next + 1 >= lines.Length || lines[next + 1].Length == 0 || features[next + 1]?.Known == FurnitureKind.Line) && !RawArticleParser.HasCredit(lines[j]));
                if (f.Credit is null && f.Caption is null && !underCredit && !creditUnderCaption && (taken > 0 || f.Words > 60 || f.Meta is not null)) break;
                figure[next] = true;
                j = next;
            }
        }

        return figure;
    }

    /// <summary>
    /// A fact-check's claim box: a block whose first line states the claim ("Claim: …") and which gives the verdict on a line
    /// of its own ("Verdict: FALSE", "Rating: MISLEADING", "Our rating: …"). It is the article's, but it sums the check up
    /// before the story starts: never the lede.
    /// </summary>
    private static bool[] ClaimBoxes(string[] lines)
    {
        var box = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || (i > 0 && lines[i - 1].Length > 0) || !lines[i].StartsWith("Claim:", StringComparison.OrdinalIgnoreCase)) continue;
            var end = i + 1;
            while (end < lines.Length && lines[end].Length > 0) end++;
            if (end - i > MaxClaimBoxLines || !Enumerable.Range(i + 1, end - i - 1).Any(k => VerdictRegex().IsMatch(lines[k]))) continue;
            for (var k = i; k < end; k++) box[k] = true;
        }

        return box;
    }

    /// <summary>The most words of a fact check's verdict line closing the article ("Rating: Mostly false").</summary>
    private const int MaxVerdictWords = 8;

    /// <summary>The most lines a claim box has (claim, verdict, a sentence or two of explanation).</summary>
    private const int MaxClaimBoxLines = 5;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Verdict|Rating|Our (?:verdict|rating)|Conclusion|Fact check)\s*:\s*\S", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VerdictRegex();

    /// <summary>No line reads as prose by its own measure (jusText's good or near-good), furniture aside.</summary>
    private static bool NoProse(ProseClass[] initial, string?[] evidence)
    {
        for (var i = 0; i < initial.Length; i++)
        {
            if (evidence[i] is null && initial[i] is ProseClass.Good) return false;
        }

        return true;
    }

    internal const string ListingLabelEvidence = "a listing page's label (a tag, category or author archive over its teasers): never the title";

    /// <summary>The most lines between a comment section's header and its first comment ("Join the conversation …", "Sort by: Newest").</summary>
    private const int MaxCommentPrelude = 3;

    /// <summary>
    /// Whether a paragraph of running text stands outside the readers' comments <paramref name="thread"/>, their section's
    /// header ("Comments (27)") and the few notes between that header and the first comment.
    /// </summary>
    private static bool HasTextOutside(IReadOnlyList<(int First, int Last)> thread, string[] lines, string[] original, bool[] dropped, int[] head, LineFeatures?[] features, string?[] evidence,
        ProseClass[] initial, bool[] neutral, ReaderData data)
    {
        var outside = (string?[])evidence.Clone();
        foreach (var (first, last) in thread)
        {
            for (var k = first; k <= last; k++) outside[k] ??= "a reader's comment";
        }

        var top = thread[0].First;
        var notes = 0;
        for (var k = top - 1; k >= 0 && notes <= MaxCommentPrelude; k--)
        {
            if (original[k].Length == 0) continue;
            if (features[k] is { Known: FurnitureKind.End } || (dropped[k] && data.Furniture(original[k], RawArticleParser.WordCount(original[k])) == FurnitureKind.End))
            {
                for (var m = k; m < top; m++) outside[m] ??= "the comment section's header and notes";
                break;
            }

            notes++;
        }

        return RunningText.Find(lines, head, features, outside, initial, neutral, data) >= 0;
    }

    /// <summary>The first prose line with no byline or date line (and no repeat of an earlier line) before the next prose line.</summary>
    private static (int Lede, int LastProse) FindLede(string[] lines, LineFeatures?[] features, string?[] evidence, ProseClass[] initial, ProseClass[] prose, ReaderData data, bool pageHasFurniture, int comments, bool[] claimBox)
    {
        // Prose by its own measure, not only by its neighbours' (a heading or a byline near good text is revised to good).
        // A lede ends its sentence (a headline does not), and the file's first line is the page title.
        var firstLine = RawArticleParser.NextNonEmpty(lines, 0);
        var good = Enumerable.Range(firstLine + 1, lines.Length - firstLine - 1)
            .Where(i => prose[i] == ProseClass.Good && initial[i] is ProseClass.Good or ProseClass.NearGood && evidence[i] is null && !claimBox[i] && (features[i]!.EndsSentence || features[i]!.Words >= 40)
                && features[i]!.Caption is null && features[i]!.Credit is null
                && !(features[i]!.TitleCase && features[i]!.Words <= MaxTeaserWords)) // a question headline in title case is no lede
            .ToList();
        var shortArticle = good.Count == 0;
        if (shortArticle)
        {
            // No line reads as prose by jusText's measure (a short article): the first sentence-shaped line that speaks of the
            // news, not of the page or to its reader ("Sorry, the page you were looking for…", "Already a subscriber?").
            good = Enumerable.Range(firstLine + 1, lines.Length - firstLine - 1)
                .Where(i => features[i] is { } f && evidence[i] is null && !claimBox[i] && f.Meta is null && !f.ImageFile && f.Credit is null && f.Caption is null
                    && (f.EndsSentence || lines[i][^1] == ':') && f.Words >= 3 && !data.SpeaksOfPage(lines[i]) && !(f.TitleCase && f.Words <= MaxTeaserWords)
                    && !(pageHasFurniture && IsBoxBlurb(lines, features, evidence, firstLine, i))).ToList();

            // Not even a sentence: any line after the first on a page with no furniture at all (a plain note); among furniture,
            // only a list, quote, table or picture of the page's own, or a line too long for a teaser headline. A page of
            // menus, buttons and short teaser headlines has no article in it.
            if (good.Count == 0)
            {
                good = Enumerable.Range(firstLine + 1, lines.Length - firstLine - 1)
                    .Where(i => features[i] is { } f && evidence[i] is null && !claimBox[i] && f.Meta is null
                        && (!pageHasFurniture || f.Words > MaxTeaserWords || f.ImageFile || RawArticleParser.IsStructural(lines[i])))
                    .ToList();
            }
        }

        // The comments are not the article: when prose stands above their header, the lede is among it.
        if (comments > 0 && good.Count > 0 && good[0] < comments) good.RemoveAll(g => g > comments);

        for (var k = 0; k < good.Count; k++)
        {
            var g = good[k];
            var next = k + 1 < good.Count ? good[k + 1] : lines.Length;
            var metaAfter = false;
            for (var i = g + 1; i < next; i++)
            {
                if (features[i]?.Meta is not null && evidence[i] is null)
                {
                    metaAfter = true;
                    break;
                }
            }

            // A headline that asks ("What is the new border system, and what changes?") over its standfirst, then the byline or
            // date: it ends its sentence as a lede does, but the line under it sits over the byline too, so both are the header.
            if (!metaAfter && k + 1 < good.Count && lines[g][^1] is '?' && features[g]!.Words <= MaxQuestionHeadlineWords && MetaBefore(good[k + 1], k + 2 < good.Count ? good[k + 2] : lines.Length)) continue;

            if (!metaAfter) return (g, good[^1]);

            // Here every line before had a date or byline under it too. Short lines so: a list of teasers, each with its time stamp, not an article.
            if (k == good.Count - 1) return shortArticle && good.Count > 1 ? (-1, -1) : (g, good[^1]);
        }

        return (-1, -1);

        bool MetaBefore(int from, int to)
        {
            for (var i = from + 1; i < to; i++)
            {
                if (features[i]?.Meta is not null && evidence[i] is null) return true;
            }

            return false;
        }
    }

    /// <summary>The longest question read as a headline over its standfirst rather than as the lede.</summary>
    private const int MaxQuestionHeadlineWords = 25;

    /// <summary>
    /// The last line of the main run of prose: the last good line that reads as prose by its own measure (a short line made
    /// good only by its neighbours and ending no sentence, such as "Back to top" under the last paragraph, does not extend the run), then the list,
    /// quote, table or figure lines that continue it.
    /// </summary>
    private static int LastProse(ProseClass[] prose, ProseClass[] initial, LineFeatures?[] features, int lede)
    {
        var last = lede;
        for (var i = lede; i < prose.Length; i++)
        {
            if (prose[i] == ProseClass.Good && (initial[i] is ProseClass.Good or ProseClass.NearGood || features[i]?.EndsSentence == true)) last = i;
        }

        return last;
    }

    /// <summary>
    /// A short sentence inside a box of the page, not under the article's header: the line above it is a box's label (a
    /// few words, no sentence, no date or byline, not the page's first line) or furniture, the line under it is furniture
    /// ("Newsletters" / a blurb / "Enter your email"), and every line between the page's first line
    /// and the label is furniture (no headline of its own stands above the box). A brief's sentence sits under its
    /// headline, byline or date.
    /// </summary>
    private static bool IsBoxBlurb(string[] lines, LineFeatures?[] features, string?[] evidence, int firstLine, int i)
    {
        var prev = i - 1;
        while (prev >= 0 && lines[prev].Length == 0) prev--;
        var next = RawArticleParser.NextNonEmpty(lines, i + 1);
        if (prev <= firstLine || !IsBoxLine(prev) || (next >= 0 && evidence[next] is null)) return false;
        var between = 0;
        for (var k = firstLine + 1; k < prev; k++)
        {
            if (lines[k].Length == 0) continue;
            if (evidence[k] is null) return false;
            between++;
        }

        return between > 0;

        bool IsBoxLine(int k) => evidence[k] is not null
            || (features[k] is { Meta: null, ImageFile: false, EndsSentence: false } f && f.Words <= MaxMenuWords && f.Credit is null && f.Caption is null);
    }

    /// <summary>Furniture on both sides (a newsletter box's blurb between its title and its button).</summary>
    private static bool NextToFurniture(string?[] evidence, string[] lines, bool[] neutral, int i)
    {
        // Lines inserted in the flow (a page-turn line, a running head, a cross-reference) are passed over: they are no context.
        var prev = i - 1;
        while (prev >= 0 && (lines[prev].Length == 0 || (neutral[prev] && evidence[prev] is not null))) prev--;
        var next = i + 1;
        while (next < lines.Length && (lines[next].Length == 0 || (neutral[next] && evidence[next] is not null))) next++;
        return prev >= 0 && evidence[prev] is not null && next < lines.Length && evidence[next] is not null;
    }
}

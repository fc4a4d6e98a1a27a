// Over 500 lines: every field of an article is written and read back side by side, so that a field added to one
// side and not the other shows in review; split entries and articles into two files when it grows again.
using System.Text;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Output;

/// <summary>
/// One article file as the article cache keeps it: the hash of its text, what its reading depended on
/// besides the text (a raw article's line keys, the pile lookups it made and the threshold it judged
/// them by), what parsing and enriching it reported, and the article (null when it could not be read).
/// </summary>
/// <param name="SourcePath">The file as diagnostics name it (relative to the site folder).</param>
/// <param name="TextHash">XxHash128 of the file's bytes.</param>
/// <param name="Raw">For a raw article, what its reading asked of the pile; null for Markdown.</param>
/// <param name="Diagnostics">What reading, parsing and enriching the file reported.</param>
/// <param name="Article">The enriched article, or null.</param>
/// <param name="FallbackReason">For an article dated by its file (no stated date), why that date: the cache checks it is still the one.</param>
public sealed record CachedArticle(string SourcePath, UInt128 TextHash, CachedReading? Raw, IReadOnlyList<Diagnostic> Diagnostics, Article? Article, string? FallbackReason)
{
    /// <summary>What a build computes from the article alone, kept so that the next build does not hash its body again (null: not known).</summary>
    public CachedHashes? Hashes { get; init; }

    /// <summary>
    /// The file's size and last-write time (ticks, UTC) when its bytes had <see cref="TextHash"/>: a file that still has
    /// them is taken as unchanged without being read (as make and ninja judge files). Null: the file must be read and hashed.
    /// </summary>
    public FileStamp? Stamp { get; init; }
}

/// <summary>A file's size and last-write time (ticks, UTC).</summary>
public readonly record struct FileStamp(long Length, long Modified);

/// <summary>
/// Values computed from an article alone: its body's fingerprint (the body and what is counted from it), its
/// listing fingerprint (every other field: what feeds and lists show; the two make the article's) and its
/// near-duplicate band keys. The same program (the cache's key) computes the same values from the same article.
/// </summary>
public sealed record CachedHashes(UInt128 Body, UInt128 Listing, ulong[]? DuplicateKeys);

/// <summary>What a raw article's reading depended on besides its text: its lines in the pile, and the answers the pile gave.</summary>
public sealed record CachedReading(ulong[] LineKeys, IReadOnlyList<PileLookup> Lookups, int Threshold);

/// <summary>
/// The article cache of an output folder, kept beside it (<c>.staticgen-NAME.articles</c>, next to the
/// manifest, so it is never published, and deleted by <c>clean</c>): every article file's parsed and
/// enriched article, so that a build reads an unchanged file but never parses or enriches it again.
/// The whole file belongs to one key (the program that wrote it and the settings that
/// shape articles); a file of another key, format or output folder, or one that cannot be read, is
/// no cache at all. A compact binary file: a JSON one of 10,000 articles took longer to read than the
/// articles take to parse. The bodies are kept apart, in a file that is only appended to (<see cref="BodyFile"/>):
/// this file holds where each body is, so that reading it does not read the archive's text (at 100,000 articles
/// the bodies were 500 of its 560 MB, all read into memory by a build that showed a few of them).
/// </summary>
public static partial class ArticleCacheFile
{
    /// <summary>
    /// Bumped whenever the layout of the file changes (2: toc; 3: the article's hashes and near-duplicate keys; 4: the file's
    /// stamp; 5: bodies in the body file; 6: each entry preceded by its length, so that entries are decoded on every core;
    /// 7: the body's fingerprint kept in place of the article's, which is made of it and the listing's).
    /// </summary>
    private const int Format = 7;

    /// <summary>How many entries one worker decodes at a time (each run with its own table of shared texts).</summary>
    private const int EntriesPerRun = 1024;

    /// <summary>How a body is written in an entry.</summary>
    private enum BodyPlace : byte
    {
        /// <summary>Here, as UTF-8 (a short body, or one written without a body file).</summary>
        Utf8 = 0,

        /// <summary>Here, as UTF-16 code units (a body holding a lone surrogate).</summary>
        Utf16 = 1,

        /// <summary>In the body file: where, and how many bytes.</summary>
        BodyFile = 2,
    }

    private static ReadOnlySpan<byte> Magic => "SGAC"u8;

    /// <summary>Where the article cache of <paramref name="outputDirectory"/> is kept.</summary>
    public static string PathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "articles");

    /// <summary>
    /// The cached articles of an output folder by source path, or null when there is no cache for <paramref name="key"/>;
    /// each article's body read into memory (for tests and tools: a build reads bodies only when it needs them).
    /// </summary>
    public static Dictionary<string, CachedArticle>? Read(string outputDirectory, UInt128 key)
    {
        var entries = Read(outputDirectory, key, out _, out var bodies);
        using (bodies)
        {
            if (entries is null || bodies is null) return entries;
            foreach (var (path, entry) in entries)
            {
                if (entry.Article is { } article && article.BodyText.IsStored)
                {
                    entries[path] = entry with { Article = article with { BodyText = CompactText.FromUtf8(article.BodyText.Utf8Bytes.ToArray()) ?? throw new InvalidDataException("a body that is not UTF-8") } };
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// The cached articles of an output folder by source path, or null when there is no cache for <paramref name="key"/>;
    /// also each entry's bytes in the file (by the entry object), so that <see cref="Write"/> copies an entry that
    /// is kept as it was instead of encoding it again, and the open body file the articles read their bodies from
    /// (the caller disposes it once the build is done with the articles and the cache is written).
    /// </summary>
    public static Dictionary<string, CachedArticle>? Read(string outputDirectory, UInt128 key, out IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>> encoded, out BodyFile? bodies)
    {
        encoded = s_noEncodings;
        bodies = null;
        var path = PathOf(outputDirectory);
        if (!File.Exists(path)) return null;
        BodyFile? opened = null;
        try
        {
            // The whole file in one read, decoded from memory; a body is read from the body file only when it is needed.
            var bytes = ReadAll(path);
            using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
            using var reader = new CacheReader(stream);
            Span<byte> magic = stackalloc byte[4];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic) || reader.ReadInt32() != Format || ReadUInt128(reader) != key) return null;
            var bodiesId = ReadUInt128(reader);
            var bodiesEnd = reader.ReadInt64();
            if (bodiesId != UInt128.Zero)
            {
                opened = BodyFile.Open(BodiesPathOf(outputDirectory), GuidOf(bodiesId), bodiesEnd);
                if (opened is null) return null;
                reader.Bodies = (opened, bodiesEnd);
            }

            // Where each entry is (its length first): found in one pass, then the entries are decoded in runs on every core.
            var count = Count(reader);
            var places = new (int Start, int Length)[count];
            var at = (int)stream.Position;
            for (var i = 0; i < count; i++)
            {
                if (bytes.Length - at < 4) throw new EndOfStreamException();
                var length = BitConverter.ToInt32(bytes, at);
                if (length < 0 || length > bytes.Length - at - 4) throw new InvalidDataException("a damaged entry length");
                places[i] = (at, length + 4);
                at += length + 4;
            }

            if (at != bytes.Length) throw new InvalidDataException("bytes after the last entry");
            var decoded = new CachedArticle[count];
            var bodyPlace = reader.Bodies;
            Parallel.For(0, (count + EntriesPerRun - 1) / EntriesPerRun, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, run =>
            {
                using var part = new CacheReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true)) { Bodies = bodyPlace };
                for (var i = run * EntriesPerRun; i < Math.Min(count, (run + 1) * EntriesPerRun); i++)
                {
                    var (start, length) = places[i];
                    part.BaseStream.Position = start + 4;
                    decoded[i] = ReadEntry(part);
                    if (part.BaseStream.Position != start + length) throw new InvalidDataException("an entry of another length than it says");
                }
            });

            var entries = new Dictionary<string, CachedArticle>(count, StringComparer.Ordinal);
            var spans = new Dictionary<CachedArticle, ReadOnlyMemory<byte>>(count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < count; i++)
            {
                entries[decoded[i].SourcePath] = decoded[i];
                spans[decoded[i]] = bytes.AsMemory(places[i].Start, places[i].Length);
            }

            encoded = spans;
            (bodies, opened) = (opened, null);
            return entries;
        }
        catch (Exception e) when (Damaged(e))
        {
            return null;
        }
        finally
        {
            opened?.Dispose();
        }
    }

    /// <summary>Whether an exception reading the cache says it is damaged or unreadable (then it is no cache); one from a run decoded on another core is inside an <see cref="AggregateException"/>.</summary>
    private static bool Damaged(Exception e) => e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or InvalidDataException or ArgumentException or OverflowException
        || (e is AggregateException all && all.Flatten().InnerExceptions.All(Damaged));

    private static Guid GuidOf(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, value);
        return new Guid(bytes);
    }

    private static UInt128 ValueOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToUInt128(bytes);
    }

    private static readonly IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>> s_noEncodings = new Dictionary<CachedArticle, ReadOnlyMemory<byte>>();

    /// <summary>
    /// Writes the cache beside the output folder: the entries' file atomically (a temporary file renamed over the old
    /// one), after the bodies it names. An entry found in <paramref name="encoded"/> (the very object Read gave, so not
    /// one changed since with <c>with</c>) is written as the bytes it was read from: the same bytes its encoding would
    /// give. A body already in <paramref name="bodies"/> (the body file Read opened) stays where it is, and new bodies
    /// are appended to it; without one, or when the bodies of entries that are gone outweigh the live ones, the live
    /// bodies go into a new body file, renamed over the old one.
    /// </summary>
    public static void Write(string outputDirectory, UInt128 key, IReadOnlyCollection<CachedArticle> entries, IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>>? encoded = null, BodyFile? bodies = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = PathOf(outputDirectory);
        var temporary = path + ".tmp";
        var bodiesPath = BodiesPathOf(outputDirectory);
        BodyFile? made = null;
        try
        {
            // Once the bodies of entries that are gone or edited outweigh the live ones, the live ones move to a new file.
            var live = bodies is null ? 0 : Live(bodies, entries);
            var target = bodies is not null && bodies.Length - BodyFile.HeaderLength - live <= live ? bodies : null;
            if (target is null)
            {
                // A new body file: every body is written into it, and no entry's old bytes (which name the old one) can be copied.
                made = target = BodyFile.Create(bodiesPath + ".tmp");
                encoded = null;
            }

            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: false))
            {
                writer.Write(Magic);
                writer.Write(Format);
                WriteUInt128(writer, key);
                // The body file's identity and length are written once its bodies are: here after the entries.
                var bodiesAt = stream.Position;
                WriteUInt128(writer, UInt128.Zero);
                writer.Write(0L);
                writer.Write(entries.Count);
                // Each entry after its length: an entry kept as it was is copied with its length (the bytes Read gave).
                using var one = new MemoryStream();
                using var entryWriter = new BinaryWriter(one, Encoding.UTF8, leaveOpen: true);
                foreach (var entry in entries)
                {
                    if (encoded is not null && encoded.TryGetValue(entry, out var bytes))
                    {
                        writer.Write(bytes.Span);
                        continue;
                    }

                    one.SetLength(0);
                    WriteEntry(entryWriter, entry, target);
                    entryWriter.Flush();
                    writer.Write((int)one.Length);
                    writer.Write(one.GetBuffer().AsSpan(0, (int)one.Length));
                }

                writer.Flush();
                stream.Position = bodiesAt;
                WriteUInt128(writer, ValueOf(target.Id));
                writer.Write(target.Length);
            }

            if (made is not null)
            {
                made.Dispose();
                File.Move(bodiesPath + ".tmp", bodiesPath, overwrite: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            made?.Dispose();
        }
    }

    /// <summary>How many bytes of <paramref name="bodies"/> the entries' articles hold.</summary>
    private static long Live(BodyFile bodies, IReadOnlyCollection<CachedArticle> entries)
    {
        long live = 0;
        foreach (var entry in entries)
        {
            if (entry.Article is { } article && article.BodyText.IsStoredIn(bodies, out _, out var length)) live += length;
        }

        return live;
    }

    /// <summary>The entry as bytes and back (for tests: every field of an article must survive).</summary>
    internal static CachedArticle RoundTrip(CachedArticle entry)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) WriteEntry(writer, entry, bodies: null);
        stream.Position = 0;
        using var reader = new CacheReader(stream);
        return ReadEntry(reader);
    }

    // ----------------------------------------------------------------------------------------------
    // Entries. Every field of Article is written; ArticleCacheTests fails when one is added and not here.

    /// <summary>An entry as bytes, its body among them (for tests: two caches hold the same entries whichever body file they use).</summary>
    internal static byte[] Encode(CachedArticle entry)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) WriteEntry(writer, entry, bodies: null);
        return stream.ToArray();
    }

    private static void WriteEntry(BinaryWriter w, CachedArticle e, BodyFile? bodies)
    {
        WriteText(w, e.SourcePath);
        WriteUInt128(w, e.TextHash);
        w.Write(e.Stamp is not null);
        if (e.Stamp is { } stamp)
        {
            w.Write(stamp.Length);
            w.Write(stamp.Modified);
        }

        w.Write(e.Raw is not null);
        if (e.Raw is { } raw)
        {
            w.Write(raw.LineKeys.Length);
            foreach (var key in raw.LineKeys) w.Write(key);
            w.Write(raw.Lookups.Count);
            foreach (var (key, others) in raw.Lookups)
            {
                w.Write(key);
                w.Write(others);
            }

            w.Write(raw.Threshold);
        }

        WriteDiagnostics(w, e.Diagnostics);
        WriteNullable(w, e.FallbackReason);
        w.Write(e.Article is not null);
        if (e.Article is { } a) WriteArticle(w, a, bodies);
        w.Write(e.Hashes is not null);
        if (e.Hashes is { } hashes)
        {
            WriteUInt128(w, hashes.Body);
            WriteUInt128(w, hashes.Listing);
            w.Write(hashes.DuplicateKeys is not null);
            if (hashes.DuplicateKeys is { } keys)
            {
                w.Write(keys.Length);
                foreach (var key in keys) w.Write(key);
            }
        }
    }

    /// <summary>
    /// Diagnostics, each text as <see cref="WriteText"/> writes it (a message may quote a file's lone surrogate): the
    /// cache keeps each article's this way, and the inputs file (<see cref="InputsFile"/>) a whole build's report.
    /// </summary>
    internal static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write((int)d.Severity);
            w.Write((int)d.Stage);
            WriteText(w, d.Path);
            w.Write(d.Line);
            w.Write(d.Column);
            WriteText(w, d.Message);
        }
    }

    /// <summary>What <see cref="WriteDiagnostics"/> wrote; a damaged count or an unknown severity or stage is <see cref="InvalidDataException"/>.</summary>
    internal static Diagnostic[] ReadDiagnostics(BinaryReader r)
    {
        var diagnostics = new Diagnostic[Count(r)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new Diagnostic(Enum<Severity>(r.ReadInt32()), Enum<Stage>(r.ReadInt32()), ReadText(r), r.ReadInt32(), r.ReadInt32(), ReadText(r));
        }

        return diagnostics;
    }

    private static CachedArticle ReadEntry(CacheReader r)
    {
        var sourcePath = ReadText(r);
        var hash = ReadUInt128(r);
        FileStamp? stamp = r.ReadBoolean() ? new FileStamp(r.ReadInt64(), r.ReadInt64()) : null;
        CachedReading? raw = null;
        if (r.ReadBoolean())
        {
            var keys = new ulong[Count(r)];
            for (var i = 0; i < keys.Length; i++) keys[i] = r.ReadUInt64();
            var lookups = new PileLookup[Count(r)];
            for (var i = 0; i < lookups.Length; i++) lookups[i] = new PileLookup(r.ReadUInt64(), r.ReadInt32());
            raw = new CachedReading(keys, lookups, r.ReadInt32());
        }

        var diagnostics = ReadDiagnostics(r);
        var fallbackReason = ReadNullable(r);
        var article = r.ReadBoolean() ? ReadArticle(r) : null;
        CachedHashes? hashes = null;
        if (r.ReadBoolean())
        {
            var bodyHash = ReadUInt128(r);
            var listingHash = ReadUInt128(r);
            ulong[]? duplicateKeys = null;
            if (r.ReadBoolean())
            {
                duplicateKeys = new ulong[Count(r)];
                for (var i = 0; i < duplicateKeys.Length; i++) duplicateKeys[i] = r.ReadUInt64();
            }

            hashes = new CachedHashes(bodyHash, listingHash, duplicateKeys);
        }

        return new CachedArticle(sourcePath, hash, raw, diagnostics, article, fallbackReason) { Hashes = hashes, Stamp = stamp };
    }

    private static void WriteArticle(BinaryWriter w, Article a, BodyFile? bodies)
    {
        WriteText(w, a.SourcePath);
        w.Write((int)a.Format);
        WriteText(w, a.Slug);
        WriteText(w, a.Title);
        WriteNullable(w, a.Kicker);
        WriteNullable(w, a.Standfirst);
        WriteDate(w, a.Date);
        w.Write(a.DateIsFallback);
        w.Write(a.Updated is not null);
        if (a.Updated is { } updated) WriteDate(w, updated);
        WriteStrings(w, a.Authors);
        WriteNullable(w, a.Agency);
        w.Write(a.AuthorRefs.Count);
        foreach (var author in a.AuthorRefs)
        {
            WriteText(w, author.Name);
            WriteText(w, author.Slug);
        }

        w.Write(a.Section is not null);
        if (a.Section is { } section)
        {
            WriteText(w, section.Name);
            WriteText(w, section.Slug);
        }

        WriteText(w, a.Summary);
        WriteNullable(w, a.Lede);
        WriteBody(w, a.BodyText, bodies);
        w.Write(a.BodyLine);
        w.Write(a.Images.Count);
        foreach (var image in a.Images)
        {
            WriteText(w, image.Src);
            WriteNullable(w, image.Caption);
            WriteNullable(w, image.Credit);
        }

        w.Write(a.Tags.Count);
        foreach (var tag in a.Tags)
        {
            WriteText(w, tag.Name);
            WriteText(w, tag.Slug);
            w.Write(tag.Mentions);
        }

        w.Write(a.Countries.Count);
        foreach (var country in a.Countries)
        {
            WriteText(w, country.Code);
            WriteText(w, country.Name);
            WriteText(w, country.Slug);
            w.Write(country.Mentions);
            WriteNullable(w, country.Continent);
            WriteNullable(w, country.Flag);
            WriteStrings(w, country.OtherNames);
        }

        w.Write(a.Draft);
        w.Write(a.Toc);
        w.Write((int)a.Type);
        WriteStrings(w, a.Aliases);
        WriteNullable(w, a.Source);
        WriteValue(w, a.Params);
        w.Write(a.WordCount);
        w.Write(a.ReadingMinutes);
        w.Write(a.Positions.Count);
        foreach (var (key, position) in a.Positions)
        {
            WriteText(w, key);
            w.Write(position.Line);
            w.Write(position.Column);
        }
    }

    private static Article ReadArticle(CacheReader r)
    {
        var sourcePath = ReadText(r);
        var format = Enum<SourceFormat>(r.ReadInt32());
        var slug = ReadText(r);
        var title = ReadText(r);
        var kicker = ReadNullable(r);
        var standfirst = ReadNullable(r);
        var date = ReadDate(r);
        var dateIsFallback = r.ReadBoolean();
        DateTimeOffset? updated = r.ReadBoolean() ? ReadDate(r) : null;
        var authors = ReadStrings(r);
        var agency = ReadNullable(r);
        var authorRefs = new AuthorRef[Count(r)];
        for (var i = 0; i < authorRefs.Length; i++) authorRefs[i] = new AuthorRef(ReadText(r), ReadText(r));
        var section = r.ReadBoolean() ? new SectionRef(ReadText(r), ReadText(r)) : null;
        var summary = ReadText(r);
        var lede = ReadNullable(r);
        var body = ReadBody(r);
        var bodyLine = r.ReadInt32();
        var images = new ArticleImage[Count(r)];
        for (var i = 0; i < images.Length; i++) images[i] = new ArticleImage(ReadText(r), ReadNullable(r), ReadNullable(r));
        var tags = new TagRef[Count(r)];
        for (var i = 0; i < tags.Length; i++) tags[i] = new TagRef(ReadText(r), ReadText(r), r.ReadInt32());
        var countries = new CountryRef[Count(r)];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = new CountryRef(ReadText(r), ReadText(r), ReadText(r), r.ReadInt32()) { Continent = ReadNullable(r), Flag = ReadNullable(r), OtherNames = ReadStrings(r) };
        }

        var draft = r.ReadBoolean();
        var toc = r.ReadBoolean();
        var type = Enum<ArticleType>(r.ReadInt32());
        var aliases = ReadStrings(r);
        var source = ReadNullable(r);
        var parameters = ReadValue(r) as IReadOnlyDictionary<string, object?> ?? throw new InvalidDataException("params is not a mapping");
        var wordCount = r.ReadInt32();
        var readingMinutes = r.ReadInt32();
        var positionCount = Count(r);
        var positions = positionCount == 0 ? ParsedArticle.s_noPositions : ReadPositions(r, positionCount);
        return new Article
        {
            SourcePath = sourcePath,
            Format = format,
            Slug = slug,
            Title = title,
            Kicker = kicker,
            Standfirst = standfirst,
            Date = date,
            DateIsFallback = dateIsFallback,
            Updated = updated,
            Authors = authors,
            Agency = agency,
            AuthorRefs = authorRefs,
            Section = section,
            Summary = summary,
            Lede = lede,
            Body = "", // Required; the body itself is the UTF-8 just read (BodyText, below).
            BodyText = body,
            BodyLine = bodyLine,
            Images = images,
            Tags = tags,
            Countries = countries,
            Draft = draft,
            Toc = toc,
            Type = type,
            Aliases = aliases,
            Source = source,
            Params = parameters,
            WordCount = wordCount,
            ReadingMinutes = readingMinutes,
            Positions = positions,
        };
    }

    private static Dictionary<string, SourcePosition> ReadPositions(CacheReader r, int count)
    {
        var positions = new Dictionary<string, SourcePosition>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) positions[ReadText(r)] = new SourcePosition(r.ReadInt32(), r.ReadInt32());
        return positions;
    }

    // ----------------------------------------------------------------------------------------------
    // Values.

    private enum ValueTag : byte
    {
        Null,
        Text,
        Whole,
        Decimal,
        True,
        False,
        List,
        Mapping,
    }

    /// <summary>A template parameter (<see cref="TemplateParams"/>): text, whole number, decimal, true/false, null, a list or a mapping of them.</summary>
    private static void WriteValue(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.Write((byte)ValueTag.Null);
                break;
            case string text:
                w.Write((byte)ValueTag.Text);
                WriteText(w, text);
                break;
            case long whole:
                w.Write((byte)ValueTag.Whole);
                w.Write(whole);
                break;
            case double number:
                w.Write((byte)ValueTag.Decimal);
                w.Write(number);
                break;
            case bool flag:
                w.Write((byte)(flag ? ValueTag.True : ValueTag.False));
                break;
            case IReadOnlyDictionary<string, object?> mapping:
                w.Write((byte)ValueTag.Mapping);
                w.Write(mapping.Count);
                foreach (var (key, item) in mapping)
                {
                    WriteText(w, key);
                    WriteValue(w, item);
                }

                break;
            case IReadOnlyList<object?> list:
                w.Write((byte)ValueTag.List);
                w.Write(list.Count);
                foreach (var item in list) WriteValue(w, item);
                break;
            default:
                throw new ArgumentException($"a template parameter of type {value.GetType().Name} cannot be cached", nameof(value));
        }
    }

    private static object? ReadValue(CacheReader r)
    {
        switch ((ValueTag)r.ReadByte())
        {
            case ValueTag.Null: return null;
            case ValueTag.Text: return ReadText(r);
            case ValueTag.Whole: return r.ReadInt64();
            case ValueTag.Decimal: return r.ReadDouble();
            case ValueTag.True: return true;
            case ValueTag.False: return false;
            case ValueTag.List:
                var list = new List<object?>(Count(r));
                for (var i = list.Capacity; i > 0; i--) list.Add(ReadValue(r));
                return list.AsReadOnly();
            case ValueTag.Mapping:
                var count = Count(r);
                var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++) map.Add(ReadText(r), ReadValue(r));
                return map.AsReadOnly();
            default:
                throw new InvalidDataException("unknown value tag");
        }
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values) WriteText(w, value);
    }

    private static string[] ReadStrings(CacheReader r)
    {
        var count = Count(r);
        if (count == 0) return [];
        var values = new string[count];
        for (var i = 0; i < values.Length; i++) values[i] = ReadText(r);
        return values;
    }

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) WriteText(w, value);
    }

    private static string? ReadNullable(CacheReader r) => r.ReadBoolean() ? ReadText(r) : null;

    /// <summary>
    /// Text as UTF-8, or as UTF-16 code units when it holds a surrogate (a lone one, which UTF-8 cannot
    /// hold, may come from a file and must come back exactly as it was read).
    /// </summary>
    private static void WriteText(BinaryWriter w, string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            w.Write((byte)0);
            w.Write(value);
            return;
        }

        w.Write((byte)1);
        w.Write(value.Length);
        foreach (var c in value) w.Write((ushort)c);
    }

    /// <summary>A text <see cref="WriteText"/> wrote, read from the cache in memory or, for the inputs file, from a stream.</summary>
    private static string ReadText(BinaryReader r) =>
        r is CacheReader cache ? ReadText(cache) : r.ReadByte() != 0 ? ReadUtf16(r) : r.ReadString();

    private static string ReadText(CacheReader r)
    {
        // BinaryWriter's layout (a 7-bit length, then UTF-8), decoded in one call from the file's bytes in memory:
        // BinaryReader.ReadString decodes 128 bytes at a time, and bodies are thousands.
        if (r.ReadByte() != 0) return ReadUtf16(r);
        var length = r.Read7BitEncodedInt();
        return length == 0 ? "" : r.Text(r.Take(length));
    }

    /// <summary>A text written as UTF-16 code units (one holding a surrogate): its length, then each unit.</summary>
    private static string ReadUtf16(BinaryReader r) =>
        string.Create(Count(r), r, static (chars, reader) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)reader.ReadUInt16();
        });

    /// <summary>
    /// A body: where it is in <paramref name="bodies"/> (appended there when it is not yet), or here when it is short, holds a
    /// lone surrogate or there is no body file; here, as <see cref="WriteText"/> writes a text (the same bytes).
    /// </summary>
    private static void WriteBody(BinaryWriter w, CompactText body, BodyFile? bodies)
    {
        if (!body.IsUtf8)
        {
            WriteText(w, body.ToString());
            return;
        }

        if (bodies is not null && body.IsStoredIn(bodies, out var offset, out var length))
        {
            WriteBodyPlace(w, offset, length);
            return;
        }

        var bytes = body.Utf8Bytes;
        if (bodies is not null && bytes.Length >= BodySpill.SmallestKept)
        {
            WriteBodyPlace(w, bodies.Append(bytes), bytes.Length);
            return;
        }

        // Valid UTF-8 holds no surrogate: BinaryWriter.Write(string) would write this length and these bytes.
        w.Write((byte)BodyPlace.Utf8);
        w.Write7BitEncodedInt(bytes.Length);
        w.Write(bytes);
    }

    private static void WriteBodyPlace(BinaryWriter w, long offset, int length)
    {
        w.Write((byte)BodyPlace.BodyFile);
        w.Write(offset);
        w.Write(length);
    }

    /// <summary>
    /// A body written by <see cref="WriteBody"/>: kept where it is in the body file (read when it is needed), or taken as
    /// the UTF-8 it was written as here (no string decoded and encoded back).
    /// </summary>
    private static CompactText ReadBody(CacheReader r)
    {
        switch ((BodyPlace)r.ReadByte())
        {
            case BodyPlace.Utf8:
                // The whole file is in memory: the body is taken from there.
                return CompactText.FromUtf8(r.Take(r.Read7BitEncodedInt())) ?? throw new InvalidDataException("a body that is not UTF-8");
            case BodyPlace.Utf16:
                return new CompactText(ReadUtf16(r));
            case BodyPlace.BodyFile:
                var (offset, length) = (r.ReadInt64(), r.ReadInt32());
                if (r.Bodies is not { File: { } bodies } place || !BodyFile.Holds(offset, length, place.End)) throw new InvalidDataException("a body outside the body file");
                return CompactText.Stored(bodies, offset, length);
            default:
                throw new InvalidDataException("unknown body place");
        }
    }

    private static void WriteDate(BinaryWriter w, DateTimeOffset value)
    {
        w.Write(value.Ticks);
        w.Write((short)value.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadDate(BinaryReader r) => new(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16()));

    private static void WriteUInt128(BinaryWriter w, UInt128 value)
    {
        w.Write((ulong)(value >> 64));
        w.Write((ulong)value);
    }

    private static UInt128 ReadUInt128(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64());

    /// <summary>A count, refused when negative or beyond what a file could hold (a damaged file must not allocate gigabytes).</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count is >= 0 and <= 1 << 24 ? count : throw new InvalidDataException("a damaged count");
    }

    /// <summary>The whole file, into an array the runtime does not clear first (every byte is read over it).</summary>
    private static byte[] ReadAll(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        if (length > Array.MaxLength) throw new InvalidDataException("the article cache is too large");
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Reads entries from the cache file held in memory: texts and bodies are taken straight from its bytes, and a
    /// short text met before (a tag, a country, a path, a repeated warning) is the same string object, so 10,000
    /// articles do not hold 10,000 copies of each country's names.
    /// </summary>
    private sealed class CacheReader(MemoryStream stream) : BinaryReader(stream, Encoding.UTF8, leaveOpen: false)
    {
        /// <summary>The longest text, in UTF-8 bytes, looked up among those met before (headlines and summaries are longer, and unique).</summary>
        private const int SharedBytes = 96;

        private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

        /// <summary>The body file the entries name, and its length when they were written (null: the entries hold their bodies).</summary>
        public (BodyFile? File, long End)? Bodies { get; set; }

        /// <summary>The next <paramref name="length"/> bytes of the file, where they are in memory.</summary>
        public ReadOnlyMemory<byte> Take(int length)
        {
            if (!stream.TryGetBuffer(out var buffer)) throw new InvalidOperationException("the cache is read from memory");
            var start = (int)stream.Position;
            if (length < 0) throw new InvalidDataException("a damaged length");
            if (length > buffer.Count - start) throw new EndOfStreamException();
            stream.Position = start + length;
            return buffer.AsMemory(start, length);
        }

        public string Text(ReadOnlyMemory<byte> utf8)
        {
            var bytes = utf8.Span;
            if (bytes.Length > SharedBytes) return Encoding.UTF8.GetString(bytes);
            Span<char> chars = stackalloc char[SharedBytes];
            var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
            if (_shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
            var made = new string(text);
            _shared[made] = made;
            return made;
        }
    }

    private static T Enum<T>(int value) where T : struct, Enum
    {
        var member = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
        return System.Enum.IsDefined(member) ? member : throw new InvalidDataException($"unknown {typeof(T).Name} {value}");
    }
}

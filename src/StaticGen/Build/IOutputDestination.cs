using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// Where the pipeline's Make step hands the output: a staging folder swapped in atomically
/// (<see cref="StagingFolder"/>, <c>build</c>), memory (<see cref="MemoryOutput"/>, <c>serve</c>) or a
/// dictionary (<see cref="DictionaryOutput"/>, the tests). It also says what it holds of the previous
/// run, which is what Plan compares fingerprints with. <see cref="TryKeep"/> and <see cref="Put"/> are
/// called from worker threads, each for a distinct unit.
/// </summary>
internal interface IOutputDestination
{
    /// <summary>What the previous run recorded of a unit (fingerprint, files, links), or null when it made none.</summary>
    UnitRecord? Previous(string key);

    /// <summary>Keeps the previous run's files of a unit that has not changed; false when they are not there any more (then the unit is made).</summary>
    bool TryKeep(string key, UnitRecord previous);

    /// <summary>Takes the files of a unit just made; <paramref name="index"/> is the unit's place in the plan.</summary>
    void Put(int index, OutputUnit unit, UnitResult result);

    /// <summary>
    /// Publishes the files of <c>paths.static</c> as they are, after every unit: a file a unit made
    /// at the same path wins. <paramref name="display"/> is how diagnostics name the folder.
    /// </summary>
    IReadOnlyList<Diagnostic> PutStatic(ContentListing listing, string display);
}

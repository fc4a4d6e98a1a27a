using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using StaticGen.Configuration;

namespace StaticGen.Output;

/// <summary>
/// JSON metadata made when the program is compiled, not by reflection when it runs: reflection
/// built converters and emitted accessors at every start, a large part of a small site's build time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(WriteJournal))]
internal sealed partial class ManifestJson : JsonSerializerContext;

/// <summary>The site config and template params as JSON (a fingerprint of what every file is made with); params hold text, numbers, true/false, lists and mappings.</summary>
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(ReadOnlyCollection<object?>))]
[JsonSerializable(typeof(ReadOnlyDictionary<string, object?>))]
internal sealed partial class ConfigJson : JsonSerializerContext;

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StaticGen.Benchmarks -- --filter '*'</c> runs every
/// benchmark; <c>--filter '*render*'</c> some; <c>--job short --inProcess</c> a quicker, rougher run;
/// <c>-- incremental SITE [RUNS]</c> the incremental-rebuild harness (<see cref="IncrementalHarness"/>);
/// <c>-- reader DIR [RUNS]</c> the reader's cost per article (<see cref="ReaderHarness"/>);
/// <c>-- features DIR</c> what each measure of a line costs (<see cref="FeatureHarness"/>);
/// <c>-- camera-images N WIDTH HEIGHT DIR</c> the JPEGs of the image benchmark (<see cref="CameraImages"/>);
/// <c>-- image-metadata DIR</c> whether any published picture kept their GPS, camera or serial (<see cref="ImageMetadata"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "incremental") return IncrementalHarness.Run(args[1..]);
        if (args.Length > 0 && args[0] == "reader") return ReaderHarness.Run(args[1..]);
        if (args.Length > 0 && args[0] == "features") return FeatureHarness.Run(args[1..]);
        if (args.Length > 0 && args[0] == "camera-images") return CameraImages.Run(args[1..]);
        if (args.Length > 0 && args[0] == "image-metadata") return ImageMetadata.Run(args[1..]);

        // A loaded 2-core machine needs more than the default two minutes to build the benchmark process.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}

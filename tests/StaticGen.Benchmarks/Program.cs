using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StaticGen.Benchmarks -- --filter '*'</c> runs every
/// benchmark; <c>--filter '*render*'</c> some; <c>--job short --inProcess</c> a quicker, rougher run.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // A loaded 2-core machine needs more than the default two minutes to build the benchmark process.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

using ChatOps.Bench;

if (args is ["--help" or "-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
#if DEBUG
// The in-process bot is this build: a Debug build's JIT does not optimise, so its numbers would measure the build.
if (!options.Smoke)
{
    Console.Error.WriteLine("This is a Debug build of the benchmark; measure a Release one: dotnet run -c Release --project bench/ChatOps.Bench");
    return 2;
}
#endif
return await BenchRun.RunAsync(options);

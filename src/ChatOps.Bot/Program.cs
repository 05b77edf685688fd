using ChatOps.Bot.Host;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await BotProgram.RunAsync(args, Console.In, Console.Out, Console.Error, TimeProvider.System, ct: stop.Token);

using System.Net;
using System.Net.Sockets;

namespace ChatOps.Bot.Tests.Support;

/// <summary>A loopback address nothing listens on (a port just freed), so connecting is refused at once.</summary>
public static class UnusedPort
{
    public static Uri Url(string path = "")
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/{path}");
    }
}

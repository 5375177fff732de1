using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>
/// Stands in for the websites short links lead to: an HTTP proxy on loopback that answers every request with one
/// small page, and remembers the addresses asked for. A browser context given it as its proxy, with 127.0.0.1 in the
/// bypass list (Playwright proxies loopback too otherwise), reaches the app directly and "the internet" here.
/// </summary>
public sealed class LandingSite : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly string _page;

    public LandingSite(string title)
    {
        _page = $"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body><h1 data-testid=\"landing-page\">{title}</h1></body></html>";
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>For BrowserNewContextOptions.Proxy.</summary>
    public string ProxyServer => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The absolute addresses browsers asked the proxy for.</summary>
    public List<string> Requested { get; } = [];

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync(_stop.Token);
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
            {
                // headers: not needed
            }

            if (requestLine?.Split(' ') is [_, var target, ..])
            {
                lock (Requested)
                {
                    Requested.Add(target);
                }
            }

            var body = Encoding.UTF8.GetBytes(_page);
            var head = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
    }
}

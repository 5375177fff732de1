using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ARSoft.Tools.Net.Dns;

namespace UtmStudio.Tests.Infrastructure.Dns;

/// <summary>
/// A real DNS server (ARSoft.Tools.Net) on 127.0.0.1, UDP and TCP on one free port, answering TXT queries
/// with the records a test sets. Names it does not know are NXDOMAIN, as on the internet.
/// </summary>
/// <remarks>Usable as an xunit class fixture (one server for the tests of a class; each uses names of its own).</remarks>
public sealed class LoopbackDnsServer : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, string[][]> _txt = new(StringComparer.OrdinalIgnoreCase);
    private readonly DnsServer _server;

    public LoopbackDnsServer()
    {
        Port = FreePort.ForUdpAndTcp();
        var endpoint = new IPEndPoint(IPAddress.Loopback, Port);
        _server = new DnsServer(new UdpServerTransport(endpoint), new TcpServerTransport(endpoint));
        _server.QueryReceived += OnQueryReceivedAsync;
        _server.Start();
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:port", as Dns:NameServers takes it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public int QueriesAnswered => _queries;

    private int _queries;

    /// <summary>The name exists with these TXT values (none: it exists with no TXT record).</summary>
    public void SetTxt(string name, params string[] values) => _txt[name.TrimEnd('.')] = [.. values.Select(v => new[] { v })];

    /// <summary>One TXT record made of several character strings (how long values are published).</summary>
    public void SetSplitTxt(string name, params string[] strings) => _txt[name.TrimEnd('.')] = [strings];

    public void Remove(string name) => _txt.TryRemove(name.TrimEnd('.'), out _);

    private Task OnQueryReceivedAsync(object sender, QueryReceivedEventArgs e)
    {
        if (e.Query is not DnsMessage query)
        {
            return Task.CompletedTask;
        }

        var response = query.CreateResponseInstance();
        var question = query.Questions.FirstOrDefault();
        if (question is null)
        {
            response.ReturnCode = ReturnCode.FormatError;
        }
        else if (_txt.TryGetValue(question.Name.ToString().TrimEnd('.'), out var values))
        {
            response.ReturnCode = ReturnCode.NoError;
            response.IsAuthoritiveAnswer = true;
            if (question.RecordType == RecordType.Txt)
            {
                response.AnswerRecords.AddRange(values.Select(strings => new TxtRecord(question.Name, 60, strings)));
            }
        }
        else
        {
            response.ReturnCode = ReturnCode.NxDomain;
            response.IsAuthoritiveAnswer = true;
        }

        Interlocked.Increment(ref _queries);
        e.Response = response;
        return Task.CompletedTask;
    }

    public void Dispose() => _server.Stop();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>A UDP socket on 127.0.0.1 that reads queries and never answers: a name server that times out.</summary>
public sealed class SilentDnsServer : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();

    public SilentDnsServer() => _ = DropAsync();

    public string Address => $"127.0.0.1:{((IPEndPoint)_socket.Client.LocalEndPoint!).Port}";

    private async Task DropAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await _socket.ReceiveAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _stop.Dispose();
    }
}

public static class FreePort
{
    /// <summary>A port free for both UDP and TCP on 127.0.0.1 right now (the server binds it next).</summary>
    public static int ForUdpAndTcp()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
            var tcp = new TcpListener(IPAddress.Loopback, port);
            try
            {
                tcp.Start();
                return port;
            }
            catch (SocketException) when (attempt < 20)
            {
                // Taken for TCP by someone else: pick another UDP port.
            }
            finally
            {
                tcp.Stop();
            }
        }
    }

    /// <summary>A UDP port on 127.0.0.1 with nobody listening: a name server that is down.</summary>
    public static string NobodyListening()
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return $"127.0.0.1:{((IPEndPoint)udp.Client.LocalEndPoint!).Port}";
    }
}

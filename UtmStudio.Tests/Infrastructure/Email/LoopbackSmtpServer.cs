using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Mail;
using SmtpServer.Storage;
using Server = SmtpServer.SmtpServer;

namespace UtmStudio.Tests.Infrastructure.Email;

/// <summary>A mail that reached the server: the SMTP envelope, the parsed message and who signed in to send it.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message, string? SignedInAs);

/// <summary>
/// A real SMTP server (the SmtpServer package: RFC 5321 with ESMTP, AUTH) on a free loopback port, keeping what it
/// receives. Plain connections only: it offers no STARTTLS, which is what a downgraded connection looks like.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly TaskCompletionSource<ReceivedMail> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Server _server;
    private readonly Task _running;

    private LoopbackSmtpServer((string UserName, string Password)? account)
    {
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.loopback.test")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))
                .AuthenticationRequired(account is not null)
                .AllowUnsecureAuthentication(account is not null))
            .Build();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(this));
        if (account is { } required)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) => user == required.UserName && password == required.Password));
        }

        _server = new Server(options, services);
        _running = _server.StartAsync(_stop.Token);
        Port = started.Task.IsCompletedSuccessfully ? started.Task.Result : throw new InvalidOperationException("The SMTP listener did not start.");
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>Listens without asking senders to sign in.</summary>
    public static LoopbackSmtpServer Open() => new(null);

    /// <summary>Accepts mail only from a sender signed in with this account (AUTH PLAIN/LOGIN).</summary>
    public static LoopbackSmtpServer WithAccount(string userName, string password) => new((userName, password));

    /// <summary>The first mail received (waits for it: the server handles the conversation on its own tasks).</summary>
    public Task<ReceivedMail> FirstMailAsync() => _first.Task.WaitAsync(WaitLimit);

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        await _running.WaitAsync(WaitLimit);
        _stop.Dispose();
    }

    private void Keep(ReceivedMail mail)
    {
        _received.Enqueue(mail);
        _first.TrySetResult(mail);
    }

    private sealed class Store(LoopbackSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var signedIn = context.Authentication.IsAuthenticated ? context.Authentication.User : null;
            server.Keep(new ReceivedMail(
                transaction.From.AsAddress(), transaction.To.Select(m => m.AsAddress()).ToList(), message, signedIn));
            return SmtpResponse.Ok;
        }
    }
}

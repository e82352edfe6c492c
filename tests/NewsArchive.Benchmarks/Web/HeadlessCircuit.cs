using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Benchmarks.Web;

/// <summary>
/// One Blazor Server circuit opened the way blazor.web.js opens it, without a browser: GET the prerendered page,
/// connect to /_blazor over WebSockets with the blazorpack protocol, StartCircuit, then UpdateRootComponents
/// with the page's server markers. It acknowledges every render batch and answers JS interop calls (null, or
/// a placeholder object reference when one is asked for) so the circuit stays healthy while it idles.
/// </summary>
public sealed class HeadlessCircuit : IAsyncDisposable
{
    private const int JSObjectReferenceResult = 1;

    private readonly HubConnection _connection;
    private readonly TaskCompletionSource _firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextObjectId = 1_000_000;

    private HeadlessCircuit(HubConnection connection) => _connection = connection;

    private int _renderBatches;
    private int _jsCalls;

    /// <summary>Render batches received (and acknowledged) so far.</summary>
    public int RenderBatches => Volatile.Read(ref _renderBatches);

    /// <summary>JS interop calls received so far.</summary>
    public int JSCalls => Volatile.Read(ref _jsCalls);

    /// <summary>What the server sent with JS.Error (a circuit it shut down), if anything.</summary>
    public string? Error { get; private set; }

    public bool IsConnected => _connection.State == HubConnectionState.Connected && Error is null;

    /// <summary>JS functions the server asked this client to run, by identifier (shared across circuits).</summary>
    public static ConcurrentDictionary<string, int> JSIdentifiers { get; } = new();

    public static async Task<HeadlessCircuit> OpenAsync(HttpClient http, Uri pageAddress)
    {
        var page = PrerenderedPage.Parse(await http.GetStringAsync(pageAddress));
        if (page.ServerMarkers.Count == 0)
            throw new InvalidOperationException($"{pageAddress} has no interactive server component markers; it is not an interactive page.");

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(pageAddress, "/_blazor"), HttpTransportType.WebSockets);
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var connection = builder.Build();
        var circuit = new HeadlessCircuit(connection);
        circuit.Listen();

        await connection.StartAsync();
        var baseUri = new Uri(pageAddress, "/").ToString();
        var secret = await connection.InvokeAsync<string?>("StartCircuit", baseUri, pageAddress.ToString(), "[]", page.ApplicationState);
        if (string.IsNullOrEmpty(secret))
            throw new InvalidOperationException($"StartCircuit was refused{(circuit.Error is null ? "" : ": " + circuit.Error)}.");
        await connection.SendAsync("UpdateRootComponents", page.AddRootComponentsBatch(), page.ApplicationState);
        await circuit._firstRender.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return circuit;
    }

    private void Listen()
    {
        _connection.On<long, byte[]>("JS.RenderBatch", async (batchId, _) =>
        {
            Interlocked.Increment(ref _renderBatches);
            await _connection.SendAsync("OnRenderCompleted", batchId, null);
            _firstRender.TrySetResult();
        });
        // (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType), as in blazor.web.js.
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            async (arguments, _) =>
            {
                Interlocked.Increment(ref _jsCalls);
                var handle = (long)arguments[0]!;
                JSIdentifiers.AddOrUpdate((string)arguments[1]!, 1, (_, n) => n + 1);
                if (handle == 0) return; // fire-and-forget call: nobody waits for an answer
                var result = (int)arguments[3]! == JSObjectReferenceResult
                    ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextObjectId)}}}"
                    : "null";
                await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
            }, this);
        _connection.On<string>("JS.Error", error =>
        {
            Error = error;
            _firstRender.TrySetException(new InvalidOperationException($"The circuit failed: {error}"));
        });
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

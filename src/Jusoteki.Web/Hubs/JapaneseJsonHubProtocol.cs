using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// The JSON hub protocol, with binding failures in Japanese. Arguments that do not bind (a number too big for a long, a bad
/// GUID, a missing argument, an unknown method) never reach a hub method or a hub filter: the protocol reports them as an
/// <see cref="InvocationBindingFailureMessage"/> and SignalR answers with its own English text. Here they carry a
/// <see cref="HubException"/> instead, the one exception whose message SignalR passes on with EnableDetailedErrors off.
/// </summary>
public sealed class JapaneseJsonHubProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    public const string MalformedArguments = "送信された値の形式が正しくありません。";
    public const string UnknownMethod = "指定されたメソッドはありません。";

    private readonly JsonHubProtocol _json = new(options);

    public string Name => _json.Name;
    public int Version => _json.Version;
    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!_json.TryParseMessage(ref input, binder, out message)) return false;
        if (message is InvocationBindingFailureMessage failure)
        {
            // SignalR's binder throws a HubException for a method the hub does not have; any other failure is about a value.
            var japanese = new HubException(failure.BindingFailure.SourceException is HubException ? UnknownMethod : MalformedArguments);
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(japanese));
        }
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    /// <summary>Takes the place of the JSON protocol that AddSignalR / AddJsonProtocol registered (same name, same options).</summary>
    public static void Replace(IServiceCollection services)
    {
        foreach (var json in services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol)).ToList())
            services.Remove(json);
        services.AddSingleton<IHubProtocol, JapaneseJsonHubProtocol>();
    }
}

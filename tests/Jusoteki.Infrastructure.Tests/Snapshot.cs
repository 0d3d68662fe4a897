using System.Text.Encodings.Web;
using System.Text.Json;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Infrastructure.Tests;

/// <summary>Everything an aggregate shows through its public properties, as JSON: two equal snapshots mean the same state.</summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(Meeting meeting) => Json(meeting);

    public static string Of(SupportCase supportCase) => Json(supportCase);

    public static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}

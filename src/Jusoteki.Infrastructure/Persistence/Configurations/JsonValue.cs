using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

/// <summary>A list of small immutable records stored as one JSON text column, compared by content for change tracking.</summary>
internal static class JsonValue<T>
{
    // The journal's options: Japanese text stays readable in the database file.
    private static readonly JsonSerializerOptions Options = JournalEventSerializer.Options;

    public static readonly ValueConverter<List<T>, string> Converter = new(
        list => JsonSerializer.Serialize(list, Options),
        json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>());

    public static readonly ValueComparer<List<T>> Comparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}

/// <summary>One small immutable record (or none) stored as a JSON text column; records compare by value.</summary>
internal static class JsonSingle<T> where T : class
{
    private static readonly JsonSerializerOptions Options = JournalEventSerializer.Options;

    public static readonly ValueConverter<T?, string?> Converter = new(
        value => value == null ? null : JsonSerializer.Serialize(value, Options),
        json => json == null ? null : JsonSerializer.Deserialize<T>(json, Options));
}

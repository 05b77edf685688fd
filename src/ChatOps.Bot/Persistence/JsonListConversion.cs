using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence;

/// <summary>Keeps an aggregate's list field (timeline, triage answers) as one JSON column.</summary>
public static class JsonListConversion
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static void AsJsonColumn<TEntity, TItem>(this EntityTypeBuilder<TEntity> entity, string field, string column)
        where TEntity : class
    {
        var comparer = new ValueComparer<List<TItem>>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<TItem>(Serialize(v)));
        entity.Property<List<TItem>>(field)
            .HasColumnName(column)
            .HasConversion(v => Serialize(v), v => Deserialize<TItem>(v), comparer)
            .IsRequired();
    }

    // Internal, not private: the compiled models (CompiledModels) call them.
    internal static string Serialize<TItem>(List<TItem>? items) => JsonSerializer.Serialize(items ?? [], Options);

    internal static List<TItem> Deserialize<TItem>(string json) => JsonSerializer.Deserialize<List<TItem>>(json, Options) ?? [];
}

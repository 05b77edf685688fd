using ChatOps.Bot.Persistence;
using ChatOps.Bot.CompiledModels.Postgres;
using ChatOps.Bot.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Each provider's context starts from its compiled model (CompiledModels: built once by
/// <c>dotnet ef dbcontext optimize</c> instead of at every start), and that model is still the one the mappings
/// describe: a mapping change without regenerating the compiled model fails here, with the command that regenerates it.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_compiled_model_matches_the_mappings(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);
        var compiled = db.Model;
        var mapped = db.GetService<IDesignTimeModel>().Model;

        var differences = Differences(Describe(compiled), Describe(mapped));

        Assert.True(differences.Count == 0,
            $"The {provider} compiled model is out of date with the mappings:\n{string.Join("\n", differences.Take(20))}\n" +
            $"Regenerate it: {RegenerateCommand(db)}");
    }

    [Fact]
    public void The_bot_uses_each_providers_compiled_model()
    {
        using var sqlite = DesignTimeContexts.Create("Sqlite");
        using var postgres = DesignTimeContexts.Create("Postgres");

        Assert.Same(SqliteChatOpsDbContextModel.Instance, sqlite.Model);
        Assert.Same(PostgresChatOpsDbContextModel.Instance, postgres.Model);
    }

    public static string RegenerateCommand(DbContext db)
    {
        var provider = db.GetType().Name.Replace("ChatOpsDbContext", "", StringComparison.Ordinal);
        return $"dotnet ef dbcontext optimize --project src/ChatOps.Bot --context {db.GetType().Name} --output-dir CompiledModels/{provider} --namespace ChatOps.Bot.CompiledModels.{provider}";
    }

    /// <summary>
    /// The model's tables and columns (as the database sees them), entities, properties (CLR type, column, field, converter),
    /// keys, indexes and foreign keys, one line each.
    /// </summary>
    private static List<string> Describe(IModel model) => model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(table =>
        table.Columns.Select(c => $"table {table.Name} column {c.Name} {c.StoreType} nullable {c.IsNullable} default {c.DefaultValue ?? c.DefaultValueSql}"))
        .Concat(model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        new[] { $"{entity.Name} -> {entity.GetTableName()} (owned by {entity.FindOwnership()?.PrincipalEntityType.Name ?? "none"})" }
            .Concat(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name}: {p.ClrType} column {p.GetColumnName()} {p.GetColumnType()} nullable {p.IsNullable} " +
                $"field {p.FieldInfo?.Name} property {p.PropertyInfo?.Name} converter {p.GetTypeMapping().Converter?.ProviderClrType} " +
                $"generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken} default {p.GetDefaultValue() ?? p.GetDefaultValueSql()}"))
            .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {string.Join(',', k.Properties.Select(p => p.Name))} primary {k.IsPrimaryKey()}"))
            .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} {string.Join(',', i.Properties.Select(p => p.Name))} unique {i.IsUnique} filter {i.GetFilter()}"))
            .Concat(entity.GetForeignKeys().Select(f => $"{entity.Name} foreign key {string.Join(',', f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
            .Concat(entity.GetNavigations().Select(n => $"{entity.Name} navigation {n.Name} -> {n.TargetEntityType.Name} field {n.FieldInfo?.Name}"))))
        .ToList();

    private static List<string> Differences(List<string> compiled, List<string> mapped) =>
        mapped.Except(compiled).Select(l => $"  mappings have:       {l}")
            .Concat(compiled.Except(mapped).Select(l => $"  compiled model has:  {l}"))
            .ToList();
}

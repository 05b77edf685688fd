using System.Text;
using ChatOps.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// The tables, columns, keys and indexes EF maps stay what the migrations build: a mapping change that would need a
/// migration shows up here (and in MigrationDriftTests). A deliberate schema change (with its migrations) updates Schema/*.txt.
/// </summary>
public sealed class ModelSchemaTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_model_maps_exactly_the_recorded_tables_columns_keys_and_indexes(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        var actual = Describe(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        var expected = File.ReadAllText(RepoFiles.Path("tests", "ChatOps.Bot.Tests", "Persistence", "Schema", $"{provider}.txt"));
        Assert.True(expected.ReplaceLineEndings("\n") == actual, $"The {provider} model's schema changed; if that is meant (with a migration), Schema/{provider}.txt becomes:\n{actual}");
    }

    private static string Describe(IRelationalModel model)
    {
        var text = new StringBuilder();
        foreach (var table in model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append(table.Name).Append('\n');
            foreach (var column in table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal))
                text.Append($"  {column.Name} {column.StoreType}{(column.IsNullable ? " null" : "")}{Annotations(column)}\n");
            if (table.PrimaryKey is { } key) text.Append($"  {key.Name} ({Columns(key.Columns)})\n");
            foreach (var unique in table.UniqueConstraints.Where(u => u != table.PrimaryKey).OrderBy(u => u.Name, StringComparer.Ordinal))
                text.Append($"  {unique.Name} unique ({Columns(unique.Columns)})\n");
            foreach (var index in table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
                text.Append($"  {index.Name}{(index.IsUnique ? " unique" : "")} ({Columns(index.Columns)})\n");
            foreach (var foreignKey in table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal))
                text.Append($"  {foreignKey.Name} ({Columns(foreignKey.Columns)}) -> {foreignKey.PrincipalTable.Name}\n");
        }
        return text.ToString();
    }

    /// <summary>What the provider adds to a column's definition (identity, autoincrement).</summary>
    private static string Annotations(IColumn column) =>
        string.Concat(column.GetAnnotations().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $" {a.Name}={a.Value}"));

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));
}

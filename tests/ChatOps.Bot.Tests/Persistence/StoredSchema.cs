using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>What a database really has, read from its catalogue: every column (type, nullability, default) and index.</summary>
public static class StoredSchema
{
    private const string Sqlite = """
        SELECT m.name || '.' || p.name || ' ' || p.type || CASE p."notnull" WHEN 1 THEN ' not null' ELSE '' END
            || COALESCE(' default ' || p.dflt_value, '') AS "Value"
        FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'
        UNION ALL SELECT 'index ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'
        """;

    private const string Postgres = """
        SELECT table_name || '.' || column_name || ' ' || data_type || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE '' END
            || COALESCE(' default ' || column_default, '') || CASE is_identity WHEN 'YES' THEN ' identity' ELSE '' END AS "Value"
        FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        """;

    public static async Task<List<string>> DescribeAsync(ChatOpsDbContext db)
    {
        var lines = await db.Database.SqlQueryRaw<string>(db.Database.IsSqlite() ? Sqlite : Postgres).ToListAsync();
        return lines.Order(StringComparer.Ordinal).ToList();
    }
}

namespace ChatOps.Bot.Persistence.Claims;

/// <summary>
/// A table whose rows are leased to one replica at a time (see <see cref="RowClaims"/>). The table has a bigint
/// <c>"Id"</c> key, <c>"ClaimedBy"</c> (text, null) and <c>"ClaimedUntil"</c> (UTC ticks, null).
/// </summary>
/// <param name="Table">The table name as created by the migrations.</param>
/// <param name="Pending">
/// SQL condition on the row's own columns, unqualified and double-quoted, for rows still to be handled (their group's
/// queue). It may use <c>@now</c> (UTC ticks).
/// </param>
/// <param name="Ready">An extra condition the claimed row must meet now (a due time), or null.</param>
/// <param name="Group">
/// A column whose rows are handled by one replica at a time, in <paramref name="Order"/>: only the first pending row
/// of a group can be claimed, so the next one waits until the first is no longer pending. Null: rows are independent.
/// Rows whose group value is NULL are independent too.
/// </param>
/// <param name="Order">Columns that order the queue; <c>"Id"</c> is added last to break ties.</param>
public sealed record ClaimQueue(string Table, string Pending, string? Ready, string? Group, IReadOnlyList<string> Order);

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChatOps.Bot.Persistence;

/// <summary>Stores instants as UTC ticks so every provider compares and orders them as numbers.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

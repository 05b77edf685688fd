using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Keeps every page the engine hands over, in order.</summary>
public sealed class RecordingPager : IPager
{
    private readonly List<PageRequest> _pages = [];

    public IReadOnlyList<PageRequest> Pages => _pages;

    public Task PageAsync(PageRequest request, CancellationToken ct)
    {
        _pages.Add(request);
        return Task.CompletedTask;
    }

    /// <summary>"trigger primary chatops-INC-2026-001-0": what was sent, one line each.</summary>
    public IReadOnlyList<string> Lines => _pages.Select(p => $"{p.Action.ToString().ToLowerInvariant()} {p.Pager.Name} {p.DedupKey}").ToList();
}

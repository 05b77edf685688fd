using ChatOps.Bot.Workers;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>The memory trim also hands back the C library's free heap memory where there is one to ask (glibc).</summary>
public sealed class NativeHeapTrimTests
{
    [Fact]
    public void On_linux_with_glibc_the_native_heap_is_trimmed_and_elsewhere_nothing_is_called()
    {
        var glibc = OperatingSystem.IsLinux() && File.Exists("/lib/x86_64-linux-gnu/libc.so.6") | File.Exists("/lib/aarch64-linux-gnu/libc.so.6");
        Assert.Equal(glibc, NativeHeapTrim.Run());
        Assert.Equal(glibc, NativeHeapTrim.Run());
    }
}

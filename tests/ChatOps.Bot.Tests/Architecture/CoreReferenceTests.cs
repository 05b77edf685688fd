using System.Reflection;
using System.Xml.Linq;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Core is the domain: it builds on the base class library and its packages (YAML, Humanizer, Cronos for drill schedules), and on nothing else.</summary>
public sealed class CoreReferenceTests
{
    private static readonly string[] PackageAssemblies = ["YamlDotNet", "Humanizer", "Cronos"];

    private static readonly string[] PackageReferences = ["Humanizer.Core", "YamlDotNet", "Cronos"];

    [Fact]
    public void Core_references_only_base_class_library_assemblies_YamlDotNet_and_Humanizer()
    {
        var references = BotAreas.Core.GetReferencedAssemblies();
        var outside = references.Where(reference => !IsBaseClassLibrary(reference) && !PackageAssemblies.Contains(reference.Name)).ToList();

        Assert.Contains(references, reference => reference.Name == "System.Runtime");
        Assert.True(outside.Count == 0,
            "ChatOps.Core may reference only the base class library, YamlDotNet, Humanizer and Cronos; it also references:\n"
            + string.Join('\n', outside.Select(reference => $"  {reference.FullName}")));
    }

    [Fact]
    public void Core_project_file_brings_in_only_YamlDotNet_and_Humanizer()
    {
        var project = XDocument.Load(RepoFiles.Path("src", "ChatOps.Core", "ChatOps.Core.csproj"));
        var references = project.Descendants()
            .Where(element => element.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference" or "Reference")
            .Select(element => $"{element.Name.LocalName} {element.Attribute("Include")?.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(PackageReferences.Select(name => $"PackageReference {name}").Order(StringComparer.Ordinal), references);
    }

    /// <summary>An assembly of the shared framework the tests run on (Microsoft.NETCore.App: System.*, netstandard, mscorlib, Microsoft.Win32.*).</summary>
    private static bool IsBaseClassLibrary(AssemblyName reference) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, $"{reference.Name}.dll"));
}

using System.Collections.Concurrent;
using System.Reflection;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>
/// Reads, for every type of an assembly, the types it uses: base type, interfaces, generic constraints, attributes,
/// fields, properties, events, method and constructor signatures, and in method bodies the locals, caught exceptions
/// and the types, methods and fields the IL names. Nested and compiler-generated types (closures, state machines)
/// count as their top-level declaring type. One reading per assembly, shared by the tests.
/// </summary>
/// <remarks>
/// What the compiler inlines leaves no trace in metadata: constants (<c>const</c> fields, enum members used as values)
/// and <c>nameof</c>. Everything else a type needs in order to compile is named somewhere this reader looks.
/// </remarks>
public static class TypeDependencies
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly ConcurrentDictionary<Assembly, Lazy<DependencyReading>> Readings = new();

    public static DependencyReading Of(Assembly assembly) =>
        Readings.GetOrAdd(assembly, key => new Lazy<DependencyReading>(() => Read(key))).Value;

    private static DependencyReading Read(Assembly assembly)
    {
        var uses = new HashSet<TypeUse>();
        var unresolved = new List<string>();
        foreach (var type in assembly.GetTypes()) Read(type, new TypeUses(TypeNames.TopLevel(type), uses, unresolved));
        return new DependencyReading([.. uses], unresolved);
    }

    private static void Read(Type type, TypeUses into)
    {
        var site = TypeNames.Local(type);
        into.Add(type.BaseType, UseKind.BaseType, site);
        foreach (var contract in type.GetInterfaces()) into.Add(contract, UseKind.Interface, site);
        if (type.IsGenericTypeDefinition) into.Constraints(type.GetGenericArguments(), site);
        into.Attributes(type.GetCustomAttributesData, site);
        foreach (var field in type.GetFields(Declared))
        {
            into.Add(field.FieldType, UseKind.Field, $"{site}.{field.Name}");
            into.Attributes(field.GetCustomAttributesData, $"{site}.{field.Name}");
        }
        foreach (var property in type.GetProperties(Declared))
        {
            into.Add(property.PropertyType, UseKind.Property, $"{site}.{property.Name}");
            foreach (var index in property.GetIndexParameters()) into.Add(index.ParameterType, UseKind.Property, $"{site}.{property.Name}");
            into.Attributes(property.GetCustomAttributesData, $"{site}.{property.Name}");
        }
        foreach (var handler in type.GetEvents(Declared))
        {
            into.Add(handler.EventHandlerType, UseKind.Event, $"{site}.{handler.Name}");
            into.Attributes(handler.GetCustomAttributesData, $"{site}.{handler.Name}");
        }
        foreach (var method in type.GetMethods(Declared).Concat<MethodBase>(type.GetConstructors(Declared)))
        {
            MethodUses.Read(method, into, $"{site}.{method.Name}");
        }
    }
}

using System.Collections.ObjectModel;
using System.Reflection;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>The named types inside a type reference: element types, generic definitions and their arguments, typeof in attributes.</summary>
public static class NamedTypes
{
    public static IEnumerable<Type> In(Type? type)
    {
        if (type is null || type.IsGenericParameter) yield break;
        if (type.HasElementType)
        {
            foreach (var element in In(type.GetElementType())) yield return element;
        }
        else if (type.IsFunctionPointer)
        {
            var parts = type.GetFunctionPointerParameterTypes().Append(type.GetFunctionPointerReturnType());
            foreach (var named in parts.SelectMany(In)) yield return named;
        }
        else if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var named in type.GetGenericArguments().SelectMany(In)) yield return named;
        }
        else
        {
            yield return type;
        }
    }

    /// <summary>The attribute's type, and the types of its arguments and any <c>typeof(...)</c> among them.</summary>
    public static IEnumerable<Type> In(CustomAttributeData attribute) =>
        In(attribute.AttributeType)
            .Concat(attribute.ConstructorArguments.SelectMany(In))
            .Concat(attribute.NamedArguments.SelectMany(named => In(named.TypedValue)));

    private static IEnumerable<Type> In(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        Type type => In(argument.ArgumentType).Concat(In(type)),
        ReadOnlyCollection<CustomAttributeTypedArgument> items => In(argument.ArgumentType).Concat(items.SelectMany(In)),
        _ => In(argument.ArgumentType),
    };
}

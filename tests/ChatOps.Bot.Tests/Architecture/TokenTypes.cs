using System.Reflection;
using System.Reflection.Emit;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>The types an IL operand token names: a type; a field's owner and type; a method's owner, signature and generic arguments.</summary>
internal static class TokenTypes
{
    public static IEnumerable<Type?> Of(MethodBase method, OperandType kind, int token)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        return kind switch
        {
            OperandType.InlineType => [module.ResolveType(token, typeArguments, methodArguments)],
            OperandType.InlineField => Of(module.ResolveField(token, typeArguments, methodArguments)),
            OperandType.InlineMethod => Of(module.ResolveMethod(token, typeArguments, methodArguments)),
            OperandType.InlineTok => Of(module.ResolveMember(token, typeArguments, methodArguments)),
            _ => [],
        };
    }

    private static IEnumerable<Type?> Of(MemberInfo? member) => member switch
    {
        Type type => [type],
        FieldInfo field => [field.DeclaringType, field.FieldType],
        MethodBase called => [
            called.DeclaringType,
            .. called is MethodInfo info ? [info.ReturnType] : Array.Empty<Type>(),
            .. called.GetParameters().Select(parameter => parameter.ParameterType),
            .. called is MethodInfo { IsGenericMethod: true } ? called.GetGenericArguments() : [],
        ],
        _ => [],
    };
}

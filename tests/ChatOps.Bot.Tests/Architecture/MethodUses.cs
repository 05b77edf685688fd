using System.Reflection;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>What a method or constructor uses: its signature and attributes, and in its body locals, catch clauses and IL operands.</summary>
internal static class MethodUses
{
    public static void Read(MethodBase method, TypeUses into, string site)
    {
        into.Attributes(method.GetCustomAttributesData, site);
        if (method is MethodInfo info)
        {
            into.Add(info.ReturnType, UseKind.Signature, site);
            into.Attributes(info.ReturnParameter.GetCustomAttributesData, site);
            if (info.IsGenericMethodDefinition) into.Constraints(info.GetGenericArguments(), site);
        }
        foreach (var parameter in method.GetParameters())
        {
            into.Add(parameter.ParameterType, UseKind.Signature, site);
            into.Attributes(parameter.GetCustomAttributesData, site);
        }
        if (method.GetMethodBody() is { } body) ReadBody(method, body, into, site);
    }

    private static void ReadBody(MethodBase method, MethodBody body, TypeUses into, string site)
    {
        foreach (var local in body.LocalVariables) into.Add(local.LocalType, UseKind.Local, site);
        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause) into.Add(clause.CatchType, UseKind.Catch, site);
        }
        foreach (var (kind, token) in IlReader.Tokens(body.GetILAsByteArray() ?? []))
        {
            try
            {
                foreach (var type in TokenTypes.Of(method, kind, token)) into.Add(type, UseKind.Body, site);
            }
            catch (Exception e) when (TypeUses.IsResolveFailure(e))
            {
                into.Unresolved(site, $"{kind} token 0x{token:X8}", e);
            }
        }
    }
}

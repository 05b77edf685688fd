using System.Reflection;
using System.Reflection.Emit;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Walks a method body's IL and yields the metadata tokens its instructions carry (types, methods, fields).</summary>
/// <remarks>Operand sizes come from <see cref="OpCodes"/>, so every instruction is stepped over exactly (ECMA-335 III.1.2).</remarks>
public static class IlReader
{
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static IlReader()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (code.Size == 1) OneByte[value] = code;
            else TwoByte[value & 0xFF] = code;
        }
    }

    public static IEnumerable<(OperandType Kind, int Token)> Tokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            if (code.Size == 0) throw new InvalidOperationException($"Unknown IL opcode 0x{il[at]:X2} at offset {at}.");
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return (code.OperandType, BitConverter.ToInt32(il, at));
                    break;
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType kind, byte[] il, int at) => kind switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}

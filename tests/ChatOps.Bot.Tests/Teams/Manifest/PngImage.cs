using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ChatOps.Bot.Tests.Teams.Manifest;

/// <summary>
/// Reads an 8-bit RGBA or RGB, non-interlaced PNG into pixels (https://www.w3.org/TR/png/): enough to check an icon's
/// size and transparency without an imaging library.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, bool hasAlpha, byte[][] rows)
    {
        Width = width;
        Height = height;
        HasAlpha = hasAlpha;
        _rows = rows;
    }

    private readonly byte[][] _rows;

    public int Width { get; }
    public int Height { get; }
    public bool HasAlpha { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var row = _rows[y];
        var n = HasAlpha ? 4 : 3;
        return (row[x * n], row[x * n + 1], row[x * n + 2], HasAlpha ? row[x * n + 3] : (byte)255);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => Pixel(x, y)));

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("Not a PNG file.");
        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("Only 8-bit, non-interlaced PNGs are read here.");
                colorType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            at += 12 + length;
        }
        if (colorType is not (2 or 6)) throw new InvalidDataException($"Colour type {colorType} is not RGB or RGBA.");
        var bytesPerPixel = colorType == 6 ? 4 : 3;
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return new PngImage(width, height, colorType == 6, Unfilter(inflated.ToArray(), width, height, bytesPerPixel));
    }

    private static byte[][] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

namespace AiOps.Notifications.Internal;

/// <summary>
/// Creates time-ordered identifiers in the TypeID format: a short type prefix, an underscore and a UUID
/// version 7 written as 26 lower-case Crockford base32 digits.
/// </summary>
/// <remarks>
/// The digits run from the most significant bit, so identifiers of one prefix sort by creation time as
/// plain strings, which the stores rely on to break ties. Base32 keeps each identifier 6 characters
/// shorter than hexadecimal, and it is made in one string allocation.
/// </remarks>
internal sealed class IdGenerator(TimeProvider timeProvider)
{
    /// <summary>The number of digits after the prefix: 128 bits, 5 to a digit, the first holding 3.</summary>
    public const int DigitCount = 26;

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>Creates an identifier such as <c>ntf_01jdz4y3m2e8w9v7x6t5s4r3q2</c>.</summary>
    public string Create(string prefix) => Format(prefix, Guid.CreateVersion7(timeProvider.GetUtcNow()));

    /// <summary>Writes a prefix and a UUID as a TypeID.</summary>
    public static string Format(string prefix, Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        return string.Create(prefix.Length + 1 + DigitCount, (prefix, value), static (span, state) =>
        {
            state.prefix.CopyTo(span);
            span[state.prefix.Length] = '_';
            var digits = span[(state.prefix.Length + 1)..];
            var rest = state.value;
            for (var i = DigitCount - 1; i >= 0; i--)
            {
                digits[i] = Alphabet[(int)(rest & 31)];
                rest >>= 5;
            }
        });
    }
}

using System.Collections.Generic;

namespace Spawn.Dns.Wire
{
    /// <summary>NSEC3 RDATA (RFC 5155 §3): hash parameters, the next hashed owner name and the types at this one.</summary>
    public sealed class Nsec3Data
    {
        public const byte OptOutFlag = 0x01;

        private Nsec3Data(byte hashAlgorithm, byte flags, ushort iterations, byte[] salt, byte[] nextHash, HashSet<ushort> types)
        {
            HashAlgorithm = hashAlgorithm;
            Flags = flags;
            Iterations = iterations;
            Salt = salt;
            NextHash = nextHash;
            Types = types;
        }

        public byte HashAlgorithm { get; }
        public byte Flags { get; }
        public ushort Iterations { get; }
        public byte[] Salt { get; }
        public byte[] NextHash { get; }
        public ISet<ushort> Types { get; }

        public bool OptOut => (Flags & OptOutFlag) != 0;

        public static Nsec3Data Parse(byte[] data)
        {
            var reader = new WireReader(data);
            var algorithm = reader.U8();
            var flags = reader.U8();
            var iterations = reader.U16();
            var salt = reader.Bytes(reader.U8());
            var next = reader.Bytes(reader.U8());
            return new Nsec3Data(algorithm, flags, iterations, salt, next, TypeBitmap.Read(reader, data.Length));
        }
    }
}

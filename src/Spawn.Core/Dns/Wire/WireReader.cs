using System;
using System.Collections.Generic;

namespace Spawn.Dns.Wire
{
    /// <summary>Reads a DNS message: big-endian integers and names with compression pointers (RFC 1035 §4.1.4).</summary>
    internal sealed class WireReader
    {
        private readonly byte[] _message;

        public WireReader(byte[] message, int position = 0)
        {
            _message = message;
            Position = position;
        }

        public int Position { get; set; }

        public byte U8() => Position < _message.Length ? _message[Position++] : throw Truncated();

        public ushort U16() => (ushort)((U8() << 8) | U8());

        public uint U32() => ((uint)U16() << 16) | U16();

        public byte[] Bytes(int count)
        {
            if (count < 0 || Position + count > _message.Length)
            {
                throw Truncated();
            }
            var bytes = new byte[count];
            Array.Copy(_message, Position, bytes, 0, count);
            Position += count;
            return bytes;
        }

        public DnsName Name()
        {
            var labels = new List<byte[]>();
            var position = Position;
            var jumped = false;
            for (var hops = 0; ; hops++)
            {
                if (hops > 127 || position >= _message.Length)
                {
                    throw new FormatException("A DNS name in the response loops or runs past the end.");
                }
                var length = _message[position];
                if ((length & 0xC0) == 0xC0)
                {
                    if (position + 1 >= _message.Length)
                    {
                        throw Truncated();
                    }
                    if (!jumped)
                    {
                        Position = position + 2;
                    }
                    jumped = true;
                    position = ((length & 0x3F) << 8) | _message[position + 1];
                    continue;
                }
                if (length == 0)
                {
                    if (!jumped)
                    {
                        Position = position + 1;
                    }
                    return new DnsName(labels);
                }
                if (length > 63 || position + 1 + length > _message.Length)
                {
                    throw new FormatException("A DNS name in the response has a bad label.");
                }
                var label = new byte[length];
                Array.Copy(_message, position + 1, label, 0, length);
                labels.Add(label);
                position += 1 + length;
            }
        }

        private static FormatException Truncated() => new FormatException("The DNS response ends early.");
    }
}

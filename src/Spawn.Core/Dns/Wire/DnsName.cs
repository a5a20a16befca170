using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Spawn.Dns.Wire
{
    /// <summary>
    /// A domain name as a list of labels (raw bytes), with RFC 4034 §6.1 canonical ordering and case-insensitive
    /// equality. Text form follows RFC 1035 §5.1 (backslash escapes, \ddd), always absolute.
    /// </summary>
    public sealed class DnsName : IEquatable<DnsName>, IComparable<DnsName>
    {
        public static readonly DnsName Root = new DnsName(Array.Empty<byte[]>());

        private readonly byte[][] _labels;

        public DnsName(IReadOnlyList<byte[]> labels)
        {
            _labels = labels.ToArray();
            if (_labels.Any(l => l.Length == 0 || l.Length > 63) || _labels.Sum(l => l.Length + 1) + 1 > 255)
            {
                throw new FormatException("A DNS name has an empty label, a label over 63 bytes or more than 255 bytes.");
            }
        }

        /// <summary>Labels from the leftmost (most specific) to the rightmost.</summary>
        public IReadOnlyList<byte[]> Labels => _labels;

        public int LabelCount => _labels.Length;

        public bool IsRoot => _labels.Length == 0;

        public DnsName Parent => IsRoot ? this : new DnsName(_labels.Skip(1).ToArray());

        public bool IsWildcard => _labels.Length > 0 && _labels[0].Length == 1 && _labels[0][0] == (byte)'*';

        /// <summary>This name with its leftmost labels removed until <paramref name="count"/> remain.</summary>
        public DnsName Suffix(int count) => new DnsName(_labels.Skip(_labels.Length - count).ToArray());

        public DnsName Prepend(string label) => new DnsName(new[] { Encoding.ASCII.GetBytes(label) }.Concat(_labels).ToArray());

        /// <summary>True for this name and every name under it.</summary>
        public bool IsSubdomainOf(DnsName other) =>
            other._labels.Length <= _labels.Length && Suffix(other._labels.Length).Equals(other);

        public static DnsName Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }
            if (text == "." || text.Length == 0)
            {
                return Root;
            }
            var labels = new List<byte[]>();
            var current = new List<byte>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\' && i + 1 < text.Length)
                {
                    if (i + 3 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                    {
                        current.Add(byte.Parse(text.Substring(i + 1, 3), CultureInfo.InvariantCulture));
                        i += 3;
                    }
                    else
                    {
                        current.Add((byte)text[++i]);
                    }
                }
                else if (c == '.')
                {
                    labels.Add(current.ToArray());
                    current.Clear();
                }
                else
                {
                    current.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                }
            }
            if (current.Count > 0)
            {
                labels.Add(current.ToArray());
            }
            return new DnsName(labels);
        }

        /// <summary>Uncompressed wire form; lowercase when <paramref name="canonical"/> (RFC 4034 §6.2).</summary>
        public byte[] ToWire(bool canonical = true)
        {
            var bytes = new List<byte>();
            foreach (var label in _labels)
            {
                bytes.Add((byte)label.Length);
                bytes.AddRange(canonical ? label.Select(Lower) : label);
            }
            bytes.Add(0);
            return bytes.ToArray();
        }

        public override string ToString()
        {
            if (IsRoot)
            {
                return ".";
            }
            var text = new StringBuilder();
            foreach (var label in _labels)
            {
                foreach (var b in label)
                {
                    if (b == '.' || b == '\\' || b == '"' || b == ';' || b == '(' || b == ')' || b == '@' || b == '$')
                    {
                        text.Append('\\').Append((char)b);
                    }
                    else if (b <= 0x20 || b >= 0x7f)
                    {
                        text.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append((char)b);
                    }
                }
                text.Append('.');
            }
            return text.ToString();
        }

        /// <summary>RFC 4034 §6.1: compare label by label from the right, each as lowercase bytes, shorter first.</summary>
        public int CompareTo(DnsName? other)
        {
            if (other == null)
            {
                return 1;
            }
            for (int i = _labels.Length - 1, j = other._labels.Length - 1; i >= 0 || j >= 0; i--, j--)
            {
                if (i < 0)
                {
                    return -1;
                }
                if (j < 0)
                {
                    return 1;
                }
                var c = CompareLabel(_labels[i], other._labels[j]);
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        }

        public bool Equals(DnsName? other) => other != null && CompareTo(other) == 0;

        public override bool Equals(object? obj) => Equals(obj as DnsName);

        public override int GetHashCode() => ToString().ToLowerInvariant().GetHashCode();

        private static int CompareLabel(byte[] a, byte[] b)
        {
            for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
            {
                var c = Lower(a[k]).CompareTo(Lower(b[k]));
                if (c != 0)
                {
                    return c;
                }
            }
            return a.Length.CompareTo(b.Length);
        }

        private static byte Lower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
    }
}

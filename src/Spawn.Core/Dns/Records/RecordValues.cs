using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Spawn.Dns.Records
{
    /// <summary>
    /// Checks record values before any AWS call and turns them into Route 53's presentation format. A: dotted-quad
    /// IPv4 only (IPAddress.Parse would also take "1" or "0x7f.1"). AAAA: an IPv6 address, written in its canonical
    /// form so a later comparison with EC2's addresses is exact. TXT: the text is quoted for Route 53 ("\"" and "\\"
    /// escaped, bytes outside printable ASCII as \ddd) and cut into 255-byte character-strings; one value may hold
    /// at most 4,000 characters in that form (Route 53's limit).
    /// </summary>
    public static class RecordValues
    {
        public const int MaxTxtPresentationLength = 4000;
        private const int MaxCharacterString = 255;
        private static readonly Regex DottedQuad = new Regex(@"\A(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}\z",
            RegexOptions.CultureInvariant);

        public static IList<string> Format(SpawnDnsRecordType type, IReadOnlyList<string> values)
        {
            if (values == null || values.Count == 0)
            {
                throw new SpawnValidationException("DnsRecordValueMissing", "At least one value is required.");
            }
            var formatted = new List<string>(values.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                var one = FormatOne(type, value);
                if (!seen.Add(one))
                {
                    // Route 53 refuses a record set with a repeated value; say which one.
                    throw new SpawnValidationException("DnsRecordValueDuplicate", $"The value '{value}' is given twice.", value);
                }
                formatted.Add(one);
            }
            return formatted;
        }

        private static string FormatOne(SpawnDnsRecordType type, string value)
        {
            switch (type)
            {
                case SpawnDnsRecordType.A:
                    if (value == null || !DottedQuad.IsMatch(value))
                    {
                        throw new SpawnValidationException("DnsInvalidIPv4", "An A record value must be an IPv4 address in dotted-quad form (e.g. 192.0.2.10).", value);
                    }
                    return value;
                case SpawnDnsRecordType.AAAA:
                    if (value == null || value.IndexOf('%') >= 0 || !IPAddress.TryParse(value, out var v6)
                        || v6.AddressFamily != AddressFamily.InterNetworkV6)
                    {
                        throw new SpawnValidationException("DnsInvalidIPv6", "An AAAA record value must be an IPv6 address without a zone index (e.g. 2001:db8::10).", value);
                    }
                    return v6.ToString();
                default:
                    return QuoteTxt(value);
            }
        }

        /// <summary>One TXT value as Route 53 wants it: one or more quoted character-strings of at most 255 bytes.</summary>
        public static string QuoteTxt(string? text)
        {
            if (text == null)
            {
                throw new SpawnValidationException("DnsTxtValueNull", "A TXT value must not be null.");
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            var result = new StringBuilder();
            for (var start = 0; start < bytes.Length || start == 0; start += MaxCharacterString)
            {
                if (start > 0)
                {
                    result.Append(' ');
                }
                result.Append('"');
                for (var i = start; i < Math.Min(bytes.Length, start + MaxCharacterString); i++)
                {
                    var b = bytes[i];
                    if (b == '"' || b == '\\')
                    {
                        result.Append('\\').Append((char)b);
                    }
                    else if (b < 0x20 || b > 0x7e)
                    {
                        result.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append((char)b);
                    }
                }
                result.Append('"');
                if (bytes.Length == 0)
                {
                    break;
                }
            }
            if (result.Length > MaxTxtPresentationLength)
            {
                throw new SpawnValidationException("DnsTxtTooLong",
                    $"The TXT value is {result.Length} characters once quoted; Route 53 takes at most {MaxTxtPresentationLength}.", text.Length > 40 ? text.Substring(0, 40) + "..." : text);
            }
            return result.ToString();
        }
    }
}

using System;

namespace Spawn.Iam
{
    internal static class IamText
    {
        /// <summary>IAM returns policy documents percent-encoded (RFC 3986); '+' is a literal plus, not a space.</summary>
        public static string? DecodePolicy(string? encoded) => encoded == null ? null : Uri.UnescapeDataString(encoded);
    }
}

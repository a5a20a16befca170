using System;

namespace Spawn
{
    /// <summary>What a DNSSEC validation concluded, in the words of RFC 4035 §4.3.</summary>
    public enum SpawnDnssecVerdict
    {
        /// <summary>An unbroken chain of signed DNSKEY and DS records leads from the trust anchor to the answer.</summary>
        Secure,

        /// <summary>The chain provably ends above the name: a signed proof that a delegation on the way has no DS.</summary>
        Insecure,

        /// <summary>Something that should validate does not: bad or expired signature, missing DS, key or proof.</summary>
        Bogus,
    }

    /// <summary>Output of Test-SpawnDnssec: the verdict for one name and type, why, and each step of the chain.</summary>
    public sealed class SpawnDnssecResult
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "";
        public SpawnDnssecVerdict Verdict { get; set; }

        /// <summary>For Bogus, what failed (which RRset, which key); for Insecure, where the chain ends; for Secure, what was proved.</summary>
        public string Reason { get; set; } = "";

        /// <summary>The answer's records in presentation format (empty for a proven non-existence).</summary>
        public string[] Answer { get; set; } = Array.Empty<string>();

        /// <summary>Each validated link, top-down: trust anchor, DNSKEY sets, DS sets, the answer or its denial.</summary>
        public string[] Chain { get; set; } = Array.Empty<string>();

        public string TrustAnchor { get; set; } = "";
        public string Server { get; set; } = "";
        public int Port { get; set; }

        public override string ToString() => $"{Name} {Type}: {Verdict} ({Reason})";
    }
}

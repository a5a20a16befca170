using System;

namespace Spawn.Security
{
    /// <summary>
    /// One secret found in a text: what, where and a fingerprint — never the value, so a finding can be
    /// logged, reported and compared (same fingerprint, same secret) without becoming a secret store itself.
    /// </summary>
    public sealed class SecretFinding
    {
        internal SecretFinding(SecretKind kind, SecretConfidence confidence, int line, int column, string fingerprint, int valueIndex, int valueLength)
        {
            Kind = kind;
            Confidence = confidence;
            Line = line;
            Column = column;
            Fingerprint = fingerprint;
            ValueIndex = valueIndex;
            ValueLength = valueLength;
        }

        public SecretKind Kind { get; }
        public SecretConfidence Confidence { get; }

        /// <summary>1-based line where the evidence starts (the keyword, the PEM header, the token).</summary>
        public int Line { get; }

        /// <summary>1-based column, in UTF-16 code units, where the evidence starts.</summary>
        public int Column { get; }

        /// <summary>First 12 hex digits of the SHA-256 of the value; see <see cref="SecretScanner.Fingerprint"/>.</summary>
        public string Fingerprint { get; }

        /// <summary>Where the value itself lies in the scanned text, for <see cref="Masking.MaskText"/>.</summary>
        internal int ValueIndex { get; }
        internal int ValueLength { get; }

        internal bool Overlaps(SecretFinding other) =>
            ValueIndex < other.ValueIndex + other.ValueLength && other.ValueIndex < ValueIndex + ValueLength;

        public override string ToString() =>
            FormattableString.Invariant($"{Kind} ({Confidence} confidence) at line {Line}, column {Column}, fingerprint {Fingerprint}");
    }
}

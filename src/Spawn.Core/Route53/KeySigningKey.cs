using System;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A DNSSEC key-signing key of a zone, backed by a KMS key; DsRecord is what the parent zone publishes.</summary>
    public sealed class KeySigningKey
    {
        public string Name { get; set; } = "";
        public string? KmsArn { get; set; }
        public long? Flag { get; set; }
        public string? SigningAlgorithmMnemonic { get; set; }
        public string? DigestAlgorithmMnemonic { get; set; }
        public long? KeyTag { get; set; }
        public string? DigestValue { get; set; }
        public string? PublicKey { get; set; }
        public string? DsRecord { get; set; }
        public string? DnskeyRecord { get; set; }
        public string? Status { get; set; }
        public string? StatusMessage { get; set; }
        public DateTime? CreatedDate { get; set; }
        public DateTime? LastModifiedDate { get; set; }

        internal static KeySigningKey Read(XElement e) => new KeySigningKey
        {
            Name = e.RequiredText("Name"),
            KmsArn = e.Text("KmsArn"),
            Flag = e.Number("Flag"),
            SigningAlgorithmMnemonic = e.Text("SigningAlgorithmMnemonic"),
            DigestAlgorithmMnemonic = e.Text("DigestAlgorithmMnemonic"),
            KeyTag = e.Number("KeyTag"),
            DigestValue = e.Text("DigestValue"),
            PublicKey = e.Text("PublicKey"),
            DsRecord = e.Text("DSRecord"),
            DnskeyRecord = e.Text("DNSKEYRecord"),
            Status = e.Text("Status"),
            StatusMessage = e.Text("StatusMessage"),
            CreatedDate = e.Date("CreatedDate"),
            LastModifiedDate = e.Date("LastModifiedDate"),
        };
    }
}

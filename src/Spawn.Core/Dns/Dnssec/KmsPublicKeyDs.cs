using System;
using System.Linq;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Dnssec
{
    /// <summary>
    /// The DS record of a zone's KSK computed from the KMS public key (ECC_NIST_P256, as KMS returns it: a DER
    /// SubjectPublicKeyInfo ending in the uncompressed point 04||X||Y). Route 53 names the DS in GetDNSSEC; this is the
    /// fallback when it does not, and gives the same record: DNSKEY 257 3 13 X||Y, SHA-256 digest.
    /// </summary>
    public static class KmsPublicKeyDs
    {
        public static (DnskeyData Key, DsData Ds) Compute(string zoneName, byte[] subjectPublicKeyInfo)
        {
            // The P-256 SubjectPublicKeyInfo is fixed-shape: 26 bytes of algorithm identifiers, then the 65-byte point.
            if (subjectPublicKeyInfo.Length != 91 || subjectPublicKeyInfo[26] != 0x04)
            {
                throw new SpawnException("DnssecKmsKeyUnsuitable", SpawnErrorKind.InvalidOperation,
                    "The KMS public key is not an uncompressed ECC_NIST_P256 key.");
            }
            var key = new DnskeyData(DnskeyData.ZoneKeyFlag | DnskeyData.SepFlag, 3, 13, subjectPublicKeyInfo.Skip(27).ToArray());
            return (key, DsData.For(DnsName.Parse(zoneName), key, DsData.Sha256));
        }
    }
}

using System;
using System.Linq;
using System.Security.Cryptography;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>
    /// Verifies DNSSEC signatures with System.Security.Cryptography, which netstandard2.0 offers for RSA/SHA-1 (5, 7),
    /// RSA/SHA-256 (8), RSA/SHA-512 (10), ECDSA P-256/SHA-256 (13) and P-384/SHA-384 (14). Ed25519 (15) and Ed448 (16)
    /// are not in netstandard2.0: zones signed only with those are treated as signed with an unknown algorithm, which
    /// RFC 4035 §5.2 makes Insecure (BIND validates them, so delv would say Secure there).
    /// </summary>
    public static class SignatureAlgorithms
    {
        public static bool IsSupported(byte algorithm) =>
            algorithm == 5 || algorithm == 7 || algorithm == 8 || algorithm == 10 || algorithm == 13 || algorithm == 14;

        public static bool Verify(DnskeyData key, byte[] data, byte[] signature)
        {
            switch (key.Algorithm)
            {
                case 5:
                case 7:
                    return VerifyRsa(key.PublicKey, data, signature, HashAlgorithmName.SHA1);
                case 8:
                    return VerifyRsa(key.PublicKey, data, signature, HashAlgorithmName.SHA256);
                case 10:
                    return VerifyRsa(key.PublicKey, data, signature, HashAlgorithmName.SHA512);
                case 13:
                    return VerifyEcdsa(key.PublicKey, data, signature, ECCurve.NamedCurves.nistP256, 32, HashAlgorithmName.SHA256);
                case 14:
                    return VerifyEcdsa(key.PublicKey, data, signature, ECCurve.NamedCurves.nistP384, 48, HashAlgorithmName.SHA384);
                default:
                    return false;
            }
        }

        /// <summary>RFC 3110 key: exponent length (one byte, or zero then two bytes), exponent, modulus.</summary>
        private static bool VerifyRsa(byte[] key, byte[] data, byte[] signature, HashAlgorithmName hash)
        {
            if (key.Length < 3)
            {
                return false;
            }
            var offset = 1;
            int exponentLength = key[0];
            if (exponentLength == 0)
            {
                exponentLength = (key[1] << 8) | key[2];
                offset = 3;
            }
            if (offset + exponentLength >= key.Length)
            {
                return false;
            }
            using var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters
            {
                Exponent = key.Skip(offset).Take(exponentLength).ToArray(),
                Modulus = key.Skip(offset + exponentLength).ToArray(),
            });
            return rsa.VerifyData(data, signature, hash, RSASignaturePadding.Pkcs1);
        }

        /// <summary>RFC 6605: the key is X||Y and the signature r||s, each half the curve's size.</summary>
        private static bool VerifyEcdsa(byte[] key, byte[] data, byte[] signature, ECCurve curve, int size, HashAlgorithmName hash)
        {
            if (key.Length != 2 * size || signature.Length != 2 * size)
            {
                return false;
            }
            try
            {
                using var ecdsa = ECDsa.Create(new ECParameters
                {
                    Curve = curve,
                    Q = new ECPoint { X = key.Take(size).ToArray(), Y = key.Skip(size).ToArray() },
                });
                return ecdsa.VerifyData(data, signature, hash);
            }
            catch (CryptographicException)
            {
                // A point that is not on the curve: a key that can verify nothing.
                return false;
            }
        }
    }
}

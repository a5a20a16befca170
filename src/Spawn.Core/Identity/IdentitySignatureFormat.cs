namespace Spawn.Identity
{
    /// <summary>
    /// Which IMDS signature an identity was proven with. Each format has its own AWS certificate set, so the
    /// format also selects which pinned certificates apply.
    /// </summary>
    public enum IdentitySignatureFormat
    {
        /// <summary><c>/latest/dynamic/instance-identity/rsa2048</c>: CMS SignedData, RSA-2048, SHA-256, document embedded. The default.</summary>
        Rsa2048,

        /// <summary>
        /// <c>/latest/dynamic/instance-identity/signature</c>: bare RSA PKCS#1 v1.5 SHA-256 over the document, 1024-bit
        /// keys shared by many regions (so the region is not really proven). Legacy; accepted only when enabled.
        /// </summary>
        LegacyRsaSignature,
    }
}

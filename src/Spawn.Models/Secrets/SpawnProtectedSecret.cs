namespace Spawn
{
    /// <summary>
    /// A secret encrypted with KMS (Protect-SpawnSecret): safe to store in a file or a setting. KMS decrypts it only
    /// with the same purpose and name (the encryption context). <see cref="Display"/> is the only form of the value shown.
    /// </summary>
    public sealed class SpawnProtectedSecret
    {
        public string Name { get; set; } = "";
        public string Purpose { get; set; } = "";
        public string KeyId { get; set; } = "";

        /// <summary>The KMS ciphertext blob, base64.</summary>
        public string Ciphertext { get; set; } = "";

        /// <summary>The masked value: scheme and host then "***" for a URL, "***" for anything else.</summary>
        public string Display { get; set; } = "";

        public override string ToString() => $"{Name} ({Purpose}): {Display}";
    }
}

namespace Spawn.Identity
{
    /// <summary>
    /// Why an instance identity was refused. Each value has one fixed message (<see cref="IdentityRejectedException"/>);
    /// callers log the reason, never the signature bytes.
    /// </summary>
    public enum IdentityRejectionReason
    {
        /// <summary>The encoded input or the decoded message is larger than any real IMDS response.</summary>
        InputTooLarge,
        /// <summary>Not standard base64 (optionally inside PKCS7 PEM armour).</summary>
        MalformedBase64,
        /// <summary>Not a CMS SignedData message, or bytes follow it.</summary>
        NotSignedData,
        /// <summary>The message does not have exactly one signer.</summary>
        SignerCount,
        /// <summary>The encapsulated content type is not id-data.</summary>
        UnsupportedContentType,
        /// <summary>No content embedded in the message (detached signature or empty document).</summary>
        NoContent,
        /// <summary>Digest other than SHA-256, or a signature algorithm other than RSA PKCS#1 v1.5.</summary>
        UnsupportedAlgorithm,
        /// <summary>The signed document is larger than a real identity document can be.</summary>
        DocumentTooLarge,
        /// <summary>The signed document is not a single well-formed JSON object.</summary>
        DocumentMalformed,
        /// <summary>The signed document has a member twice (parsers disagree on which one wins).</summary>
        DuplicateMember,
        /// <summary>A required member is missing, or a member has the wrong type or shape.</summary>
        DocumentInvalid,
        /// <summary>No pinned certificate for the document's region.</summary>
        UnknownRegion,
        /// <summary>The signer identifier does not name a pinned certificate of the document's region.</summary>
        SignerNotPinned,
        /// <summary>The signature does not verify with the pinned certificate.</summary>
        SignatureInvalid,
        /// <summary>The legacy <c>/signature</c> format was presented but is not enabled.</summary>
        LegacySignatureDisabled,
    }
}

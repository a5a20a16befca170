using System;

namespace Spawn.Identity
{
    /// <summary>
    /// An instance identity that did not prove itself. The message is fixed per reason so that nothing from the
    /// request (and never signature bytes or exception text from the crypto stack) reaches a response or a log line.
    /// </summary>
    public sealed class IdentityRejectedException : SpawnException
    {
        public IdentityRejectedException(IdentityRejectionReason reason, Exception? inner = null)
            : base("Identity" + reason, SpawnErrorKind.SecurityError, MessageFor(reason), inner)
        {
            Reason = reason;
        }

        public IdentityRejectionReason Reason { get; }

        public static string MessageFor(IdentityRejectionReason reason) => reason switch
        {
            IdentityRejectionReason.InputTooLarge => "The instance identity signature is larger than allowed.",
            IdentityRejectionReason.MalformedBase64 => "The instance identity signature is not valid base64.",
            IdentityRejectionReason.NotSignedData => "The instance identity signature is not a CMS SignedData message.",
            IdentityRejectionReason.SignerCount => "The instance identity signature must have exactly one signer.",
            IdentityRejectionReason.UnsupportedContentType => "The instance identity signature does not contain data content.",
            IdentityRejectionReason.NoContent => "The instance identity signature does not embed the identity document.",
            IdentityRejectionReason.UnsupportedAlgorithm => "The instance identity signature must use SHA-256 with RSA.",
            IdentityRejectionReason.DocumentTooLarge => "The instance identity document is larger than allowed.",
            IdentityRejectionReason.DocumentMalformed => "The instance identity document is not a well-formed JSON object.",
            IdentityRejectionReason.DuplicateMember => "The instance identity document contains a duplicate member.",
            IdentityRejectionReason.DocumentInvalid => "The instance identity document lacks a required member or has an ill-formed one.",
            IdentityRejectionReason.UnknownRegion => "No pinned AWS certificate exists for the region of the instance identity document.",
            IdentityRejectionReason.SignerNotPinned => "The instance identity signer is not the pinned AWS certificate for the document's region.",
            IdentityRejectionReason.SignatureInvalid => "The instance identity signature does not verify with the pinned AWS certificate.",
            IdentityRejectionReason.LegacySignatureDisabled => "The legacy instance identity signature format is not enabled.",
            _ => "The instance identity was rejected.",
        };
    }
}

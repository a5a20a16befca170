using Spawn.Identity;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Proves who is calling: the CMS (or, when enabled, legacy) signature against the pinned certificate of the
    /// document's region. Everything later reads the identity from the verified document only.
    /// </summary>
    public sealed class IdentityStage
    {
        private readonly IdentityVerifier _verifier;

        public IdentityStage(IdentityVerifier verifier) => _verifier = verifier;

        public VerifiedIdentity Verify(RegistrationRequest request)
        {
            try
            {
                return request.Identity != null
                    ? _verifier.VerifyRsa2048(request.Identity)
                    : _verifier.VerifyLegacySignature(request.LegacyDocument!, request.LegacySignature!);
            }
            catch (IdentityRejectedException e)
            {
                throw new RegistrationRejectedException(ReasonFor(e.Reason), e.Reason.ToString());
            }
        }

        private static RejectionReason ReasonFor(IdentityRejectionReason reason) => reason switch
        {
            IdentityRejectionReason.UnknownRegion => RejectionReason.IdentityUnknownRegion,
            IdentityRejectionReason.SignerNotPinned => RejectionReason.IdentityNotVerified,
            IdentityRejectionReason.SignatureInvalid => RejectionReason.IdentityNotVerified,
            IdentityRejectionReason.LegacySignatureDisabled => RejectionReason.LegacySignatureDisabled,
            _ => RejectionReason.IdentityMalformed,
        };
    }
}

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Why the DNS endpoint refused a request. Each value maps to one fixed HTTP status, error code and message
    /// (<see cref="Rejections"/>); nothing from the request or from an exception ever reaches the caller.
    /// </summary>
    public enum RejectionReason
    {
        MethodNotAllowed,
        UnsupportedMediaType,
        BodyTooLarge,
        MalformedJson,
        DuplicateMember,
        UnknownMember,
        MissingMember,
        InvalidMemberType,
        InvalidAction,
        InvalidRecordName,
        InvalidRecordType,
        InvalidTtl,
        InvalidIpAddress,
        ConflictingIdentity,
        LegacySignatureDisabled,
        IdentityMalformed,
        IdentityUnknownRegion,
        IdentityNotVerified,
        AccountNotAllowed,
        RateLimited,
        ReplayedDocument,
        InstanceNotFound,
        InstanceNotRunning,
        InstanceNotManaged,
        NoPublicAddress,
        IpAddressMismatch,
        SourceAddressMismatch,
        NameOwnedByAnotherInstance,
        NameNotRegistered,
        InstanceLookupFailed,
        StateStoreFailed,
        DnsUpdateFailed,
        InternalError,
    }
}

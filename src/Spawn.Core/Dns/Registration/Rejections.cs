using System.Collections.Generic;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The one table from rejection reason to HTTP status and message. Statuses follow what the caller can do:
    /// 400/413/415 fix the request, 401/403 the proof or policy refuses, 404/409 the name's state, 429 back off,
    /// 503 a dependency failed and the endpoint failed closed (retry later).
    /// </summary>
    public static class Rejections
    {
        private static readonly Dictionary<RejectionReason, Rejection> Table = Build(
            (RejectionReason.MethodNotAllowed, 405, "Only POST is accepted."),
            (RejectionReason.UnsupportedMediaType, 415, "The body must be application/json."),
            (RejectionReason.BodyTooLarge, 413, "The body is larger than 8 KiB."),
            (RejectionReason.MalformedJson, 400, "The body is not a single well-formed JSON object."),
            (RejectionReason.DuplicateMember, 400, "The body contains a member twice."),
            (RejectionReason.UnknownMember, 400, "The body contains a member that is not part of the request."),
            (RejectionReason.MissingMember, 400, "A required member is missing: identity (or the legacy pair), record_name and action."),
            (RejectionReason.InvalidMemberType, 400, "A member has the wrong JSON type."),
            (RejectionReason.InvalidAction, 400, "action must be UPSERT or DELETE."),
            (RejectionReason.InvalidRecordName, 400, "record_name must be one DNS label: a-z, 0-9 and hyphens, 1-63 characters, no hyphen at either end, no hyphens in positions 3-4."),
            (RejectionReason.InvalidRecordType, 400, "record_type must be A or AAAA."),
            (RejectionReason.InvalidTtl, 400, "ttl is outside the allowed range."),
            (RejectionReason.InvalidIpAddress, 400, "ip_address is not an address of the record type in canonical form."),
            (RejectionReason.ConflictingIdentity, 400, "Send either identity or the legacy document and signature pair, not both."),
            (RejectionReason.LegacySignatureDisabled, 400, "The legacy document and signature pair is not accepted; send identity (IMDS /rsa2048)."),
            (RejectionReason.IdentityMalformed, 400, "The instance identity is not a well-formed signed identity document."),
            (RejectionReason.IdentityUnknownRegion, 403, "The identity document's region has no pinned AWS certificate."),
            (RejectionReason.IdentityNotVerified, 403, "The instance identity signature does not verify with the pinned AWS certificate."),
            (RejectionReason.AccountNotAllowed, 403, "The account is not allowed to register names."),
            (RejectionReason.RateLimited, 429, "Too many requests for this instance or account; retry later."),
            (RejectionReason.ReplayedDocument, 403, "The identity document is older than one already seen for this instance."),
            (RejectionReason.InstanceNotFound, 403, "EC2 does not report the instance of the identity document."),
            (RejectionReason.InstanceNotRunning, 403, "The instance is not running."),
            (RejectionReason.InstanceNotManaged, 403, "The instance is not tagged spawn:managed=true."),
            (RejectionReason.NoPublicAddress, 403, "The instance has no public address of the record type."),
            (RejectionReason.IpAddressMismatch, 403, "ip_address is not the instance's public address."),
            (RejectionReason.SourceAddressMismatch, 403, "The request did not come from the instance's public address."),
            (RejectionReason.NameOwnedByAnotherInstance, 409, "The name belongs to another instance that still exists."),
            (RejectionReason.NameNotRegistered, 404, "The name is not registered by this instance."),
            (RejectionReason.InstanceLookupFailed, 503, "The instance could not be looked up in EC2; nothing was changed."),
            (RejectionReason.StateStoreFailed, 503, "The registration state could not be read or written; nothing was changed."),
            (RejectionReason.DnsUpdateFailed, 503, "Route 53 did not accept the change; retry later."),
            (RejectionReason.InternalError, 500, "The request could not be processed."));

        public static Rejection For(RejectionReason reason) => Table[reason];

        public static IEnumerable<Rejection> All => Table.Values;

        private static Dictionary<RejectionReason, Rejection> Build(params (RejectionReason Reason, int Status, string Message)[] rows)
        {
            var table = new Dictionary<RejectionReason, Rejection>();
            foreach (var (reason, status, message) in rows)
            {
                table.Add(reason, new Rejection(reason, status, message));
            }
            return table;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Spawn.Identity;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The request body, parsed strictly: one JSON object, no duplicate or unknown members, every member of the
    /// right JSON type (null is not a value), nothing trimmed or case-folded. The identity proof is kept as text
    /// here; it is verified by the next stage.
    /// </summary>
    public sealed class RegistrationRequest
    {
        private static readonly HashSet<string> Members = new HashSet<string>(StringComparer.Ordinal)
        {
            "identity", "instance_identity_document", "instance_identity_signature",
            "record_name", "action", "record_type", "ttl", "ip_address",
        };

        private RegistrationRequest(string? identity, byte[]? legacyDocument, string? legacySignature, RecordName name,
            RecordAction action, RecordType type, int ttl, IPAddress? claimedAddress)
        {
            Identity = identity;
            LegacyDocument = legacyDocument;
            LegacySignature = legacySignature;
            Name = name;
            Action = action;
            Type = type;
            Ttl = ttl;
            ClaimedAddress = claimedAddress;
        }

        /// <summary>IMDS <c>/rsa2048</c> text; null when the legacy pair was sent.</summary>
        public string? Identity { get; }

        /// <summary>The exact document bytes of the legacy pair (sent base64-encoded so no byte is altered).</summary>
        public byte[]? LegacyDocument { get; }
        public string? LegacySignature { get; }

        public RecordName Name { get; }
        public RecordAction Action { get; }
        public RecordType Type { get; }
        public int Ttl { get; }

        /// <summary>The optional <c>ip_address</c>: only ever compared with what EC2 reports, never used as the value.</summary>
        public IPAddress? ClaimedAddress { get; }

        public static RegistrationRequest Parse(byte[] body, RegistrationOptions options)
        {
            string? duplicate;
            try
            {
                duplicate = StrictJson.FindDuplicateMember(body);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException)
            {
                throw new RegistrationRejectedException(RejectionReason.MalformedJson);
            }
            if (duplicate != null)
            {
                throw new RegistrationRejectedException(RejectionReason.DuplicateMember);
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                throw new RegistrationRejectedException(RejectionReason.MalformedJson);
            }
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new RegistrationRejectedException(RejectionReason.MalformedJson);
                }
                foreach (var member in root.EnumerateObject())
                {
                    if (!Members.Contains(member.Name))
                    {
                        throw new RegistrationRejectedException(RejectionReason.UnknownMember);
                    }
                }
                return FromMembers(root, options);
            }
        }

        private static RegistrationRequest FromMembers(JsonElement root, RegistrationOptions options)
        {
            var identity = String(root, "identity");
            var legacyDocument = String(root, "instance_identity_document");
            var legacySignature = String(root, "instance_identity_signature");
            var nameText = String(root, "record_name");
            var actionText = String(root, "action");
            if (nameText == null || actionText == null || (identity == null && (legacyDocument == null || legacySignature == null)))
            {
                throw new RegistrationRejectedException(RejectionReason.MissingMember);
            }
            if (identity != null && (legacyDocument != null || legacySignature != null))
            {
                throw new RegistrationRejectedException(RejectionReason.ConflictingIdentity);
            }
            if (identity == null && !options.AllowLegacySignature)
            {
                throw new RegistrationRejectedException(RejectionReason.LegacySignatureDisabled);
            }

            var action = actionText switch
            {
                "UPSERT" => RecordAction.Upsert,
                "DELETE" => RecordAction.Delete,
                _ => throw new RegistrationRejectedException(RejectionReason.InvalidAction),
            };
            if (!RecordName.IsValid(nameText))
            {
                throw new RegistrationRejectedException(RejectionReason.InvalidRecordName);
            }
            var type = String(root, "record_type") switch
            {
                null => RecordType.A,
                "A" => RecordType.A,
                "AAAA" => RecordType.Aaaa,
                _ => throw new RegistrationRejectedException(RejectionReason.InvalidRecordType),
            };
            return new RegistrationRequest(identity, legacyDocument == null ? null : DecodeLegacyDocument(legacyDocument),
                legacySignature, RecordName.Parse(nameText), action, type, ReadTtl(root, options), Address(String(root, "ip_address"), type));
        }

        /// <summary>A string member, or null when absent; any other JSON type (null included) is refused.</summary>
        private static string? String(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                return null;
            }
            return value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new RegistrationRejectedException(RejectionReason.InvalidMemberType);
        }

        private static int ReadTtl(JsonElement root, RegistrationOptions options)
        {
            if (!root.TryGetProperty("ttl", out var value))
            {
                return options.DefaultTtl;
            }
            if (value.ValueKind != JsonValueKind.Number)
            {
                throw new RegistrationRejectedException(RejectionReason.InvalidMemberType);
            }
            return value.TryGetInt32(out var ttl) && ttl >= RegistrationOptions.MinTtl && ttl <= RegistrationOptions.MaxTtl
                ? ttl
                : throw new RegistrationRejectedException(RejectionReason.InvalidTtl);
        }

        /// <summary>Canonical text only ("010.1.1.1" or "1" parse as addresses in .NET but are not what EC2 writes).</summary>
        private static IPAddress? Address(string? text, RecordType type)
        {
            if (text == null)
            {
                return null;
            }
            var family = type == RecordType.A ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
            return IPAddress.TryParse(text, out var address) && address.AddressFamily == family
                && string.Equals(address.ToString(), text, StringComparison.Ordinal)
                ? address
                : throw new RegistrationRejectedException(RejectionReason.InvalidIpAddress);
        }

        private static byte[] DecodeLegacyDocument(string base64)
        {
            try
            {
                return base64.Length <= RequestEnvelope.MaxBodyBytes
                    ? Convert.FromBase64String(base64)
                    : throw new RegistrationRejectedException(RejectionReason.IdentityMalformed);
            }
            catch (FormatException)
            {
                throw new RegistrationRejectedException(RejectionReason.IdentityMalformed, IdentityRejectionReason.MalformedBase64.ToString());
            }
        }
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Identity;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The DNS request, stage by stage, cheapest first, no AWS call before the signature verifies:
    /// envelope → strict body → signature (pinned certificate) → account allowlist → rate limits → replay
    /// (pendingTime) → EC2 (the instance, running, managed) → addresses → ownership → Route 53 → response, and one log
    /// line whatever happened. Every refusal is a <see cref="RejectionReason"/> with a fixed status and message.
    /// </summary>
    public sealed class RegistrationPipeline
    {
        private readonly RegistrationOptions _options;
        private readonly IdentityStage _identity;
        private readonly IInstanceDirectory _instances;
        private readonly RateLimiter _rateLimiter;
        private readonly ReplayCheck _replay;
        private readonly OwnershipCheck _ownership;
        private readonly IRegistrationStore _store;
        private readonly IDnsRecords _dns;
        private readonly Action<string> _log;
        private readonly Func<DateTimeOffset> _clock;

        public RegistrationPipeline(RegistrationOptions options, IdentityVerifier verifier, IInstanceDirectory instances,
            IRegistrationStore store, IDnsRecords dns, Action<string> log, Func<DateTimeOffset>? clock = null)
        {
            _options = options;
            _identity = new IdentityStage(verifier);
            _instances = instances;
            _store = store;
            _dns = dns;
            _log = log;
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
            _rateLimiter = new RateLimiter(store, options, _clock);
            _replay = new ReplayCheck(store);
            _ownership = new OwnershipCheck(store, instances);
        }

        public async Task<EndpointResponse> HandleAsync(EndpointRequest request, CancellationToken cancellationToken)
        {
            var line = new RegistrationLogLine(_clock(), request.RequestId, request.SourceIp?.ToString());
            EndpointResponse response;
            try
            {
                response = await ProcessAsync(request, line, cancellationToken).ConfigureAwait(false);
                line.Validation = "passed";
            }
            catch (RegistrationRejectedException e)
            {
                response = Reject(request, line, e.Reason, e.Detail);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Unexpected: the caller gets the fixed 500 answer; the log gets the exception type, never its text.
                response = Reject(request, line, RejectionReason.InternalError, e.GetType().Name);
            }
            line.Status = response.Status;
            _log(line.ToJson());
            return response;
        }

        private static EndpointResponse Reject(EndpointRequest request, RegistrationLogLine line, RejectionReason reason, string? detail)
        {
            line.Reason = reason.ToString();
            line.Detail = detail;
            return ResponseBody.Failure(request.RequestId, Rejections.For(reason));
        }

        private async Task<EndpointResponse> ProcessAsync(EndpointRequest request, RegistrationLogLine line, CancellationToken cancellationToken)
        {
            RequestEnvelope.Check(request);
            var parsed = RegistrationRequest.Parse(request.Body, _options);
            line.RecordName = parsed.Name.Value;
            line.Action = parsed.Action == RecordAction.Upsert ? "UPSERT" : "DELETE";

            var document = _identity.Verify(parsed).Document;
            line.InstanceId = document.InstanceId;
            line.AccountId = document.AccountId;
            line.Region = document.Region;

            if (_options.AccountAllowlist != null && !_options.AccountAllowlist.Contains(document.AccountId))
            {
                throw new RegistrationRejectedException(RejectionReason.AccountNotAllowed);
            }
            var fqdn = Fqdn(parsed, document);
            line.Fqdn = fqdn;

            await _rateLimiter.CheckAsync(document.AccountId, document.InstanceId, cancellationToken).ConfigureAwait(false);
            await _replay.CheckAsync(document, cancellationToken).ConfigureAwait(false);

            var instance = await _instances.FindAsync(document.AccountId, document.Region, document.InstanceId, cancellationToken).ConfigureAwait(false);
            InstanceCheck.Check(document, instance, parsed.Action);
            var address = AddressCheck.Check(instance!, parsed, request.SourceIp, _options.BindSourceIp).ToString();
            line.IpAddress = address;

            var changeId = parsed.Action == RecordAction.Upsert
                ? await UpsertAsync(parsed, document, fqdn, address, cancellationToken).ConfigureAwait(false)
                : await DeleteAsync(parsed, document, fqdn, cancellationToken).ConfigureAwait(false);
            line.ChangeId = changeId;
            line.Detail = changeId == null ? "Unchanged" : "Changed";
            return ResponseBody.Success(request.RequestId, line.Action, fqdn, address, changeId);
        }

        private string Fqdn(RegistrationRequest parsed, IdentityDocument document)
        {
            try
            {
                return Dns.AccountNamespace.Fqdn(parsed.Name, document.AccountId, _options.Domain);
            }
            catch (SpawnValidationException)
            {
                throw new RegistrationRejectedException(RejectionReason.InvalidRecordName, "NameTooLong");
            }
        }

        /// <summary>Claims the name, then writes only if Route 53 does not already hold exactly this value and TTL.</summary>
        private async Task<string?> UpsertAsync(RegistrationRequest parsed, IdentityDocument document, string fqdn, string address,
            CancellationToken cancellationToken)
        {
            await _ownership.ClaimAsync(fqdn, new NameOwner(document.InstanceId, document.AccountId, document.Region), cancellationToken).ConfigureAwait(false);
            return await DnsCall(async () =>
            {
                var current = await _dns.GetAsync(fqdn, parsed.Type, cancellationToken).ConfigureAwait(false);
                if (current != null && current.Ttl == parsed.Ttl && current.Values.Count == 1 && current.Values[0] == address)
                {
                    return null;
                }
                return await _dns.UpsertAsync(fqdn, parsed.Type, address, parsed.Ttl, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        /// <summary>Only the owner deletes; the ownership is released once the record is gone.</summary>
        private async Task<string?> DeleteAsync(RegistrationRequest parsed, IdentityDocument document, string fqdn, CancellationToken cancellationToken)
        {
            await _ownership.RequireOwnerAsync(fqdn, document.InstanceId, cancellationToken).ConfigureAwait(false);
            var changeId = await DnsCall(async () =>
            {
                var current = await _dns.GetAsync(fqdn, parsed.Type, cancellationToken).ConfigureAwait(false);
                return current == null ? null : await _dns.DeleteAsync(fqdn, parsed.Type, current, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            await StoreCall.Run(() => _store.ReleaseAsync(fqdn, document.InstanceId, cancellationToken)).ConfigureAwait(false);
            return changeId;
        }

        private static async Task<string?> DnsCall(Func<Task<string?>> call)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                throw new RegistrationRejectedException(RejectionReason.DnsUpdateFailed, e.GetType().Name);
            }
        }
    }
}

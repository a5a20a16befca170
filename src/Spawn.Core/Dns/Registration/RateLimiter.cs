using System;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Fixed-window limits per instance and per account (Route 53 allows each account about 5 changes a second, and
    /// a chatty or compromised instance must not spend its whole account's share). Counted after the signature
    /// verifies, so unauthenticated traffic cannot exhaust a real instance's budget.
    /// </summary>
    public sealed class RateLimiter
    {
        private readonly IRegistrationStore _store;
        private readonly RegistrationOptions _options;
        private readonly Func<DateTimeOffset> _clock;

        public RateLimiter(IRegistrationStore store, RegistrationOptions options, Func<DateTimeOffset> clock)
        {
            _store = store;
            _options = options;
            _clock = clock;
        }

        public async Task CheckAsync(string accountId, string instanceId, CancellationToken cancellationToken)
        {
            var now = _clock();
            var windowSeconds = (long)_options.RateWindow.TotalSeconds;
            var window = now.ToUnixTimeSeconds() / windowSeconds;
            var expires = DateTimeOffset.FromUnixTimeSeconds((window + 1) * windowSeconds);
            if (!await StoreCall.Run(() => _store.TryCountAsync($"instance#{instanceId}#{window}", _options.InstanceRateLimit, expires, cancellationToken)).ConfigureAwait(false))
            {
                throw new RegistrationRejectedException(RejectionReason.RateLimited, "Instance");
            }
            if (!await StoreCall.Run(() => _store.TryCountAsync($"account#{accountId}#{window}", _options.AccountRateLimit, expires, cancellationToken)).ConfigureAwait(false))
            {
                throw new RegistrationRejectedException(RejectionReason.RateLimited, "Account");
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using Spawn.Aws;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// AWS access for looking up an account's instances. The endpoint's own account uses its own credentials. Another
    /// account is reached only through a role configured for that purpose (<c>arn:&lt;partition&gt;:iam::&lt;account&gt;:role/&lt;name&gt;</c>, the partition that of the document's region,
    /// assumed with an ExternalId so the endpoint cannot be used as a confused deputy); without one, other accounts are
    /// refused before any EC2 call. Contexts and assumed credentials are cached (until 5 minutes before expiry).
    /// </summary>
    public sealed class AccountAccess : IDisposable
    {
        private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

        private readonly AwsContext _home;
        private readonly string? _roleName;
        private readonly string? _externalId;
        private readonly ConcurrentDictionary<string, AwsContext> _contexts = new ConcurrentDictionary<string, AwsContext>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, (AwsContext Context, DateTime Expires)> _assumed =
            new ConcurrentDictionary<string, (AwsContext, DateTime)>(StringComparer.Ordinal);

        public AccountAccess(AwsContext home, string? roleName = null, string? externalId = null)
        {
            _home = home;
            _roleName = roleName;
            _externalId = externalId;
        }

        public async Task<AwsContext> ForAsync(string accountId, string region, CancellationToken cancellationToken)
        {
            var own = await _home.GetCallerAsync(cancellationToken).ConfigureAwait(false);
            if (own.Account == accountId)
            {
                return _contexts.GetOrAdd(region, r => _home.ForRegion(r));
            }
            if (_roleName == null)
            {
                throw new RegistrationRejectedException(RejectionReason.InstanceNotFound, "ForeignAccountWithoutRole");
            }
            var key = accountId + "/" + region;
            if (_assumed.TryGetValue(key, out var cached) && cached.Expires - RefreshMargin > DateTime.UtcNow)
            {
                return cached.Context;
            }
            var response = await _home.Sts.AssumeRoleAsync(new AssumeRoleRequest
            {
                RoleArn = RoleArn(accountId, region, _roleName),
                RoleSessionName = "spawn-dns-endpoint",
                ExternalId = _externalId,
                DurationSeconds = 900,
            }, cancellationToken).ConfigureAwait(false);
            var credentials = new SessionAWSCredentials(response.Credentials.AccessKeyId, response.Credentials.SecretAccessKey,
                response.Credentials.SessionToken);
            var context = _home.WithCredentials(credentials, $"assumed role {_roleName} in {accountId}").ForRegion(region);
            _assumed[key] = (context, response.Credentials.Expiration?.ToUniversalTime() ?? DateTime.UtcNow.AddMinutes(15));
            return context;
        }

        /// <summary>The lookup role in an account, in the partition of the document's region (aws-cn, aws-us-gov, else aws).</summary>
        public static string RoleArn(string accountId, string region, string roleName) => $"arn:{PartitionOf(region)}:iam::{accountId}:role/{roleName}";

        public static string PartitionOf(string region) =>
            region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
            : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
            : "aws";

        public void Dispose()
        {
            foreach (var context in _contexts.Values)
            {
                context.Dispose();
            }
            foreach (var entry in _assumed.Values)
            {
                entry.Context.Dispose();
            }
        }
    }
}

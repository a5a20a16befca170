using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Audit.Checks.Meta;
using Spawn.Audit.Inventory;
using Spawn.Aws;
using Spawn.Iam;
using Spawn.Route53;

namespace Spawn.Audit.Collection
{
    /// <summary>
    /// Reads the account-wide data: the instance profiles in use with every policy of their roles (each managed policy
    /// once), and Route 53 zones with their records.
    /// </summary>
    public sealed class GlobalCollector
    {
        private const string Global = ScanCompletenessCheck.Global;
        private readonly CallGate _gate;
        private readonly ConcurrentDictionary<string, Task<Collected<string>>> _managedPolicies = new ConcurrentDictionary<string, Task<Collected<string>>>();

        public GlobalCollector(CallGate gate) => _gate = gate;

        public async Task CollectAsync(AwsContext context, AuditInventory account, CancellationToken ct)
        {
            var profiles = account.AllInstances.Select(i => i.IamInstanceProfile?.Arn).Where(a => a != null).Distinct().ToList();
            var roles = profiles.Select(arn => RoleAsync(context.Iam, account, arn!, ct)).ToList();
            var dns = DnsAsync(context.Route53, account, ct);
            var collected = await Task.WhenAll(roles).ConfigureAwait(false);
            for (var i = 0; i < profiles.Count; i++)
            {
                account.Roles[profiles[i]!] = collected[i];
            }
            account.Dns = await dns.ConfigureAwait(false);
        }

        private async Task<Collected<InstanceRole>> RoleAsync(IamClient iam, AuditInventory account, string profileArn, CancellationToken ct)
        {
            var name = profileArn.Split('/').Last();
            var profile = await _gate.CallAsync(account, Global, AuditApis.GetInstanceProfile, profileArn, async c =>
                (await iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = name }, c).ConfigureAwait(false)).InstanceProfile,
                ct, notFoundIsDefault: true).ConfigureAwait(false);
            if (!profile.Ok)
            {
                return Collected<InstanceRole>.Failure(profile.Error!);
            }
            if (profile.Value == null || profile.Value.Roles.Count == 0)
            {
                return Collected<InstanceRole>.Success(new InstanceRole(profileArn, profile.Value, new List<RolePolicy>()));
            }
            var roleName = profile.Value.Roles[0].RoleName;
            var inlineNames = _gate.CallAsync(account, Global, AuditApis.ListRolePolicies, roleName, async c =>
                (await iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = roleName }, c).ConfigureAwait(false)).PolicyNames, ct);
            var attached = _gate.CallAsync(account, Global, AuditApis.ListAttachedRolePolicies, roleName, async c =>
                (await iam.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = roleName }, c).ConfigureAwait(false)).AttachedPolicies, ct);
            if (!(await inlineNames.ConfigureAwait(false)).Ok)
            {
                return Collected<InstanceRole>.Failure(inlineNames.Result.Error!);
            }
            if (!(await attached.ConfigureAwait(false)).Ok)
            {
                return Collected<InstanceRole>.Failure(attached.Result.Error!);
            }
            var inline = inlineNames.Result.Value.Select(async policyName => new RolePolicy(policyName, null,
                await _gate.CallAsync(account, Global, AuditApis.GetRolePolicy, roleName + "/" + policyName, async c =>
                    (await iam.GetRolePolicyAsync(new GetRolePolicyRequest { RoleName = roleName, PolicyName = policyName }, c).ConfigureAwait(false)).PolicyDocument, ct).ConfigureAwait(false)));
            var managed = attached.Result.Value.Select(async p => new RolePolicy(p.PolicyName, p.PolicyArn,
                await _managedPolicies.GetOrAdd(p.PolicyArn, arn => ManagedPolicyAsync(iam, account, arn, ct)).ConfigureAwait(false)));
            var policies = await Task.WhenAll(inline.Concat(managed)).ConfigureAwait(false);
            return Collected<InstanceRole>.Success(new InstanceRole(profileArn, profile.Value, policies));
        }

        private async Task<Collected<string>> ManagedPolicyAsync(IamClient iam, AuditInventory account, string arn, CancellationToken ct)
        {
            var policy = await _gate.CallAsync(account, Global, AuditApis.GetPolicy, arn, async c =>
                (await iam.GetPolicyAsync(new GetPolicyRequest { PolicyArn = arn }, c).ConfigureAwait(false)).DefaultVersionId, ct).ConfigureAwait(false);
            if (!policy.Ok)
            {
                return policy;
            }
            return await _gate.CallAsync(account, Global, AuditApis.GetPolicyVersion, arn, async c =>
                (await iam.GetPolicyVersionAsync(new GetPolicyVersionRequest { PolicyArn = arn, VersionId = policy.Value }, c).ConfigureAwait(false)).Document, ct).ConfigureAwait(false);
        }

        private async Task<Collected<IReadOnlyList<DnsZone>>> DnsAsync(Route53Client route53, AuditInventory account, CancellationToken ct)
        {
            var zones = new List<HostedZone>();
            var request = new ListHostedZonesByNameRequest();
            while (true)
            {
                var page = await _gate.CallAsync(account, Global, AuditApis.ListHostedZones, null, c => route53.ListHostedZonesByNameAsync(request, c), ct).ConfigureAwait(false);
                if (!page.Ok)
                {
                    return Collected<IReadOnlyList<DnsZone>>.Failure(page.Error!);
                }
                zones.AddRange(page.Value.HostedZones);
                if (!page.Value.IsTruncated)
                {
                    break;
                }
                request = new ListHostedZonesByNameRequest { DnsName = page.Value.NextDnsName, HostedZoneId = page.Value.NextHostedZoneId };
            }
            var records = await Task.WhenAll(zones.Select(z => _gate.CallAsync(account, Global, AuditApis.ListResourceRecordSets, z.Id, c =>
                route53.ListAllResourceRecordSetsAsync(new ListResourceRecordSetsRequest { HostedZoneId = z.Id }, c), ct))).ConfigureAwait(false);
            var failed = records.FirstOrDefault(r => !r.Ok);
            if (failed != null)
            {
                return Collected<IReadOnlyList<DnsZone>>.Failure(failed.Error!);
            }
            return Collected<IReadOnlyList<DnsZone>>.Success(zones.Select((z, i) => new DnsZone(z, records[i].Value)).ToList());
        }
    }
}

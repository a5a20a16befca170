using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spawn.Audit.Checks.Ebs;
using Spawn.Audit.Checks.SecurityGroups;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;
using Spawn.Aws;
using Spawn.Instances;
using Cidr = Spawn.Audit.Network.Cidr;

namespace Spawn.Audit.Collection
{
    /// <summary>
    /// Reads one region: each region-wide API once (pages aside), then what depends on it (prefix-list entries of groups in
    /// use, KMS keys of audited volumes), then user data, the only per-instance call.
    /// </summary>
    public sealed class RegionCollector
    {
        private static readonly List<string> LiveStates = new List<string> { "pending", "running", "shutting-down", "stopping", "stopped" };

        private readonly CallGate _gate;
        private readonly AuditScope _scope;

        public RegionCollector(CallGate gate, AuditScope scope)
        {
            _gate = gate;
            _scope = scope;
        }

        public async Task<RegionInventory> CollectAsync(AwsContext context, AuditInventory account, CancellationToken ct)
        {
            var ec2 = context.Ec2;
            var r = new RegionInventory(account.AccountId, context.RegionName, account.Partition);
            var region = r.Region;

            var instances = _gate.PagesAsync(account, region, AuditApis.DescribeInstances, async (token, c) =>
            {
                var response = await ec2.DescribeInstancesAsync(InstancesRequest(token), c).ConfigureAwait(false);
                return ((response.Reservations ?? new List<Reservation>()).SelectMany(x => x.Instances ?? new List<Instance>()), response.NextToken);
            }, ct);
            var volumes = _gate.PagesAsync(account, region, AuditApis.DescribeVolumes, async (token, c) =>
            {
                var response = await ec2.DescribeVolumesAsync(new DescribeVolumesRequest { MaxResults = 500, NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<Volume>?)response.Volumes, response.NextToken);
            }, ct);
            var groups = _gate.PagesAsync(account, region, AuditApis.DescribeSecurityGroups, async (token, c) =>
            {
                var response = await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<SecurityGroup>?)response.SecurityGroups, response.NextToken);
            }, ct);
            var acls = _gate.PagesAsync(account, region, AuditApis.DescribeNetworkAcls, async (token, c) =>
            {
                var response = await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<NetworkAcl>?)response.NetworkAcls, response.NextToken);
            }, ct);
            var tables = _gate.PagesAsync(account, region, AuditApis.DescribeRouteTables, async (token, c) =>
            {
                var response = await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<RouteTable>?)response.RouteTables, response.NextToken);
            }, ct);
            var subnets = _gate.PagesAsync(account, region, AuditApis.DescribeSubnets, async (token, c) =>
            {
                var response = await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<Subnet>?)response.Subnets, response.NextToken);
            }, ct);
            var vpcs = _gate.PagesAsync(account, region, AuditApis.DescribeVpcs, async (token, c) =>
            {
                var response = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<Vpc>?)response.Vpcs, response.NextToken);
            }, ct);
            var gateways = _gate.PagesAsync(account, region, AuditApis.DescribeInternetGateways, async (token, c) =>
            {
                var response = await ec2.DescribeInternetGatewaysAsync(new DescribeInternetGatewaysRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<InternetGateway>?)response.InternetGateways, response.NextToken);
            }, ct);
            var keyPairs = _gate.CallAsync(account, region, AuditApis.DescribeKeyPairs, null, async c =>
                (IReadOnlyList<KeyPairInfo>)((await ec2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest(), c).ConfigureAwait(false)).KeyPairs ?? new List<KeyPairInfo>()), ct);
            var prefixLists = _gate.PagesAsync(account, region, AuditApis.DescribeManagedPrefixLists, async (token, c) =>
            {
                var response = await ec2.DescribeManagedPrefixListsAsync(new DescribeManagedPrefixListsRequest { NextToken = token }, c).ConfigureAwait(false);
                return ((IEnumerable<ManagedPrefixList>?)response.PrefixLists, response.NextToken);
            }, ct);
            var ebsDefault = _gate.CallAsync(account, region, AuditApis.GetEbsEncryptionByDefault, null, async c =>
                (await ec2.GetEbsEncryptionByDefaultAsync(new GetEbsEncryptionByDefaultRequest(), c).ConfigureAwait(false)).EbsEncryptionByDefault == true, ct);

            r.Instances = await instances.ConfigureAwait(false);
            r.Volumes = await volumes.ConfigureAwait(false);
            r.SecurityGroups = await groups.ConfigureAwait(false);
            r.NetworkAcls = await acls.ConfigureAwait(false);
            r.RouteTables = await tables.ConfigureAwait(false);
            r.Subnets = await subnets.ConfigureAwait(false);
            r.Vpcs = await vpcs.ConfigureAwait(false);
            r.InternetGateways = await gateways.ConfigureAwait(false);
            r.KeyPairs = await keyPairs.ConfigureAwait(false);
            r.PrefixLists = await prefixLists.ConfigureAwait(false);
            r.EbsEncryptionByDefault = await ebsDefault.ConfigureAwait(false);

            if (!r.Instances.Ok)
            {
                return r;
            }
            await Task.WhenAll(PrefixListEntriesAsync(context, account, r, ct), KeysAsync(context, account, r, ct), UserDataAsync(context, account, r, ct)).ConfigureAwait(false);
            return r;
        }

        private DescribeInstancesRequest InstancesRequest(string? token)
        {
            var request = new DescribeInstancesRequest
            {
                NextToken = token,
                Filters = new List<Filter> { new Filter("instance-state-name", LiveStates) },
            };
            if (_scope.ByInstanceId)
            {
                request.Filters.Add(new Filter("instance-id", _scope.InstanceIds.ToList()));
            }
            else
            {
                // Server-side scoping to what Spawn manages keeps account-wide audits cheap.
                request.Filters.Add(new Filter("tag:" + SpawnTags.Managed, new List<string> { SpawnTags.True }));
                request.MaxResults = 1000;
            }
            return request;
        }

        private async Task PrefixListEntriesAsync(AwsContext context, AuditInventory account, RegionInventory r, CancellationToken ct)
        {
            var ids = new HashSet<string>();
            if (r.SecurityGroups.Ok)
            {
                var view = new NetworkView(r);
                foreach (var g in SecurityGroupCheck.GroupsInUse(r).Select(view.Group).Where(g => g != null))
                {
                    ids.UnionWith(IngressRule.Of(g!).Select(x => x.PrefixListId).Where(x => x != null)!);
                }
            }
            if (r.RouteTables.Ok)
            {
                ids.UnionWith(r.RouteTables.Value.SelectMany(t => t.Routes ?? new List<Route>()).Select(x => x.DestinationPrefixListId).Where(x => x != null)!);
            }
            var tasks = ids.Select(async id =>
            {
                var entries = await _gate.PagesAsync(account, r.Region, AuditApis.GetManagedPrefixListEntries, async (token, c) =>
                {
                    var response = await context.Ec2.GetManagedPrefixListEntriesAsync(new GetManagedPrefixListEntriesRequest { PrefixListId = id, NextToken = token }, c).ConfigureAwait(false);
                    return ((IEnumerable<PrefixListEntry>?)response.Entries, response.NextToken);
                }, ct).ConfigureAwait(false);
                return (id, entries);
            }).ToList();
            foreach (var (id, entries) in await Task.WhenAll(tasks).ConfigureAwait(false))
            {
                r.PrefixListEntries[id] = entries.Ok
                    ? Collected<IReadOnlyList<Cidr>>.Success(entries.Value.Select(e => Cidr.TryParse(e.Cidr, out var c) ? c : null).Where(c => c != null).ToList()!)
                    : Collected<IReadOnlyList<Cidr>>.Failure(entries.Error!);
            }
        }

        private async Task KeysAsync(AwsContext context, AuditInventory account, RegionInventory r, CancellationToken ct)
        {
            if (!r.Volumes.Ok)
            {
                return;
            }
            var keyIds = AttachedVolumes.Of(r).Where(v => v.Encrypted == true && v.KmsKeyId != null).Select(v => v.KmsKeyId).Distinct().ToList();
            var collector = new KeyCollector(_gate);
            var results = await Task.WhenAll(keyIds.Select(id => collector.CollectAsync(context, account, r.Region, id, ct))).ConfigureAwait(false);
            for (var i = 0; i < keyIds.Count; i++)
            {
                r.KmsKeys[keyIds[i]] = results[i];
            }
        }

        private async Task UserDataAsync(AwsContext context, AuditInventory account, RegionInventory r, CancellationToken ct)
        {
            var ids = r.Instances.Value.Select(i => i.InstanceId).ToList();
            var results = await Task.WhenAll(ids.Select(id => _gate.CallAsync(account, r.Region, AuditApis.DescribeInstanceAttribute, id, async c =>
                (await context.Ec2.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest(id, InstanceAttributeName.UserData), c).ConfigureAwait(false))
                    .InstanceAttribute?.UserData, ct))).ConfigureAwait(false);
            for (var i = 0; i < ids.Count; i++)
            {
                r.UserData[ids[i]] = results[i];
            }
        }
    }
}

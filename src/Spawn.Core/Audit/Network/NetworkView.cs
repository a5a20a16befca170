using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Network
{
    /// <summary>Indexes a region's network data for lookups by id: the subnet's route table and NACL, groups, prefix lists.</summary>
    public sealed class NetworkView
    {
        private readonly RegionInventory _region;
        private readonly Dictionary<string, SecurityGroup> _groups;

        public NetworkView(RegionInventory region)
        {
            _region = region;
            _groups = region.SecurityGroups.Ok ? region.SecurityGroups.Value.ToDictionary(g => g.GroupId) : new Dictionary<string, SecurityGroup>();
        }

        public SecurityGroup? Group(string id) => _groups.TryGetValue(id, out var g) ? g : null;

        /// <summary>The subnet's explicitly associated route table, else the VPC's main table.</summary>
        public RouteTable? RouteTableFor(string subnetId, string vpcId)
        {
            var tables = _region.RouteTables.Value;
            return tables.FirstOrDefault(t => (t.Associations ?? new List<RouteTableAssociation>()).Any(a => a.SubnetId == subnetId))
                ?? tables.FirstOrDefault(t => t.VpcId == vpcId && (t.Associations ?? new List<RouteTableAssociation>()).Any(a => a.Main == true));
        }

        /// <summary>The subnet's associated NACL, else the VPC's default NACL.</summary>
        public NetworkAcl? NaclFor(string subnetId, string vpcId)
        {
            var acls = _region.NetworkAcls.Value;
            return acls.FirstOrDefault(a => (a.Associations ?? new List<NetworkAclAssociation>()).Any(x => x.SubnetId == subnetId))
                ?? acls.FirstOrDefault(a => a.VpcId == vpcId && a.IsDefault == true);
        }

        /// <summary>Whether an internet gateway is attached to the VPC (a route to a detached one is a blackhole).</summary>
        public bool IsAttachedInternetGateway(string gatewayId, string vpcId) =>
            _region.InternetGateways.Value.Any(g => g.InternetGatewayId == gatewayId
                && (g.Attachments ?? new List<InternetGatewayAttachment>()).Any(a => a.VpcId == vpcId
                    && (a.State == null || a.State == AttachmentStatus.Attached || a.State.Value == "available")));

        /// <summary>The CIDRs of a prefix list, or null with the error when its entries could not be read.</summary>
        public IReadOnlyList<Cidr>? PrefixList(string id, out AuditCollectionError? error)
        {
            error = null;
            if (_region.PrefixListEntries.TryGetValue(id, out var entries))
            {
                if (entries.Ok)
                {
                    return entries.Value;
                }
                error = entries.Error;
                return null;
            }
            error = new AuditCollectionError
            {
                Action = AuditApis.GetManagedPrefixListEntries.IamAction, ErrorId = "AuditPrefixListUnknown",
                Message = $"Prefix list {id} is referenced but was not listed by DescribeManagedPrefixLists.", Resource = id,
            };
            return null;
        }

        /// <summary>The sources a rule admits, as an address set of the family; null when a prefix list is unreadable.</summary>
        public AddressSet? Sources(IngressRule rule, AddressFamily family, out AuditCollectionError? error)
        {
            error = null;
            if (rule.Cidr != null)
            {
                return rule.Cidr.Family == family ? AddressSet.Of(rule.Cidr) : AddressSet.Empty(family);
            }
            var cidrs = PrefixList(rule.PrefixListId!, out error);
            return cidrs == null ? null : AddressSet.Of(family, cidrs);
        }

        /// <summary>The ingress rules of every group on an interface.</summary>
        public IEnumerable<IngressRule> Ingress(IEnumerable<string> groupIds) =>
            groupIds.Select(Group).Where(g => g != null).SelectMany(g => IngressRule.Of(g!));

        internal static bool StringEquals(string? a, string b) => string.Equals(a, b, StringComparison.Ordinal);
    }
}

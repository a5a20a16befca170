using System.Collections.Generic;
using Amazon.EC2.Model;
using Spawn.Audit.Network;

namespace Spawn.Audit.Inventory
{
    /// <summary>Everything the checks read about one account in one region, each API collected once.</summary>
    public sealed class RegionInventory
    {
        public RegionInventory(string accountId, string region, string partition)
        {
            AccountId = accountId;
            Region = region;
            Partition = partition;
        }

        public string AccountId { get; }
        public string Region { get; }
        public string Partition { get; }

        /// <summary>In-scope instances: tagged spawn:managed=true, or the ids asked for; never terminated ones.</summary>
        public Collected<IReadOnlyList<Instance>> Instances { get; set; } = Missing<IReadOnlyList<Instance>>();
        public Collected<IReadOnlyList<Volume>> Volumes { get; set; } = Missing<IReadOnlyList<Volume>>();
        public Collected<IReadOnlyList<SecurityGroup>> SecurityGroups { get; set; } = Missing<IReadOnlyList<SecurityGroup>>();
        public Collected<IReadOnlyList<NetworkAcl>> NetworkAcls { get; set; } = Missing<IReadOnlyList<NetworkAcl>>();
        public Collected<IReadOnlyList<RouteTable>> RouteTables { get; set; } = Missing<IReadOnlyList<RouteTable>>();
        public Collected<IReadOnlyList<Subnet>> Subnets { get; set; } = Missing<IReadOnlyList<Subnet>>();
        public Collected<IReadOnlyList<Vpc>> Vpcs { get; set; } = Missing<IReadOnlyList<Vpc>>();
        public Collected<IReadOnlyList<InternetGateway>> InternetGateways { get; set; } = Missing<IReadOnlyList<InternetGateway>>();
        public Collected<IReadOnlyList<KeyPairInfo>> KeyPairs { get; set; } = Missing<IReadOnlyList<KeyPairInfo>>();
        public Collected<IReadOnlyList<ManagedPrefixList>> PrefixLists { get; set; } = Missing<IReadOnlyList<ManagedPrefixList>>();
        public Collected<bool> EbsEncryptionByDefault { get; set; } = Missing<bool>();

        /// <summary>Entries of every prefix list referenced by a security group or route, by prefix-list id.</summary>
        public IDictionary<string, Collected<IReadOnlyList<Cidr>>> PrefixListEntries { get; } = new Dictionary<string, Collected<IReadOnlyList<Cidr>>>();

        /// <summary>KMS keys of audited volumes, by the KmsKeyId the volume carries.</summary>
        public IDictionary<string, Collected<KmsKeyInfo>> KmsKeys { get; } = new Dictionary<string, Collected<KmsKeyInfo>>();

        /// <summary>Base64 user data (null when the instance has none), by instance id.</summary>
        public IDictionary<string, Collected<string?>> UserData { get; } = new Dictionary<string, Collected<string?>>();

        public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";

        private static Collected<T> Missing<T>() =>
            Collected<T>.Failure(new AuditCollectionError { ErrorId = "AuditNotCollected", Message = "Not collected." });
    }
}

using System.Collections.Generic;
using System.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Tests.Audit
{
    /// <summary>
    /// An in-memory region: one VPC, one subnet with its own route table (to an attached IGW unless told otherwise),
    /// an allow-all NACL, one security group and one managed instance with a public IPv4. Tests change one piece.
    /// </summary>
    public sealed class InventoryBuilder
    {
        public const string Account = "123456789012";
        public Instance Instance { get; } = new Instance
        {
            InstanceId = "i-0123456789abcdef0", SubnetId = "subnet-1", VpcId = "vpc-1", PublicIpAddress = "54.1.2.3",
            State = new InstanceState { Name = InstanceStateName.Running },
            Tags = new List<Tag> { new Tag("spawn:managed", "true") },
            NetworkInterfaces = new List<InstanceNetworkInterface>
            {
                new InstanceNetworkInterface
                {
                    NetworkInterfaceId = "eni-1", SubnetId = "subnet-1", VpcId = "vpc-1",
                    Groups = new List<GroupIdentifier> { new GroupIdentifier { GroupId = "sg-1", GroupName = "web" } },
                    Association = new InstanceNetworkInterfaceAssociation { PublicIp = "54.1.2.3" },
                    Ipv6Addresses = new List<InstanceIpv6Address>(),
                },
            },
        };

        public SecurityGroup Group { get; } = new SecurityGroup { GroupId = "sg-1", GroupName = "web", VpcId = "vpc-1", IpPermissions = new List<IpPermission>() };

        public NetworkAcl Acl { get; } = new NetworkAcl
        {
            NetworkAclId = "acl-1", VpcId = "vpc-1", IsDefault = true,
            Associations = new List<NetworkAclAssociation> { new NetworkAclAssociation { SubnetId = "subnet-1" } },
            Entries = new List<NetworkAclEntry>
            {
                Entry(100, "-1", null, null, "allow", "0.0.0.0/0"),
                Entry(101, "-1", null, null, "allow", null, "::/0"),
                Entry(32767, "-1", null, null, "deny", "0.0.0.0/0"),
            },
        };

        public RouteTable Table { get; } = new RouteTable
        {
            RouteTableId = "rtb-1", VpcId = "vpc-1",
            Associations = new List<RouteTableAssociation> { new RouteTableAssociation { SubnetId = "subnet-1" } },
            Routes = new List<Route>
            {
                new Route { DestinationCidrBlock = "10.0.0.0/16", GatewayId = "local" },
                new Route { DestinationCidrBlock = "0.0.0.0/0", GatewayId = "igw-1" },
            },
        };

        public Dictionary<string, IReadOnlyList<Cidr>> PrefixLists { get; } = new Dictionary<string, IReadOnlyList<Cidr>>();

        public static NetworkAclEntry Entry(int number, string protocol, int? from, int? to, string action, string? cidr, string? ipv6 = null) => new NetworkAclEntry
        {
            RuleNumber = number, Protocol = protocol, Egress = false, RuleAction = new RuleAction(action), CidrBlock = cidr, Ipv6CidrBlock = ipv6,
            PortRange = from == null ? null : new PortRange { From = from, To = to },
        };

        public InventoryBuilder Allow(string protocol, int? from, int? to, string? cidr = null, string? ipv6 = null, string? prefixList = null)
        {
            var p = new IpPermission { IpProtocol = protocol, FromPort = from, ToPort = to, Ipv4Ranges = new List<IpRange>(), Ipv6Ranges = new List<Ipv6Range>(), PrefixListIds = new List<PrefixListId>() };
            if (cidr != null) p.Ipv4Ranges.Add(new IpRange { CidrIp = cidr });
            if (ipv6 != null) p.Ipv6Ranges.Add(new Ipv6Range { CidrIpv6 = ipv6 });
            if (prefixList != null) p.PrefixListIds.Add(new PrefixListId { Id = prefixList });
            Group.IpPermissions.Add(p);
            return this;
        }

        public RegionInventory Region()
        {
            var r = new RegionInventory(Account, "us-east-1", "aws")
            {
                Instances = Collected<IReadOnlyList<Instance>>.Success(new List<Instance> { Instance }),
                SecurityGroups = Collected<IReadOnlyList<SecurityGroup>>.Success(new List<SecurityGroup> { Group }),
                NetworkAcls = Collected<IReadOnlyList<NetworkAcl>>.Success(new List<NetworkAcl> { Acl }),
                RouteTables = Collected<IReadOnlyList<RouteTable>>.Success(new List<RouteTable> { Table }),
                InternetGateways = Collected<IReadOnlyList<InternetGateway>>.Success(new List<InternetGateway>
                {
                    new InternetGateway { InternetGatewayId = "igw-1", Attachments = new List<InternetGatewayAttachment> { new InternetGatewayAttachment { VpcId = "vpc-1", State = AttachmentStatus.Attached } } },
                }),
                Subnets = Collected<IReadOnlyList<Subnet>>.Success(new List<Subnet> { new Subnet { SubnetId = "subnet-1", VpcId = "vpc-1" } }),
                Vpcs = Collected<IReadOnlyList<Vpc>>.Success(new List<Vpc> { new Vpc { VpcId = "vpc-1", IsDefault = false } }),
                PrefixLists = Collected<IReadOnlyList<ManagedPrefixList>>.Success(PrefixLists.Keys.Select(id => new ManagedPrefixList { PrefixListId = id, OwnerId = Account, PrefixListName = "custom" }).ToList()),
                KeyPairs = Collected<IReadOnlyList<KeyPairInfo>>.Success(new List<KeyPairInfo>()),
                Volumes = Collected<IReadOnlyList<Volume>>.Success(new List<Volume>()),
                EbsEncryptionByDefault = Collected<bool>.Success(true),
            };
            foreach (var p in PrefixLists)
            {
                r.PrefixListEntries[p.Key] = Collected<IReadOnlyList<Cidr>>.Success(p.Value);
            }
            return r;
        }

        public AuditInventory Account_()
        {
            var a = new AuditInventory(Account, "aws");
            a.Regions.Add(Region());
            return a;
        }
    }
}

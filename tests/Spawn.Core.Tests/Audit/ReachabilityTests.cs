using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit;
using Spawn.Audit.Checks.Ec2;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;
using Xunit;

namespace Spawn.Tests.Audit
{
    /// <summary>SPAWN-EC2-004 on in-memory inventories: each hop of the path can open or close it.</summary>
    public class ReachabilityTests
    {
        private static AuditFinding_ Run(InventoryBuilder b)
        {
            var result = new RemoteAdminReachabilityCheck().Evaluate(b.Account_()).Single();
            return new AuditFinding_(result.Status, result.EffectiveSeverity, result.Evidence, result.Reason);
        }

        private sealed record AuditFinding_(AuditStatus Status, AuditSeverity? Severity, IDictionary<string, string> Evidence, string Reason);

        [Fact]
        public void Ssh_open_to_the_world_through_an_igw_is_a_critical_full_path()
        {
            var f = Run(new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0"));
            Assert.Equal(AuditStatus.Fail, f.Status);
            Assert.Equal(AuditSeverity.Critical, f.Severity);
            Assert.Equal("rtb-1", f.Evidence["RouteTable"]);
            Assert.Equal("acl-1", f.Evidence["NetworkAcl"]);
            Assert.Equal("100", f.Evidence["NetworkAclRule"]);
        }

        [Fact]
        public void Nacl_deny_before_allow_blocks_the_path_and_leaves_a_latent_high()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Acl.Entries.Add(InventoryBuilder.Entry(50, "6", 20, 30, "deny", "0.0.0.0/0"));
            var f = Run(b);
            Assert.Equal(AuditStatus.Fail, f.Status);
            Assert.Equal(AuditSeverity.High, f.Severity);
            Assert.Contains("rule 50 denies", f.Reason);
        }

        [Fact]
        public void Nacl_allow_before_deny_keeps_the_path_open()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Acl.Entries.Clear();
            b.Acl.Entries.Add(InventoryBuilder.Entry(10, "6", 22, 22, "allow", "0.0.0.0/0"));
            b.Acl.Entries.Add(InventoryBuilder.Entry(20, "-1", null, null, "deny", "0.0.0.0/0"));
            Assert.Equal(AuditSeverity.Critical, Run(b).Severity);
        }

        [Fact]
        public void Nacl_deny_of_half_the_internet_still_leaves_the_other_half_reachable()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Acl.Entries.Add(InventoryBuilder.Entry(10, "6", 22, 22, "deny", "0.0.0.0/1"));
            var f = Run(b);
            Assert.Equal(AuditSeverity.Critical, f.Severity);
            Assert.StartsWith("128.", f.Evidence["ExampleSource"]);
        }

        [Fact]
        public void Port_range_covering_22_counts()
        {
            Assert.Equal(AuditStatus.Fail, Run(new InventoryBuilder().Allow("tcp", 0, 1024, "0.0.0.0/0")).Status);
        }

        [Fact]
        public void Port_range_not_covering_admin_ports_passes()
        {
            Assert.Equal(AuditStatus.Pass, Run(new InventoryBuilder().Allow("tcp", 80, 443, "0.0.0.0/0")).Status);
        }

        [Fact]
        public void Protocol_minus_one_counts_for_udp_and_tcp()
        {
            var f = Run(new InventoryBuilder().Allow("-1", null, null, "0.0.0.0/0"));
            Assert.Equal(AuditSeverity.Critical, f.Severity);
            Assert.Contains("udp/22", f.Evidence["OpenPorts"]);
        }

        [Fact]
        public void A_private_source_is_not_the_internet()
        {
            Assert.Equal(AuditStatus.Pass, Run(new InventoryBuilder().Allow("tcp", 22, 22, "10.0.0.0/8")).Status);
        }

        [Fact]
        public void Ipv6_world_rule_reaches_a_global_ipv6_address_through_an_ipv6_igw_route()
        {
            var b = new InventoryBuilder().Allow("tcp", 3389, 3389, ipv6: "::/0");
            b.Instance.NetworkInterfaces[0].Association = null;
            b.Instance.PublicIpAddress = null;
            b.Instance.NetworkInterfaces[0].Ipv6Addresses.Add(new InstanceIpv6Address { Ipv6Address = "2600:1f18::10" });
            b.Table.Routes.Add(new Route { DestinationIpv6CidrBlock = "::/0", GatewayId = "igw-1" });
            var f = Run(b);
            Assert.Equal(AuditSeverity.Critical, f.Severity);
            Assert.Equal("IPv6", f.Evidence["AddressFamily"]);
        }

        [Fact]
        public void Ipv6_world_rule_without_an_ipv6_route_is_latent()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, ipv6: "::/0");
            b.Instance.NetworkInterfaces[0].Ipv6Addresses.Add(new InstanceIpv6Address { Ipv6Address = "2600:1f18::10" });
            var f = Run(b);
            Assert.Equal(AuditSeverity.High, f.Severity);
            Assert.Contains("no route to an attached internet gateway", f.Reason);
        }

        [Fact]
        public void Prefix_list_containing_the_world_is_resolved()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, prefixList: "pl-1");
            b.PrefixLists["pl-1"] = new[] { Cidr.Parse("0.0.0.0/0") };
            Assert.Equal(AuditSeverity.Critical, Run(b).Severity);
        }

        [Fact]
        public void Unreadable_prefix_list_is_an_error_not_a_pass()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, prefixList: "pl-1");
            var account = b.Account_();
            account.Regions[0].PrefixListEntries["pl-1"] = Collected<IReadOnlyList<Cidr>>.Failure(new AuditCollectionError
            {
                Action = "ec2:GetManagedPrefixListEntries", ErrorId = "AwsAccessDenied", Message = "denied",
            });
            var result = new RemoteAdminReachabilityCheck().Evaluate(account).Single();
            Assert.Equal(AuditStatus.Error, result.Status);
            Assert.Equal("ec2:GetManagedPrefixListEntries", result.Evidence["Action"]);
        }

        [Fact]
        public void Main_route_table_is_used_when_the_subnet_has_no_explicit_association()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Table.Associations.Clear();
            b.Table.Associations.Add(new RouteTableAssociation { Main = true });
            Assert.Equal(AuditSeverity.Critical, Run(b).Severity);
        }

        [Fact]
        public void Subnet_without_an_igw_route_is_latent()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Table.Routes.RemoveAll(r => r.GatewayId == "igw-1");
            Assert.Equal(AuditSeverity.High, Run(b).Severity);
        }

        [Fact]
        public void Route_to_a_detached_igw_does_not_count()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Table.Routes.Add(new Route { DestinationCidrBlock = "0.0.0.0/0", GatewayId = "igw-elsewhere" });
            b.Table.Routes.RemoveAll(r => r.GatewayId == "igw-1");
            Assert.Equal(AuditSeverity.High, Run(b).Severity);
        }

        [Fact]
        public void No_public_address_is_latent()
        {
            var b = new InventoryBuilder().Allow("tcp", 22, 22, "0.0.0.0/0");
            b.Instance.NetworkInterfaces[0].Association = null;
            b.Instance.PublicIpAddress = null;
            var f = Run(b);
            Assert.Equal(AuditSeverity.High, f.Severity);
            Assert.Contains("no public IPv4 address", f.Reason);
        }

        [Fact]
        public void Missing_security_group_data_is_an_error_for_every_instance()
        {
            var account = new InventoryBuilder().Account_();
            account.Regions[0].SecurityGroups = Collected<IReadOnlyList<SecurityGroup>>.Failure(new AuditCollectionError { Action = "ec2:DescribeSecurityGroups", ErrorId = "AwsAccessDenied", Message = "no" });
            var result = new RemoteAdminReachabilityCheck().Evaluate(account).Single();
            Assert.Equal(AuditStatus.Error, result.Status);
            Assert.Contains("ec2:DescribeSecurityGroups", result.Reason);
        }

        [Fact]
        public void Address_sets_subtract_split_cidrs()
        {
            var world = AddressSet.All(AddressFamily.IPv4);
            var halves = AddressSet.Of(Cidr.Parse("0.0.0.0/1")).Union(AddressSet.Of(Cidr.Parse("128.0.0.0/1")));
            Assert.True(world.Except(halves).IsEmpty);
            Assert.Equal(world.Size, halves.Size);
        }
    }
}

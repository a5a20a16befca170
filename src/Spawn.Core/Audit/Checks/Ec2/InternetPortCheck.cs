using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>
    /// Shared logic of SPAWN-EC2-004 and 005: the reachability engine over a port list. A full path fails at
    /// FullPathSeverity; a security group open to the internet with the path blocked elsewhere fails at LatentSeverity.
    /// </summary>
    public abstract class InternetPortCheck : InstanceCheck
    {
        public override IReadOnlyList<AuditApi> Needs => new[]
        {
            AuditApis.DescribeInstances, AuditApis.DescribeSecurityGroups, AuditApis.DescribeRouteTables, AuditApis.DescribeNetworkAcls,
            AuditApis.DescribeInternetGateways, AuditApis.DescribeManagedPrefixLists, AuditApis.GetManagedPrefixListEntries,
        };

        protected abstract IReadOnlyList<PortProbe> Probes { get; }
        protected abstract string PortsName { get; }
        protected abstract AuditSeverity FullPathSeverity { get; }
        protected abstract AuditSeverity LatentSeverity { get; }

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var engine = new Reachability(new NetworkView(region));
            var exposures = engine.Analyse(instance, Probes);
            var open = exposures.Where(e => e.FullPath).ToList();
            if (open.Count > 0)
            {
                var evidence = open[0].Evidence();
                evidence["OpenPorts"] = string.Join(", ", open.Select(e => e.Probe + "/" + e.Family).Distinct());
                return CheckResult.Fail(resource, $"Reachable from the internet on {PortsName}: {evidence["OpenPorts"]}.", evidence)
                    .WithSeverity(FullPathSeverity, "full path: public address, internet-gateway route, NACL and security group all admit it");
            }
            if (engine.Unresolved.Count > 0)
            {
                return CheckResult.Error(resource, engine.Unresolved[0]);
            }
            if (exposures.Count > 0)
            {
                var evidence = exposures[0].Evidence();
                evidence["LatentPorts"] = string.Join(", ", exposures.Select(e => e.Probe + "/" + e.Family).Distinct());
                return CheckResult.Fail(resource, $"A security group admits the internet on {PortsName} ({evidence["LatentPorts"]}) but the path is blocked: {exposures[0].BlockedBy}.", evidence)
                    .WithSeverity(LatentSeverity, "latent: one route, NACL or address change away from exposure");
            }
            return CheckResult.Pass(resource, $"No security group on the instance admits internet sources on {PortsName}.");
        }
    }

    /// <summary>SPAWN-EC2-004: remote administration ports.</summary>
    public sealed class RemoteAdminReachabilityCheck : InternetPortCheck
    {
        public override string Id => "SPAWN-EC2-004";
        protected override IReadOnlyList<PortProbe> Probes => PortProbe.RemoteAdmin;
        protected override string PortsName => "remote-admin ports";
        protected override AuditSeverity FullPathSeverity => AuditSeverity.Critical;
        protected override AuditSeverity LatentSeverity => AuditSeverity.High;
    }

    /// <summary>SPAWN-EC2-005: data-store and high-risk ports.</summary>
    public sealed class HighRiskReachabilityCheck : InternetPortCheck
    {
        public override string Id => "SPAWN-EC2-005";
        protected override IReadOnlyList<PortProbe> Probes => PortProbe.HighRisk;
        protected override string PortsName => "data-store or high-risk ports";
        protected override AuditSeverity FullPathSeverity => AuditSeverity.Critical;
        protected override AuditSeverity LatentSeverity => AuditSeverity.High;
    }
}

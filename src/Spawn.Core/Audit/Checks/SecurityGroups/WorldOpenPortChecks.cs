using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>SPAWN-SG-001: remote-admin ports (TCP/UDP 22 and 3389, any covering range or protocol -1) open to the world.</summary>
    public sealed class WorldOpenAdminPortsCheck : SecurityGroupCheck
    {
        public override string Id => "SPAWN-SG-001";

        protected override CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource)
        {
            var hits = WorldOpen(view, group, r => PortProbe.SshRdp.Any(r.Covers), out var error);
            return Verdict(resource, hits, error, "Remote-admin ports open to the world", "No rule opens 22 or 3389 to the world.");
        }
    }

    /// <summary>SPAWN-SG-002: all ports and protocols open to the world.</summary>
    public sealed class WorldOpenAllPortsCheck : SecurityGroupCheck
    {
        public override string Id => "SPAWN-SG-002";

        protected override CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource)
        {
            var hits = WorldOpen(view, group, r => r.IsAllPorts, out var error);
            return Verdict(resource, hits, error, "All ports open to the world", "No rule opens all ports to the world.");
        }
    }

    /// <summary>SPAWN-SG-003: data-store and high-risk ports open to the world.</summary>
    public sealed class WorldOpenHighRiskPortsCheck : SecurityGroupCheck
    {
        public override string Id => "SPAWN-SG-003";

        protected override CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource)
        {
            var hits = WorldOpen(view, group, r => PortProbe.HighRisk.Any(r.Covers), out var error);
            return Verdict(resource, hits, error, "High-risk ports open to the world", "No rule opens a high-risk port to the world.");
        }
    }

    /// <summary>SPAWN-SG-004: only TCP 80 and 443 may be open to the world.</summary>
    public sealed class UnlistedWorldPortsCheck : SecurityGroupCheck
    {
        public override string Id => "SPAWN-SG-004";

        protected override CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource)
        {
            var hits = WorldOpen(view, group, r => !IsAllowListed(r), out var error);
            return Verdict(resource, hits, error, "Ports other than TCP 80/443 open to the world", "Only TCP 80 and 443 are open to the world.");
        }

        private static bool IsAllowListed(IngressRule rule) =>
            rule.Protocol == Protocols.Tcp && rule.FromPort != null && rule.FromPort == rule.ToPort && (rule.FromPort == 80 || rule.FromPort == 443);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spawn.Audit.Checks;
using Spawn.Aws;

namespace Spawn.Audit.Repair
{
    /// <summary>
    /// The safe fixes: require IMDSv2 (SPAWN-EC2-001), revoke world-open SSH on a group tagged spawn:managed=true
    /// (SPAWN-SG-001), turn on EBS encryption by default (SPAWN-ACCT-001). Everything is re-read live before changing it,
    /// so a stale finding cannot cause a wrong change. Other checks are NotSupported.
    /// </summary>
    public sealed class AuditRepairer
    {
        public static readonly IReadOnlyList<string> Supported = new[] { "SPAWN-EC2-001", "SPAWN-SG-001", "SPAWN-ACCT-001" };
        private static readonly string[] World = { "0.0.0.0/0", "::/0" };

        private readonly AwsContext _context;

        public AuditRepairer(AwsContext context) => _context = context;

        /// <summary>What the fix would do, for ShouldProcess; null when the check has no safe fix.</summary>
        public static string? Describe(AuditFinding f)
        {
            switch (f.CheckId)
            {
                case "SPAWN-EC2-001": return $"Require IMDSv2 session tokens on {f.Resource.Id}";
                case "SPAWN-SG-001": return $"Revoke SSH (tcp/22) from 0.0.0.0/0 and ::/0 on {f.Resource.Id}";
                case "SPAWN-ACCT-001": return $"Turn on EBS encryption by default in {f.Resource.Region}";
                default: return null;
            }
        }

        public async Task<AuditRepairResult> RepairAsync(AuditFinding f, CancellationToken ct)
        {
            var result = new AuditRepairResult { FindingId = f.FindingId, CheckId = f.CheckId, ResourceArn = f.Resource.Arn, Action = Describe(f) ?? "" };
            if (result.Action.Length == 0)
            {
                return Outcome(result, "NotSupported", $"{f.CheckId} has no safe automatic fix; see the finding's Remediation.");
            }
            if (f.Status != AuditStatus.Fail)
            {
                return Outcome(result, "Skipped", $"The finding is {f.Status}, not Fail.");
            }
            using var regional = _context.ForRegion(f.Resource.Region);
            var ec2 = regional.Ec2;
            switch (f.CheckId)
            {
                case "SPAWN-EC2-001":
                    await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest
                    {
                        InstanceId = f.Resource.Id, HttpTokens = HttpTokensState.Required, HttpEndpoint = InstanceMetadataEndpointState.Enabled,
                    }, ct).ConfigureAwait(false);
                    result.Disruptive = true;
                    result.Disruption = "No restart, but software on the instance that still uses IMDSv1 (old SDKs, agents, scripts calling curl without a token) stops getting metadata and credentials.";
                    return Outcome(result, "Repaired", "HttpTokens is now required.");
                case "SPAWN-SG-001":
                    return await RevokeSshAsync(ec2, f, result, ct).ConfigureAwait(false);
                default:
                    await ec2.EnableEbsEncryptionByDefaultAsync(new EnableEbsEncryptionByDefaultRequest(), ct).ConfigureAwait(false);
                    return Outcome(result, "Repaired", "New volumes in the region are encrypted; existing volumes are unchanged.");
            }
        }

        private static async Task<AuditRepairResult> RevokeSshAsync(IAmazonEC2 ec2, AuditFinding f, AuditRepairResult result, CancellationToken ct)
        {
            var group = (await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = new List<string> { f.Resource.Id } }, ct).ConfigureAwait(false))
                .SecurityGroups?.FirstOrDefault();
            if (group == null)
            {
                return Outcome(result, "Skipped", "The security group no longer exists.");
            }
            if (!ResourceRef.IsManaged(group.Tags))
            {
                return Outcome(result, "Skipped", "The group is not tagged spawn:managed=true; Spawn only changes groups it created.");
            }
            // Only rules that are exactly SSH from the whole internet are revoked; wider rules (ranges, -1) need a human.
            var ssh = (group.IpPermissions ?? new List<IpPermission>())
                .Where(p => (p.IpProtocol == "tcp" || p.IpProtocol == "6") && p.FromPort == 22 && p.ToPort == 22)
                .Select(p => new IpPermission
                {
                    IpProtocol = p.IpProtocol, FromPort = 22, ToPort = 22,
                    Ipv4Ranges = (p.Ipv4Ranges ?? new List<IpRange>()).Where(r => World.Contains(r.CidrIp)).ToList(),
                    Ipv6Ranges = (p.Ipv6Ranges ?? new List<Ipv6Range>()).Where(r => World.Contains(r.CidrIpv6)).ToList(),
                })
                .Where(p => p.Ipv4Ranges.Count + p.Ipv6Ranges.Count > 0).ToList();
            if (ssh.Count == 0)
            {
                return Outcome(result, "Skipped", "No rule opens exactly tcp/22 to 0.0.0.0/0 or ::/0 (wider rules are left to a human).");
            }
            await ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = group.GroupId, IpPermissions = ssh }, ct).ConfigureAwait(false);
            result.Disruptive = true;
            result.Disruption = "SSH from the internet stops working for instances in this group; use SSM Session Manager or EC2 Instance Connect Endpoint.";
            return Outcome(result, "Repaired", "World-open SSH revoked.");
        }

        private static AuditRepairResult Outcome(AuditRepairResult result, string outcome, string reason)
        {
            result.Outcome = outcome;
            result.Reason = reason;
            return result;
        }
    }
}

using System.Linq;
using Spawn.Audit.Catalogue;
using Spawn.Audit.Checks;
using Spawn.Audit.Engine;
using Xunit;

namespace Spawn.Tests.Audit
{
    public class CatalogueTests
    {
        private static readonly string[] Frameworks_ = { "NIST-800-53-r5", "NIST-800-171-r2", "HIPAA-Security-Rule", "PCI-DSS-4.0", "SOC2-2017" };

        [Fact]
        public void Every_registered_check_has_exactly_one_catalogue_entry_and_back()
        {
            var registered = CheckRegistry.All.Select(c => c.Id).OrderBy(x => x).ToList();
            var catalogued = CheckCatalogue.Definitions.Select(d => d.Id).OrderBy(x => x).ToList();
            Assert.Equal(catalogued, registered);
            Assert.Equal(registered.Count, registered.Distinct().Count());
        }

        [Fact]
        public void The_issue_s_required_checks_are_all_there()
        {
            var required = new[]
            {
                "EC2-001", "EC2-002", "EC2-003", "EC2-004", "EC2-005", "EC2-006", "EC2-007", "EC2-008", "EC2-012", "EC2-013", "EC2-014", "EC2-015",
                "EBS-001", "EBS-002", "EBS-005", "SG-001", "SG-002", "SG-003", "SG-004", "SG-005", "SG-007", "IAM-001", "IAM-002", "IAM-003",
                "IAM-004", "IAM-005", "KMS-001", "KMS-002", "KMS-003", "DNS-001", "DNS-002", "META-001",
            };
            Assert.All(required, id => Assert.Contains(CheckCatalogue.Definitions, d => d.Id == "SPAWN-" + id));
            Assert.True(CheckCatalogue.Definitions.Count >= 30);
        }

        [Fact]
        public void Every_check_maps_to_800_53_and_800_171_and_has_remediation()
        {
            Assert.All(CheckCatalogue.Definitions, d =>
            {
                Assert.NotEmpty(d.Compliance["NIST-800-53-r5"]);
                Assert.NotEmpty(d.Compliance["NIST-800-171-r2"]);
                Assert.False(string.IsNullOrWhiteSpace(d.Remediation.Text));
                Assert.True(d.Remediation.AwsCli != null || d.Remediation.SpawnCommand != null || d.Id == "SPAWN-IAM-003" || d.Id == "SPAWN-IAM-005", d.Id);
                Assert.All(d.Compliance.Keys, k => Assert.True(Frameworks_.Contains(k) || k == "CIS-AWS-5.0.0", k));
            });
        }

        [Fact]
        public void Framework_selection_uses_mappings_and_keeps_the_meta_check()
        {
            var cis = CheckSelection.Select("cis", new string[0], new string[0]).Select(d => d.Id).ToList();
            Assert.Contains("SPAWN-EC2-001", cis);
            Assert.DoesNotContain("SPAWN-EC2-008", cis);
            Assert.Contains("SPAWN-META-001", cis);
            Assert.DoesNotContain("SPAWN-EBS-002", CheckSelection.Select("nist-800-53-moderate", new string[0], new string[0]).Select(d => d.Id));
            Assert.Contains("SPAWN-EBS-002", CheckSelection.Select("nist-800-53-high", new string[0], new string[0]).Select(d => d.Id));
        }

        [Fact]
        public void Include_and_exclude_accept_short_ids_and_wildcards()
        {
            var ids = CheckSelection.Select(null, new[] { "SG-*" }, new[] { "SG-006" }).Select(d => d.Id).ToList();
            Assert.Contains("SPAWN-SG-001", ids);
            Assert.DoesNotContain("SPAWN-SG-006", ids);
            Assert.DoesNotContain("SPAWN-EC2-001", ids);
            Assert.Equal("AuditUnknownCheck", Assert.Throws<SpawnValidationException>(() => CheckSelection.Select(null, new[] { "EC2-999" }, new string[0])).ErrorId);
        }

        [Fact]
        public void Permission_policy_lists_every_collector_action_and_only_reads()
        {
            var actions = AuditPermissionPolicy.ReadActions;
            Assert.Contains("ec2:DescribeInstanceAttribute", actions);
            Assert.Contains("iam:GetPolicyVersion", actions);
            Assert.All(actions, a => Assert.Matches(@"^[a-z0-9]+:(Describe|Get|List)", a));
            Assert.All(CheckRegistry.All.SelectMany(c => c.Needs), api => Assert.Contains(api.IamAction, actions));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Xml.Linq;
using Spawn.Audit;
using Spawn.Audit.Engine;
using Spawn.Audit.Reporting;
using Spawn.Aws;
using Spawn.Dns;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Audit
{
    /// <summary>
    /// The whole audit against moto in its own region (eu-west-3) and its own hosted zone: a non-compliant instance
    /// (IMDSv1, unencrypted volume, SSH open through an IGW, a secret in user data, an admin role, an expired TTL) and a
    /// compliant one, plus a dangling record. Seeded with the AWS CLI, independently of Spawn's code.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public class AuditMotoTests
    {
        private const string Region = "eu-west-3";
        private readonly MotoServer _moto;

        public AuditMotoTests(MotoServer moto) => _moto = moto;

        private string Cli(params string[] args) => AwsCli.Run(_moto, args.Concat(new[] { "--region", Region }).ToArray());
        private JsonElement Json(params string[] args) => AwsCli.Json(_moto, args.Concat(new[] { "--region", Region }).ToArray());

        private sealed class Seeded
        {
            public string Bad = "", Good = "", Zone = "", BadIp = "";
        }

        private static readonly object SeedLock = new object();
        private static Seeded? _seeded;

        /// <summary>Seeded once for the class (the AWS CLI is slow to start); every test only reads.</summary>
        private Seeded Seed()
        {
            lock (SeedLock)
            {
                return _seeded ??= SeedOnce();
            }
        }

        private Seeded SeedOnce()
        {
            var s = new Seeded();
            var suffix = Guid.NewGuid().ToString("N").Substring(0, 8);
            var vpc = Json("ec2", "create-vpc", "--cidr-block", "10.20.0.0/16").GetProperty("Vpc").GetProperty("VpcId").GetString()!;
            var publicSubnet = Json("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.20.1.0/24").GetProperty("Subnet").GetProperty("SubnetId").GetString()!;
            var privateSubnet = Json("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.20.2.0/24").GetProperty("Subnet").GetProperty("SubnetId").GetString()!;
            var igw = Json("ec2", "create-internet-gateway").GetProperty("InternetGateway").GetProperty("InternetGatewayId").GetString()!;
            Cli("ec2", "attach-internet-gateway", "--internet-gateway-id", igw, "--vpc-id", vpc);
            var rtb = Json("ec2", "create-route-table", "--vpc-id", vpc).GetProperty("RouteTable").GetProperty("RouteTableId").GetString()!;
            Cli("ec2", "create-route", "--route-table-id", rtb, "--destination-cidr-block", "0.0.0.0/0", "--gateway-id", igw);
            Cli("ec2", "associate-route-table", "--route-table-id", rtb, "--subnet-id", publicSubnet);
            var openSg = Json("ec2", "create-security-group", "--group-name", "open-" + suffix, "--description", "ssh", "--vpc-id", vpc).GetProperty("GroupId").GetString()!;
            Cli("ec2", "authorize-security-group-ingress", "--group-id", openSg, "--protocol", "tcp", "--port", "22", "--cidr", "0.0.0.0/0");
            var closedSg = Json("ec2", "create-security-group", "--group-name", "closed-" + suffix, "--description", "none", "--vpc-id", vpc).GetProperty("GroupId").GetString()!;

            var trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
            AwsCli.Run(_moto, "iam", "create-role", "--role-name", "admin-" + suffix, "--assume-role-policy-document", trust);
            // moto does not load AWS-managed policies, so the admin grant is a customer-managed copy of AdministratorAccess.
            var policyArn = AwsCli.Json(_moto, "iam", "create-policy", "--policy-name", "admin-" + suffix,
                "--policy-document", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}")
                .GetProperty("Policy").GetProperty("Arn").GetString()!;
            AwsCli.Run(_moto, "iam", "attach-role-policy", "--role-name", "admin-" + suffix, "--policy-arn", policyArn);
            AwsCli.Run(_moto, "iam", "create-instance-profile", "--instance-profile-name", "admin-" + suffix);
            AwsCli.Run(_moto, "iam", "add-role-to-instance-profile", "--instance-profile-name", "admin-" + suffix, "--role-name", "admin-" + suffix);
            AwsCli.Run(_moto, "iam", "create-role", "--role-name", "app-" + suffix, "--assume-role-policy-document", trust);
            AwsCli.Run(_moto, "iam", "put-role-policy", "--role-name", "app-" + suffix, "--policy-name", "read",
                "--policy-document", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::app-bucket/*\"}]}");
            AwsCli.Run(_moto, "iam", "create-instance-profile", "--instance-profile-name", "app-" + suffix);
            AwsCli.Run(_moto, "iam", "add-role-to-instance-profile", "--instance-profile-name", "app-" + suffix, "--role-name", "app-" + suffix);

            var userData = Path.GetTempFileName();
            File.WriteAllText(userData, "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=" + "AKIA" + "Q3EGRL5TBC7X2NM4" + "\n");
            var now = DateTime.UtcNow;
            string Ts(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            s.Bad = Json("ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", "t3.micro", "--subnet-id", publicSubnet,
                "--security-group-ids", openSg, "--associate-public-ip-address", "--user-data", "file://" + userData,
                "--iam-instance-profile", "Name=admin-" + suffix, "--metadata-options", "HttpTokens=optional",
                "--tag-specifications", $"ResourceType=instance,Tags=[{{Key=spawn:managed,Value=true}},{{Key=spawn:name,Value=web{suffix}}},{{Key=spawn:owner,Value=arn:aws:iam::123456789012:user/a}},{{Key=spawn:created,Value={Ts(now.AddDays(-2))}}},{{Key=spawn:ttl,Value={Ts(now.AddDays(-1))}}}]")
                .GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
            s.Good = Json("ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", "t3.micro", "--subnet-id", privateSubnet,
                "--security-group-ids", closedSg, "--iam-instance-profile", "Name=app-" + suffix,
                "--metadata-options", "HttpTokens=required,HttpPutResponseHopLimit=1,HttpEndpoint=enabled",
                "--block-device-mappings", "[{\"DeviceName\":\"/dev/sda1\",\"Ebs\":{\"VolumeSize\":8,\"Encrypted\":true}}]",
                "--tag-specifications", $"ResourceType=instance,Tags=[{{Key=spawn:managed,Value=true}},{{Key=spawn:owner,Value=arn:aws:iam::123456789012:user/a}},{{Key=spawn:created,Value={Ts(now)}}},{{Key=spawn:ttl,Value={Ts(now.AddDays(1))}}}]")
                .GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
            s.BadIp = Json("ec2", "describe-instances", "--instance-ids", s.Bad).GetProperty("Reservations")[0].GetProperty("Instances")[0].GetProperty("PublicIpAddress").GetString()!;

            var zoneName = $"audit-{suffix}.example.";
            s.Zone = AwsCli.Json(_moto, "route53", "create-hosted-zone", "--name", zoneName, "--caller-reference", suffix).GetProperty("HostedZone").GetProperty("Id").GetString()!;
            var label = AccountNamespace.Label(MotoServer.AccountId);
            var batch = "{\"Changes\":[" +
                $"{{\"Action\":\"CREATE\",\"ResourceRecordSet\":{{\"Name\":\"web{suffix}.{label}.{zoneName}\",\"Type\":\"A\",\"TTL\":60,\"ResourceRecords\":[{{\"Value\":\"{s.BadIp}\"}}]}}}}," +
                $"{{\"Action\":\"CREATE\",\"ResourceRecordSet\":{{\"Name\":\"gone.{label}.{zoneName}\",\"Type\":\"A\",\"TTL\":60,\"ResourceRecords\":[{{\"Value\":\"198.51.100.7\"}}]}}}}]}}";
            AwsCli.Run(_moto, "route53", "change-resource-record-sets", "--hosted-zone-id", s.Zone, "--change-batch", batch);
            return s;
        }

        private (AuditSummary Summary, List<AuditFinding> Findings) Audit(AwsContext context, AuditOptions? options = null)
        {
            var runner = new AuditRunner(options ?? new AuditOptions { Regions = new[] { Region } }, Spawn.Diagnostics.NullOperationLog.Instance);
            var summary = runner.RunAsync(context, _ => { }, CancellationToken.None).GetAwaiter().GetResult();
            return (summary, runner.Findings);
        }

        private static AuditFinding For(List<AuditFinding> findings, string check, string resourceId) =>
            findings.Single(f => f.CheckId == check && f.Resource.Id == resourceId);

        [Fact]
        public void Finds_each_seeded_problem_and_none_on_the_compliant_instance()
        {
            var s = Seed();
            using var context = TestContext.For(_moto, Region);
            var (summary, findings) = Audit(context);

            foreach (var check in new[] { "SPAWN-EC2-001", "SPAWN-EC2-003", "SPAWN-EC2-004", "SPAWN-EC2-007", "SPAWN-EC2-008", "SPAWN-EC2-013" })
            {
                Assert.Equal(AuditStatus.Fail, For(findings, check, s.Bad).Status);
                Assert.Equal(AuditStatus.Pass, For(findings, check, s.Good).Status);
            }
            Assert.Equal(AuditSeverity.Critical, For(findings, "SPAWN-EC2-004", s.Bad).EffectiveSeverity);
            Assert.Equal(AuditSeverity.Critical, For(findings, "SPAWN-EC2-007", s.Bad).EffectiveSeverity);
            var secret = For(findings, "SPAWN-EC2-008", s.Bad);
            Assert.Contains("AwsAccessKeyId", secret.Evidence["Secret1"]);
            Assert.DoesNotContain(findings, f => JsonSerializer.Serialize(f).Contains("Q3EGRL5TBC7X2NM4"));

            var volumes = findings.Where(f => f.CheckId == "SPAWN-EBS-001").ToList();
            Assert.Contains(volumes, f => f.Status == AuditStatus.Fail && f.Evidence["AttachedTo"] == s.Bad);
            Assert.Contains(volumes, f => f.Status == AuditStatus.Pass && f.Evidence["AttachedTo"] == s.Good);

            var admin = findings.Where(f => f.CheckId == "SPAWN-IAM-001" && f.Resource.Id.StartsWith("admin-")).ToList();
            Assert.Contains(admin, f => f.Status == AuditStatus.Fail);
            Assert.Contains(findings, f => f.CheckId == "SPAWN-IAM-001" && f.Resource.Id.StartsWith("app-") && f.Status == AuditStatus.Pass);

            var zoneId = s.Zone.Split('/').Last();
            var dns = findings.Where(f => f.CheckId == "SPAWN-DNS-001" && f.Resource.Arn.Contains(zoneId)).ToList();
            Assert.Contains(dns, f => f.Status == AuditStatus.Fail && f.Resource.Name!.StartsWith("gone."));
            Assert.Contains(dns, f => f.Status == AuditStatus.Pass && f.Resource.Name!.StartsWith("web"));

            Assert.Equal(AuditSummary.ExitFailingFindings, summary.ExitCode);
            Assert.True(summary.AwsRequests > 0);
        }

        [Fact]
        public void An_api_answering_AccessDenied_gives_Error_results_naming_the_action_never_Pass()
        {
            // The proxy refuses DescribeVolumes only (403 UnauthorizedOperation); everything else reaches moto.
            var s = Seed();
            using var proxy = new DenyingProxy(_moto.Endpoint, "DescribeVolumes");
            using var context = new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings>
            {
                new AwsSettings("test") { Region = Region, AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey, EndpointUrl = proxy.Endpoint },
            });
            var (summary, findings) = Audit(context);

            Assert.True(proxy.Denied > 0);
            var ebs = findings.Where(f => f.CheckId == "SPAWN-EBS-001").ToList();
            Assert.NotEmpty(ebs);
            Assert.All(ebs, f =>
            {
                Assert.Equal(AuditStatus.Error, f.Status);
                Assert.Equal("ec2:DescribeVolumes", f.Evidence["Action"]);
                Assert.Equal(AwsErrorTranslator.AccessDenied, f.Evidence["ErrorId"]);
            });
            Assert.Equal(AuditStatus.Fail, findings.Single(f => f.CheckId == "SPAWN-META-001" && f.Resource.Region == Region).Status);
            Assert.Contains(summary.Errors, e => e.Action == "ec2:DescribeVolumes");
            Assert.Equal(AuditStatus.Fail, For(findings, "SPAWN-EC2-001", s.Bad).Status); // other checks still work
            Assert.True(summary.CoveragePercent < 100);
        }

        [Fact]
        public void Exit_code_is_4_when_incomplete_without_failures()
        {
            var s = Seed();
            using var proxy = new DenyingProxy(_moto.Endpoint, "DescribeVolumes");
            using var context = new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings>
            {
                new AwsSettings("test") { Region = Region, AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey, EndpointUrl = proxy.Endpoint },
            });
            var (summary, _) = Audit(context, new AuditOptions { Regions = new[] { Region }, CheckIds = new[] { "EBS-001", "EC2-015" }, InstanceIds = new[] { s.Good } });
            Assert.Equal(0, summary.Failing);
            Assert.Equal(AuditSummary.ExitIncomplete, summary.ExitCode);
        }

        [Fact]
        public void Sarif_has_the_2_1_0_required_structure_and_JUnit_parses()
        {
            var s = Seed();
            using var context = TestContext.For(_moto, Region);
            var (summary, findings) = Audit(context, new AuditOptions { Regions = new[] { Region }, InstanceIds = new[] { s.Bad, s.Good } });

            SarifShape.AssertValid(ReportWriter.Render(ReportFormat.Sarif, summary, findings), findings.Count);

            var junit = XDocument.Parse(ReportWriter.Render(ReportFormat.JUnit, summary, findings));
            var suites = junit.Root!.Elements("testsuite").ToList();
            Assert.Equal(findings.Select(f => f.CheckId).Distinct().Count(), suites.Count);
            Assert.Equal(findings.Count, int.Parse(junit.Root.Attribute("tests")!.Value));
            Assert.All(suites, suite => Assert.Equal(suite.Elements("testcase").Count(), int.Parse(suite.Attribute("tests")!.Value)));
            Assert.Contains(junit.Descendants("testcase"), t => t.Attribute("classname")!.Value == "SPAWN-EC2-004" && t.Element("failure") != null);

            var json = ReportWriter.Render(ReportFormat.Json, summary, findings);
            var comparison = Comparison.FromJson(json, "previous.json");
            var again = Audit(context, new AuditOptions { Regions = new[] { Region }, InstanceIds = new[] { s.Bad, s.Good }, Previous = comparison });
            Assert.All(again.Findings.Where(f => f.CheckId != "SPAWN-META-001"), f => Assert.Equal(AuditChangeType.Unchanged, f.ChangeType));
        }
    }
}

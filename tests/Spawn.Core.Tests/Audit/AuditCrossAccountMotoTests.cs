using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Spawn.Audit;
using Spawn.Audit.Engine;
using Spawn.Aws;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Audit
{
    /// <summary>
    /// Invoke-SpawnAudit -RoleArn against moto's accounts: moto files what is created with an assumed role's credentials
    /// under that role's account, so a non-compliant instance seeded through arn:aws:iam::222222222222:role/... lives in
    /// 222222222222 only. The audit assumes a role in 222222222222 and in 333333333333 and must attribute each finding to
    /// the account it came from. moto accepts any AssumeRole, so refusal is simulated by a proxy answering 403.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public class AuditCrossAccountMotoTests
    {
        private const string Region = "eu-north-1";
        private const string BadAccount = "222222222222";
        private const string GoodAccount = "333333333333";
        private static readonly string BadRole = $"arn:aws:iam::{BadAccount}:role/spawn-audit";
        private static readonly string GoodRole = $"arn:aws:iam::{GoodAccount}:role/spawn-audit";

        private static readonly object SeedLock = new object();
        private static (string Bad, string Good)? _seeded;
        private readonly MotoServer _moto;

        public AuditCrossAccountMotoTests(MotoServer moto) => _moto = moto;

        private (string Bad, string Good) Seed()
        {
            lock (SeedLock)
            {
                return _seeded ??= (Launch(BadRole, "HttpTokens=optional"), Launch(GoodRole, "HttpTokens=required,HttpPutResponseHopLimit=1,HttpEndpoint=enabled"));
            }
        }

        private string Launch(string roleArn, string metadataOptions)
        {
            var creds = AwsCli.AssumeRole(_moto, roleArn);
            var account = roleArn.Split(':')[4];
            Assert.Equal(account, AwsCli.JsonAs(_moto, creds, "sts", "get-caller-identity").GetProperty("Account").GetString());
            return AwsCli.JsonAs(_moto, creds, "ec2", "run-instances", "--region", Region, "--image-id", "ami-12c6146b", "--instance-type", "t3.micro",
                    "--metadata-options", metadataOptions,
                    "--tag-specifications", "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]")
                .GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
        }

        private static (AuditSummary Summary, List<AuditFinding> Findings) Audit(AwsContext context, params string[] roleArns)
        {
            var runner = new AuditRunner(new AuditOptions { Regions = new[] { Region }, RoleArns = roleArns, CheckIds = new[] { "EC2-001", "META-001" } },
                Spawn.Diagnostics.NullOperationLog.Instance);
            var summary = runner.RunAsync(context, _ => { }, CancellationToken.None).GetAwaiter().GetResult();
            return (summary, runner.Findings);
        }

        [Fact]
        public void Seeded_instances_live_only_in_the_assumed_roles_accounts()
        {
            var s = Seed();
            // The caller's own account (123456789012) does not see them: moto answers InvalidInstanceID.NotFound.
            foreach (var id in new[] { s.Bad, s.Good })
            {
                var e = Assert.Throws<InvalidOperationException>(() => AwsCli.Run(_moto, "ec2", "describe-instances", "--region", Region, "--instance-ids", id));
                Assert.Contains("InvalidInstanceID.NotFound", e.Message);
            }
            var creds = AwsCli.AssumeRole(_moto, BadRole);
            Assert.Equal(BadAccount, AwsCli.JsonAs(_moto, creds, "ec2", "describe-instances", "--region", Region, "--instance-ids", s.Bad)
                .GetProperty("Reservations")[0].GetProperty("OwnerId").GetString());
        }

        [Fact]
        public void Each_finding_is_attributed_to_the_account_of_the_role_it_was_collected_with()
        {
            var s = Seed();
            using var context = TestContext.For(_moto, Region);
            var (summary, findings) = Audit(context, BadRole, GoodRole);

            Assert.Equal(new[] { BadAccount, GoodAccount }, summary.Accounts);
            Assert.Empty(summary.Errors);

            var bad = findings.Single(f => f.CheckId == "SPAWN-EC2-001" && f.Resource.Id == s.Bad);
            Assert.Equal(AuditStatus.Fail, bad.Status);
            Assert.Equal(BadAccount, bad.Resource.AccountId);
            Assert.Contains($":{BadAccount}:", bad.Resource.Arn);
            Assert.StartsWith("arn:aws:ec2:" + Region + ":", bad.Resource.Arn);

            var good = findings.Single(f => f.CheckId == "SPAWN-EC2-001" && f.Resource.Id == s.Good);
            Assert.Equal(AuditStatus.Pass, good.Status);
            Assert.Equal(GoodAccount, good.Resource.AccountId);
            Assert.Contains($":{GoodAccount}:", good.Resource.Arn);

            // Every EC2-001 failure is in 222222222222; nothing from the caller's own account (123456789012) leaks in.
            var ec2 = findings.Where(f => f.CheckId == "SPAWN-EC2-001" && f.Resource.Type != "Spawn::Audit::Scan").ToList();
            Assert.All(ec2.Where(f => f.Status == AuditStatus.Fail), f => Assert.Equal(BadAccount, f.Resource.AccountId));
            Assert.All(ec2, f => Assert.NotEqual(MotoServer.AccountId, f.Resource.AccountId));
            Assert.All(ec2, f => Assert.Contains(":" + f.Resource.AccountId + ":", f.Resource.Arn));
            Assert.True(summary.AwsRequestsByApi.TryGetValue("AssumeRole", out var assumed) && assumed == 2);
        }

        [Fact]
        public void A_role_that_cannot_be_assumed_is_reported_as_an_incomplete_scan_of_that_account_not_skipped()
        {
            var s = Seed();
            // Only AssumeRole into 333333333333 is refused (403); 222222222222 is audited as usual.
            using var proxy = new DenyingProxy(_moto.Endpoint, "AssumeRole", onlyWhenBodyContains: GoodAccount);
            using var context = new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings>
            {
                new AwsSettings("test") { Region = Region, AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey, EndpointUrl = proxy.Endpoint },
            });
            var (summary, findings) = Audit(context, BadRole, GoodRole);

            Assert.Equal(1, proxy.Denied);
            Assert.Equal(new[] { BadAccount, GoodAccount }, summary.Accounts);
            var error = Assert.Single(summary.Errors);
            Assert.Equal(GoodAccount, error.Account);
            Assert.Equal("sts:AssumeRole", error.Action);
            Assert.Equal(AwsErrorTranslator.AccessDenied, error.ErrorId);
            Assert.Equal(GoodRole, error.Resource);

            var scan = findings.Single(f => f.CheckId == "SPAWN-META-001" && f.Resource.AccountId == GoodAccount && f.Resource.Region == "global");
            Assert.Equal(AuditStatus.Fail, scan.Status);
            Assert.Contains("sts:AssumeRole", scan.Evidence["FailedActions"]);
            // The unreachable account is not skipped: EC2-001 reports Error for its region, naming the refused action.
            var unreachable = findings.Single(f => f.CheckId == "SPAWN-EC2-001" && f.Resource.AccountId == GoodAccount);
            Assert.Equal(AuditStatus.Error, unreachable.Status);
            Assert.Equal(Region, unreachable.Resource.Region);
            Assert.Equal("sts:AssumeRole", unreachable.Evidence["Action"]);
            Assert.Equal(AwsErrorTranslator.AccessDenied, unreachable.Evidence["ErrorId"]);
            Assert.Equal(AuditStatus.Fail, findings.Single(f => f.CheckId == "SPAWN-META-001" && f.Resource.AccountId == GoodAccount && f.Resource.Region == Region).Status);
            Assert.DoesNotContain(findings, f => f.Resource.Id == s.Good);
            Assert.Equal(AuditStatus.Fail, findings.Single(f => f.CheckId == "SPAWN-EC2-001" && f.Resource.Id == s.Bad).Status);
            Assert.True(summary.CoveragePercent < 100);
            Assert.NotEqual(AuditSummary.ExitClean, summary.ExitCode);
        }
    }
}

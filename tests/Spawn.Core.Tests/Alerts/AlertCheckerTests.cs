using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Diagnostics;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Alerts
{
    /// <summary>Invoke-SpawnAlertCheck's engine against moto: fires once, stays quiet while it holds, clears, fires again.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class AlertCheckerTests
    {
        private readonly MotoServer _moto;

        public AlertCheckerTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task FiresOnce_NotAgainWhileItHolds_ClearsThenFiresAgain()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("ttl");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-1));
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("pastttl");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, PastTtl = true, SnsTopicArn = topic, Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var checker = new AlertChecker(context, new RecordingLog());
            bool Mine(string n) => n == name;

            var first = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal(("Fired", instance, "PastTtl"), (first.State, first.InstanceId, first.Condition));
            Assert.Equal(new[] { "Sns " + topic }, first.DeliveredTo);
            var message = Assert.Single(AlertFixture.Received(_moto, queue));
            Assert.Contains(instance, message);
            Assert.Contains("past its TTL", message);

            var second = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal("StillFiring", second.State);
            Assert.Empty(AlertFixture.Received(_moto, queue));

            AlertFixture.Tag(_moto, instance, "spawn:ttl", AlertFixture.Iso(DateTime.UtcNow.AddHours(5)));
            var cleared = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal("Cleared", cleared.State);
            Assert.Empty(await checker.CheckAsync(Mine, send: true, CancellationToken.None));

            AlertFixture.Tag(_moto, instance, "spawn:ttl", AlertFixture.Iso(DateTime.UtcNow.AddMinutes(-5)));
            var again = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal("Fired", again.State);
            Assert.Single(AlertFixture.Received(_moto, queue));
        }

        [Fact]
        public async Task WhatIfEvaluatesWithoutSendingOrRecording()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("whatif");
            AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-30));
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("old");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, OlderThanHours = 24, SnsTopicArn = topic, Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var checker = new AlertChecker(context, new RecordingLog());

            for (var i = 0; i < 2; i++)
            {
                var result = Assert.Single(await checker.CheckAsync(n => n == name, send: false, CancellationToken.None));
                Assert.Equal("WouldFire", result.State);
            }
            Assert.Empty(AlertFixture.Received(_moto, queue));
            Assert.Empty((await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None))!.Fired);
        }

        [Fact]
        public async Task WebhookTargetGetsJsonThroughTheSafeSender()
        {
            using var receiver = new HttpsReceiver();
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("hook");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-30));
            var name = AlertFixture.Unique("hook");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, OlderThanHours = 1, KmsKeyId = AlertFixture.KmsKey(_moto),
                WebhookUrl = $"https://localhost:{receiver.Port}/hook/token-abc",
                Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var sender = new WebhookSender(new WebhookSenderOptions { AllowLoopback = true, TrustedTestCertificate = receiver.Certificate });
            var log = new RecordingLog();
            var checker = new AlertChecker(context, log, sender, PriceBook.For(SpawnPriceSource.PriceTable, context, log));

            var result = Assert.Single(await checker.CheckAsync(n => n == name, send: true, CancellationToken.None));
            Assert.Equal("Fired", result.State);
            Assert.Equal(new[] { $"Webhook https://localhost:{receiver.Port}/***" }, result.DeliveredTo);
            var (line, body) = Assert.Single(receiver.Requests);
            Assert.Equal("POST /hook/token-abc", line);
            using var json = JsonDocument.Parse(body);
            Assert.Equal(instance, json.RootElement.GetProperty("firings")[0].GetProperty("instanceId").GetString());
            Assert.DoesNotContain(log.Messages, m => m.Contains("token-abc", StringComparison.Ordinal));
        }

        [Fact]
        public async Task UndeliveredAlertsAreNotRecorded_SoTheNextCheckTriesAgain()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("fail");
            AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-30));
            var name = AlertFixture.Unique("fail");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, OlderThanHours = 1, KmsKeyId = AlertFixture.KmsKey(_moto),
                WebhookUrl = "https://localhost:9/hook/token-xyz",
                Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var log = new RecordingLog();
            var checker = new AlertChecker(context, log); // no loopback allowance: localhost is refused

            for (var i = 0; i < 2; i++)
            {
                var result = Assert.Single(await checker.CheckAsync(n => n == name, send: true, CancellationToken.None));
                Assert.Equal("NotDelivered", result.State);
                Assert.Equal(new[] { "Webhook https://localhost:9/***: AlertWebhookAddressRefused" }, result.FailedTo);
            }
            Assert.DoesNotContain(log.Messages, m => m.Contains("token-xyz", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AuditFinding_FiresOnceForImdsV1_StaysQuiet_ClearsWhenFixed()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("audit");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-1), httpTokens: "optional");
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("audit");
            var created = await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, AuditSeverity = Spawn.Audit.AuditSeverity.High, SnsTopicArn = topic,
                Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            Assert.Equal(Spawn.Audit.AuditSeverity.High, created.AuditSeverity);
            Assert.Equal(Spawn.Audit.AuditSeverity.High,
                (await new AlertService(context, new RecordingLog()).ListAsync(n => n == name, CancellationToken.None)).Single().AuditSeverity);
            var checker = new AlertChecker(context, new RecordingLog());
            bool Mine(string n) => n == name;

            var first = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal(("Fired", instance, "AuditFinding"), (first.State, first.InstanceId, first.Condition));
            Assert.Contains("SPAWN-EC2-001", first.Detail);
            Assert.DoesNotContain("optional", first.Detail); // check ids, never evidence values
            var message = Assert.Single(AlertFixture.Received(_moto, queue));
            Assert.Contains("SPAWN-EC2-001", message);

            var second = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal("StillFiring", second.State);
            Assert.Empty(AlertFixture.Received(_moto, queue));

            AwsCli.Run(_moto, "ec2", "modify-instance-metadata-options", "--instance-id", instance, "--http-tokens", "required");
            var cleared = Assert.Single(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Equal(("Cleared", instance, "AuditFinding"), (cleared.State, cleared.InstanceId, cleared.Condition));
            Assert.Empty(await checker.CheckAsync(Mine, send: true, CancellationToken.None));
            Assert.Empty((await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None))!.Fired);
        }

        [Fact]
        public async Task AuditFinding_CompliantInstanceNeverFires()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("auditok");
            AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-1), httpTokens: "required");
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("auditok");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, AuditSeverity = Spawn.Audit.AuditSeverity.High, SnsTopicArn = topic,
                Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var checker = new AlertChecker(context, new RecordingLog());

            for (var i = 0; i < 2; i++)
            {
                Assert.Empty(await checker.CheckAsync(n => n == name, send: true, CancellationToken.None));
            }
            Assert.Empty(AlertFixture.Received(_moto, queue));
        }

        [Fact]
        public async Task AuditFinding_UnreadableAuditIsUnknown_NeverCleared()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("auditerr");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-1), httpTokens: "optional");
            var (topic, _) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("auditerr");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, AuditSeverity = Spawn.Audit.AuditSeverity.Critical, SnsTopicArn = topic,
                Tags = new System.Collections.Generic.Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            var key = "AuditFinding|" + instance;
            await new AlertStore(context, new RecordingLog()).SaveFiredAsync(name,
                new System.Collections.Generic.Dictionary<string, DateTime> { [key] = DateTime.UtcNow }, CancellationToken.None);
            var condition = new AuditFindingCondition(Spawn.Audit.AuditSeverity.Critical);
            var subject = new AlertSubject { InstanceId = instance, Audit = new AlertAudit { Evaluated = true } };
            subject.Audit.ErrorCheckIds.Add("SPAWN-EC2-003");
            Assert.Contains("SPAWN-EC2-003", condition.Undecided(subject));
            Assert.NotNull(condition.Undecided(new AlertSubject { InstanceId = instance, Audit = new AlertAudit() }));
            Assert.NotNull(condition.Undecided(new AlertSubject { InstanceId = instance, Audit = new AlertAudit { Evaluated = true, Unavailable = "AwsAccessDenied" } }));
            Assert.Null(condition.Undecided(new AlertSubject { InstanceId = instance, Audit = new AlertAudit { Evaluated = true } }));
            subject.Audit.Failing.Add(("SPAWN-EC2-009", Spawn.Audit.AuditSeverity.Critical));
            Assert.Null(condition.Undecided(subject)); // a failing finding decides it, whatever else could not be read
            Assert.Contains("SPAWN-EC2-009", condition.Evaluate(subject, DateTime.UtcNow));

            // The audit read nothing for the instance's checks (Error findings), or failed as a whole: Unknown, and what
            // fired stays recorded (a Critical alert on a High-only instance would otherwise clear).
            var runs = 0;
            Task<System.Collections.Generic.IReadOnlyList<Spawn.Audit.AuditFinding>> Errors(Spawn.Audit.Engine.AuditOptions options, CancellationToken token)
            {
                runs++;
                Assert.Equal(new[] { instance }, options.InstanceIds);
                return Task.FromResult<System.Collections.Generic.IReadOnlyList<Spawn.Audit.AuditFinding>>(new[]
                {
                    new Spawn.Audit.AuditFinding
                    {
                        CheckId = "SPAWN-EC2-001", Status = Spawn.Audit.AuditStatus.Error, Severity = Spawn.Audit.AuditSeverity.High,
                        EffectiveSeverity = Spawn.Audit.AuditSeverity.High,
                        Resource = new Spawn.Audit.AuditResource { Id = instance, Type = "AWS::EC2::Instance", Region = MotoServer.Region },
                    },
                });
            }
            Task<System.Collections.Generic.IReadOnlyList<Spawn.Audit.AuditFinding>> Throws(Spawn.Audit.Engine.AuditOptions options, CancellationToken token) =>
                throw new SpawnException("AwsAccessDenied", SpawnErrorKind.PermissionDenied, "denied");
            foreach (var audit in new[] { (Func<Spawn.Audit.Engine.AuditOptions, CancellationToken, Task<System.Collections.Generic.IReadOnlyList<Spawn.Audit.AuditFinding>>>)Errors, Throws })
            {
                var checker = new AlertChecker(context, new RecordingLog(), new WebhookSender(), PriceBook.For(SpawnPriceSource.PriceTable, context, NullOperationLog.Instance), audit);
                var result = Assert.Single(await checker.CheckAsync(n => n == name, send: true, CancellationToken.None));
                Assert.Equal(("Unknown", instance, "AuditFinding"), (result.State, result.InstanceId, result.Condition));
                Assert.Contains("not cleared", result.Detail);
                Assert.Equal(new[] { key }, (await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None))!.Fired.Keys);
            }
            Assert.Equal(1, runs);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SecurityToken.Model;
using Spawn.Audit.Catalogue;
using Spawn.Audit.Checks;
using Spawn.Audit.Collection;
using Spawn.Audit.Inventory;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Audit.Engine
{
    /// <summary>
    /// One audit run: select checks, collect each account (the caller's, or each -RoleArn assumed in turn), evaluate,
    /// apply suppressions and the comparison, stream findings, and close with the summary.
    /// </summary>
    public sealed class AuditRunner
    {
        public const string ToolVersion = "0.1.0";
        private readonly AuditOptions _options;
        private readonly IOperationLog _log;

        public AuditRunner(AuditOptions options, IOperationLog log)
        {
            _options = options;
            _log = log;
        }

        /// <summary>Every finding of the run, in emission order (for the file reporters).</summary>
        public List<AuditFinding> Findings { get; } = new List<AuditFinding>();

        public async Task<AuditSummary> RunAsync(AwsContext context, Action<AuditFinding> emit, CancellationToken ct)
        {
            var definitions = CheckSelection.Select(_options.Framework, _options.CheckIds, _options.ExcludeCheckIds);
            var checks = definitions.Select(d => (Definition: d, Check: CheckRegistry.All.First(c => c.Id == d.Id))).ToList();
            var summary = new AuditSummary
            {
                ScanId = Guid.NewGuid(), StartedAt = DateTimeOffset.UtcNow, ToolVersion = ToolVersion, CatalogueVersion = CheckCatalogue.Version,
                Framework = _options.Framework, FailOnSeverity = _options.FailOnSeverity, ChecksRun = checks.Count,
                SuppressionFileHash = _options.Suppressions?.Hash,
            };
            var counter = new RequestCounter();
            var gate = new CallGate(_options.ThrottleLimit, counter, _log);
            var scope = new AuditScope(_options.Regions.Count > 0 ? _options.Regions : new[] { context.RegionName }, _options.InstanceIds);
            summary.Regions = scope.Regions.ToArray();
            var accounts = new List<string>();
            var errors = new List<AuditCollectionError>();

            counter.Add(AuditApis.GetCallerIdentity);
            var caller = await context.GetCallerAsync(ct).ConfigureAwait(false);
            summary.CallerArn = caller.Arn;

            foreach (var target in await TargetsAsync(context, caller, counter, ct).ConfigureAwait(false))
            {
                using (target)
                {
                    var inventory = target.Failure != null
                        ? Failed(target.AccountId, target.Partition, target.Failure, scope.Regions)
                        : await new Collector(gate, scope).CollectAsync(target.Context ?? context, target.AccountId, target.Partition, ct).ConfigureAwait(false);
                    accounts.Add(inventory.AccountId);
                    errors.AddRange(inventory.Errors);
                    summary.InstancesEvaluated += inventory.AllInstances.Count();
                    _log.Progress(new OperationProgress(1, "Invoke-SpawnAudit", $"Evaluating {checks.Count} checks for account {inventory.AccountId}"));
                    foreach (var (definition, check) in checks)
                    {
                        foreach (var result in check.Evaluate(inventory))
                        {
                            Publish(FindingFactory.Create(definition, result, summary.ScanId, inventory.CollectedAt, _options.Framework), emit);
                        }
                    }
                }
            }
            if (_options.Previous != null)
            {
                foreach (var resolved in _options.Previous.Vanished(summary.ScanId, DateTimeOffset.UtcNow, new HashSet<string>(checks.Select(c => c.Definition.Id)), new HashSet<string>(accounts)).ToList())
                {
                    Findings.Add(resolved);
                    emit(resolved);
                }
            }
            _log.Progress(new OperationProgress(1, "Invoke-SpawnAudit", "Done", completed: true));
            summary.Accounts = accounts.ToArray();
            summary.Errors = errors;
            summary.AwsRequests = counter.Total;
            summary.AwsRequestsByApi = counter.ByApi();
            summary.EndedAt = DateTimeOffset.UtcNow;
            SummaryCounts.Fill(summary, Findings, _options.Suppressions);
            return summary;
        }

        private void Publish(AuditFinding finding, Action<AuditFinding> emit)
        {
            _options.Suppressions?.Apply(finding, DateTimeOffset.UtcNow);
            _options.Previous?.Apply(finding);
            Findings.Add(finding);
            emit(finding);
        }

        private async Task<IReadOnlyList<Target>> TargetsAsync(AwsContext context, CallerIdentity caller, RequestCounter counter, CancellationToken ct)
        {
            if (_options.RoleArns.Count == 0)
            {
                // The caller's context stays owned by the cmdlet; the audit must not dispose it.
                return new[] { new Target(null, caller.Account, Partition(caller.Arn), null) };
            }
            var targets = new List<Target>();
            foreach (var roleArn in _options.RoleArns)
            {
                var account = roleArn.Split(':').ElementAtOrDefault(4) ?? "unknown";
                try
                {
                    counter.Add(AuditApis.AssumeRole);
                    var response = await context.Sts.AssumeRoleAsync(new AssumeRoleRequest
                    {
                        RoleArn = roleArn, RoleSessionName = "spawn-audit-" + context.CorrelationId.Substring(0, Math.Min(16, context.CorrelationId.Length)), DurationSeconds = 3600,
                    }, ct).ConfigureAwait(false);
                    var credentials = response.Credentials;
                    var assumed = context.WithCredentials(new Amazon.Runtime.SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken), "assumed role " + roleArn);
                    counter.Add(AuditApis.GetCallerIdentity);
                    var who = await assumed.GetCallerAsync(ct).ConfigureAwait(false);
                    targets.Add(new Target(assumed, who.Account, Partition(who.Arn), null));
                }
                catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
                {
                    var spawn = AwsErrorTranslator.Translate(e);
                    _log.Warning($"Could not assume {roleArn}: {spawn.Message}");
                    targets.Add(new Target(null, account, Partition(roleArn), new AuditCollectionError
                    {
                        Account = account, Region = Checks.Meta.ScanCompletenessCheck.Global, Action = AuditApis.AssumeRole.IamAction,
                        ErrorId = spawn.ErrorId, Message = spawn.Message, Resource = roleArn,
                    }));
                }
            }
            return targets;
        }

        /// <summary>
        /// The inventory of an account whose role could not be assumed: every region in scope and the DNS view are
        /// marked as failed with that error, so each check reports Error naming sts:AssumeRole (and coverage drops)
        /// instead of the account silently contributing no results.
        /// </summary>
        private static AuditInventory Failed(string account, string partition, AuditCollectionError error, IReadOnlyList<string> regions)
        {
            var inventory = new AuditInventory(account, partition);
            inventory.Errors.Add(error);
            inventory.Dns = Collected<IReadOnlyList<DnsZone>>.Failure(error);
            foreach (var region in regions)
            {
                var regional = new AuditCollectionError
                {
                    Account = error.Account, Region = region, Action = error.Action, ErrorId = error.ErrorId, Message = error.Message, Resource = error.Resource,
                };
                inventory.Regions.Add(new RegionInventory(account, region, partition)
                {
                    Instances = Collected<IReadOnlyList<Amazon.EC2.Model.Instance>>.Failure(regional),
                    Volumes = Collected<IReadOnlyList<Amazon.EC2.Model.Volume>>.Failure(regional),
                    SecurityGroups = Collected<IReadOnlyList<Amazon.EC2.Model.SecurityGroup>>.Failure(regional),
                    NetworkAcls = Collected<IReadOnlyList<Amazon.EC2.Model.NetworkAcl>>.Failure(regional),
                    RouteTables = Collected<IReadOnlyList<Amazon.EC2.Model.RouteTable>>.Failure(regional),
                    Subnets = Collected<IReadOnlyList<Amazon.EC2.Model.Subnet>>.Failure(regional),
                    Vpcs = Collected<IReadOnlyList<Amazon.EC2.Model.Vpc>>.Failure(regional),
                    InternetGateways = Collected<IReadOnlyList<Amazon.EC2.Model.InternetGateway>>.Failure(regional),
                    KeyPairs = Collected<IReadOnlyList<Amazon.EC2.Model.KeyPairInfo>>.Failure(regional),
                    PrefixLists = Collected<IReadOnlyList<Amazon.EC2.Model.ManagedPrefixList>>.Failure(regional),
                    EbsEncryptionByDefault = Collected<bool>.Failure(regional),
                });
            }
            return inventory;
        }

        private static string Partition(string arn) => arn.Split(':').ElementAtOrDefault(1) is string p && p.Length > 0 ? p : "aws";

        /// <summary>An account to audit: its context (null for the caller's own, which the cmdlet owns) or why it could not be reached.</summary>
        private sealed class Target : IDisposable
        {
            public Target(AwsContext? assumed, string accountId, string partition, AuditCollectionError? failure)
            {
                Context = assumed;
                AccountId = accountId;
                Partition = partition;
                Failure = failure;
            }

            /// <summary>The assumed role's context, owned (and disposed) here; null for the caller's own account.</summary>
            public AwsContext? Context { get; }
            public string AccountId { get; }
            public string Partition { get; }
            public AuditCollectionError? Failure { get; }

            public void Dispose() => Context?.Dispose();
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Spawn.Instances;
using Spawn.PowerShell.Commands.Iam;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Launches EC2 instances with Spawn's secure defaults; all-or-nothing (see Launcher).</summary>
    [Cmdlet(VerbsCommon.New, "SpawnInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpawnInstance))]
    public sealed class NewSpawnInstanceCommand : SpawnAwsCmdlet
    {
        private static readonly TimeSpan WaitTimeout = TimeSpan.FromMinutes(10);

        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(InstanceTypeCompleter))]
        public string InstanceType { get; set; } = "t3.micro";

        [Parameter] public string? ImageId { get; set; }
        [Parameter] public string? Name { get; set; }
        [Parameter] public int Count { get; set; } = 1;
        [Parameter] public SwitchParameter Spot { get; set; }
        [Parameter] public string? SpotMaxPrice { get; set; }
        [Parameter] public string? AvailabilityZone { get; set; }
        [Parameter] public string? SubnetId { get; set; }
        [Parameter] public SwitchParameter NoPublicIp { get; set; }
        [Parameter] public string[] SecurityGroupId { get; set; } = Array.Empty<string>();
        [Parameter] public string[] AllowSshFrom { get; set; } = Array.Empty<string>();
        [Parameter] public string? KeyName { get; set; }
        [Parameter] public string? KmsKeyId { get; set; }
        [Parameter] public int? VolumeSize { get; set; }
        [Parameter] public string? UserData { get; set; }
        [Parameter] public string? UserDataPath { get; set; }
        [Parameter] public SwitchParameter AllowSecretInUserData { get; set; }
        [Parameter] public string? Ttl { get; set; }
        [Parameter] public DateTime? ExpiresAt { get; set; }
        [Parameter] public Hashtable? Tag { get; set; }
        [Parameter] public int MetadataHopLimit { get; set; } = 1;
        [Parameter] public SwitchParameter AllowImdsV1 { get; set; }
        [Parameter]
        [ArgumentCompleter(typeof(IamPolicyTemplateCompleter))]
        public string[] IamPolicy { get; set; } = Array.Empty<string>();

        /// <summary>Template name → resource name(s) it is scoped to, e.g. @{ 's3:ReadOnly' = 'my-bucket' }.</summary>
        [Parameter] public Hashtable? IamPolicyResource { get; set; }

        [Parameter] public string? IamPolicyFile { get; set; }

        /// <summary>Accepts an -IamPolicyFile that grants administrator access.</summary>
        [Parameter] public SwitchParameter Force { get; set; }

        [Parameter] public SwitchParameter Wait { get; set; }
        [Parameter] public string? ClientToken { get; set; }

        /// <summary>The https URL of the DNS registration endpoint; each instance registers its -Name there (DnsRegistration).</summary>
        [Parameter] public string? DnsEndpoint { get; set; }
        [Parameter] public string? DnsZoneName { get; set; }
        [Parameter] public string? DnsHostedZoneId { get; set; }

        protected override void EndProcessing()
        {
            LaunchPlan plan;
            try
            {
                plan = LaunchPlan.From(Request(), Context.RegionName, DateTime.UtcNow, AllowSecretInUserData);
            }
            catch (SpawnException e)
            {
                Fail(e);
                return;
            }
            foreach (var warning in plan.Warnings)
            {
                WriteWarning(warning);
            }
            if (!ShouldProcess(plan.Describe(), "Launch EC2 instance(s)"))
            {
                return;
            }

            var context = Context;
            IReadOnlyList<SpawnInstance> instances;
            using (var audit = BeginAudit(null, plan.Names.ToArray()))
            {
                try
                {
                    instances = RunEngine((sink, token) => new Launcher(context, sink).LaunchAsync(plan, token));
                    audit.AddTargets(instances.Select(i => i.InstanceId));
                    audit.Succeeded();
                }
                catch (Exception e) when (!(e is PipelineStoppedException))
                {
                    audit.Failed(e);
                    Fail(e);
                    return;
                }
            }
            if (Wait)
            {
                instances = WaitForRunning(instances, plan.KeyDirectory);
            }
            foreach (var instance in instances)
            {
                WriteObject(instance);
            }
        }

        private IReadOnlyList<SpawnInstance> WaitForRunning(IReadOnlyList<SpawnInstance> instances, string keyDirectory)
        {
            var ids = instances.Select(i => i.InstanceId).ToList();
            var context = Context;
            try
            {
                return RunEngine(async (sink, token) =>
                {
                    if (!await InstanceWaiter.WaitAsync(context, ids, "running", WaitTimeout, sink, token).ConfigureAwait(false))
                    {
                        sink.Warning($"Not all instances were running after {WaitTimeout.TotalMinutes} minutes; they keep launching.");
                    }
                    return await new Launcher(context, sink).DescribeAsync(ids, keyDirectory, token).ConfigureAwait(false);
                });
            }
            catch (PipelineStoppedException)
            {
                // Ctrl+C stops the wait, not the launch: nothing is rolled back, so say what is running.
                Host.UI.WriteWarningLine($"Stopped waiting. Launched and left running: {string.Join(", ", ids)}. Remove with Stop-SpawnInstance -InstanceId {string.Join(",", ids)}.");
                throw;
            }
        }

        /// <summary>A hashtable value as strings: one name or an array of names.</summary>
        private static IReadOnlyList<string> Strings(object? value) =>
            (LanguagePrimitives.GetEnumerable(value)?.Cast<object?>() ?? new[] { value })
                .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();

        private LaunchRequest Request() => new LaunchRequest
        {
            InstanceType = InstanceType,
            ImageId = ImageId,
            Name = Name,
            Count = Count,
            Spot = Spot,
            SpotMaxPrice = SpotMaxPrice,
            AvailabilityZone = AvailabilityZone,
            SubnetId = SubnetId,
            NoPublicIp = NoPublicIp,
            SecurityGroupIds = SecurityGroupId,
            AllowSshFrom = AllowSshFrom,
            KeyName = KeyName,
            KmsKeyId = KmsKeyId,
            VolumeSize = VolumeSize,
            UserData = UserData,
            UserDataPath = UserDataPath == null ? null : GetUnresolvedProviderPathFromPSPath(UserDataPath),
            Ttl = Ttl,
            ExpiresAt = ExpiresAt,
            Tags = (Tag ?? new Hashtable()).Cast<DictionaryEntry>()
                .ToDictionary(e => Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    e => Convert.ToString(e.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            MetadataHopLimit = MetadataHopLimit,
            AllowImdsV1 = AllowImdsV1,
            ClientToken = ClientToken,
            IamPolicies = IamPolicy,
            IamPolicyResources = (IamPolicyResource ?? new Hashtable()).Cast<DictionaryEntry>()
                .ToDictionary(e => Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    e => Strings(e.Value)),
            IamPolicyFile = IamPolicyFile == null ? null : GetUnresolvedProviderPathFromPSPath(IamPolicyFile),
            AllowBroadIamPolicy = Force,
            DnsEndpoint = DnsEndpoint,
            DnsZoneName = DnsZoneName,
            DnsHostedZoneId = DnsHostedZoneId,
        };
    }
}

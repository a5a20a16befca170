using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Dns.Records;

namespace Spawn.Instances
{
    /// <summary>
    /// Changes to one instance after launch: terminate (with clean-up of what Spawn created for it), stop,
    /// start and TTL updates. Each first reads the instance and refuses one Spawn does not manage.
    /// </summary>
    public sealed class InstanceLifecycle
    {
        public const string NotManaged = "InstanceNotManaged";
        public const string NotFound = "InstanceNotFound";
        public const string Gone = "InstanceTerminated";

        private static readonly TimeSpan TerminationWait = TimeSpan.FromMinutes(5);
        private readonly AwsContext _context;
        private readonly IOperationLog _log;
        private readonly string _keyDirectory;

        public InstanceLifecycle(AwsContext context, IOperationLog log, string? keyDirectory = null)
        {
            _context = context;
            _log = log;
            _keyDirectory = KeyStore.ResolveDirectory(keyDirectory);
        }

        /// <summary>The current instance; InstanceNotFound when it does not exist (or is long gone).</summary>
        public async Task<SpawnInstance> GetAsync(string instanceId, CancellationToken token)
        {
            InstanceIdShape.Validate(instanceId);
            var found = new List<SpawnInstance>();
            var filter = new InstanceFilter { InstanceIds = new[] { instanceId }, States = InstanceFilter.AllStates, IncludeUnmanaged = true, KeyDirectory = _keyDirectory };
            await InstanceQuery.QueryAsync(_context, filter, found.Add, token).ConfigureAwait(false);
            return found.FirstOrDefault() ?? throw new SpawnException(NotFound, SpawnErrorKind.ObjectNotFound,
                $"The instance {instanceId} does not exist in {_context.RegionName}.") { Target = instanceId };
        }

        /// <summary>Refuses to suspend, start or re-time an instance that is terminated or on its way there.</summary>
        public static void RequireNotTerminated(SpawnInstance instance)
        {
            if (instance.State == "terminated" || instance.State == "shutting-down")
            {
                throw new SpawnException(Gone, SpawnErrorKind.InvalidOperation,
                    $"The instance {instance.InstanceId} is {instance.State}; it cannot be suspended, started or given a new TTL.")
                { Target = instance.InstanceId };
            }
        }

        /// <summary>Refuses an instance without spawn:managed=true unless <paramref name="force"/>.</summary>
        public static void RequireManaged(SpawnInstance instance, bool force)
        {
            if (!instance.IsManaged && !force)
            {
                throw new SpawnException(NotManaged, SpawnErrorKind.PermissionDenied,
                    $"The instance {instance.InstanceId} is not managed by Spawn (no spawn:managed=true tag); pass -Force to act on it anyway.")
                { Target = instance.InstanceId };
            }
        }

        /// <summary>
        /// Terminates, waits until the instance is gone, then removes the key pair, local key file, DNS record and
        /// per-launch security group Spawn created for it. Clean-up problems are warnings: the instance is terminated either way.
        /// </summary>
        public async Task<SpawnInstance> TerminateAsync(SpawnInstance instance, CancellationToken token)
        {
            _log.Verbose($"Calling EC2:TerminateInstances in {_context.RegionName} for {instance.InstanceId}.");
            await _context.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new List<string> { instance.InstanceId } }, token)
                .ConfigureAwait(false);
            var gone = await InstanceWaiter.WaitAsync(_context, new[] { instance.InstanceId }, "terminated", TerminationWait, _log, token)
                .ConfigureAwait(false);

            if (instance.Tags.TryGetValue(SpawnTags.KeyPair, out var keyName) && keyName.Length > 0)
            {
                await CleanUpAsync("key pair " + keyName, () => _context.Ec2.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = keyName }, token)).ConfigureAwait(false);
            }
            if (KeyStore.Delete(_keyDirectory, instance.InstanceId))
            {
                _log.Verbose("Deleted the local key file " + KeyStore.PathFor(_keyDirectory, instance.InstanceId) + ".");
            }
            if (instance.Tags.TryGetValue(SpawnTags.DnsZone, out var zoneId) && instance.Tags.TryGetValue(SpawnTags.DnsName, out var fqdn))
            {
                // The instance's shutdown unit deletes it too, but not when the instance is terminated from outside.
                var addresses = instance.PublicIpAddress == null ? Array.Empty<string>() : new[] { instance.PublicIpAddress };
                await CleanUpAsync("DNS record " + fqdn, () => new DnsRecordService(_context, _log)
                    .DeleteIfPointingAtAsync(ZoneSelector.ById(zoneId), fqdn, addresses, token)).ConfigureAwait(false);
            }
            if (instance.Tags.TryGetValue(SpawnTags.SecurityGroup, out var groupId) && groupId.Length > 0)
            {
                if (gone)
                {
                    await DeleteSecurityGroupAsync(groupId, token).ConfigureAwait(false);
                }
                else
                {
                    _log.Warning($"{instance.InstanceId} was still shutting down after {TerminationWait.TotalMinutes} minutes; security group {groupId} was left in place.");
                }
            }
            return await GetAsync(instance.InstanceId, token).ConfigureAwait(false);
        }

        public async Task<SpawnInstance> StopAsync(SpawnInstance instance, CancellationToken token)
        {
            RequireNotTerminated(instance);
            _log.Verbose($"Calling EC2:StopInstances in {_context.RegionName} for {instance.InstanceId}.");
            var stoppedAt = DateTime.UtcNow;
            await _context.Ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = new List<string> { instance.InstanceId } }, token).ConfigureAwait(false);
            // The run period this stop ends is recorded now, while its LaunchTime is known: the next start moves it.
            instance.Tags.TryGetValue(SpawnTags.RunHours, out var recorded);
            var running = instance.State == "running" || instance.State == "pending";
            var finished = running ? RunHours.Parse(recorded).Ending(instance.LaunchTime, stoppedAt) : null;
            if (instance.IsManaged && finished != null)
            {
                await RunHoursRecorder.RecordAsync(_context, instance.InstanceId, finished, _log, token).ConfigureAwait(false);
            }
            return await GetAsync(instance.InstanceId, token).ConfigureAwait(false);
        }

        public async Task<SpawnInstance> StartAsync(SpawnInstance instance, CancellationToken token)
        {
            RequireNotTerminated(instance);
            if (instance.IsExpired)
            {
                _log.Warning($"The TTL of {instance.InstanceId} passed at {SpawnTags.FormatTime(instance.ExpiresAt!.Value)}; its TTL agent will power it off again within a minute. Extend it first with Set-SpawnInstanceTtl.");
            }
            _log.Verbose($"Calling EC2:StartInstances in {_context.RegionName} for {instance.InstanceId}.");
            await _context.Ec2.StartInstancesAsync(new StartInstancesRequest { InstanceIds = new List<string> { instance.InstanceId } }, token).ConfigureAwait(false);
            return await GetAsync(instance.InstanceId, token).ConfigureAwait(false);
        }

        /// <summary>Rewrites spawn:ttl; the agent on the instance reads it every minute, so nothing else changes.</summary>
        public async Task<SpawnInstance> SetExpiryAsync(SpawnInstance instance, DateTime expiresAt, CancellationToken token)
        {
            RequireNotTerminated(instance);
            _log.Verbose($"Calling EC2:CreateTags in {_context.RegionName}: {instance.InstanceId} {SpawnTags.Ttl}={SpawnTags.FormatTime(expiresAt)}.");
            await _context.Ec2.CreateTagsAsync(new CreateTagsRequest
            {
                Resources = new List<string> { instance.InstanceId },
                Tags = new List<Tag> { new Tag(SpawnTags.Ttl, SpawnTags.FormatTime(expiresAt)) },
            }, token).ConfigureAwait(false);
            return await GetAsync(instance.InstanceId, token).ConfigureAwait(false);
        }

        private async Task DeleteSecurityGroupAsync(string groupId, CancellationToken token)
        {
            var groups = await _context.Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest
            {
                Filters = new List<Filter>
                {
                    new Filter("group-id", new List<string> { groupId }),
                    new Filter("tag:" + SpawnTags.Managed, new List<string> { SpawnTags.True }),
                },
            }, token).ConfigureAwait(false);
            // The instance tag only names the group; the group's own tag proves Spawn created it.
            if (groups.SecurityGroups == null || groups.SecurityGroups.Count == 0)
            {
                _log.Verbose($"Security group {groupId} is gone or not Spawn's; left alone.");
                return;
            }
            try
            {
                await _context.Ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, token).ConfigureAwait(false);
                _log.Verbose($"Deleted security group {groupId}.");
            }
            catch (AmazonEC2Exception e) when (e.ErrorCode == "DependencyViolation")
            {
                _log.Verbose($"Security group {groupId} is still used by other instances of the same launch; it goes with the last of them.");
            }
        }

        private async Task CleanUpAsync(string what, Func<Task> action)
        {
            try
            {
                await action().ConfigureAwait(false);
                _log.Verbose("Deleted " + what + ".");
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                _log.Warning($"Could not delete {what}: {AwsErrorTranslator.Translate(e).Message}");
            }
        }
    }
}

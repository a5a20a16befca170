using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Spawn.Instances
{
    /// <summary>Turns an SDK instance into Spawn's own <see cref="SpawnInstance"/> (no SDK type leaves the engine).</summary>
    public static class InstanceMapper
    {
        /// <param name="unencrypted">Instance ids with at least one unencrypted EBS volume.</param>
        public static SpawnInstance Map(Instance instance, string region, string keyDirectory, ISet<string> unencrypted)
        {
            var tags = (instance.Tags ?? new List<Tag>()).GroupBy(t => t.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value ?? "", StringComparer.Ordinal);
            string? Tag(string key) => tags.TryGetValue(key, out var v) ? v : null;
            var hasEbs = (instance.BlockDeviceMappings ?? new List<InstanceBlockDeviceMapping>()).Any(m => m.Ebs != null);
            var profileArn = instance.IamInstanceProfile?.Arn;
            return new SpawnInstance
            {
                InstanceId = instance.InstanceId,
                Name = Tag(SpawnTags.Name) ?? Tag(SpawnTags.DisplayName),
                State = instance.State?.Name?.Value ?? "unknown",
                InstanceType = instance.InstanceType?.Value ?? "",
                ImageId = instance.ImageId ?? "",
                Region = region,
                AvailabilityZone = instance.Placement?.AvailabilityZone,
                PublicIpAddress = Empty(instance.PublicIpAddress),
                PrivateIpAddress = Empty(instance.PrivateIpAddress),
                DnsName = Empty(instance.PublicDnsName) ?? Empty(instance.PrivateDnsName),
                LaunchTime = instance.LaunchTime?.ToUniversalTime(),
                StoppedAt = instance.State?.Name == InstanceStateName.Stopped ? StopTime.Parse(instance.StateTransitionReason) : null,
                ExpiresAt = SpawnTags.ParseTime(Tag(SpawnTags.Ttl)),
                Owner = Tag(SpawnTags.Owner),
                IsManaged = Tag(SpawnTags.Managed) == SpawnTags.True,
                ImdsV2Required = instance.MetadataOptions?.HttpTokens == HttpTokensState.Required,
                VolumesEncrypted = hasEbs && !unencrypted.Contains(instance.InstanceId),
                KeyName = instance.KeyName,
                KeyPath = KeyStore.Find(keyDirectory, instance.InstanceId),
                SecurityGroupIds = (instance.SecurityGroups ?? new List<GroupIdentifier>()).Select(g => g.GroupId).ToArray(),
                IamRole = profileArn == null ? null : profileArn.Substring(profileArn.LastIndexOf('/') + 1),
                SshUser = Tag(SpawnTags.SshUser),
                Tags = tags,
            };
        }

        private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}

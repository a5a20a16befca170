using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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
    /// Executes a <see cref="LaunchPlan"/>: read-only checks first (caller, image, KMS key, key pair), then
    /// the instance role and profile (<see cref="InstanceRoleProvisioner"/>), key pairs, the per-launch security group, the instances and the local key files, each recorded in an
    /// <see cref="UndoList"/>. Any failure undoes everything this call created and rethrows the original error.
    /// </summary>
    public sealed class Launcher
    {
        /// <summary>Retries for a fresh instance profile: 2+4+8+16+32 s covers IAM's usual propagation delay.</summary>
        private const int ProfileRetries = 5;

        private readonly AwsContext _context;
        private readonly IOperationLog _log;

        public Launcher(AwsContext context, IOperationLog log)
        {
            _context = context;
            _log = log;
        }

        private IAmazonEC2 Ec2 => _context.Ec2;

        public async Task<IReadOnlyList<SpawnInstance>> LaunchAsync(LaunchPlan plan, CancellationToken token)
        {
            var caller = await _context.GetCallerAsync(token).ConfigureAwait(false);
            var image = await ImageResolver.ResolveAsync(_context, plan.InstanceType, plan.ImageId, token).ConfigureAwait(false);
            _log.Verbose($"Image {image.ImageId} ({image.Architecture}), login user {image.SshUser}.");
            var kmsKeyArn = plan.KmsKeyId == null ? null : await KmsKeyCheck.CheckAsync(_context, plan.KmsKeyId, token).ConfigureAwait(false);
            if (plan.ExistingKeyName != null)
            {
                await CheckKeyPairAsync(plan.ExistingKeyName, token).ConfigureAwait(false);
            }
            var dnsZone = plan.Dns == null ? null : await plan.Dns.ResolveZoneAsync(_context, token).ConfigureAwait(false);

            var undo = new UndoList(_log);
            var launched = new List<(string InstanceId, string? KeyMaterial)>();
            try
            {
                var profile = plan.RolePolicy == null ? (Name: (string?)null, Fresh: false)
                    : await new InstanceRoleProvisioner(_context, _log, undo).EnsureAsync(plan.RolePolicy, caller, token).ConfigureAwait(false);
                var created = DateTime.UtcNow;
                var keys = new List<(string? Name, string? Material)>();
                foreach (var name in plan.Names)
                {
                    keys.Add(plan.CreatesKeyPairs ? await CreateKeyPairAsync(name, plan, undo, token).ConfigureAwait(false) : (plan.ExistingKeyName, null));
                }
                var groupId = plan.CreatesSecurityGroup ? await CreateSecurityGroupAsync(plan, undo, token).ConfigureAwait(false) : null;
                for (var i = 0; i < plan.Names.Count; i++)
                {
                    // Per instance: the DNS bootstrap carries the instance's own name.
                    var userData = Convert.ToBase64String(Encoding.UTF8.GetBytes(UserDataDocument.Build(plan.UserScript, plan.Dns?.Bootstrap(plan.Names[i]))));
                    var request = RunRequest(plan, image, kmsKeyArn, plan.Names[i], keys[i].Name, groupId, userData, caller, dnsZone, created, i);
                    request.IamInstanceProfile = profile.Name == null ? null : new IamInstanceProfileSpecification { Name = profile.Name };
                    _log.Verbose($"Calling EC2:RunInstances in {_context.RegionName} for {plan.Names[i]} ({plan.InstanceType}).");
                    var response = await RunInstancesAsync(request, profile.Fresh, token).ConfigureAwait(false);
                    var instanceId = response.Reservation.Instances[0].InstanceId;
                    undo.Add("instance " + instanceId, t => TerminateAndWaitAsync(instanceId, t));
                    launched.Add((instanceId, keys[i].Material));
                }
                foreach (var (instanceId, material) in launched.Where(l => l.KeyMaterial != null))
                {
                    var path = KeyStore.Save(plan.KeyDirectory, instanceId, material!);
                    undo.Add("key file " + path, _ =>
                    {
                        KeyStore.Delete(plan.KeyDirectory, instanceId);
                        return Task.CompletedTask;
                    });
                    _log.Verbose($"Private key of {instanceId} saved to {path} (mode 0600).");
                }
            }
            catch (Exception e)
            {
                _log.Verbose($"Launch failed ({e.GetType().Name}); undoing {undo.Count} step(s).");
                await undo.RollBackAsync().ConfigureAwait(false);
                throw;
            }

            var ids = launched.Select(l => l.InstanceId).ToList();
            return await DescribeAsync(ids, plan.KeyDirectory, token).ConfigureAwait(false);
        }

        /// <summary>Reads the launched instances back, so the output shows what EC2 actually applied.</summary>
        public async Task<IReadOnlyList<SpawnInstance>> DescribeAsync(IReadOnlyList<string> ids, string keyDirectory, CancellationToken token)
        {
            var result = new List<SpawnInstance>();
            var filter = new InstanceFilter { InstanceIds = ids, States = InstanceFilter.AllStates, IncludeUnmanaged = true, KeyDirectory = keyDirectory };
            await InstanceQuery.QueryAsync(_context, filter, result.Add, token).ConfigureAwait(false);
            return result.OrderBy(i => ids.ToList().IndexOf(i.InstanceId)).ToList();
        }

        /// <summary>
        /// A new instance profile takes a few seconds to reach EC2, which meanwhile refuses it with InvalidParameterValue;
        /// only that error is retried, with backoff, and the client token keeps retries from launching twice.
        /// </summary>
        private async Task<RunInstancesResponse> RunInstancesAsync(RunInstancesRequest request, bool freshProfile, CancellationToken token)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await Ec2.RunInstancesAsync(request, token).ConfigureAwait(false);
                }
                catch (AmazonEC2Exception e) when (freshProfile && attempt < ProfileRetries && e.ErrorCode == "InvalidParameterValue"
                    && e.Message.IndexOf("iamInstanceProfile", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    var delay = TimeSpan.FromSeconds(2 << attempt);
                    _log.Verbose($"The new instance profile is not visible to EC2 yet; retrying in {delay.TotalSeconds} s.");
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }
            }
        }

        private async Task CheckKeyPairAsync(string keyName, CancellationToken token)
        {
            try
            {
                await Ec2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest { KeyNames = new List<string> { keyName } }, token).ConfigureAwait(false);
            }
            catch (AmazonEC2Exception e) when (e.ErrorCode == "InvalidKeyPair.NotFound")
            {
                throw new SpawnException("KeyPairNotFound", SpawnErrorKind.ObjectNotFound,
                    $"The key pair '{keyName}' does not exist in {_context.RegionName}.", e) { Target = keyName };
            }
        }

        private async Task<(string?, string?)> CreateKeyPairAsync(string name, LaunchPlan plan, UndoList undo, CancellationToken token)
        {
            var keyName = $"spawn-{name}-{plan.ClientToken.Substring(0, Math.Min(8, plan.ClientToken.Length))}";
            var response = await Ec2.CreateKeyPairAsync(new CreateKeyPairRequest
            {
                KeyName = keyName,
                KeyType = KeyType.Ed25519,
                KeyFormat = KeyFormat.Pem,
                TagSpecifications = new List<TagSpecification> { Spec(ResourceType.KeyPair, ManagedTags(name)) },
            }, token).ConfigureAwait(false);
            undo.Add("key pair " + keyName, t => Ec2.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = keyName }, t));
            _log.Verbose($"Created key pair {keyName} (ED25519).");
            return (keyName, response.KeyPair.KeyMaterial);
        }

        private async Task<string> CreateSecurityGroupAsync(LaunchPlan plan, UndoList undo, CancellationToken token)
        {
            string? vpcId = null;
            if (plan.SubnetId != null)
            {
                var subnets = await Ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = new List<string> { plan.SubnetId } }, token)
                    .ConfigureAwait(false);
                vpcId = subnets.Subnets[0].VpcId;
            }
            var groupName = $"spawn-{plan.Names[0]}-{plan.ClientToken.Substring(0, Math.Min(8, plan.ClientToken.Length))}";
            var group = await Ec2.CreateSecurityGroupAsync(new CreateSecurityGroupRequest
            {
                GroupName = groupName,
                Description = "Spawn per-launch group: SSH only from the addresses given at launch",
                VpcId = vpcId,
                TagSpecifications = new List<TagSpecification> { Spec(ResourceType.SecurityGroup, ManagedTags(plan.Names[0])) },
            }, token).ConfigureAwait(false);
            var groupId = group.GroupId;
            undo.Add("security group " + groupId, t => Ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, t));
            _log.Verbose($"Created security group {groupId}.");
            if (plan.AllowSshFrom.Count > 0)
            {
                var permission = new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 22,
                    ToPort = 22,
                    Ipv4Ranges = plan.AllowSshFrom.Where(c => !c.IsIPv6).Select(c => new IpRange { CidrIp = c.Text, Description = "SSH (Spawn)" }).ToList(),
                    Ipv6Ranges = plan.AllowSshFrom.Where(c => c.IsIPv6).Select(c => new Ipv6Range { CidrIpv6 = c.Text, Description = "SSH (Spawn)" }).ToList(),
                };
                await Ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = groupId,
                    IpPermissions = new List<IpPermission> { permission },
                }, token).ConfigureAwait(false);
            }
            return groupId;
        }

        private RunInstancesRequest RunRequest(LaunchPlan plan, ResolvedImage image, string? kmsKeyArn, string name, string? keyName,
            string? groupId, string userData, CallerIdentity caller, ResolvedZone? dnsZone, DateTime created, int index)
        {
            var tags = ManagedTags(name);
            tags.Add(new Tag(SpawnTags.Owner, caller.Arn));
            tags.Add(new Tag(SpawnTags.Created, SpawnTags.FormatTime(created)));
            tags.Add(new Tag(SpawnTags.Ttl, SpawnTags.FormatTime(plan.ExpiresAt)));
            tags.AddRange(plan.UserTags.Select(t => new Tag(t.Key, t.Value ?? "")));
            var instanceTags = new List<Tag>(tags) { new Tag(SpawnTags.SshUser, image.SshUser) };
            if (plan.CreatesKeyPairs)
            {
                instanceTags.Add(new Tag(SpawnTags.KeyPair, keyName));
            }
            if (groupId != null)
            {
                instanceTags.Add(new Tag(SpawnTags.SecurityGroup, groupId));
            }
            if (plan.Dns != null)
            {
                instanceTags.AddRange(plan.Dns.Tags(name, caller.Account, dnsZone).Select(t => new Tag(t.Key, t.Value)));
            }
            var groups = groupId != null ? new List<string> { groupId } : plan.SecurityGroupIds.ToList();

            var request = new RunInstancesRequest
            {
                ImageId = image.ImageId,
                InstanceType = plan.InstanceType,
                MinCount = 1,
                MaxCount = 1,
                KeyName = keyName,
                ClientToken = plan.Names.Count == 1 ? plan.ClientToken : plan.ClientToken + "-" + index.ToString(CultureInfo.InvariantCulture),
                MetadataOptions = new InstanceMetadataOptionsRequest
                {
                    HttpEndpoint = InstanceMetadataEndpointState.Enabled,
                    HttpTokens = plan.ImdsV2Required ? HttpTokensState.Required : HttpTokensState.Optional,
                    HttpPutResponseHopLimit = plan.MetadataHopLimit,
                    InstanceMetadataTags = InstanceMetadataTagsState.Enabled,
                },
                BlockDeviceMappings = image.EbsMappings.Select(m => new BlockDeviceMapping
                {
                    DeviceName = m.DeviceName,
                    Ebs = new EbsBlockDevice
                    {
                        Encrypted = true,
                        KmsKeyId = kmsKeyArn,
                        DeleteOnTermination = true,
                        VolumeType = VolumeType.Gp3,
                        VolumeSize = m.DeviceName == image.RootDeviceName && plan.VolumeSize != null ? plan.VolumeSize : m.Ebs.VolumeSize,
                    },
                }).ToList(),
                TagSpecifications = new List<TagSpecification> { Spec(ResourceType.Instance, instanceTags), Spec(ResourceType.Volume, tags) },
                InstanceInitiatedShutdownBehavior = ShutdownBehavior.Terminate,
                UserData = userData,
            };
            if (plan.AvailabilityZone != null)
            {
                request.Placement = new Placement { AvailabilityZone = plan.AvailabilityZone };
            }
            if (plan.AssociatePublicIp)
            {
                request.SubnetId = plan.SubnetId;
                request.SecurityGroupIds = groups;
            }
            else
            {
                // Only a network interface specification can switch the public address off; groups and subnet move into it.
                request.NetworkInterfaces = new List<InstanceNetworkInterfaceSpecification>
                {
                    new InstanceNetworkInterfaceSpecification { DeviceIndex = 0, AssociatePublicIpAddress = false, SubnetId = plan.SubnetId, Groups = groups },
                };
            }
            if (plan.Spot)
            {
                request.InstanceMarketOptions = new InstanceMarketOptionsRequest
                {
                    MarketType = MarketType.Spot,
                    SpotOptions = new SpotMarketOptions
                    {
                        MaxPrice = plan.SpotMaxPrice,
                        SpotInstanceType = SpotInstanceType.OneTime,
                        InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate,
                    },
                };
            }
            return request;
        }

        private async Task TerminateAndWaitAsync(string instanceId, CancellationToken token)
        {
            await Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new List<string> { instanceId } }, token).ConfigureAwait(false);
            // Security groups can only be deleted once no instance uses them.
            await InstanceWaiter.WaitAsync(_context, new[] { instanceId }, "terminated", TimeSpan.FromMinutes(4), _log, token).ConfigureAwait(false);
        }

        private static List<Tag> ManagedTags(string name) => new List<Tag>
        {
            new Tag(SpawnTags.Managed, SpawnTags.True),
            new Tag(SpawnTags.Name, name),
            new Tag(SpawnTags.DisplayName, name),
        };

        private static TagSpecification Spec(ResourceType type, List<Tag> tags) => new TagSpecification { ResourceType = type, Tags = tags };
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Spawn.Dns.Registration
{
    /// <summary><see cref="IInstanceDirectory"/> over EC2 DescribeInstances, failing closed on every error but "not found".</summary>
    public sealed class Ec2InstanceDirectory : IInstanceDirectory
    {
        public const string ManagedTagKey = "spawn:managed";
        public const string ManagedTagValue = "true";

        private readonly AccountAccess _access;

        public Ec2InstanceDirectory(AccountAccess access) => _access = access;

        public async Task<LiveInstance?> FindAsync(string accountId, string region, string instanceId, CancellationToken cancellationToken)
        {
            DescribeInstancesResponse response;
            try
            {
                var context = await _access.ForAsync(accountId, region, cancellationToken).ConfigureAwait(false);
                response = await context.Ec2.DescribeInstancesAsync(
                    new DescribeInstancesRequest { InstanceIds = new List<string> { instanceId } }, cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonEC2Exception e) when (e.ErrorCode == "InvalidInstanceID.NotFound")
            {
                return null;
            }
            catch (Exception e) when (!(e is OperationCanceledException) && !(e is RegistrationRejectedException))
            {
                throw new RegistrationRejectedException(RejectionReason.InstanceLookupFailed, e.GetType().Name);
            }

            var found = (response.Reservations ?? new List<Reservation>())
                .SelectMany(r => (r.Instances ?? new List<Instance>()).Select(i => (r.OwnerId, Instance: i)))
                .ToList();
            if (found.Count == 0)
            {
                return null;
            }
            if (found.Count != 1 || found[0].Instance.InstanceId != instanceId)
            {
                // DescribeInstances by id answers with that instance or an error; anything else is not trusted.
                throw new RegistrationRejectedException(RejectionReason.InstanceLookupFailed, "UnexpectedDescribeResult");
            }
            var (owner, instance) = found[0];
            var managed = (instance.Tags ?? new List<Tag>())
                .Any(t => t.Key == ManagedTagKey && t.Value == ManagedTagValue);
            return new LiveInstance(instance.InstanceId, owner ?? "", instance.State?.Name?.Value ?? "", managed,
                Address(instance.PublicIpAddress), Address(instance.Ipv6Address));
        }

        private static IPAddress? Address(string? text) =>
            text != null && IPAddress.TryParse(text, out var address) ? address : null;
    }
}

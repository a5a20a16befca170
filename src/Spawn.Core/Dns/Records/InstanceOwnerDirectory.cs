using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Dns.Records
{
    /// <summary>
    /// Who owns a name: the managed instances (spawn:managed=true) whose spawn:name tag is the record's label. The
    /// DNS endpoint keeps its own ownership store; from the caller's side the tags are what the account can see. One
    /// DescribeInstances listing (paged) per region, however many records are checked.
    /// </summary>
    public static class InstanceOwnerDirectory
    {
        public const string ManagedTag = "spawn:managed";
        public const string NameTag = "spawn:name";

        public static async Task<ILookup<string, InstanceOwner>> LoadAsync(AwsContext context, IReadOnlyList<string> regions,
            IOperationLog log, CancellationToken cancellationToken)
        {
            var owners = new List<InstanceOwner>();
            foreach (var region in regions)
            {
                using var regional = region == context.RegionName ? null : context.ForRegion(region);
                var ec2 = (regional ?? context).Ec2;
                var request = new DescribeInstancesRequest
                {
                    Filters = new List<Filter> { new Filter("tag:" + ManagedTag, new List<string> { "true" }) },
                    MaxResults = 1000,
                };
                do
                {
                    var page = await ec2.DescribeInstancesAsync(request, cancellationToken).ConfigureAwait(false);
                    foreach (var instance in (page.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>()))
                    {
                        var name = instance.Tags?.FirstOrDefault(t => t.Key == NameTag)?.Value;
                        if (!string.IsNullOrEmpty(name))
                        {
                            owners.Add(new InstanceOwner(instance.InstanceId, name!, instance.State?.Name?.Value ?? "", region, Addresses(instance)));
                        }
                    }
                    request.NextToken = page.NextToken;
                }
                while (!string.IsNullOrEmpty(request.NextToken));
                log.Verbose($"Found {owners.Count(o => o.Region == region)} named managed instances in {region}.");
            }
            return owners.ToLookup(o => o.Name);
        }

        private static IReadOnlyList<string> Addresses(Instance instance)
        {
            var addresses = new List<string>();
            if (!string.IsNullOrEmpty(instance.PublicIpAddress))
            {
                addresses.Add(instance.PublicIpAddress);
            }
            var v6 = (instance.NetworkInterfaces ?? new List<InstanceNetworkInterface>())
                .SelectMany(n => n.Ipv6Addresses ?? new List<InstanceIpv6Address>())
                .Select(a => a.Ipv6Address)
                .Concat(string.IsNullOrEmpty(instance.Ipv6Address) ? Enumerable.Empty<string>() : new[] { instance.Ipv6Address });
            foreach (var address in v6)
            {
                if (IPAddress.TryParse(address, out var parsed))
                {
                    addresses.Add(parsed.ToString());
                }
            }
            return addresses.Distinct().ToList();
        }
    }
}

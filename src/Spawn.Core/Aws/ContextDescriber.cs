using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Aws
{
    /// <summary>Builds Get-SpawnContext's answer: the resolved settings plus who the credentials belong to.</summary>
    public static class ContextDescriber
    {
        public static async Task<SpawnContext> DescribeAsync(AwsContext context, CancellationToken cancellationToken)
        {
            var caller = await context.GetCallerAsync(cancellationToken).ConfigureAwait(false);
            var endpoint = context.EndpointFor(AwsService.Ec2);
            return new SpawnContext
            {
                AccountId = caller.Account,
                CallerArn = caller.Arn,
                UserId = caller.UserId,
                Region = context.RegionName,
                RegionSource = context.Provenance.FirstOrDefault(p => p.Setting == "Region")?.Source ?? "",
                EndpointUrl = endpoint?.ToString(),
                EndpointSource = endpoint?.Source,
                CredentialSource = context.CredentialSource,
                CorrelationId = context.CorrelationId,
            };
        }
    }
}

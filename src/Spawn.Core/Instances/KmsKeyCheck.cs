using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Spawn.Aws;

namespace Spawn.Instances
{
    /// <summary>Before any volume is created with -KmsKeyId: the key exists, is enabled, and is a symmetric encrypt/decrypt key.</summary>
    public static class KmsKeyCheck
    {
        /// <returns>The key's ARN, so the launch names exactly the key that was checked.</returns>
        public static async Task<string> CheckAsync(AwsContext context, string keyId, CancellationToken token)
        {
            KeyMetadata key;
            try
            {
                key = (await context.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }, token).ConfigureAwait(false)).KeyMetadata;
            }
            catch (NotFoundException e)
            {
                throw new SpawnException("KmsKeyNotFound", SpawnErrorKind.ObjectNotFound,
                    $"The KMS key '{keyId}' does not exist in {context.RegionName}.", e) { Target = keyId };
            }
            var usage = key.KeyUsage?.Value ?? KeyUsageType.ENCRYPT_DECRYPT.Value;
            var spec = key.KeySpec?.Value ?? KeySpec.SYMMETRIC_DEFAULT.Value;
            string? problem = key.KeyState != KeyState.Enabled ? $"it is {key.KeyState?.Value ?? "not enabled"}"
                : usage != KeyUsageType.ENCRYPT_DECRYPT.Value || spec != KeySpec.SYMMETRIC_DEFAULT.Value ? $"it is a {spec} {usage} key, not a symmetric encryption key"
                : null;
            if (problem != null)
            {
                throw new SpawnException("KmsKeyUnusable", SpawnErrorKind.InvalidArgument,
                    $"The KMS key '{keyId}' cannot encrypt EBS volumes: {problem}.") { Target = keyId };
            }
            return key.Arn;
        }
    }
}

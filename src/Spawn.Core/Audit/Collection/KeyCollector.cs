using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Spawn.Audit.Inventory;
using Spawn.Aws;

namespace Spawn.Audit.Collection
{
    /// <summary>Describes one KMS key; for customer-managed keys also rotation (symmetric only) and the key policy.</summary>
    public sealed class KeyCollector
    {
        private readonly CallGate _gate;

        public KeyCollector(CallGate gate) => _gate = gate;

        public async Task<Collected<KmsKeyInfo>> CollectAsync(AwsContext context, AuditInventory account, string region, string keyId, CancellationToken ct)
        {
            var kms = context.Kms;
            var described = await _gate.CallAsync(account, region, AuditApis.DescribeKey, keyId, async c =>
                (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }, c).ConfigureAwait(false)).KeyMetadata, ct).ConfigureAwait(false);
            if (!described.Ok)
            {
                return Collected<KmsKeyInfo>.Failure(described.Error!);
            }
            var metadata = described.Value;
            if (metadata.KeyManager != KeyManagerType.CUSTOMER)
            {
                return Collected<KmsKeyInfo>.Success(new KmsKeyInfo(metadata, null, null));
            }
            Collected<bool>? rotation = null;
            if (metadata.KeySpec == null || metadata.KeySpec == KeySpec.SYMMETRIC_DEFAULT)
            {
                rotation = await _gate.CallAsync(account, region, AuditApis.GetKeyRotationStatus, keyId, async c =>
                    (await kms.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = metadata.KeyId }, c).ConfigureAwait(false)).KeyRotationEnabled == true, ct).ConfigureAwait(false);
            }
            var policy = await _gate.CallAsync(account, region, AuditApis.GetKeyPolicy, keyId, async c =>
                (await kms.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = metadata.KeyId, PolicyName = "default" }, c).ConfigureAwait(false)).Policy, ct).ConfigureAwait(false);
            return Collected<KmsKeyInfo>.Success(new KmsKeyInfo(metadata, rotation, policy));
        }
    }
}

using Amazon.KeyManagementService.Model;

namespace Spawn.Audit.Inventory
{
    /// <summary>A KMS key used by audited volumes: its metadata, and for customer-managed keys rotation and policy.</summary>
    public sealed class KmsKeyInfo
    {
        public KmsKeyInfo(KeyMetadata metadata, Collected<bool>? rotationEnabled, Collected<string>? policy)
        {
            Metadata = metadata;
            RotationEnabled = rotationEnabled;
            Policy = policy;
        }

        public KeyMetadata Metadata { get; }

        /// <summary>Null when not applicable (AWS-managed or asymmetric keys).</summary>
        public Collected<bool>? RotationEnabled { get; }
        public Collected<string>? Policy { get; }

        public bool IsCustomerManaged => Metadata.KeyManager == Amazon.KeyManagementService.KeyManagerType.CUSTOMER;
    }
}

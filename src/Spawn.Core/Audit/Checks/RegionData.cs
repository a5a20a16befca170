using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks
{
    /// <summary>Whether the region-wide data behind an API was collected, and the error if not.</summary>
    public static class RegionData
    {
        public static AuditCollectionError? ErrorFor(RegionInventory r, AuditApi api)
        {
            if (api == AuditApis.DescribeInstances) return r.Instances.Error;
            if (api == AuditApis.DescribeVolumes) return r.Volumes.Error;
            if (api == AuditApis.DescribeSecurityGroups) return r.SecurityGroups.Error;
            if (api == AuditApis.DescribeNetworkAcls) return r.NetworkAcls.Error;
            if (api == AuditApis.DescribeRouteTables) return r.RouteTables.Error;
            if (api == AuditApis.DescribeSubnets) return r.Subnets.Error;
            if (api == AuditApis.DescribeVpcs) return r.Vpcs.Error;
            if (api == AuditApis.DescribeInternetGateways) return r.InternetGateways.Error;
            if (api == AuditApis.DescribeKeyPairs) return r.KeyPairs.Error;
            if (api == AuditApis.DescribeManagedPrefixLists) return r.PrefixLists.Error;
            if (api == AuditApis.GetEbsEncryptionByDefault) return r.EbsEncryptionByDefault.Error;
            // Per-item data (user data, keys, roles, prefix-list entries) is judged by the check that reads it.
            return null;
        }
    }
}

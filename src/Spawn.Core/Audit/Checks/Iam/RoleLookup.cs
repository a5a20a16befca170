using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Iam
{
    /// <summary>Finds an instance's role data in the inventory.</summary>
    public static class RoleLookup
    {
        /// <summary>Null when the instance has no instance profile.</summary>
        public static Collected<InstanceRole>? For(AuditInventory inventory, Instance instance)
        {
            var arn = instance.IamInstanceProfile?.Arn;
            if (arn == null)
            {
                return null;
            }
            return inventory.Roles.TryGetValue(arn, out var role) ? role : Collected<InstanceRole>.Failure(new AuditCollectionError
            {
                Action = AuditApis.GetInstanceProfile.IamAction, ErrorId = "AuditNotCollected", Message = "The instance profile was not collected.", Resource = arn,
            });
        }
    }
}

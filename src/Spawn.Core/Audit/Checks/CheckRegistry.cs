using System.Collections.Generic;
using Spawn.Audit.Checks.Dns;
using Spawn.Audit.Checks.Ebs;
using Spawn.Audit.Checks.Ec2;
using Spawn.Audit.Checks.Iam;
using Spawn.Audit.Checks.Kms;
using Spawn.Audit.Checks.Meta;
using Spawn.Audit.Checks.SecurityGroups;

namespace Spawn.Audit.Checks
{
    /// <summary>Every check, in catalogue order. A new check is one new file plus one line here and one catalogue entry.</summary>
    public static class CheckRegistry
    {
        public static readonly IReadOnlyList<IAuditCheck> All = new IAuditCheck[]
        {
            new EncryptionByDefaultCheck(),
            new ImdsV2Check(),
            new ImdsHardeningCheck(),
            new PublicAddressCheck(),
            new RemoteAdminReachabilityCheck(),
            new HighRiskReachabilityCheck(),
            new InstanceProfileCheck(),
            new InternetFacingRoleCheck(),
            new UserDataSecretsCheck(),
            new KeyPairCheck(),
            new GovernanceTagsCheck(),
            new StoppedInstanceCheck(),
            new DefaultNetworkCheck(),
            new SubnetAutoAssignCheck(),
            new VolumeEncryptedCheck(),
            new VolumeCustomerKeyCheck(),
            new LeftoverVolumeCheck(),
            new WorldOpenAdminPortsCheck(),
            new WorldOpenAllPortsCheck(),
            new WorldOpenHighRiskPortsCheck(),
            new UnlistedWorldPortsCheck(),
            new BroadCidrCheck(),
            new PrefixListCheck(),
            new DefaultGroupRulesCheck(),
            new NaclAdminPortsCheck(),
            new AdminRoleCheck(),
            new EscalationCheck(),
            new TagTamperingCheck(),
            new TrustPolicyCheck(),
            new SecretAccessCheck(),
            new KeyRotationCheck(),
            new KeyStateCheck(),
            new KeyPolicyCheck(),
            new DanglingRecordCheck(),
            new RecordDriftCheck(),
            new ScanCompletenessCheck(),
        };
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Audit.UserData;
using Spawn.Security;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-008: decoded user data scanned with SecretScanner; evidence is kind, place and fingerprint only.</summary>
    public sealed class UserDataSecretsCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-008";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeInstanceAttribute };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            if (!region.UserData.TryGetValue(instance.InstanceId, out var data))
            {
                return CheckResult.Error(resource, new AuditCollectionError
                {
                    Action = AuditApis.DescribeInstanceAttribute.IamAction, ErrorId = "AuditNotCollected", Message = "User data was not collected.", Resource = instance.InstanceId,
                });
            }
            if (!data.Ok)
            {
                return CheckResult.Error(resource, data.Error!);
            }
            if (string.IsNullOrEmpty(data.Value))
            {
                return CheckResult.Pass(resource, "The instance has no user data.");
            }
            IReadOnlyList<UserDataPart> parts;
            try
            {
                parts = UserDataDecoder.Decode(data.Value!);
            }
            catch (FormatException e)
            {
                return CheckResult.Manual(resource, "User data could not be decoded for scanning: " + e.Message);
            }
            var hits = parts.SelectMany(p => SecretScanner.Scan(p.Text).Select(f => (Part: p.Name, Finding: f))).ToList();
            var evidence = new Dictionary<string, string> { ["PartsScanned"] = parts.Count.ToString(CultureInfo.InvariantCulture) };
            if (hits.Count == 0)
            {
                return CheckResult.Pass(resource, "No secrets found in user data.", evidence);
            }
            for (var i = 0; i < hits.Count; i++)
            {
                var (part, f) = hits[i];
                evidence["Secret" + (i + 1).ToString(CultureInfo.InvariantCulture)] =
                    FormattableString.Invariant($"{f.Kind} ({f.Confidence} confidence) in {part}, line {f.Line}, fingerprint {f.Fingerprint}");
            }
            var kinds = string.Join(", ", hits.Select(h => h.Finding.Kind.ToString()).Distinct());
            return CheckResult.Fail(resource, $"User data contains {hits.Count} secret(s): {kinds}.", evidence);
        }
    }
}

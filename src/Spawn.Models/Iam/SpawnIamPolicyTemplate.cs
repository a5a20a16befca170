using System;

namespace Spawn
{
    /// <summary>An IAM policy template of New-SpawnInstance -IamPolicy, with the exact policy it becomes.</summary>
    public sealed class SpawnIamPolicyTemplate
    {
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";

        /// <summary>What -IamPolicyResource names for this template (bucket, table, namespace...).</summary>
        public string ResourceKind { get; set; } = "";

        /// <summary>What the template covers when no resource is named.</summary>
        public string Unscoped { get; set; } = "";

        public string[] Actions { get; set; } = Array.Empty<string>();

        /// <summary>The inline policy JSON exactly as Spawn stores it, for <see cref="Account"/> and <see cref="Region"/>.</summary>
        public string PolicyDocument { get; set; } = "";

        /// <summary>The account and region rendered in; "${Account}"/"${Region}" when they could not be resolved.</summary>
        public string Account { get; set; } = "";
        public string Region { get; set; } = "";

        public override string ToString() => Name;
    }
}

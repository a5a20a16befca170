namespace Spawn.Iam
{
    /// <summary>The partition, region and account a policy template is rendered for (the launch's).</summary>
    public sealed class PolicyScope
    {
        public PolicyScope(string partition, string region, string account)
        {
            Partition = partition;
            Region = region;
            Account = account;
        }

        public string Partition { get; }
        public string Region { get; }
        public string Account { get; }

        /// <summary>The placeholders themselves, for showing a template when no account can be resolved.</summary>
        public static PolicyScope Placeholders { get; } = new PolicyScope("${Partition}", "${Region}", "${Account}");

        /// <summary>The scope of a caller: the partition is read from its ARN (arn:aws-cn:..., arn:aws-us-gov:...).</summary>
        public static PolicyScope ForCaller(string callerArn, string account, string region)
        {
            var parts = callerArn.Split(':');
            return new PolicyScope(parts.Length > 1 && parts[1].Length > 0 ? parts[1] : "aws", region, account);
        }

        internal string Substitute(string text) => text
            .Replace("${Partition}", Partition)
            .Replace("${Region}", Region)
            .Replace("${Account}", Account);

        public override string ToString() => $"{Partition}/{Region}/{Account}";
    }
}

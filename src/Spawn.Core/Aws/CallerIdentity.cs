namespace Spawn.Aws
{
    /// <summary>Who the credentials belong to (STS GetCallerIdentity).</summary>
    public sealed class CallerIdentity
    {
        public CallerIdentity(string account, string arn, string userId)
        {
            Account = account;
            Arn = arn;
            UserId = userId;
        }

        public string Account { get; }
        public string Arn { get; }
        public string UserId { get; }
    }
}

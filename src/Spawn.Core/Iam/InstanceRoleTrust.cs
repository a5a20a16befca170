namespace Spawn.Iam
{
    /// <summary>
    /// The trust policy of every Spawn role: only the EC2 service may assume it, and only on behalf of the
    /// account that owns the role (aws:SourceAccount, against the confused deputy).
    /// </summary>
    public static class InstanceRoleTrust
    {
        public static string Document(string account) => PolicyJson.Canonicalize(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"" + account + "\"}}}]}");
    }
}

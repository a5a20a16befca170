namespace Spawn.Iam
{
    /// <summary>
    /// The trust policy of every Spawn role: only the EC2 service may assume it. No aws:SourceAccount condition:
    /// EC2 does not document that key for instance-profile role sessions (a condition it never sets would make the
    /// role unusable), and the confused deputy it guards against needs iam:PassRole, which never crosses accounts.
    /// </summary>
    public static class InstanceRoleTrust
    {
        public static string Document { get; } = PolicyJson.Canonicalize(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\"}]}");
    }
}

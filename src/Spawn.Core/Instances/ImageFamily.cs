using System;

namespace Spawn.Instances
{
    /// <summary>The default ssh login of an image family, from the image name (as AWS documents them).</summary>
    public static class ImageFamily
    {
        private static readonly (string Prefix, string User)[] Users =
        {
            ("ubuntu", "ubuntu"), ("debian", "admin"), ("fedora", "fedora"), ("centos", "centos"),
            ("bitnami", "bitnami"), ("al2023", "ec2-user"), ("amzn", "ec2-user"), ("rhel", "ec2-user"), ("suse", "ec2-user"),
        };

        public static string SshUser(string? imageName)
        {
            var name = (imageName ?? "").ToLowerInvariant();
            foreach (var (prefix, user) in Users)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) || name.Contains("/" + prefix))
                {
                    return user;
                }
            }
            return "ec2-user";
        }
    }
}

using System;
using System.Management.Automation;
using System.Reflection;
using System.Security;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Accepts for -Credential what users have at hand: a SpawnCredential, a PSCredential (user name = access
    /// key id, password = secret key), or an AWS.Tools credentials object (anything with GetCredentials(),
    /// read by reflection because AWS.Tools' SDK types live in another load context).
    /// </summary>
    public sealed class CredentialTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => Convert(inputData);

        internal static SpawnCredential? Convert(object? inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case SpawnCredential spawn:
                    return spawn;
                case PSCredential ps:
                    return new SpawnCredential(ps.UserName, ps.Password);
            }

            var immutable = Invoke(value, "GetCredentials") ?? value;
            var accessKey = Read(immutable, "AccessKey");
            var secretKey = Read(immutable, "SecretKey");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                throw new ArgumentTransformationMetadataException(
                    "-Credential takes a PSCredential (user name = access key id, password = secret key) or an AWS.Tools credentials object.");
            }
            var token = Read(immutable, "Token");
            return new SpawnCredential(accessKey!, SecureStrings.FromPlain(secretKey!),
                string.IsNullOrEmpty(token) ? null : SecureStrings.FromPlain(token!));
        }

        private static object? Invoke(object target, string method)
        {
            var info = target.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
            return info?.Invoke(target, null);
        }

        private static string? Read(object target, string property) =>
            target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(target) as string;
    }
}

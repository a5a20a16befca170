using System.Management.Automation;
using System.Security;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Lets a SecureString parameter also take a plain string, so scripts written for AWS.Tools
    /// (-SecretKey 'plain') keep working while Spawn holds the value only as a SecureString.
    /// </summary>
    public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            return value is string plain ? SecureStrings.FromPlain(plain) : value;
        }
    }
}

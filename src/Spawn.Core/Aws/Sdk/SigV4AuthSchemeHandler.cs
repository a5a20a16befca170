using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace Spawn.Aws.Sdk
{
    /// <summary>Every Route 53 and IAM operation is SigV4-signed; the pipeline needs to be told so.</summary>
    internal sealed class SigV4AuthSchemeHandler : BaseAuthResolverHandler
    {
        protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) =>
            AuthSchemeOption.DEFAULT_SIGV4;
    }
}

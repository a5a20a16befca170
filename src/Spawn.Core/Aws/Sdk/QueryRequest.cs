using System.Collections.Generic;
using Amazon.Runtime;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// A Query-protocol request (IAM, SNS): an Action and its form parameters. <see cref="QueryRequestMarshaller"/>
    /// adds Action and Version and lets the SDK form-encode the body.
    /// </summary>
    public abstract class QueryRequest : AmazonWebServiceRequest
    {
        internal abstract string Action { get; }

        internal abstract void AddParameters(IDictionary<string, string> parameters);
    }
}

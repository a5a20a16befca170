using System.Collections.Generic;
using System.Xml.Linq;
using Amazon.Runtime;

namespace Spawn.Route53
{
    /// <summary>
    /// A Route 53 request describes its own wire form (method, path, query, XML body);
    /// <see cref="Route53RequestMarshaller"/> turns that into the SDK's request.
    /// </summary>
    public abstract class Route53Request : AmazonWebServiceRequest
    {
        internal abstract string Method { get; }

        /// <summary>The path after /2013-04-01/; "{Id}" stands for <see cref="PathId"/>.</summary>
        internal abstract string PathTemplate { get; }

        internal virtual string? PathId => null;

        internal virtual void AddQuery(IDictionary<string, string> query)
        {
        }

        internal virtual XElement? Body() => null;
    }
}

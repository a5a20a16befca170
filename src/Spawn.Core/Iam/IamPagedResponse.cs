using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>A list answer with every page merged in.</summary>
    public abstract class IamPagedResponse : AmazonWebServiceResponse
    {
        /// <summary>The marker of the next page, or null on the last page.</summary>
        internal string? NextMarker { get; set; }

        internal static string? ReadNextMarker(XElement result) => result.Flag("IsTruncated") ? result.Text("Marker") : null;
    }
}

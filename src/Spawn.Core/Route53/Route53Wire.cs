using System;
using System.Xml.Linq;

namespace Spawn.Route53
{
    /// <summary>Constants and id handling of the Route 53 REST-XML protocol.</summary>
    internal static class Route53Wire
    {
        public const string ApiVersion = "2013-04-01";
        public static readonly XNamespace Ns = "https://route53.amazonaws.com/doc/2013-04-01/";

        /// <summary>
        /// Route 53 returns ids as "/hostedzone/Z123" or "/change/C123" but wants the bare id in paths; accept both.
        /// </summary>
        public static string BareId(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A Route 53 id is required.", nameof(id));
            }
            var slash = id.LastIndexOf('/');
            return slash >= 0 ? id.Substring(slash + 1) : id;
        }

        public static XElement Element(string name, object? content) => new XElement(Ns + name, content);
    }
}

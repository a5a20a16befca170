using System.Collections.Generic;
using System.Globalization;
using Amazon.Runtime;

namespace Spawn.Iam
{
    /// <summary>
    /// An IAM Query-protocol request: an Action and its form parameters. <see cref="IamRequestMarshaller"/> adds
    /// Action and Version and lets the SDK form-encode the body.
    /// </summary>
    public abstract class IamRequest : AmazonWebServiceRequest
    {
        internal const string ApiVersion = "2010-05-08";

        internal abstract string Action { get; }

        internal abstract void AddParameters(IDictionary<string, string> parameters);

        /// <summary>Query-protocol lists are flattened as Name.member.1.Key, Name.member.1.Value, ...</summary>
        internal static void AddTags(IDictionary<string, string> parameters, IList<Tag> tags)
        {
            for (var i = 0; i < tags.Count; i++)
            {
                var prefix = "Tags.member." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".";
                parameters[prefix + "Key"] = tags[i].Key;
                parameters[prefix + "Value"] = tags[i].Value;
            }
        }

        internal static void AddOptional(IDictionary<string, string> parameters, string name, string? value)
        {
            if (value != null)
            {
                parameters[name] = value;
            }
        }
    }
}

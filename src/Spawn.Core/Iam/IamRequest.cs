using System.Collections.Generic;
using System.Globalization;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An IAM Query-protocol request, with IAM's list and optional-value encodings.</summary>
    public abstract class IamRequest : QueryRequest
    {
        internal const string ApiVersion = "2010-05-08";

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

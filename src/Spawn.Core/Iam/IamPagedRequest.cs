using System.Collections.Generic;
using System.Globalization;

namespace Spawn.Iam
{
    /// <summary>An IAM list request; the client follows Marker/IsTruncated itself and returns every page.</summary>
    public abstract class IamPagedRequest : IamRequest
    {
        /// <summary>Page size (IAM's default is 100, the maximum 1000).</summary>
        public int? MaxItems { get; set; }

        /// <summary>Where the next page starts; set by the client while it reads the pages.</summary>
        internal string? Marker { get; set; }

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            AddPageParameters(parameters);
            AddOptional(parameters, "MaxItems", MaxItems?.ToString(CultureInfo.InvariantCulture));
            AddOptional(parameters, "Marker", Marker);
        }

        internal abstract void AddPageParameters(IDictionary<string, string> parameters);
    }
}

using System.Collections.Generic;
using System.Text.Json;
using Spawn.Aws.Sdk;

namespace Spawn.Pricing
{
    /// <summary>One page of the products of a service that match every filter (each a TERM_MATCH on one attribute).</summary>
    public sealed class GetProductsRequest : JsonRequest
    {
        public string ServiceCode { get; set; } = "";

        /// <summary>Attribute name → the exact value a product must have (instanceType → t3.micro).</summary>
        public IDictionary<string, string> Filters { get; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal);

        public int? MaxResults { get; set; }
        public string? NextToken { get; set; }

        internal override string Operation => "GetProducts";

        internal override void WriteBody(Utf8JsonWriter writer)
        {
            writer.WriteString("ServiceCode", ServiceCode);
            writer.WriteStartArray("Filters");
            foreach (var filter in Filters)
            {
                writer.WriteStartObject();
                writer.WriteString("Type", "TERM_MATCH");
                writer.WriteString("Field", filter.Key);
                writer.WriteString("Value", filter.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteString("FormatVersion", "aws_v1");
            if (MaxResults.HasValue)
            {
                writer.WriteNumber("MaxResults", MaxResults.Value);
            }
            if (NextToken != null)
            {
                writer.WriteString("NextToken", NextToken);
            }
        }
    }
}

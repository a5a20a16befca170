using System.Collections.Generic;
using Amazon.Runtime;

namespace Spawn.Pricing
{
    /// <summary>One page of products; each is a price list document (JSON text), read with <see cref="PriceListProduct.Parse"/>.</summary>
    public sealed class GetProductsResponse : AmazonWebServiceResponse
    {
        public List<string> PriceList { get; } = new List<string>();
        public string? NextToken { get; set; }
    }
}

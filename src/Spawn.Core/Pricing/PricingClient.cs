using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Pricing
{
    /// <summary>
    /// GetProducts of the AWS Price List Query API. NuGet here has no AWSSDK.Pricing, so this client speaks AWS JSON 1.1
    /// itself and runs on AWSSDK.Core's pipeline like the generated clients.
    /// </summary>
    public sealed class PricingClient : SpawnServiceClient
    {
        private static readonly JsonRequestMarshaller Marshaller = new JsonRequestMarshaller("Pricing", "AWSPriceListService", "1.1");

        private static readonly JsonBodyUnmarshaller<GetProductsResponse> Unmarshaller =
            new JsonBodyUnmarshaller<GetProductsResponse>(Read, AwsServiceException.Create);

        public PricingClient(AWSCredentials credentials, PricingConfig config)
            : base(credentials, config)
        {
        }

        public Task<GetProductsResponse> GetProductsAsync(GetProductsRequest request, CancellationToken cancellationToken) =>
            SendAsync<GetProductsResponse>(request, Marshaller, Unmarshaller, cancellationToken);

        /// <summary>Every product matching the request, following NextToken.</summary>
        public async Task<IReadOnlyList<string>> GetAllProductsAsync(GetProductsRequest request, CancellationToken cancellationToken)
        {
            var products = new List<string>();
            request.NextToken = null;
            do
            {
                var page = await GetProductsAsync(request, cancellationToken).ConfigureAwait(false);
                products.AddRange(page.PriceList);
                request.NextToken = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
            }
            while (request.NextToken != null);
            return products;
        }

        private static GetProductsResponse Read(JsonElement body)
        {
            var response = new GetProductsResponse();
            if (body.ValueKind != JsonValueKind.Object)
            {
                return response;
            }
            if (body.TryGetProperty("PriceList", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    // The API sends each product as a JSON document inside a string (an object in some SDK docs: accept both).
                    response.PriceList.Add(item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : item.GetRawText());
                }
            }
            if (body.TryGetProperty("NextToken", out var token) && token.ValueKind == JsonValueKind.String)
            {
                response.NextToken = token.GetString();
            }
            return response;
        }
    }
}

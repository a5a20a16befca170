using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>What Spawn's unmarshallers read from response headers, whatever the body's protocol.</summary>
    internal static class ResponseHeaders
    {
        /// <summary>The request id AWS sends in a header (x-amzn-RequestId, or S3-style x-amz-request-id).</summary>
        internal static string? RequestId(IWebResponseData? response)
        {
            if (response == null)
            {
                return null;
            }
            foreach (var name in new[] { "x-amzn-RequestId", "x-amz-request-id" })
            {
                if (response.IsHeaderPresent(name))
                {
                    return response.GetHeaderValue(name);
                }
            }
            return null;
        }
    }
}

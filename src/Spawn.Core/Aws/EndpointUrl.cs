using System;
using System.Net;

namespace Spawn.Aws
{
    /// <summary>An endpoint override (moto, LocalStack, a VPC endpoint), validated, with where it came from.</summary>
    public sealed class EndpointUrl
    {
        private EndpointUrl(Uri uri, string source)
        {
            Uri = uri;
            Source = source;
        }

        public Uri Uri { get; }
        public string Source { get; }

        /// <summary>Plain HTTP to anything but this machine sends signed requests and responses in the clear.</summary>
        public bool IsInsecure => Uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(Uri);

        public override string ToString() => Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

        public static EndpointUrl Parse(string value, string source)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new SpawnValidationException("AwsInvalidEndpointUrl",
                    $"The endpoint URL from {source} must be an absolute http or https URL without user info, query or fragment.");
            }
            return new EndpointUrl(uri, source);
        }

        private static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback)
            {
                return true;
            }
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>
    /// The Route 53 operations Spawn uses. NuGet here has no AWSSDK.Route53, so this client carries its own
    /// marshalling and runs on AWSSDK.Core's pipeline like the generated clients.
    /// </summary>
    public sealed class Route53Client : SpawnServiceClient
    {
        public Route53Client(AWSCredentials credentials, Route53Config config)
            : base(credentials, config)
        {
        }

        public Task<ListHostedZonesByNameResponse> ListHostedZonesByNameAsync(ListHostedZonesByNameRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, ListHostedZonesByNameResponse.Read, cancellationToken);

        public Task<GetHostedZoneResponse> GetHostedZoneAsync(GetHostedZoneRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, GetHostedZoneResponse.Read, cancellationToken);

        public Task<CreateHostedZoneResponse> CreateHostedZoneAsync(CreateHostedZoneRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, CreateHostedZoneResponse.Read, cancellationToken);

        public Task<Route53ChangeResponse> DeleteHostedZoneAsync(DeleteHostedZoneRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, Route53ChangeResponse.Read, cancellationToken);

        /// <summary>One page of record sets.</summary>
        public Task<ListResourceRecordSetsResponse> ListResourceRecordSetsAsync(ListResourceRecordSetsRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, ListResourceRecordSetsResponse.Read, cancellationToken);

        /// <summary>Every record set from the request's start position on, following the Next* values page by page.</summary>
        public async Task<IReadOnlyList<ResourceRecordSet>> ListAllResourceRecordSetsAsync(ListResourceRecordSetsRequest request,
            CancellationToken cancellationToken)
        {
            var all = new List<ResourceRecordSet>();
            var page = new ListResourceRecordSetsRequest
            {
                HostedZoneId = request.HostedZoneId,
                StartRecordName = request.StartRecordName,
                StartRecordType = request.StartRecordType,
                StartRecordIdentifier = request.StartRecordIdentifier,
                MaxItems = request.MaxItems,
            };
            while (true)
            {
                var response = await ListResourceRecordSetsAsync(page, cancellationToken).ConfigureAwait(false);
                all.AddRange(response.ResourceRecordSets);
                if (!response.IsTruncated)
                {
                    return all;
                }
                if (response.NextRecordName == null)
                {
                    // Without a position the next call would return the same page forever.
                    throw new FormatException("Route 53 reported more record sets but gave no NextRecordName.");
                }
                page = new ListResourceRecordSetsRequest
                {
                    HostedZoneId = request.HostedZoneId,
                    StartRecordName = response.NextRecordName,
                    StartRecordType = response.NextRecordType,
                    StartRecordIdentifier = response.NextRecordIdentifier,
                    MaxItems = request.MaxItems,
                };
            }
        }

        public Task<Route53ChangeResponse> ChangeResourceRecordSetsAsync(ChangeResourceRecordSetsRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, Route53ChangeResponse.Read, cancellationToken);

        public Task<Route53ChangeResponse> GetChangeAsync(GetChangeRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, Route53ChangeResponse.Read, cancellationToken);

        public Task<GetDnssecResponse> GetDnssecAsync(GetDnssecRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, GetDnssecResponse.Read, cancellationToken);

        public Task<CreateKeySigningKeyResponse> CreateKeySigningKeyAsync(CreateKeySigningKeyRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, CreateKeySigningKeyResponse.Read, cancellationToken);

        public Task<Route53ChangeResponse> EnableHostedZoneDnssecAsync(EnableHostedZoneDnssecRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, Route53ChangeResponse.Read, cancellationToken);

        private Task<TResponse> SendAsync<TResponse>(Route53Request request, Func<XElement, TResponse> read,
            CancellationToken cancellationToken)
            where TResponse : AmazonWebServiceResponse, new() =>
            SendAsync<TResponse>(request, Route53RequestMarshaller.Instance,
                new XmlBodyUnmarshaller<TResponse>(read, Error), cancellationToken);

        private static AwsServiceException Error(AwsErrorDetails details)
        {
            switch (details.Code)
            {
                case NoSuchHostedZoneException.ErrorCodeValue: return new NoSuchHostedZoneException(details);
                case InvalidChangeBatchException.ErrorCodeValue: return new InvalidChangeBatchException(details);
                default: return AwsServiceException.Create(details);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>
    /// The IAM operations Spawn uses. NuGet here has no AWSSDK.IdentityManagement, so this client carries its own
    /// marshalling and runs on AWSSDK.Core's pipeline like the generated clients.
    /// </summary>
    public sealed class IamClient : SpawnServiceClient
    {
        private static readonly QueryRequestMarshaller Marshaller = new QueryRequestMarshaller("IAM", IamRequest.ApiVersion);

        public IamClient(AWSCredentials credentials, IamConfig config)
            : base(credentials, config)
        {
        }

        public Task<RoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, RoleResponse.Read, cancellationToken);

        public Task<RoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, RoleResponse.Read, cancellationToken);

        public Task<IamResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<IamResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<IamResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<GetRolePolicyResponse> GetRolePolicyAsync(GetRolePolicyRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, GetRolePolicyResponse.Read, cancellationToken);

        public Task<GetPolicyResponse> GetPolicyAsync(GetPolicyRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, GetPolicyResponse.Read, cancellationToken);

        public Task<GetPolicyVersionResponse> GetPolicyVersionAsync(GetPolicyVersionRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, GetPolicyVersionResponse.Read, cancellationToken);

        public Task<IamResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request,
            CancellationToken cancellationToken) =>
            ReadAllPagesAsync(request, ListRolePoliciesResponse.Read, (all, page) => all.PolicyNames.AddRange(page.PolicyNames),
                cancellationToken);

        public Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request,
            CancellationToken cancellationToken) =>
            ReadAllPagesAsync(request, ListAttachedRolePoliciesResponse.Read,
                (all, page) => all.AttachedPolicies.AddRange(page.AttachedPolicies), cancellationToken);

        public Task<InstanceProfileResponse> GetInstanceProfileAsync(GetInstanceProfileRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, InstanceProfileResponse.Read, cancellationToken);

        public Task<InstanceProfileResponse> CreateInstanceProfileAsync(CreateInstanceProfileRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, InstanceProfileResponse.Read, cancellationToken);

        public Task<IamResponse> DeleteInstanceProfileAsync(DeleteInstanceProfileRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<IamResponse> AddRoleToInstanceProfileAsync(AddRoleToInstanceProfileRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        public Task<IamResponse> RemoveRoleFromInstanceProfileAsync(RemoveRoleFromInstanceProfileRequest request,
            CancellationToken cancellationToken) =>
            SendAsync(request, IamResponse.Read, cancellationToken);

        /// <summary>Reads page after page (Marker/IsTruncated) and merges them into the first page's response.</summary>
        private async Task<TResponse> ReadAllPagesAsync<TResponse>(IamPagedRequest request, Func<XElement, TResponse> read,
            Action<TResponse, TResponse> merge, CancellationToken cancellationToken)
            where TResponse : IamPagedResponse, new()
        {
            request.Marker = null;
            try
            {
                var all = await SendAsync(request, read, cancellationToken).ConfigureAwait(false);
                request.Marker = all.NextMarker;
                while (request.Marker != null)
                {
                    var page = await SendAsync(request, read, cancellationToken).ConfigureAwait(false);
                    merge(all, page);
                    request.Marker = page.NextMarker;
                }
                all.NextMarker = null;
                return all;
            }
            finally
            {
                request.Marker = null;
            }
        }

        // Query-protocol answers wrap the result: <ActionResponse><ActionResult>...</ActionResult><ResponseMetadata/>.
        private Task<TResponse> SendAsync<TResponse>(IamRequest request, Func<XElement, TResponse> read,
            CancellationToken cancellationToken)
            where TResponse : AmazonWebServiceResponse, new() =>
            SendAsync<TResponse>(request, Marshaller,
                new XmlBodyUnmarshaller<TResponse>(root => read(root.Child(request.Action + "Result") ?? root), Error),
                cancellationToken);

        private static AwsServiceException Error(AwsErrorDetails details)
        {
            switch (details.Code)
            {
                case NoSuchEntityException.ErrorCodeValue: return new NoSuchEntityException(details);
                case EntityAlreadyExistsException.ErrorCodeValue: return new EntityAlreadyExistsException(details);
                default: return AwsServiceException.Create(details);
            }
        }
    }
}

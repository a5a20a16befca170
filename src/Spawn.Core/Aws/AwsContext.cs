using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.SimpleSystemsManagement;
using Spawn.CloudWatchLogs;
using Spawn.Iam;
using Spawn.Pricing;
using Spawn.Route53;
using Spawn.Sns;

namespace Spawn.Aws
{
    /// <summary>
    /// Resolved AWS settings for one invocation, and the clients built from them. Clients are created on
    /// first use, so importing the module and validating input cost no SDK work.
    /// </summary>
    public sealed class AwsContext : IDisposable
    {
        private readonly IReadOnlyDictionary<AwsService, EndpointUrl> _endpoints;
        private readonly Dictionary<AwsService, IDisposable> _clients = new Dictionary<AwsService, IDisposable>();
        private readonly object _gate = new object();
        private CallerIdentity? _caller;

        internal AwsContext(RegionEndpoint region, AWSCredentials credentials,
            IReadOnlyDictionary<AwsService, EndpointUrl> endpoints, IReadOnlyList<SettingProvenance> provenance,
            string correlationId)
        {
            Region = region;
            Credentials = credentials;
            _endpoints = endpoints;
            Provenance = provenance;
            CorrelationId = correlationId;
        }

        public RegionEndpoint Region { get; }
        public string RegionName => Region.SystemName;
        public AWSCredentials Credentials { get; }
        public IReadOnlyList<SettingProvenance> Provenance { get; }

        /// <summary>One id per pipeline invocation; sent to AWS in the user agent and written to the audit log.</summary>
        public string CorrelationId { get; }

        public EndpointUrl? EndpointFor(AwsService service) =>
            _endpoints.TryGetValue(service, out var url) ? url : null;

        public string CredentialSource
        {
            get
            {
                foreach (var p in Provenance)
                {
                    if (p.Setting == "Credentials")
                    {
                        return p.Source;
                    }
                }
                return "unknown";
            }
        }

        /// <summary>The same settings for another region (multi-region listing and audit).</summary>
        public AwsContext ForRegion(string region) =>
            new AwsContext(RegionEndpoint.GetBySystemName(region), Credentials, _endpoints, Provenance, CorrelationId);

        /// <summary>The same endpoints and correlation id with other credentials (an assumed role).</summary>
        public AwsContext WithCredentials(AWSCredentials credentials, string source)
        {
            var provenance = new List<SettingProvenance>(Provenance.Count + 1);
            foreach (var p in Provenance)
            {
                if (p.Setting != "Credentials")
                {
                    provenance.Add(p);
                }
            }
            provenance.Add(new SettingProvenance("Credentials", source));
            return new AwsContext(Region, credentials, _endpoints, provenance, CorrelationId);
        }

        public IAmazonEC2 Ec2 => Client(AwsService.Ec2, () => new AmazonEC2Client(Credentials, Configure(new AmazonEC2Config(), AwsService.Ec2)));
        public IAmazonKeyManagementService Kms => Client(AwsService.Kms, () => new AmazonKeyManagementServiceClient(Credentials, Configure(new AmazonKeyManagementServiceConfig(), AwsService.Kms)));
        public IAmazonSecurityTokenService Sts => Client(AwsService.Sts, () => new AmazonSecurityTokenServiceClient(Credentials, Configure(new AmazonSecurityTokenServiceConfig(), AwsService.Sts)));
        public IAmazonDynamoDB DynamoDb => Client(AwsService.DynamoDb, () => new AmazonDynamoDBClient(Credentials, Configure(new AmazonDynamoDBConfig(), AwsService.DynamoDb)));
        public Route53Client Route53 => GetOrCreate(AwsService.Route53, () => new Route53Client(Credentials, Configure(new Route53Config(), AwsService.Route53)));
        public IamClient Iam => GetOrCreate(AwsService.Iam, () => new IamClient(Credentials, Configure(new IamConfig(), AwsService.Iam)));
        public CloudWatchLogsClient CloudWatchLogs => GetOrCreate(AwsService.CloudWatchLogs, () => new CloudWatchLogsClient(Credentials, Configure(new CloudWatchLogsConfig(), AwsService.CloudWatchLogs)));
        public SnsClient Sns => GetOrCreate(AwsService.Sns, () => new SnsClient(Credentials, Configure(new SnsConfig(), AwsService.Sns)));
        public PricingClient Pricing => GetOrCreate(AwsService.Pricing, () => new PricingClient(Credentials, QuickToGiveUp(Configure(new PricingConfig(), AwsService.Pricing))));
        public IAmazonSimpleSystemsManagement Ssm => Client(AwsService.Ssm, () => new AmazonSimpleSystemsManagementClient(Credentials, Configure(new AmazonSimpleSystemsManagementConfig(), AwsService.Ssm)));

        /// <summary>The caller's account and ARN (STS GetCallerIdentity), fetched once per context.</summary>
        public async Task<CallerIdentity> GetCallerAsync(CancellationToken cancellationToken)
        {
            if (_caller != null)
            {
                return _caller;
            }
            var response = await Sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            _caller = new CallerIdentity(response.Account, response.Arn, response.UserId);
            return _caller;
        }

        /// <summary>
        /// Applies region, endpoint override, retries and the user agent to an SDK (or Spawn's own) client config.
        /// Route 53, IAM and Pricing are signed for us-east-1.
        /// </summary>
        public TConfig Configure<TConfig>(TConfig config, AwsService service) where TConfig : ClientConfig
        {
            var signingRegion = AwsServiceNames.SignsForUsEast1(service) ? RegionEndpoint.USEast1 : Region;
            var endpoint = EndpointFor(service);
            if (endpoint != null)
            {
                config.ServiceURL = endpoint.ToString();
                config.AuthenticationRegion = signingRegion.SystemName;
            }
            else
            {
                config.RegionEndpoint = signingRegion;
            }
            config.RetryMode = RequestRetryMode.Standard;
            config.MaxErrorRetry = 4;
            config.Timeout = TimeSpan.FromSeconds(60);
            // The correlation id rides in the user agent, so CloudTrail entries can be matched to audit log lines.
            config.ClientAppId = "spawn-" + CorrelationId.Substring(0, Math.Min(24, CorrelationId.Length));
            return config;
        }

        /// <summary>
        /// Prices are optional (the shipped table stands in), so a Pricing endpoint that is unreachable from a private
        /// subnet or refuses the caller must not hold a check up for minutes: one retry, ten seconds each.
        /// </summary>
        private static TConfig QuickToGiveUp<TConfig>(TConfig config) where TConfig : ClientConfig
        {
            config.MaxErrorRetry = 1;
            config.Timeout = TimeSpan.FromSeconds(10);
            return config;
        }

        private T Client<T>(AwsService service, Func<T> create) where T : class
        {
            lock (_gate)
            {
                if (!_clients.TryGetValue(service, out var client))
                {
                    client = (IDisposable)create();
                    _clients[service] = client;
                }
                return (T)client;
            }
        }

        /// <summary>Registers a client for a service (Spawn's own Route 53, IAM, CloudWatch Logs, SNS and Pricing clients use this).</summary>
        internal T GetOrCreate<T>(AwsService service, Func<T> create) where T : class, IDisposable => Client(service, create);

        public void Dispose()
        {
            lock (_gate)
            {
                foreach (var client in _clients.Values)
                {
                    client.Dispose();
                }
                _clients.Clear();
            }
        }
    }
}

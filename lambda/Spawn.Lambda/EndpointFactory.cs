using System;
using System.Collections.Generic;
using Spawn.Aws;
using Spawn.Dns.Registration;
using Spawn.Identity;

namespace Spawn.Lambda
{
    /// <summary>
    /// Builds the pipeline from environment variables (<see cref="EndpointEnvironment"/> for Spawn's settings; the usual
    /// AWS_REGION, credentials and AWS_ENDPOINT_URL for AWS). Same code for Lambda and the local host; only the state
    /// store differs: DynamoDB when SPAWN_STATE_TABLE is set, memory otherwise.
    /// </summary>
    public static class EndpointFactory
    {
        public static RegistrationPipeline Create(Func<string, string?> environment, Action<string> log)
        {
            var options = EndpointEnvironment.Read(environment);
            var aws = new AwsContextResolver(environment: environment).Resolve(new List<AwsSettings>());
            var verifier = new IdentityVerifier(new IdentityVerifierOptions
            {
                Rsa2048Certificates = PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, options.TrustedCertificateDirectory),
                // The legacy format, when enabled, uses the built-in RSA certificates only: it is a migration aid, not a format to extend.
                AllowLegacySignature = options.AllowLegacySignature,
            });
            var instances = new Ec2InstanceDirectory(new AccountAccess(aws, options.AccountRoleName, options.AccountRoleExternalId));
            IRegistrationStore store = options.StateTable == null
                ? new InMemoryRegistrationStore()
                : new DynamoDbRegistrationStore(aws.DynamoDb, options.StateTable);
            return new RegistrationPipeline(options, verifier, instances, store, new Route53Records(aws.Route53, options.HostedZoneId), log);
        }
    }
}

using System;
using System.Collections.Generic;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Util;
using Spawn.Diagnostics;

namespace Spawn.Aws
{
    /// <summary>
    /// Resolves region, credentials and endpoints. Order: the given layers (parameters, then Spawn's session
    /// defaults, then AWS.Tools' stored values), the environment, the shared config and credentials files,
    /// and last instance metadata (IMDSv2). Each value's source goes to the debug log; secrets never do.
    /// </summary>
    public sealed class AwsContextResolver
    {
        private readonly Func<string, string?> _environment;
        private readonly IOperationLog _log;

        public AwsContextResolver(IOperationLog? log = null, Func<string, string?>? environment = null)
        {
            _log = log ?? NullOperationLog.Instance;
            _environment = environment ?? Environment.GetEnvironmentVariable;
        }

        public AwsContext Resolve(IReadOnlyList<AwsSettings> layers, string? correlationId = null)
        {
            foreach (var layer in layers)
            {
                Validate(layer);
            }

            var provenance = new List<SettingProvenance>();
            var profileLocation = First(layers, l => l.ProfileLocation, out var profileLocationSource);
            var credentials = ResolveCredentials(layers, profileLocation, provenance, out var profileUsed);
            var region = ResolveRegion(layers, profileLocation, profileUsed, provenance);
            var endpoints = ResolveEndpoints(layers, provenance);
            if (profileLocation != null)
            {
                provenance.Add(new SettingProvenance("ProfileLocation", profileLocationSource!));
            }

            foreach (var p in provenance)
            {
                _log.Debug($"AWS {p.Setting} from {p.Source}.");
            }

            return new AwsContext(region, credentials, endpoints, provenance, correlationId ?? NewCorrelationId());
        }

        public static string NewCorrelationId() => Guid.NewGuid().ToString("N");

        private static void Validate(AwsSettings layer)
        {
            if (layer.HasKeys && (string.IsNullOrEmpty(layer.AccessKey) || string.IsNullOrEmpty(layer.SecretKey)))
            {
                throw new SpawnValidationException("AwsIncompleteKeys",
                    $"Both an access key and a secret key are needed ({layer.Source} gave only one).");
            }
            if (!string.IsNullOrEmpty(layer.SessionToken) && !layer.HasKeys)
            {
                throw new SpawnValidationException("AwsIncompleteKeys",
                    $"A session token needs an access key and a secret key ({layer.Source}).");
            }
            if (layer.Region != null && !RegionName.IsValid(layer.Region))
            {
                throw new SpawnValidationException("AwsInvalidRegion",
                    $"'{layer.Region}' is not an AWS region name (for example us-east-1), from {layer.Source}.");
            }
            if (layer.EndpointUrl != null)
            {
                EndpointUrl.Parse(layer.EndpointUrl, layer.Source);
            }
        }

        private AWSCredentials ResolveCredentials(IReadOnlyList<AwsSettings> layers, string? profileLocation,
            List<SettingProvenance> provenance, out string? profileUsed)
        {
            profileUsed = null;
            foreach (var layer in layers)
            {
                if (layer.HasKeys)
                {
                    provenance.Add(new SettingProvenance("Credentials", $"access keys ({layer.Source})"));
                    return Keys(layer.AccessKey!, layer.SecretKey!, layer.SessionToken);
                }
                if (!string.IsNullOrEmpty(layer.ProfileName))
                {
                    profileUsed = layer.ProfileName;
                    provenance.Add(new SettingProvenance("Credentials", $"profile '{layer.ProfileName}' ({layer.Source})"));
                    return FromProfile(layer.ProfileName!, profileLocation, required: true)!;
                }
            }

            var envKey = _environment("AWS_ACCESS_KEY_ID");
            var envSecret = _environment("AWS_SECRET_ACCESS_KEY");
            if (!string.IsNullOrEmpty(envKey) && !string.IsNullOrEmpty(envSecret))
            {
                provenance.Add(new SettingProvenance("Credentials", "environment AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"));
                return Keys(envKey!, envSecret!, NullIfEmpty(_environment("AWS_SESSION_TOKEN")));
            }

            var envProfile = NullIfEmpty(_environment("AWS_PROFILE"));
            if (envProfile != null)
            {
                profileUsed = envProfile;
                provenance.Add(new SettingProvenance("Credentials", $"profile '{envProfile}' (environment AWS_PROFILE)"));
                return FromProfile(envProfile, profileLocation, required: true)!;
            }

            var fromDefault = FromProfile("default", profileLocation, required: false);
            if (fromDefault != null)
            {
                profileUsed = "default";
                provenance.Add(new SettingProvenance("Credentials", "profile 'default' (shared files)"));
                return fromDefault;
            }

            if (!ImdsDisabled())
            {
                provenance.Add(new SettingProvenance("Credentials", "instance metadata (IMDSv2)"));
                return new InstanceProfileAWSCredentials();
            }

            throw new SpawnException("AwsNoCredentials", SpawnErrorKind.PermissionDenied,
                "No AWS credentials found. Pass -ProfileName or -AccessKey/-SecretKey, call Set-SpawnDefault, "
                + "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or configure the shared credentials file.");
        }

        private static AWSCredentials Keys(string accessKey, string secretKey, string? sessionToken) =>
            string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : new SessionAWSCredentials(accessKey, secretKey, sessionToken);

        private static AWSCredentials? FromProfile(string name, string? profileLocation, bool required)
        {
            var chain = new CredentialProfileStoreChain(profileLocation);
            if (chain.TryGetAWSCredentials(name, out var credentials))
            {
                return credentials;
            }
            if (!required)
            {
                return null;
            }
            throw new SpawnException("AwsProfileNotFound", SpawnErrorKind.ObjectNotFound,
                $"The AWS profile '{name}' was not found in the shared config and credentials files"
                + (profileLocation == null ? "." : $" ({profileLocation})."))
            { Target = name };
        }

        private RegionEndpoint ResolveRegion(IReadOnlyList<AwsSettings> layers, string? profileLocation,
            string? profileUsed, List<SettingProvenance> provenance)
        {
            foreach (var layer in layers)
            {
                if (layer.Region != null)
                {
                    provenance.Add(new SettingProvenance("Region", layer.Source));
                    return RegionEndpoint.GetBySystemName(layer.Region);
                }
            }

            foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
            {
                var value = NullIfEmpty(_environment(variable));
                if (value != null)
                {
                    if (!RegionName.IsValid(value))
                    {
                        throw new SpawnValidationException("AwsInvalidRegion", $"'{value}' in {variable} is not an AWS region name.");
                    }
                    provenance.Add(new SettingProvenance("Region", $"environment {variable}"));
                    return RegionEndpoint.GetBySystemName(value);
                }
            }

            var profileName = profileUsed ?? NullIfEmpty(_environment("AWS_PROFILE")) ?? "default";
            var chain = new CredentialProfileStoreChain(profileLocation);
            if (chain.TryGetProfile(profileName, out var profile) && profile.Region != null)
            {
                provenance.Add(new SettingProvenance("Region", $"profile '{profileName}' (shared config file)"));
                return profile.Region;
            }

            if (!ImdsDisabled())
            {
                var imdsRegion = EC2InstanceMetadata.Region;
                if (imdsRegion != null)
                {
                    provenance.Add(new SettingProvenance("Region", "instance metadata (IMDSv2)"));
                    return imdsRegion;
                }
            }

            throw new SpawnException("AwsNoRegion", SpawnErrorKind.InvalidArgument,
                "No AWS region found. Pass -Region, call Set-SpawnDefault -Region, set AWS_REGION, or set a region in the profile.");
        }

        private IReadOnlyDictionary<AwsService, EndpointUrl> ResolveEndpoints(IReadOnlyList<AwsSettings> layers,
            List<SettingProvenance> provenance)
        {
            var result = new Dictionary<AwsService, EndpointUrl>();
            var fromLayers = First(layers, l => l.EndpointUrl, out var layerSource);
            var global = NullIfEmpty(_environment("AWS_ENDPOINT_URL"));
            foreach (AwsService service in Enum.GetValues(typeof(AwsService)))
            {
                if (fromLayers != null)
                {
                    result[service] = EndpointUrl.Parse(fromLayers, layerSource!);
                    continue;
                }
                var variable = "AWS_ENDPOINT_URL_" + AwsServiceNames.EndpointVariableSuffix(service);
                var specific = NullIfEmpty(_environment(variable));
                if (specific != null)
                {
                    result[service] = EndpointUrl.Parse(specific, $"environment {variable}");
                    provenance.Add(new SettingProvenance($"Endpoint[{service}]", $"environment {variable}"));
                }
                else if (global != null)
                {
                    result[service] = EndpointUrl.Parse(global, "environment AWS_ENDPOINT_URL");
                }
            }
            if (fromLayers != null)
            {
                provenance.Add(new SettingProvenance("Endpoint", layerSource!));
            }
            else if (global != null)
            {
                provenance.Add(new SettingProvenance("Endpoint", "environment AWS_ENDPOINT_URL"));
            }
            return result;
        }

        private bool ImdsDisabled() =>
            string.Equals(_environment("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase);

        private static string? First(IReadOnlyList<AwsSettings> layers, Func<AwsSettings, string?> pick, out string? source)
        {
            foreach (var layer in layers)
            {
                var value = pick(layer);
                if (!string.IsNullOrEmpty(value))
                {
                    source = layer.Source;
                    return value;
                }
            }
            source = null;
            return null;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}

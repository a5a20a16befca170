using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Logging;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that calls AWS: the AWS.Tools common parameters (same names and aliases) and the
    /// resolution of region, credentials and endpoint. Order: parameters, Set-SpawnDefault, AWS.Tools'
    /// $StoredAWSRegion/$StoredAWSCredentials, then the environment, shared files and instance metadata.
    /// </summary>
    public abstract class SpawnAwsCmdlet : SpawnCmdlet
    {
        private AwsContext? _context;

        [Parameter(ValueFromPipelineByPropertyName = false)]
        [Alias("RegionToCall")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public virtual string[]? Region { get; set; }

        [Parameter]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        [Parameter]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [ValidateNotNullOrEmpty]
        public string? ProfileLocation { get; set; }

        [Parameter]
        [Alias("AK")]
        [ValidateNotNullOrEmpty]
        public string? AccessKey { get; set; }

        [Parameter]
        [Alias("SK")]
        [SecureStringTransformation]
        public SecureString? SecretKey { get; set; }

        [Parameter]
        [Alias("ST")]
        [SecureStringTransformation]
        public SecureString? SessionToken { get; set; }

        [Parameter]
        [CredentialTransformation]
        public SpawnCredential? Credential { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>Cmdlets that query several regions at once say so; the others take one region.</summary>
        protected virtual bool AcceptsMultipleRegions => false;

        /// <summary>The resolved context, built on first use so that input validation runs before any AWS work.</summary>
        internal AwsContext Context => _context ??= ResolveContext();

        /// <summary>The regions to work in: those given, or the resolved region.</summary>
        internal IReadOnlyList<string> Regions =>
            Region != null && Region.Length > 0 ? Region : new[] { Context.RegionName };

        /// <summary>
        /// Starts the audit line of one state-changing operation (one per pipeline item): the action (the cmdlet's
        /// name unless given), the resources it changes, and this call's bound parameters, masked.
        /// </summary>
        internal CmdletAudit BeginAudit(string? action, params string[] targets) => BeginAuditIn(Context, action, targets);

        /// <summary>The same, for an operation in another region's context (pipeline input from several regions).</summary>
        internal CmdletAudit BeginAuditIn(AwsContext context, string? action, params string[] targets)
        {
            var (values, secrets) = AuditParameterValues.From(MyInvocation.BoundParameters);
            var scope = new AuditScope(AuditLog.For(context), context, action ?? MyInvocation.MyCommand.Name, targets, values, secrets);
            return new CmdletAudit(this, scope);
        }

        /// <summary>
        /// Runs one state change on the engine and writes its audit line, success or failure. Failures are
        /// rethrown for the caller to report (usually per item, non-terminating).
        /// </summary>
        internal T RunAudited<T>(AwsContext context, string target, Func<EngineSink, CancellationToken, Task<T>> work)
        {
            using var audit = BeginAuditIn(context, null, target);
            try
            {
                var result = RunEngine(work);
                audit.Succeeded();
                return result;
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                audit.Failed(e);
                throw;
            }
        }

        private AwsContext ResolveContext()
        {
            if (!AcceptsMultipleRegions && Region != null && Region.Length > 1)
            {
                Fail(new SpawnValidationException("MultipleRegionsNotSupported",
                    $"{MyInvocation.MyCommand.Name} works in one region at a time; -Region was given {Region.Length}."));
            }

            var layers = Layers(ParameterLayer(), name => GetVariableValue(name));

            var sink = new EngineSink();
            AwsContext? context = null;
            try
            {
                context = new AwsContextResolver(sink).Resolve(layers);
            }
            catch (SpawnException e)
            {
                sink.Complete();
                sink.Drain(this);
                Fail(e);
            }
            sink.Complete();
            sink.Drain(this);
            foreach (AwsService service in System.Enum.GetValues(typeof(AwsService)))
            {
                var endpoint = context!.EndpointFor(service);
                if (endpoint != null && endpoint.IsInsecure)
                {
                    WriteWarning(InsecureEndpointWarning.For(endpoint));
                    break;
                }
            }
            return context!;
        }

        /// <summary>
        /// The settings layers before the environment: the given parameters, Set-SpawnDefault, then AWS.Tools'
        /// stored values (read with <paramref name="variable"/>). Shared with the argument completers.
        /// </summary>
        internal static List<AwsSettings> Layers(AwsSettings parameters, Func<string, object?> variable)
        {
            var layers = new List<AwsSettings> { parameters };
            var defaults = SessionDefaults.Current;
            if (defaults != null)
            {
                layers.Add(Layer("Set-SpawnDefault", defaults.Region, defaults.ProfileName, defaults.ProfileLocation, defaults.EndpointUrl, defaults.Credential));
            }
            layers.Add(StoredAwsToolsLayer(variable));
            return layers;
        }

        private AwsSettings ParameterLayer() =>
            Layer("parameter", SingleRegion, ProfileName, ProfileLocation, EndpointUrl, BoundCredential());

        /// <summary>The one region given with -Region, or null.</summary>
        internal string? SingleRegion => Region != null && Region.Length > 0 ? Region[0] : null;

        /// <summary>The keys given as parameters (-AccessKey/-SecretKey/-SessionToken or -Credential), checked to be complete.</summary>
        internal SpawnCredential? BoundCredential()
        {
            if (AccessKey != null || SecretKey != null)
            {
                if (AccessKey == null || SecretKey == null)
                {
                    Fail(new SpawnValidationException("AwsIncompleteKeys", "-AccessKey and -SecretKey go together."));
                }
                return new SpawnCredential(AccessKey!, SecretKey!, SessionToken);
            }
            if (SessionToken != null)
            {
                Fail(new SpawnValidationException("AwsIncompleteKeys", "-SessionToken needs -AccessKey and -SecretKey."));
            }
            return Credential;
        }

        private static AwsSettings StoredAwsToolsLayer(Func<string, object?> variable)
        {
            var layer = new AwsSettings("AWS.Tools $StoredAWSRegion/$StoredAWSCredentials");
            if (variable("StoredAWSRegion") is object region)
            {
                layer.Region = (region is PSObject p ? p.BaseObject : region) as string;
            }
            var stored = variable("StoredAWSCredentials");
            var storedValue = stored is PSObject pso ? pso.BaseObject : stored;
            if (storedValue is string profile)
            {
                layer.ProfileName = profile;
            }
            else if (storedValue != null)
            {
                var credential = CredentialTransformationAttribute.Convert(storedValue);
                if (credential != null)
                {
                    Apply(layer, credential);
                }
            }
            return layer;
        }

        internal static AwsSettings Layer(string source, string? region, string? profileName, string? profileLocation,
            string? endpointUrl, SpawnCredential? credential)
        {
            var layer = new AwsSettings(source)
            {
                Region = region,
                ProfileName = profileName,
                ProfileLocation = profileLocation,
                EndpointUrl = endpointUrl,
            };
            if (credential != null)
            {
                Apply(layer, credential);
            }
            return layer;
        }

        private static void Apply(AwsSettings layer, SpawnCredential credential)
        {
            layer.AccessKey = credential.AccessKey;
            layer.SecretKey = SecureStrings.ToPlain(credential.SecretKey);
            layer.SessionToken = SecureStrings.ToPlain(credential.SessionToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _context?.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Tab completion for -InstanceId and -Name: the Spawn-managed instances that Get-SpawnInstance would list,
    /// with the AWS parameters already on the command line (-Region, -ProfileName, keys, -EndpointUrl), then
    /// Set-SpawnDefault, AWS.Tools' stored values and the environment. Bounded in time and count; any failure
    /// (no credentials, no network, access denied) completes nothing and shows nothing.
    /// </summary>
    public abstract class InstanceCompleterBase : IArgumentCompleter
    {
        /// <summary>Completion gives up after this long; a prompt that hangs is worse than no suggestion.</summary>
        internal static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(3);

        /// <summary>At most this many suggestions.</summary>
        internal const int MaxResults = 100;

        internal abstract bool ByName { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                return Complete(CompletionText.Unquote(wordToComplete), fakeBoundParameters);
            }
            catch (Exception)
            {
                return Array.Empty<CompletionResult>();
            }
        }

        private IEnumerable<CompletionResult> Complete(string prefix, IDictionary bound)
        {
            var layers = SpawnAwsCmdlet.Layers(ParameterLayer(bound), StoredVariable);
            var filter = new InstanceFilter
            {
                IncludeUnmanaged = IsSet(bound, "IncludeUnmanaged"),
            };
            if (ByName)
            {
                // EC2 matches the name server-side; * and ? in what was typed stay wildcards.
                filter.Names = new[] { prefix + "*" };
            }

            var found = new ConcurrentQueue<SpawnInstance>();
            // Not disposed here: the query may still be winding down when completion returns.
            var stop = new CancellationTokenSource(TimeLimit);
            var work = Task.Run(async () =>
            {
                using var context = new AwsContextResolver().Resolve(layers);
                await InstanceQuery.QueryAsync(context, filter, instance =>
                {
                    if (ByName || instance.InstanceId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Enqueue(instance);
                        if (found.Count >= MaxResults)
                        {
                            stop.Cancel();
                        }
                    }
                }, stop.Token).ConfigureAwait(false);
            });
            try
            {
                work.Wait(TimeLimit);
            }
            catch (AggregateException)
            {
                // Cancelled at the bound, or failed: what was found so far is still offered.
            }
            stop.Cancel();

            var results = new List<CompletionResult>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instance in found.Take(MaxResults).OrderBy(i => ByName ? i.Name : i.InstanceId, StringComparer.OrdinalIgnoreCase))
            {
                var value = ByName ? instance.Name : instance.InstanceId;
                if (string.IsNullOrEmpty(value) || !seen.Add(value!))
                {
                    continue;
                }
                var tooltip = $"{instance.InstanceId} {instance.Name} ({instance.State}, {instance.Region})";
                results.Add(new CompletionResult(CompletionText.Quote(value!), value, CompletionResultType.ParameterValue, tooltip));
            }
            return results;
        }

        private static AwsSettings ParameterLayer(IDictionary bound)
        {
            SpawnCredential? credential = null;
            var accessKey = Text(bound, "AccessKey");
            var secretKey = Secure(bound, "SecretKey");
            if (accessKey != null && secretKey != null)
            {
                credential = new SpawnCredential(accessKey, secretKey, Secure(bound, "SessionToken"));
            }
            else if (bound.Contains("Credential"))
            {
                credential = CredentialTransformationAttribute.Convert(bound["Credential"]);
            }
            return SpawnAwsCmdlet.Layer("parameter", Text(bound, "Region"), Text(bound, "ProfileName"), Text(bound, "ProfileLocation"),
                Text(bound, "EndpointUrl"), credential);
        }

        /// <summary>A bound value as text; for an array (-Region a,b) its first element.</summary>
        private static string? Text(IDictionary bound, string name)
        {
            if (!bound.Contains(name))
            {
                return null;
            }
            var value = bound[name] is PSObject p ? p.BaseObject : bound[name];
            if (value is IEnumerable list && !(value is string))
            {
                value = list.Cast<object?>().FirstOrDefault();
                value = value is PSObject q ? q.BaseObject : value;
            }
            return value as string;
        }

        private static SecureString? Secure(IDictionary bound, string name)
        {
            var value = bound.Contains(name) ? (bound[name] is PSObject p ? p.BaseObject : bound[name]) : null;
            return value switch
            {
                SecureString secure => secure,
                string plain when plain.Length > 0 => SecureStrings.FromPlain(plain),
                _ => null,
            };
        }

        private static bool IsSet(IDictionary bound, string name)
        {
            if (!bound.Contains(name))
            {
                return false;
            }
            var value = bound[name] is PSObject p ? p.BaseObject : bound[name];
            return value is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(value);
        }

        /// <summary>AWS.Tools' $StoredAWSRegion/$StoredAWSCredentials, read in the current runspace.</summary>
        private static object? StoredVariable(string name)
        {
            if (Runspace.DefaultRunspace == null)
            {
                return null;
            }
            try
            {
                using var ps = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
                ps.AddCommand("Get-Variable").AddParameter("Name", name).AddParameter("Scope", "Global")
                    .AddParameter("ValueOnly").AddParameter("ErrorAction", ActionPreference.Ignore);
                return ps.Invoke().FirstOrDefault()?.BaseObject;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }

    /// <summary>Completes -InstanceId with the ids of Spawn-managed instances.</summary>
    public sealed class InstanceIdCompleter : InstanceCompleterBase
    {
        internal override bool ByName => false;
    }

    /// <summary>Completes -Name with the names (spawn:name) of Spawn-managed instances.</summary>
    public sealed class InstanceNameCompleter : InstanceCompleterBase
    {
        internal override bool ByName => true;
    }
}

using System;
using System.Text;
using Spawn.Security;

namespace Spawn.Dns
{
    /// <summary>
    /// The instance side of DNS registration, for user data: <c>/usr/local/sbin/spawn-dns upsert|delete</c> reads an IMDSv2
    /// token and <c>/latest/dynamic/instance-identity/rsa2048</c>, posts them with curl and retries with backoff
    /// (429, 5xx and network errors only; other refusals are final), and a systemd unit runs it at boot and runs the
    /// delete at shutdown. Every value put into the script goes through <see cref="ShellQuote"/>; the identity text is
    /// checked to be base64 before it is put into the JSON, and is never printed.
    /// </summary>
    public static class DnsBootstrap
    {
        public const string DefaultImds = "http://169.254.169.254";
        public const string ScriptPath = "/usr/local/sbin/spawn-dns";
        public const string UnitPath = "/etc/systemd/system/spawn-dns.service";

        /// <summary>The updater script. <paramref name="imds"/> is only changed by tests (a local fake IMDS).</summary>
        public static string UpdaterScript(Uri endpoint, RecordName name, string imds = DefaultImds)
        {
            CheckEndpoint(endpoint ?? throw new ArgumentNullException(nameof(endpoint)));
            return new StringBuilder()
                .Append("#!/bin/bash\n")
                .Append("# Spawn DNS registration: proves this instance's identity (IMDS /rsa2048) to the endpoint, which points the name\n")
                .Append("# at the public address EC2 reports. Usage: spawn-dns upsert|delete\n")
                .Append("set -u\n")
                .Append("ENDPOINT=").Append(ShellQuote.Quote(endpoint.AbsoluteUri)).Append('\n')
                .Append("RECORD_NAME=").Append(ShellQuote.Quote((name ?? throw new ArgumentNullException(nameof(name))).Value)).Append('\n')
                .Append("IMDS=").Append(ShellQuote.Quote(imds)).Append('\n')
                .Append(Body)
                .ToString();
        }

        /// <summary>A user-data script that installs the updater and its systemd unit, and starts it.</summary>
        public static string UserData(Uri endpoint, RecordName name) =>
            "#!/bin/bash\nset -eu\n"
            + $"cat > {ScriptPath} <<'SPAWN_DNS_SCRIPT'\n{UpdaterScript(endpoint, name)}SPAWN_DNS_SCRIPT\n"
            + $"chmod 0755 {ScriptPath}\n"
            + $"cat > {UnitPath} <<'SPAWN_DNS_UNIT'\n{Unit}SPAWN_DNS_UNIT\n"
            + "systemctl daemon-reload\nsystemctl enable --now spawn-dns.service\n";

        /// <summary>Oneshot that stays active: ExecStop (the delete) runs at shutdown, before the network goes down.</summary>
        public const string Unit =
            "[Unit]\n"
            + "Description=Spawn DNS registration\n"
            + "Wants=network-online.target\n"
            + "After=network-online.target\n\n"
            + "[Service]\n"
            + "Type=oneshot\n"
            + "RemainAfterExit=yes\n"
            + "ExecStart=" + ScriptPath + " upsert\n"
            + "ExecStop=/usr/bin/env SPAWN_DNS_ATTEMPTS=3 " + ScriptPath + " delete\n"
            + "TimeoutStopSec=60\n\n"
            + "[Install]\n"
            + "WantedBy=multi-user.target\n";

        public const string EndpointInvalid = "DnsEndpointInvalid";
        public const string EndpointInsecure = "DnsEndpointInsecure";

        /// <summary>Longest endpoint URL: it is also written to the spawn:dns-endpoint tag, whose value EC2 limits to 256.</summary>
        public const int MaxEndpointLength = 256;

        /// <summary>-DnsEndpoint as typed: an absolute URL that <see cref="UpdaterScript"/> would accept, checked before any AWS call.</summary>
        public static Uri ParseEndpoint(string? endpoint)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsoluteUri.Length > MaxEndpointLength)
            {
                throw new SpawnValidationException(EndpointInvalid,
                    $"The DNS endpoint must be an absolute URL such as https://dns.example.com/register, at most {MaxEndpointLength} characters.", endpoint);
            }
            CheckEndpoint(uri);
            return uri;
        }

        /// <summary>Identity documents are bearer tokens: only HTTPS, except to a loopback address (the local host).</summary>
        private static void CheckEndpoint(Uri endpoint)
        {
            if (!endpoint.IsAbsoluteUri || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))
                || endpoint.UserInfo.Length != 0)
            {
                throw new SpawnValidationException(EndpointInsecure,
                    "The DNS endpoint must be an https URL without credentials (http only to a loopback address).", endpoint.ToString());
            }
        }

        private const string Body = @"case ""${1:-}"" in
  upsert) ACTION=UPSERT ;;
  delete) ACTION=DELETE ;;
  *) echo ""usage: spawn-dns upsert|delete"" >&2; exit 2 ;;
esac
attempts=""${SPAWN_DNS_ATTEMPTS:-8}""
delay=1
response=$(mktemp)
trap 'rm -f ""$response""' EXIT

for attempt in $(seq 1 ""$attempts""); do
  status=000
  token=$(curl -sf -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' --max-time 5 ""$IMDS/latest/api/token"") \
    && identity=$(curl -sf -H ""X-aws-ec2-metadata-token: $token"" --max-time 5 ""$IMDS/latest/dynamic/instance-identity/rsa2048"") \
    && identity=$(printf '%s' ""$identity"" | tr -d '\r\n') \
    && case ""$identity"" in ''|*[!A-Za-z0-9+/=]*) false ;; esac \
    && status=$(printf '{""identity"":""%s"",""record_name"":""%s"",""action"":""%s""}' ""$identity"" ""$RECORD_NAME"" ""$ACTION"" \
         | curl -s -o ""$response"" -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @- \
           --max-time 20 ""$ENDPOINT"")
  case ""$status"" in
    200) echo ""spawn-dns: $ACTION $RECORD_NAME done: $(cat ""$response"")""; exit 0 ;;
    404) if [ ""$ACTION"" = DELETE ]; then echo ""spawn-dns: $RECORD_NAME was not registered""; exit 0; fi ;;
  esac
  case ""$status"" in
    000|429|5??) echo ""spawn-dns: attempt $attempt failed (HTTP $status), retrying in ${delay}s"" >&2 ;;
    *) echo ""spawn-dns: refused (HTTP $status): $(cat ""$response"")"" >&2; exit 1 ;;
  esac
  [ ""$attempt"" -lt ""$attempts"" ] && sleep ""$delay""
  delay=$(( delay * 2 > 60 ? 60 : delay * 2 ))
done
echo ""spawn-dns: giving up after $attempts attempts"" >&2
exit 1
";
    }
}

#!/bin/sh
# Spawn TTL agent: run every minute by spawn-ttl.timer. Reads the spawn:ttl tag (absolute UTC expiry,
# e.g. 2025-01-31T18:00:00Z) from instance metadata with an IMDSv2 token and powers off once it has passed.
# The instance was launched with shutdown behaviour "terminate", so power-off terminates it.
# Set-SpawnInstanceTtl only rewrites the tag: the next run sees the new expiry.
# A metadata outage is retried on the next run; a missing tag means no TTL; a malformed one is logged.
set -u
imds="${SPAWN_IMDS_ENDPOINT:-http://169.254.169.254}"
poweroff="${SPAWN_POWEROFF_COMMAND:-systemctl poweroff}"

log() { logger -t spawn-ttl -- "$1" 2>/dev/null || echo "spawn-ttl: $1" >&2; }

token=$(curl -sf -m 5 -X PUT "$imds/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 60") || exit 0
ttl=$(curl -sf -m 5 -H "X-aws-ec2-metadata-token: $token" "$imds/latest/meta-data/tags/instance/spawn:ttl") || exit 0
# Only the exact format Spawn writes: date -d alone would read "2h" or "1d" as some time of day.
case "$ttl" in
    [0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z) ;;
    *) log "ignoring malformed spawn:ttl tag"; exit 0 ;;
esac
expiry=$(date -u -d "$ttl" +%s 2>/dev/null) || { log "ignoring malformed spawn:ttl tag"; exit 0; }
now=$(date -u +%s)
if [ "$now" -ge "$expiry" ]; then
    log "spawn:ttl $ttl has passed; powering off"
    $poweroff
fi

#!/bin/sh
# Spawn bootstrap: installs the TTL agent as a systemd timer. Plain shell; downloads nothing.
set -eu
install -d -m 0755 /usr/local/lib/spawn
cat > /usr/local/lib/spawn/ttl-agent.sh <<'SPAWN_EOF'
@TTL_AGENT@
SPAWN_EOF
chmod 0755 /usr/local/lib/spawn/ttl-agent.sh
cat > /etc/systemd/system/spawn-ttl.service <<'SPAWN_EOF'
[Unit]
Description=Spawn TTL agent: power off once the spawn:ttl tag has passed
[Service]
Type=oneshot
ExecStart=/usr/local/lib/spawn/ttl-agent.sh
SPAWN_EOF
cat > /etc/systemd/system/spawn-ttl.timer <<'SPAWN_EOF'
[Unit]
Description=Run the Spawn TTL agent every minute
[Timer]
OnBootSec=1min
OnUnitActiveSec=1min
AccuracySec=10s
[Install]
WantedBy=timers.target
SPAWN_EOF
systemctl daemon-reload
systemctl enable --now spawn-ttl.timer

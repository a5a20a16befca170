# DNS endpoint: requests validated per second per core through the whole Lambda handler (API Gateway event → envelope →
# strict JSON → CMS verification with the pinned certificate → policy → state → DNS → response + log line), with EC2 and
# Route 53 answered by in-process fakes (benchmark only), against `openssl speed rsa2048` verifications per second on this
# machine; and cold start: a fresh process's time to its first response.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [double] $Seconds = 3,
    [int] $ColdRuns = 5
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path (Split-Path (Resolve-Path $ModulePath)) '../..')
$benchProject = Join-Path $root 'bench/DnsEndpoint/Spawn.Bench.DnsEndpoint.csproj'
$bench = Join-Path $root 'bench/DnsEndpoint/bin/Release/net10.0/Spawn.Bench.DnsEndpoint.dll'
$lambda = Join-Path $root 'output/lambda/publish/Spawn.Lambda.dll'
& dotnet build $benchProject -c Release -nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'Building the benchmark harness failed.' }

function Get-Median([double[]] $Values) { ($Values | Sort-Object)[[int][Math]::Floor($Values.Count / 2)] }

# openssl: the last column of the "rsa 2048 bits" line is verifications per second (one core).
$openssl = & openssl speed -seconds 3 rsa2048 2>$null | Select-String '^rsa\s+2048 bits'
if (-not $openssl) { throw 'openssl speed rsa2048 gave no result line.' }
$verifyPerSecond = [double](($openssl.Line -split '\s+')[-1])

$throughput = & dotnet $bench throughput $Seconds
if ($LASTEXITCODE -ne 0) { throw 'The throughput run failed.' }
$values = @{}
foreach ($pair in ($throughput -split '\s+')) { $k, $v = $pair -split '='; $values[$k] = [double]$v }

# Cold start 1: the shipped handler (invoke mode, real configuration path) on an event refused at the signature,
# so no AWS endpoint is needed: process start → response printed, wall clock.
$event = Join-Path ([IO.Path]::GetTempPath()) "spawn-bench-event-$PID.json"
& dotnet $bench event $event
$env:SPAWN_HOSTED_ZONE_ID = 'Z0BENCH'; $env:SPAWN_DOMAIN = 'bench.example.com'
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'bench'; $env:AWS_REGION = 'us-east-1'
$invoke = @(); $full = @()
try {
    for ($i = 0; $i -lt $ColdRuns; $i++) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = & dotnet $lambda invoke -e $event 2>$null
        $invoke += $sw.Elapsed.TotalMilliseconds
        if ($out -notmatch '"statusCode":403') { throw "Unexpected cold-start response: $out" }
        # Cold start 2: the full accepted path (fakes), measured inside the process from its start time.
        $full += [double](((& dotnet $bench coldstart) -split '\s+')[0] -replace 'coldstart_ms=', '')
    }
}
finally {
    Remove-Item $event -ErrorAction SilentlyContinue
    Remove-Item Env:SPAWN_HOSTED_ZONE_ID, Env:SPAWN_DOMAIN, Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_REGION
}

"openssl speed rsa2048 verify/s (1 core):        {0:N0}" -f $verifyPerSecond
"pipeline requests/s, 1 thread:                  {0:N0}" -f $values.single_thread_rps
"pipeline requests/s, all {0} cores, per core:    {1:N0}" -f $values.cores, $values.per_core_rps
"ratio pipeline / openssl verify (1 core):       {0:N3}" -f ($values.single_thread_rps / $verifyPerSecond)
"cold start, invoke on a forged event (wall):    median {0:N0} ms over {1} runs" -f (Get-Median $invoke), $ColdRuns
"cold start, full accepted path (in process):    median {0:N0} ms over {1} runs" -f (Get-Median $full), $ColdRuns

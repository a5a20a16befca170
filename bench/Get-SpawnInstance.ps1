# Listing cost: Get-SpawnInstance over 2,000 managed instances against "aws ec2 describe-instances" with the same
# filter, on the same moto. Reports median wall time of each and the number of HTTP requests each sends.
# Requests are counted from moto's own access log (one werkzeug line per request), before and after each run.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Instances = 2000,
    [int] $Runs = 3
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot '../tests/tools/Moto.ps1')
Import-Module (Resolve-Path $ModulePath).Path

$log = [IO.Path]::Combine([IO.Path]::GetTempPath(), "spawn-bench-moto-$PID.log")
$moto = Start-MotoServer -LogPath $log
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
$env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
$env:AWS_DEFAULT_REGION = 'us-east-1'
$env:AWS_PAGER = ''
try {
    $aws = @('--endpoint-url', $moto.Endpoint)
    $image = (aws ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --query Parameter.Value --output text @aws)
    $tags = 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:name,Value=bench}]'
    for ($made = 0; $made -lt $Instances; $made += 500) {
        aws ec2 run-instances --image-id $image --instance-type t3.micro --count ([Math]::Min(500, $Instances - $made)) --tag-specifications $tags @aws --query 'length(Instances)' | Out-Null
        if ($LASTEXITCODE -ne 0) { throw 'run-instances failed' }
    }
    # A few unmanaged instances that both sides must leave out.
    aws ec2 run-instances --image-id $image --instance-type t3.micro --count 50 @aws --query 'length(Instances)' | Out-Null

    function Get-RequestCount { @(Get-Content "$log.err" | Where-Object { $_ -match '"(GET|POST|PUT|DELETE) ' }).Count }
    function Measure-Side([scriptblock] $Body) {
        $before = Get-RequestCount
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $count = & $Body
        $ms = $sw.Elapsed.TotalMilliseconds
        Start-Sleep -Milliseconds 300   # let moto flush its log line
        [pscustomobject]@{ Ms = $ms; Listed = $count; Requests = (Get-RequestCount) - $before }
    }
    $common = @{ Region = 'us-east-1'; EndpointUrl = $moto.Endpoint }
    $spawn = { @(Get-SpawnInstance @common -Name 'bench*').Count }
    $cli = {
        $json = aws ec2 describe-instances @aws --output json `
            --filters 'Name=tag:spawn:managed,Values=true' 'Name=tag:spawn:name,Values=bench*' 'Name=instance-state-name,Values=pending,running,stopping,stopped,shutting-down'
        @(($json | ConvertFrom-Json).Reservations.Instances).Count
    }
    $null = & $spawn   # warm-up: module JIT and client creation are not the listing's cost
    $spawnRuns = @(); $cliRuns = @()
    for ($i = 0; $i -lt $Runs; $i++) {
        $spawnRuns += Measure-Side $spawn
        $cliRuns += Measure-Side $cli
    }
    function Get-Median($Values) { ($Values | Sort-Object)[[int][Math]::Floor(@($Values).Count / 2)] }
    $s = Get-Median $spawnRuns.Ms; $c = Get-Median $cliRuns.Ms
    if (($spawnRuns.Listed | Select-Object -Unique) -ne $Instances -or ($cliRuns.Listed | Select-Object -Unique) -ne $Instances) {
        throw "Counts differ: Spawn $($spawnRuns.Listed -join ','), CLI $($cliRuns.Listed -join ',') (expected $Instances)."
    }
    "instances listed (each side):          $Instances managed of $($Instances + 50)"
    "Get-SpawnInstance:                     median {0:N0} ms over {1} runs, {2} HTTP requests per run" -f $s, $Runs, (Get-Median $spawnRuns.Requests)
    "aws ec2 describe-instances (same filter): median {0:N0} ms over {1} runs, {2} HTTP requests per run" -f $c, $Runs, (Get-Median $cliRuns.Requests)
    "ratio (Get-SpawnInstance / aws CLI):   {0:N2}" -f ($s / $c)
    "Spawn sends DescribeInstances with MaxResults=1000 plus one DescribeVolumes (unencrypted volumes only) per region;"
    "the CLI sends no MaxResults. moto applies MaxResults to reservations (here 500 instances each), so Spawn's 2,000"
    "instances arrive in one page; on AWS, MaxResults counts instances (2 pages). Requests counted from moto's access log."
}
finally {
    Stop-MotoServer $moto
    Remove-Item $log, "$log.err" -ErrorAction SilentlyContinue
}

# Audit cost: Invoke-SpawnAudit over 250 and then 1,000 managed instances on a fresh moto. Reports wall time and AWS
# requests two ways: the engine's own counter (Summary.AwsRequests, per API) and the HTTP requests moto logged during
# the run. Requests must not grow with the instance count apart from one DescribeInstanceAttribute (user data) each.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int[]] $Counts = @(250, 1000)
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot '../tests/tools/Moto.ps1')
Import-Module (Resolve-Path $ModulePath).Path

$log = Join-Path ([IO.Path]::GetTempPath()) "spawn-bench-moto-$PID.log"
$moto = Start-MotoServer -LogPath $log
try {
    $env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    function Invoke-Cli { $t = & aws @args --endpoint-url $moto.Endpoint --output json; if ($LASTEXITCODE) { throw "aws $args failed" }; if ($t) { ($t -join "`n") | ConvertFrom-Json } }
    # moto logs one line per HTTP request ("POST / HTTP/1.1" 200); counting them checks the engine's counter.
    function Get-MotoRequests { @(Get-Content "$log.err", $log -ErrorAction SilentlyContinue | Where-Object { $_ -match '"(GET|POST|PUT|DELETE) ' }).Count }

    $rows = foreach ($count in $Counts) {
        $region = if ($count -eq $Counts[0]) { 'us-west-2' } else { 'eu-central-1' }
        $env:AWS_DEFAULT_REGION = $region
        $sg = (Invoke-Cli ec2 create-security-group --group-name "bench-$count" --description bench).GroupId
        Invoke-Cli ec2 authorize-security-group-ingress --group-id $sg --protocol tcp --port 22 --cidr 0.0.0.0/0 | Out-Null
        for ($launched = 0; $launched -lt $count; $launched += 250) {
            Invoke-Cli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro --count ([Math]::Min(250, $count - $launched)) --security-group-ids $sg `
                --tag-specifications 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]' | Out-Null
        }
        $before = Get-MotoRequests
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $summary = Invoke-SpawnAudit -Region $region -AccessKey $env:AWS_ACCESS_KEY_ID -SecretKey $env:AWS_SECRET_ACCESS_KEY -EndpointUrl $moto.Endpoint `
            -WarningAction SilentlyContinue | Select-Object -Last 1
        $watch.Stop()
        Start-Sleep -Milliseconds 500
        $userData = $summary.AwsRequestsByApi['DescribeInstanceAttribute']
        [pscustomobject]@{
            Instances          = $summary.InstancesEvaluated
            Seconds            = [Math]::Round($watch.Elapsed.TotalSeconds, 1)
            Findings           = $summary.Findings
            EngineRequests     = $summary.AwsRequests
            UserDataRequests   = $userData
            OtherRequests      = $summary.AwsRequests - $userData
            MotoLoggedRequests = (Get-MotoRequests) - $before
        }
    }
    $rows | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
    "requests by API at $($Counts[-1]) instances: " + (($summary.AwsRequestsByApi.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ')
    $first = $rows[0]; $last = $rows[-1]
    "non-user-data requests: {0} at {1} instances, {2} at {3} instances" -f $first.OtherRequests, $first.Instances, $last.OtherRequests, $last.Instances
    if ($last.UserDataRequests -ne $last.Instances) { throw "Expected one user-data request per instance, got $($last.UserDataRequests) for $($last.Instances)." }
    if ($last.OtherRequests -gt $first.OtherRequests + 2) { throw 'Requests other than user data grew with the instance count.' }
}
finally {
    Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue
    Stop-MotoServer $moto
}

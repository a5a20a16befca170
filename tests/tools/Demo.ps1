# The scripted tour behind "build.ps1 Demo": what Spawn does, run against a local moto server.
# One story: launch an instance with secure defaults, let it register its DNS name through the endpoint,
# alert on it, audit it, terminate it, and read the audit trail of everything that changed.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $MotoEndpoint
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

function Show-Step([string] $Title) { Write-Host "`n### $Title" -ForegroundColor Cyan }

# Set-up the tour does with the AWS CLI, not with Spawn (moto stands in for AWS).
function Invoke-DemoAws {
    $out = & aws @args --endpoint-url $MotoEndpoint --output json
    if ($LASTEXITCODE) { throw "aws $args failed" }
    ($out -join "`n") | ConvertFrom-Json
}

$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$work = Join-Path ([IO.Path]::GetTempPath()) "spawn-demo-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null
# moto accepts any keys; these are AWS's documented example keys. Private keys and the audit log of the tour
# go to a temporary folder, not to ~/.ssh or the user's audit folder.
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
$env:AWS_DEFAULT_REGION = 'us-east-1'; $env:AWS_PAGER = ''
$env:SPAWN_KEY_DIRECTORY = Join-Path $work 'keys'
$env:SPAWN_AUDIT_DIRECTORY = Join-Path $work 'audit'
$server = $null
try {
    Set-SpawnDefault -Region us-east-1 -AccessKey $env:AWS_ACCESS_KEY_ID -SecretKey $env:AWS_SECRET_ACCESS_KEY -EndpointUrl $MotoEndpoint

    Show-Step 'Who am I, and where do my calls go? (Get-SpawnContext)'
    Get-SpawnContext | Format-List | Out-String | Write-Host

    Show-Step 'Session defaults never show secrets (Get-SpawnDefault)'
    Get-SpawnDefault | Format-List | Out-String | Write-Host

    Show-Step 'Launch an instance: IMDSv2, encrypted volumes, its own key pair, SSH only from one address, a 2-hour TTL (New-SpawnInstance)'
    $instance = New-SpawnInstance -Name web -Ttl 2h -AllowSshFrom 203.0.113.7/32 -Wait -Confirm:$false
    $instance | Format-List InstanceId, Name, State, PublicIpAddress, ImdsV2Required, VolumesEncrypted, KeyPath, SecurityGroupIds, ExpiresAt | Out-String | Write-Host

    Show-Step 'List managed instances (Get-SpawnInstance)'
    Get-SpawnInstance | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'How to connect (Connect-SpawnInstance -PassThru)'
    Connect-SpawnInstance -InstanceId $instance.InstanceId -PassThru | Write-Host

    Show-Step 'Give it one more day (Set-SpawnInstanceTtl); the TTL agent on the instance reads the tag'
    $instance | Set-SpawnInstanceTtl -Ttl 1d -PassThru -Confirm:$false | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'The instance registers web.<account namespace>.demo.spawn.example with its signed identity (DNS endpoint on Kestrel)'
    $zone = (Invoke-DemoAws route53 create-hosted-zone --name demo.spawn.example --caller-reference "demo-$PID").HostedZone.Id -replace '^/hostedzone/', ''
    # A demo CA stands in for AWS's signing key, pinned for us-east-1 through the endpoint's certificate directory;
    # the identity document is the one IMDS would serve for the instance just launched.
    & openssl req -x509 -newkey rsa:2048 -nodes -keyout (Join-Path $work 'ca.key') -out (Join-Path $work 'us-east-1.pem') -days 2 -subj '/O=Spawn demo CA' 2>$null
    $document = [ordered]@{
        accountId = '123456789012'; availabilityZone = $instance.AvailabilityZone; imageId = 'ami-12c6146b'
        instanceId = $instance.InstanceId; instanceType = $instance.InstanceType
        pendingTime = [DateTime]::UtcNow.ToString('yyyy-MM-ddTHH:mm:ssZ'); privateIp = $instance.PrivateIpAddress
        region = 'us-east-1'; version = '2017-09-30'
    } | ConvertTo-Json
    [IO.File]::WriteAllText((Join-Path $work 'document.json'), $document)
    & openssl cms -sign -nodetach -binary -nocerts -md sha256 -in (Join-Path $work 'document.json') -signer (Join-Path $work 'us-east-1.pem') `
        -inkey (Join-Path $work 'ca.key') -outform DER -out (Join-Path $work 'rsa2048.der')
    $rsa2048 = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Join-Path $work 'rsa2048.der')), 'InsertLineBreaks')

    Write-Host 'Offline check of the proof (Test-SpawnInstanceIdentity):'
    Test-SpawnInstanceIdentity -Rsa2048 $rsa2048 -CertificateDirectory $work | Select-Object InstanceId, AccountId, Region, SignatureFormat, CertificateSha256 | Format-List | Out-String | Write-Host

    $port = Get-Random -Minimum 40000 -Maximum 60000
    $env:SPAWN_HOSTED_ZONE_ID = $zone; $env:SPAWN_DOMAIN = 'demo.spawn.example'; $env:SPAWN_TRUSTED_CERT_DIR = $work
    $env:SPAWN_BIND_SOURCE_IP = 'false'   # the tour calls from 127.0.0.1, not from the instance's public address
    $env:AWS_ENDPOINT_URL = $MotoEndpoint; $env:AWS_EC2_METADATA_DISABLED = 'true'
    $server = Start-Process dotnet -ArgumentList @((Join-Path $root 'output/lambda/publish/Spawn.Lambda.dll'), 'serve', '--urls', "http://127.0.0.1:$port") `
        -PassThru -RedirectStandardOutput (Join-Path $work 'endpoint.log') -RedirectStandardError (Join-Path $work 'endpoint.err')
    for ($i = 0; $i -lt 100; $i++) {
        try { ([Net.Sockets.TcpClient]::new('127.0.0.1', $port)).Dispose(); break } catch { Start-Sleep -Milliseconds 200 }
    }
    $body = @{ identity = $rsa2048; record_name = 'web'; action = 'UPSERT' } | ConvertTo-Json -Compress
    Write-Host "POST http://127.0.0.1:$port/register ($($instance.InstanceId) asks for 'web'):"
    Invoke-RestMethod -Method Post -Uri "http://127.0.0.1:$port/register" -ContentType 'application/json' -Body $body | Format-List | Out-String | Write-Host
    Write-Host 'A tampered proof is refused with a fixed error code:'
    $forged = @{ identity = $rsa2048.Substring(0, 200) + 'AAAA' + $rsa2048.Substring(204); record_name = 'web'; action = 'UPSERT' } | ConvertTo-Json -Compress
    try { Invoke-RestMethod -Method Post -Uri "http://127.0.0.1:$port/register" -ContentType 'application/json' -Body $forged }
    catch { Write-Host "  HTTP $([int]$_.Exception.Response.StatusCode): $($_.ErrorDetails.Message)" }
    Write-Host "`nThe endpoint's log lines (never the signature):"
    Get-Content (Join-Path $work 'endpoint.log') | Write-Host

    Show-Step 'The records of the account namespace and the instance each belongs to (Get-SpawnDnsRecord)'
    Get-SpawnDnsRecord -ZoneName demo.spawn.example | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'DNSSEC status of the zone (Get-SpawnDnssecStatus)'
    Get-SpawnDnssecStatus -ZoneName demo.spawn.example | Format-List | Out-String | Write-Host

    Show-Step 'An alert for instances older than a day, sent to an SNS topic (New-SpawnAlert)'
    # An older managed instance (created two days ago, with the AWS CLI), and an SQS queue subscribed to the topic
    # so the alert SNS would e-mail can be read back from moto.
    $created = [DateTime]::UtcNow.AddHours(-50).ToString('yyyy-MM-ddTHH:mm:ssZ')
    $old = (Invoke-DemoAws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
            --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:name,Value=batch},{Key=spawn:created,Value=$created}]").Instances[0].InstanceId
    $topic = (Invoke-DemoAws sns create-topic --name spawn-demo-alerts).TopicArn
    $queue = (Invoke-DemoAws sqs create-queue --queue-name spawn-demo-alerts).QueueUrl
    Invoke-DemoAws sns subscribe --topic-arn $topic --protocol sqs --notification-endpoint 'arn:aws:sqs:us-east-1:123456789012:spawn-demo-alerts' --attributes RawMessageDelivery=true | Out-Null
    New-SpawnAlert -Name 'older-than-a-day' -OlderThanHours 24 -SnsTopicArn $topic | Format-List | Out-String | Write-Host

    Show-Step 'Webhook URLs are refused unless HTTPS to a public address, and errors show them masked'
    New-SpawnAlert -Name 'metadata' -PastTtl -WebhookUrl 'https://169.254.169.254/latest/meta-data/TOKEN' -KmsKeyId 'alias/none' -ErrorVariable refused -ErrorAction SilentlyContinue
    Write-Host "$($refused[0].FullyQualifiedErrorId): $($refused[0].Exception.Message)"

    Show-Step 'What would fire, without sending (Invoke-SpawnAlertCheck -WhatIf)'
    Invoke-SpawnAlertCheck -WhatIf | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'Check: the alert fires once and is published to SNS (Invoke-SpawnAlertCheck)'
    Invoke-SpawnAlertCheck | Format-Table | Out-String -Width 120 | Write-Host
    $received = Invoke-DemoAws sqs receive-message --queue-url $queue
    Write-Host "The message SNS published, read back from moto:`n$($received.Messages[0].Body)"

    Show-Step 'Checked again: the condition still holds, so nothing is sent twice'
    Invoke-SpawnAlertCheck | Format-Table | Out-String -Width 120 | Write-Host
    Remove-SpawnAlert -Name 'older-than-a-day' -Confirm:$false

    Show-Step 'A cost alert: prices from the AWS Pricing API, or the dated table shipped with Spawn where it cannot answer'
    # A managed instance kept for about three months: its 8 GiB volume alone has cost about $2. moto does not serve the
    # Pricing API, so the check falls back to the table and says so; PriceSource and PricesAsOf show what was used.
    $created = [DateTime]::UtcNow.AddHours(-2000).ToString('yyyy-MM-ddTHH:mm:ssZ')
    Invoke-DemoAws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
        --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:name,Value=archive},{Key=spawn:created,Value=$created}]" | Out-Null
    New-SpawnAlert -Name 'cost-over-a-dollar' -CostAbove 1 -NamePattern 'archive' -SnsTopicArn $topic | Out-Null
    $cost = Invoke-SpawnAlertCheck -Name 'cost-over-a-dollar' -Verbose 4>&1
    $cost | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'Pricing API' } |
        ForEach-Object { Write-Host "VERBOSE: $($_.Message)" }
    $cost | Where-Object { $_ -is [Spawn.SpawnAlertCheckResult] } |
        Format-List AlertName, InstanceName, State, EstimatedCost, PriceSource, PricesAsOf, Detail, DeliveredTo | Out-String -Width 120 | Write-Host
    Remove-SpawnAlert -Name 'cost-over-a-dollar' -Confirm:$false

    Show-Step 'Compliance audit of managed instances (Invoke-SpawnAudit)'
    # One non-compliant managed instance (IMDSv1, SSH open to the world), created with the AWS CLI.
    $sg = (Invoke-DemoAws ec2 create-security-group --group-name "demo-ssh-$PID" --description demo).GroupId
    Invoke-DemoAws ec2 authorize-security-group-ingress --group-id $sg --protocol tcp --port 22 --cidr 0.0.0.0/0 | Out-Null
    Invoke-DemoAws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro --security-group-ids $sg --metadata-options HttpTokens=optional `
        --tag-specifications 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:name,Value=legacy}]' | Out-Null
    $results = Invoke-SpawnAudit -Framework cis -WarningAction SilentlyContinue
    $results | Where-Object { $_.Status -eq 'Fail' } | Sort-Object EffectiveSeverity -Descending | Format-Table | Out-String -Width 120 | Write-Host
    $results | Select-Object -Last 1 | Format-List | Out-String | Write-Host

    Show-Step 'The read-only policy the audit needs (Get-SpawnAuditPermission)'
    Get-SpawnAuditPermission | Write-Host

    Show-Step 'Terminate web; its key pair, key file and security group go with it (Stop-SpawnInstance)'
    $instance | Stop-SpawnInstance -Confirm:$false -PassThru | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'Its DNS record is now dangling, and is cleaned up (Get-SpawnDnsRecord | Remove-SpawnDnsRecord)'
    Get-SpawnDnsRecord -ZoneName demo.spawn.example | Format-Table | Out-String -Width 120 | Write-Host
    Get-SpawnDnsRecord -ZoneName demo.spawn.example | Where-Object Dangling | Remove-SpawnDnsRecord -Confirm:$false | Format-Table | Out-String -Width 120 | Write-Host

    Show-Step 'Everything that changed AWS state, hash-chained (Get-SpawnAuditLog, Test-SpawnAuditLog)'
    Get-SpawnAuditLog | Format-Table | Out-String -Width 120 | Write-Host
    Test-SpawnAuditLog | Format-List | Out-String | Write-Host

    Write-Host "Other instances left in moto: $old"
}
finally {
    if ($server) { Stop-Process -Id $server.Id -ErrorAction SilentlyContinue }
    Clear-SpawnDefault
    Remove-Item Env:SPAWN_HOSTED_ZONE_ID, Env:SPAWN_DOMAIN, Env:SPAWN_TRUSTED_CERT_DIR, Env:SPAWN_BIND_SOURCE_IP, Env:AWS_ENDPOINT_URL,
        Env:SPAWN_KEY_DIRECTORY, Env:SPAWN_AUDIT_DIRECTORY -ErrorAction SilentlyContinue
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}
Write-Host "`nTour complete." -ForegroundColor Green

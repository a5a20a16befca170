# The scripted tour behind "build.ps1 Demo": what Spawn does, run against a local moto server.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $MotoEndpoint
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

function Show-Step([string] $Title) { Write-Host "`n### $Title" -ForegroundColor Cyan }

# moto accepts any keys; these are AWS's documented example keys.
Set-SpawnDefault -Region us-east-1 -AccessKey 'AKIAIOSFODNN7EXAMPLE' -SecretKey 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' -EndpointUrl $MotoEndpoint

Show-Step 'Who am I, and where do my calls go? (Get-SpawnContext)'
Get-SpawnContext | Format-List | Out-String | Write-Host

Show-Step 'Session defaults never show secrets (Get-SpawnDefault)'
Get-SpawnDefault | Format-List | Out-String | Write-Host

# The instance cmdlets have not landed on this branch yet: the tour makes its own zone (with the AWS CLI, as
# Spawn has no zone cmdlet) and writes the records an instance would register.
Show-Step 'The account''s DNS namespace (Set-SpawnDnsRecord, Get-SpawnDnsRecord)'
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; $env:AWS_DEFAULT_REGION = 'us-east-1'
$zone = "tour$([guid]::NewGuid().ToString('N').Substring(0, 8)).example.com"
aws route53 create-hosted-zone --name $zone --caller-reference ([guid]::NewGuid().ToString()) --endpoint-url $MotoEndpoint | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'Could not create the tour''s hosted zone.' }
Set-SpawnDnsRecord -ZoneName $zone -Name web -Value 192.0.2.10 -Wait -Confirm:$false | Format-Table | Out-String | Write-Host
Set-SpawnDnsRecord -ZoneName $zone -Name web -Type TXT -Value 'owner=tour' -Confirm:$false | Out-Null
Get-SpawnDnsRecord -ZoneName $zone | Format-Table | Out-String | Write-Host
Write-Host 'No instance carries spawn:name=web here, so both records are dangling (NoInstance).'

Show-Step 'Cleaning up dangling records (Remove-SpawnDnsRecord)'
Get-SpawnDnsRecord -ZoneName $zone | Where-Object Dangling | Remove-SpawnDnsRecord -Confirm:$false | Format-Table | Out-String | Write-Host

Show-Step 'DNSSEC status of the zone (Get-SpawnDnssecStatus)'
Get-SpawnDnssecStatus -ZoneName $zone | Format-List | Out-String | Write-Host
Show-Step 'An instance registers its DNS name with its signed identity (local DNS endpoint on Kestrel)'
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$work = Join-Path ([IO.Path]::GetTempPath()) "spawn-demo-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
$env:AWS_DEFAULT_REGION = 'us-east-1'; $env:AWS_REGION = 'us-east-1'; $env:AWS_PAGER = ''
function Invoke-Aws { $out = & aws @args --endpoint-url $MotoEndpoint --output json; if ($LASTEXITCODE) { throw "aws $args failed" }; $out | ConvertFrom-Json }
$server = $null
try {
    # moto stands in for EC2 and Route 53; a demo CA stands in for AWS's signing key (pinned for us-east-1 by directory).
    $zone = (Invoke-Aws route53 create-hosted-zone --name demo.spawn.example --caller-reference "demo-$PID").HostedZone.Id -replace '^/hostedzone/', ''
    $instance = (Invoke-Aws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro --count 1 `
        --tag-specifications 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]').Instances[0].InstanceId
    $publicIp = (Invoke-Aws ec2 describe-instances --instance-ids $instance).Reservations[0].Instances[0].PublicIpAddress
    & openssl req -x509 -newkey rsa:2048 -nodes -keyout (Join-Path $work 'ca.key') -out (Join-Path $work 'us-east-1.pem') -days 2 -subj '/O=Spawn demo CA' 2>$null
    $document = "{`n  `"accountId`" : `"123456789012`",`n  `"availabilityZone`" : `"us-east-1a`",`n  `"imageId`" : `"ami-12c6146b`",`n  `"instanceId`" : `"$instance`",`n  `"instanceType`" : `"t3.micro`",`n  `"pendingTime`" : `"$([DateTime]::UtcNow.ToString('yyyy-MM-ddTHH:mm:ssZ'))`",`n  `"privateIp`" : `"10.0.0.5`",`n  `"region`" : `"us-east-1`",`n  `"version`" : `"2017-09-30`"`n}"
    [IO.File]::WriteAllText((Join-Path $work 'document.json'), $document)
    & openssl cms -sign -nodetach -binary -nocerts -md sha256 -in (Join-Path $work 'document.json') -signer (Join-Path $work 'us-east-1.pem') `
        -inkey (Join-Path $work 'ca.key') -outform DER -out (Join-Path $work 'rsa2048.der')
    $rsa2048 = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Join-Path $work 'rsa2048.der')), 'InsertLineBreaks')

    Write-Host 'Offline check of the proof (Test-SpawnInstanceIdentity):'
    Test-SpawnInstanceIdentity -Rsa2048 $rsa2048 -CertificateDirectory $work | Select-Object InstanceId, AccountId, Region, SignatureFormat, CertificateSha256 | Format-List | Out-String | Write-Host

    $port = Get-Random -Minimum 40000 -Maximum 60000
    $env:SPAWN_HOSTED_ZONE_ID = $zone; $env:SPAWN_DOMAIN = 'demo.spawn.example'; $env:SPAWN_TRUSTED_CERT_DIR = $work
    $env:SPAWN_BIND_SOURCE_IP = 'false'   # the demo calls from 127.0.0.1, not from the instance's public address
    $env:AWS_ENDPOINT_URL = $MotoEndpoint; $env:AWS_EC2_METADATA_DISABLED = 'true'
    $server = Start-Process dotnet -ArgumentList @((Join-Path $root 'output/lambda/publish/Spawn.Lambda.dll'), 'serve', '--urls', "http://127.0.0.1:$port") `
        -PassThru -RedirectStandardOutput (Join-Path $work 'endpoint.log') -RedirectStandardError (Join-Path $work 'endpoint.err')
    for ($i = 0; $i -lt 100; $i++) {
        try { ([Net.Sockets.TcpClient]::new('127.0.0.1', $port)).Dispose(); break } catch { Start-Sleep -Milliseconds 200 }
    }

    $body = @{ identity = $rsa2048; record_name = 'web'; action = 'UPSERT' } | ConvertTo-Json -Compress
    Write-Host "POST http://127.0.0.1:$port/register (instance $instance asks for 'web'):"
    Invoke-RestMethod -Method Post -Uri "http://127.0.0.1:$port/register" -ContentType 'application/json' -Body $body | Format-List | Out-String | Write-Host
    Write-Host 'A tampered proof is refused with a fixed error code:'
    $forged = @{ identity = $rsa2048.Substring(0, 200) + 'AAAA' + $rsa2048.Substring(204); record_name = 'web'; action = 'UPSERT' } | ConvertTo-Json -Compress
    try { Invoke-RestMethod -Method Post -Uri "http://127.0.0.1:$port/register" -ContentType 'application/json' -Body $forged }
    catch { Write-Host "  HTTP $([int]$_.Exception.Response.StatusCode): $($_.ErrorDetails.Message)" }

    Write-Host "`nThe record in Route 53 (aws route53 list-resource-record-sets):"
    (Invoke-Aws route53 list-resource-record-sets --hosted-zone-id $zone).ResourceRecordSets | Where-Object Type -eq 'A' |
        ForEach-Object { "  {0} {1} A {2}   (instance public IP {3})" -f $_.Name, $_.TTL, $_.ResourceRecords[0].Value, $publicIp } | Write-Host
    Write-Host "`nThe endpoint's log lines (no signature in them):"
    Get-Content (Join-Path $work 'endpoint.log') | Write-Host
}
finally {
    if ($server) { Stop-Process -Id $server.Id -ErrorAction SilentlyContinue }
    Remove-Item Env:SPAWN_HOSTED_ZONE_ID, Env:SPAWN_DOMAIN, Env:SPAWN_TRUSTED_CERT_DIR, Env:SPAWN_BIND_SOURCE_IP, Env:AWS_ENDPOINT_URL -ErrorAction SilentlyContinue
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}
# Private keys for the tour go to a temporary directory, not to ~/.ssh.
$env:SPAWN_KEY_DIRECTORY = Join-Path ([IO.Path]::GetTempPath()) "spawn-demo-keys-$PID"

Show-Step 'Launch an instance: IMDSv2, encrypted volumes, its own key pair, SSH only from one address, a 2-hour TTL (New-SpawnInstance)'
$instance = New-SpawnInstance -Name demo-web -Ttl 2h -AllowSshFrom 203.0.113.7/32 -Wait -Confirm:$false
$instance | Format-List InstanceId, Name, State, ImdsV2Required, VolumesEncrypted, KeyPath, SecurityGroupIds, ExpiresAt | Out-String | Write-Host

Show-Step 'List managed instances (Get-SpawnInstance)'
Get-SpawnInstance | Format-Table | Out-String -Width 120 | Write-Host

Show-Step 'How to connect (Connect-SpawnInstance -PassThru)'
Connect-SpawnInstance -InstanceId $instance.InstanceId -PassThru | Write-Host

Show-Step 'Terminate it; its key pair, key file and security group go with it (Stop-SpawnInstance)'
$instance | Stop-SpawnInstance -Confirm:$false -PassThru | Format-Table | Out-String -Width 120 | Write-Host
Remove-Item $env:SPAWN_KEY_DIRECTORY -Recurse -Force -ErrorAction SilentlyContinue

# Set-up the demo does with the AWS CLI (not with Spawn): a managed instance created two days ago, and an SNS topic
# with an SQS queue subscribed so the alert that SNS would e-mail can be read back from moto.
function Invoke-DemoAws {
    $env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'demo'; $env:AWS_DEFAULT_REGION = 'us-east-1'; $env:AWS_PAGER = ''
    try { (& aws @args --endpoint-url $MotoEndpoint --output json) -join "`n" | ConvertFrom-Json }
    finally { Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue }
}
$created = [DateTime]::UtcNow.AddHours(-50).ToString('yyyy-MM-ddTHH:mm:ssZ')
$instance = (Invoke-DemoAws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
        --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:name,Value=demo-web},{Key=spawn:created,Value=$created}]").Instances[0].InstanceId
$topic = (Invoke-DemoAws sns create-topic --name spawn-demo-alerts).TopicArn
$queue = (Invoke-DemoAws sqs create-queue --queue-name spawn-demo-alerts).QueueUrl
Invoke-DemoAws sns subscribe --topic-arn $topic --protocol sqs --notification-endpoint 'arn:aws:sqs:us-east-1:123456789012:spawn-demo-alerts' --attributes RawMessageDelivery=true | Out-Null

Show-Step 'An alert for instances older than a day, sent to an SNS topic (New-SpawnAlert)'
New-SpawnAlert -Name 'demo-older-than-a-day' -OlderThanHours 24 -SnsTopicArn $topic | Format-List | Out-String | Write-Host

Show-Step 'Webhook URLs are refused unless HTTPS to a public address, and errors show them masked'
New-SpawnAlert -Name 'demo-metadata' -PastTtl -WebhookUrl 'https://169.254.169.254/latest/meta-data/TOKEN' -KmsKeyId 'alias/none' -ErrorVariable refused -ErrorAction SilentlyContinue
Write-Host "$($refused[0].FullyQualifiedErrorId): $($refused[0].Exception.Message)"

Show-Step 'What would fire, without sending (Invoke-SpawnAlertCheck -WhatIf)'
Invoke-SpawnAlertCheck -WhatIf | Format-Table | Out-String | Write-Host

Show-Step 'Check: the alert fires once and is published to SNS (Invoke-SpawnAlertCheck)'
Invoke-SpawnAlertCheck | Format-Table | Out-String | Write-Host
$received = Invoke-DemoAws sqs receive-message --queue-url $queue
Write-Host "The message SNS published, read back from moto:`n$($received.Messages[0].Body)"

Show-Step 'Checked again: the condition still holds, so nothing is sent twice'
Invoke-SpawnAlertCheck | Format-Table | Out-String | Write-Host
Remove-SpawnAlert -Name 'demo-older-than-a-day' -Confirm:$false
Write-Host "Demo instance: $instance"
Show-Step 'Compliance audit of managed instances (Invoke-SpawnAudit)'
# One non-compliant managed instance (IMDSv1, SSH open to the world), created with the AWS CLI.
$env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'; $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; $env:AWS_DEFAULT_REGION = 'us-east-1'
$sg = (aws ec2 create-security-group --group-name "demo-ssh-$(Get-Random)" --description demo --endpoint-url $MotoEndpoint --output json | ConvertFrom-Json).GroupId
aws ec2 authorize-security-group-ingress --group-id $sg --protocol tcp --port 22 --cidr 0.0.0.0/0 --endpoint-url $MotoEndpoint | Out-Null
aws ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro --security-group-ids $sg --metadata-options HttpTokens=optional `
    --tag-specifications 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]' --endpoint-url $MotoEndpoint | Out-Null
Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_DEFAULT_REGION
$results = Invoke-SpawnAudit -Framework cis -WarningAction SilentlyContinue
$results | Where-Object { $_.Status -eq 'Fail' } | Sort-Object EffectiveSeverity -Descending | Format-Table | Out-String -Width 120 | Write-Host
$results | Select-Object -Last 1 | Format-List | Out-String | Write-Host

Show-Step 'The read-only policy the audit needs (Get-SpawnAuditPermission)'
Get-SpawnAuditPermission | Write-Host

Clear-SpawnDefault
Write-Host "`nTour complete." -ForegroundColor Green

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

Clear-SpawnDefault
Write-Host "`nTour complete." -ForegroundColor Green

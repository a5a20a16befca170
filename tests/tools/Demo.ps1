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

Clear-SpawnDefault
Write-Host "`nTour complete." -ForegroundColor Green

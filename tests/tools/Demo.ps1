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

Clear-SpawnDefault
Write-Host "`nTour complete." -ForegroundColor Green

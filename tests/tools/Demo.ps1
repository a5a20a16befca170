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

Clear-SpawnDefault
Write-Host "`nTour complete." -ForegroundColor Green

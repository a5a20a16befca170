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

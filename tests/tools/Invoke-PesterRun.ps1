# Runs the Pester suite in this (fresh) pwsh against the packaged module and writes NUnit XML plus a
# small counts file for build.ps1's summary line.
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $TestPath,
    [Parameter(Mandatory)] [string] $ResultPath,
    [Parameter(Mandatory)] [string] $CountsPath,
    [Parameter(Mandatory)] [string] $MotoEndpoint,
    [string] $ConflictSdkPath
)
$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force

$env:SPAWN_TEST_MODULE = $ModulePath
$env:SPAWN_MOTO_ENDPOINT = $MotoEndpoint
$env:SPAWN_TEST_CONFLICT_SDK = $ConflictSdkPath
# Audit lines written by the tests go to a throw-away folder, never to the user's own audit log.
$env:SPAWN_AUDIT_DIRECTORY = Join-Path ([System.IO.Path]::GetTempPath()) "spawn-pester-audit-$PID"

$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = $ResultPath
$result = Invoke-Pester -Configuration $config

$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
@{ Passed = $result.PassedCount; Failed = $failed } | ConvertTo-Json | Set-Content -Path $CountsPath

<#
.SYNOPSIS
    Builds, packages, tests and demonstrates the Spawn module.
.DESCRIPTION
    Tasks:
      Build    restore and compile the solution (Release)
      Package  Build, then assemble the importable module in output/Spawn and the Lambda zip in output/lambda/spawn-dns.zip
      Test     Package, start moto, run xUnit and Pester against the packaged module, print "N passed, N failed"
      Demo     Package, start moto, run a scripted tour of Spawn against it
      Bench    Package, run the benchmarks in bench/ and print their ratios
      Clean    remove output/
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Clean')]
    [string[]] $Task = 'Package',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = $PSScriptRoot
$Output = Join-Path $Root 'output'
$ModuleOut = Join-Path $Output 'Spawn'
$Results = Join-Path $Output 'TestResults'
. (Join-Path $Root 'tests/tools/Moto.ps1')

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $Root 'Spawn.PowerShell.sln'), '-c', $Configuration, '-nologo', '-v', 'quiet', '-clp:NoSummary;ErrorsOnly')
}

function Invoke-Package {
    Invoke-Build
    if (Test-Path $ModuleOut) { Remove-Item $ModuleOut -Recurse -Force }
    $deps = Join-Path $ModuleOut 'Dependencies'
    New-Item -ItemType Directory -Force -Path $deps, (Join-Path $ModuleOut 'en-US') | Out-Null

    # Root: what PowerShell loads in the default context. Dependencies: the engine and everything it needs,
    # loaded in Spawn's own context on PowerShell 7 (see src/Spawn/Loading).
    $cmdletBin = Join-Path $Root "src/Spawn/bin/$Configuration/netstandard2.0"
    $engineBin = Join-Path $Root "src/Spawn.Core/bin/$Configuration/netstandard2.0"
    foreach ($name in 'Spawn.dll', 'Spawn.pdb', 'Spawn.Models.dll', 'Spawn.Models.pdb') {
        Copy-Item (Join-Path $cmdletBin $name) $ModuleOut
    }
    Get-ChildItem $engineBin -File | Where-Object { $_.Name -notlike 'Spawn.Models.*' } | Copy-Item -Destination $deps
    Copy-Item (Join-Path $Root 'Spawn.psd1') $ModuleOut
    Copy-Item (Join-Path $Root 'src/Spawn/Spawn.Format.ps1xml') $ModuleOut

    # Help is built from en-US/*.md and the compiled cmdlets; drift fails the build (see en-US/README.md).
    $helpBuilder = Join-Path $Root "src/Spawn.HelpBuilder/bin/$Configuration/net10.0/Spawn.HelpBuilder.dll"
    Invoke-Native dotnet @($helpBuilder, '--source', (Join-Path $Root 'en-US'), '--assembly', (Join-Path $ModuleOut 'Spawn.dll'),
        '--out', (Join-Path $ModuleOut 'en-US'), '--example-setup', (Join-Path $Output 'help-example-setup.json'))
    Write-Host "Module assembled in $ModuleOut"
    Invoke-LambdaPackage
}

# The DNS endpoint for the managed .NET runtime: framework-dependent publish output, zipped at the archive root.
function Invoke-LambdaPackage {
    $lambdaOut = Join-Path $Output 'lambda'
    $publish = Join-Path $lambdaOut 'publish'
    if (Test-Path $lambdaOut) { Remove-Item $lambdaOut -Recurse -Force }
    Invoke-Native dotnet @('publish', (Join-Path $Root 'lambda/Spawn.Lambda/Spawn.Lambda.csproj'), '-c', $Configuration, '-o', $publish, '--no-build', '-nologo', '-v', 'quiet')
    Compress-Archive -Path (Join-Path $publish '*') -DestinationPath (Join-Path $lambdaOut 'spawn-dns.zip')
    Write-Host "Lambda package in $(Join-Path $lambdaOut 'spawn-dns.zip')"
}

function Get-TestDependency {
    Invoke-Native dotnet @('restore', (Join-Path $Root 'tests/tools/TestDependencies.proj'), '-v', 'quiet', '-nologo')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    [pscustomobject]@{
        PesterPath       = Join-Path $packages 'pester/5.7.1/tools/Pester.psd1'
        ConflictSdkPath  = Join-Path $packages 'awssdk.core/4.0.3.3/lib/netstandard2.0/AWSSDK.Core.dll'
    }
}

function Read-XunitCounts([string] $TrxPath) {
    [xml] $trx = Get-Content -Raw $TrxPath
    $counters = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int] $counters.passed; Failed = [int] $counters.failed + [int] $counters.error + [int] $counters.timeout }
}

function Invoke-Test {
    Invoke-Package
    $testDeps = Get-TestDependency
    if (Test-Path $Results) { Remove-Item $Results -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $Results | Out-Null

    $moto = Start-MotoServer
    $xunit = [pscustomobject]@{ Passed = 0; Failed = 0 }
    $pester = [pscustomobject]@{ Passed = 0; Failed = 0 }
    try {
        $env:SPAWN_MOTO_ENDPOINT = $moto.Endpoint

        Write-Host "`n== xUnit ==" -ForegroundColor Cyan
        $trx = Join-Path $Results 'xunit.trx'
        & dotnet test (Join-Path $Root 'tests/Spawn.Core.Tests') -c $Configuration --no-build -nologo `
            --logger "trx;LogFileName=$trx" --logger "junit;LogFilePath=$(Join-Path $Results 'xunit.junit.xml')" --logger 'console;verbosity=minimal'
        if (Test-Path $trx) { $xunit = Read-XunitCounts $trx } else { $xunit.Failed = 1; Write-Warning 'xUnit wrote no results.' }

        Write-Host "`n== Pester ==" -ForegroundColor Cyan
        $counts = Join-Path $Results 'pester-counts.json'
        & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/tools/Invoke-PesterRun.ps1') `
            -PesterPath $testDeps.PesterPath -ModulePath (Join-Path $ModuleOut 'Spawn.psd1') -TestPath (Join-Path $Root 'tests/pester') `
            -ResultPath (Join-Path $Results 'pester.nunit.xml') -CountsPath $counts -MotoEndpoint $moto.Endpoint -ConflictSdkPath $testDeps.ConflictSdkPath
        if (Test-Path $counts) { $pester = Get-Content -Raw $counts | ConvertFrom-Json }
        if (-not (Test-Path $counts) -or $null -eq $pester.Passed -or $null -eq $pester.Failed) {
            $pester = [pscustomobject]@{ Passed = 0; Failed = 1 }
            Write-Warning 'Pester wrote no usable results; counted as a failure.'
        }
    }
    finally {
        Remove-Item Env:SPAWN_MOTO_ENDPOINT -ErrorAction SilentlyContinue
        Stop-MotoServer $moto
    }

    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    Write-Host ''
    Write-Host "xUnit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Demo {
    Invoke-Package
    $moto = Start-MotoServer
    try {
        & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/tools/Demo.ps1') -ModulePath (Join-Path $ModuleOut 'Spawn.psd1') -MotoEndpoint $moto.Endpoint
        if ($LASTEXITCODE -ne 0) { throw "The demo failed with exit code $LASTEXITCODE." }
    }
    finally {
        Stop-MotoServer $moto
    }
}

function Invoke-Bench {
    Invoke-Package
    Get-ChildItem (Join-Path $Root 'bench') -Filter '*.ps1' | Sort-Object Name | ForEach-Object {
        Write-Host "`n== $($_.BaseName) ==" -ForegroundColor Cyan
        & dotnet pwsh -NoProfile -NonInteractive -File $_.FullName -ModulePath (Join-Path $ModuleOut 'Spawn.psd1')
        if ($LASTEXITCODE -ne 0) { throw "Benchmark $($_.Name) failed." }
    }
}

foreach ($t in $Task) {
    switch ($t) {
        'Build' { Invoke-Build }
        'Package' { Invoke-Package }
        'Test' { Invoke-Test }
        'Demo' { Invoke-Demo }
        'Bench' { Invoke-Bench }
        'Clean' { if (Test-Path $Output) { Remove-Item $Output -Recurse -Force } }
    }
}

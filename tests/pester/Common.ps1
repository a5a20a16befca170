# Shared by every Pester file: where the packaged module and the test moto server are, and helpers to
# read AWS state back with the AWS CLI (independently of Spawn's own code).

$script:ModulePath = $env:SPAWN_TEST_MODULE
. (Join-Path $PSScriptRoot '../tools/Moto.ps1')
$script:MotoEndpoint = $env:SPAWN_MOTO_ENDPOINT
if (-not $script:ModulePath -or -not $script:MotoEndpoint) {
    throw 'Run the Pester tests through build.ps1 Test (it sets SPAWN_TEST_MODULE and SPAWN_MOTO_ENDPOINT).'
}

$script:TestAccessKey = 'AKIAIOSFODNN7EXAMPLE'
$script:TestSecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
$script:TestRegion = 'us-east-1'
$script:TestAccount = '123456789012'

# Common AWS parameters for a Spawn cmdlet pointed at moto.
$script:Aws = @{
    Region      = $script:TestRegion
    AccessKey   = $script:TestAccessKey
    SecretKey   = $script:TestSecretKey
    EndpointUrl = $script:MotoEndpoint
}

function Invoke-AwsCli {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $env:AWS_ACCESS_KEY_ID = $script:TestAccessKey
    $env:AWS_SECRET_ACCESS_KEY = $script:TestSecretKey
    $env:AWS_DEFAULT_REGION = $script:TestRegion
    $env:AWS_PAGER = ''
    try {
        $text = & aws @Arguments --endpoint-url $script:MotoEndpoint --output json 2>&1
        if ($LASTEXITCODE -ne 0) { throw "aws $($Arguments -join ' ') failed: $text" }
        if ($text) { ($text -join "`n") | ConvertFrom-Json }
    }
    finally {
        Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue
    }
}

# The command line that starts a fresh pwsh running $Script: under 'dotnet pwsh' the process is dotnet
# running pwsh.dll, so the same pair is started again.
function Get-ChildPwshCommand {
    param([Parameter(Mandatory)] [string] $Script)
    $host_ = [Environment]::ProcessPath
    $prefix = @()
    if ([IO.Path]::GetFileNameWithoutExtension($host_) -eq 'dotnet') { $prefix = @([Reflection.Assembly]::GetEntryAssembly().Location) }
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script))
    [pscustomobject]@{ FilePath = $host_; Arguments = @($prefix) + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded) }
}

# Runs a script block in a child pwsh (a fresh process: nothing loaded) and returns its output lines.
function Invoke-ChildPwsh {
    param([Parameter(Mandatory)] [string] $Script)
    $command = Get-ChildPwshCommand $Script
    $arguments = $command.Arguments
    $output = & $command.FilePath @arguments 2>&1
    [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
}

# A KMS key in moto for tests that protect secrets.
function New-TestKmsKey {
    (Invoke-AwsCli kms create-key --description 'spawn pester').KeyMetadata.KeyId
}

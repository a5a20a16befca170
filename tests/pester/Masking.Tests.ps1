# Masking everywhere: a scenario with known secret values runs through the cmdlets with every stream on, and
# none of the values may appear in any stream, error, exception (inner ones included), $Error, or the audit log.
# To cover a new cmdlet, add a step to $script:Scenario: a name and a script block that uses the secrets.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force

    # Values moto accepts but no scanner would wave through as placeholders.
    $script:Secrets = [ordered]@{
        SecretKey    = 'q8Vz3LkP0wXr7NbT2mYcJ5sHd9GfA1eU4iKoR6tB'
        SessionToken = 'IQoJb3JpZ2luX2VjEHsaCXVzLWVhc3QtMSJHMEUCIQDk7mN2pQ9vR4sT8wX1yZ3aB6cD0eF5gH7iJ2kL4mN6oPqRsTuVwXyZ'
        PrivateKey   = "-----BEGIN RSA PRIVATE KEY-----`n" + (([Convert]::ToBase64String([byte[]](1..900 | ForEach-Object { ($_ * 37 + 11) % 256 })) -split '(.{64})' | Where-Object { $_ }) -join "`n") + "`n-----END RSA PRIVATE KEY-----"
        Webhook      = 'https://hooks.example.com/services/T0MASK01/B0MASK02/MaskingTokenValue4242'
    }
    # Each value, and the parts of it that would leak it on their own (the PEM body's lines, the webhook's token).
    $script:Needles = @(
        $Secrets.SecretKey, $Secrets.SessionToken, $Secrets.Webhook, 'MaskingTokenValue4242'
        ($Secrets.PrivateKey -split "`n" | Where-Object { $_ -notmatch '-----' })
    )
    $script:KeyId = New-TestKmsKey

    $script:Scenario = @(
        @{ Name = 'Set-SpawnDefault with keys and a session token'; Run = {
            Set-SpawnDefault -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $Secrets.SecretKey -SessionToken $Secrets.SessionToken -EndpointUrl $MotoEndpoint -PassThru } }
        @{ Name = 'Get-SpawnDefault'; Run = { Get-SpawnDefault } }
        @{ Name = 'Get-SpawnContext with the stored keys'; Run = { Get-SpawnContext } }
        @{ Name = 'Get-SpawnContext with keys as parameters'; Run = {
            Get-SpawnContext -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $Secrets.SecretKey -SessionToken $Secrets.SessionToken -EndpointUrl $MotoEndpoint } }
        @{ Name = 'Protect-SpawnSecret of a webhook'; Run = {
            $script:ProtectedWebhook = Protect-SpawnSecret -Name alerts -Purpose webhook -Value $Secrets.Webhook -KeyId $KeyId
            $script:ProtectedWebhook } }
        @{ Name = 'Protect-SpawnSecret with keys as parameters'; Run = {
            Protect-SpawnSecret -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $Secrets.SecretKey -SessionToken $Secrets.SessionToken -EndpointUrl $MotoEndpoint -Name alerts -Purpose webhook -Value $Secrets.Webhook -KeyId $KeyId } }
        @{ Name = 'Protect-SpawnSecret of a private key'; Run = { Protect-SpawnSecret -Name deploy -Purpose ssh -Value $Secrets.PrivateKey -KeyId $KeyId } }
        @{ Name = 'Unprotect-SpawnSecret'; Run = { $ProtectedWebhook | Unprotect-SpawnSecret } }
        @{ Name = 'Unprotect-SpawnSecret for the wrong purpose (error)'; Run = {
            Unprotect-SpawnSecret -Ciphertext $ProtectedWebhook.Ciphertext -Purpose slack -Name alerts } }
        @{ Name = 'Protect-SpawnSecret with a missing key (error)'; Run = {
            Protect-SpawnSecret -Name alerts -Purpose webhook -Value $Secrets.Webhook -KeyId alias/spawn-missing } }
        @{ Name = 'Get-SpawnContext at an unreachable endpoint (terminating error)'; Run = {
            Get-SpawnContext -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $Secrets.SecretKey -SessionToken $Secrets.SessionToken -EndpointUrl "http://127.0.0.1:$(Get-FreeTcpPort)" } }
        @{ Name = 'Get-SpawnAuditLog and Test-SpawnAuditLog'; Run = { Get-SpawnAuditLog; Test-SpawnAuditLog } }
    )

    # Everything a record can show: its text, formatted and serialised forms, and for errors every exception.
    function Get-RecordText {
        param($Record)
        $Record | Out-String
        if ($Record -is [System.Management.Automation.ErrorRecord]) {
            $Record.ToString()
            $Record.FullyQualifiedErrorId
            $Record.ErrorDetails.Message
            $Record.ErrorDetails.RecommendedAction
            $Record.TargetObject | Out-String
            $exception = $Record.Exception
            while ($exception) { $exception.ToString(); $exception.Message; $exception = $exception.InnerException }
        }
        elseif ($Record -is [System.Management.Automation.InformationalRecord] -or $Record -is [System.Management.Automation.InformationRecord]) {
            "$Record"
        }
        elseif ($null -ne $Record -and $Record -isnot [string] -and $Record -isnot [securestring]) {
            $Record | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue
        }
    }
}

Describe 'Masking everywhere' {
    BeforeAll {
        $script:SavedAuditDirectory = $env:SPAWN_AUDIT_DIRECTORY
        $env:SPAWN_AUDIT_DIRECTORY = Join-Path $TestDrive 'audit'
        $Error.Clear()
        $script:Captured = [System.Collections.Generic.List[object]]::new()
        $PSDefaultParameterValues['*-Spawn*:Verbose'] = $true
        $PSDefaultParameterValues['*-Spawn*:Debug'] = $true
        $PSDefaultParameterValues['*-Spawn*:ErrorVariable'] = '+scenarioErrors'
        $PSDefaultParameterValues['*-Spawn*:WarningVariable'] = '+scenarioWarnings'
        $PSDefaultParameterValues['*-Spawn*:InformationVariable'] = '+scenarioInformation'
        $InformationPreference = 'Continue'
        $scenarioErrors = $scenarioWarnings = $scenarioInformation = $null
        foreach ($step in $Scenario) {
            try {
                & $step.Run *>&1 | ForEach-Object { $Captured.Add($_) }
            }
            catch {
                $Captured.Add($_)
            }
        }
        $Captured.AddRange(@($scenarioErrors) + @($scenarioWarnings) + @($scenarioInformation) + @($Error))
        $script:AuditText = Get-ChildItem $env:SPAWN_AUDIT_DIRECTORY -Filter 'audit-*.jsonl' | Get-Content -Raw
        $script:StreamText = ($Captured | ForEach-Object { Get-RecordText $_ }) -join "`n"
    }
    AfterAll {
        foreach ($p in 'Verbose', 'Debug', 'ErrorVariable', 'WarningVariable', 'InformationVariable') { $PSDefaultParameterValues.Remove("*-Spawn*:$p") }
        Clear-SpawnDefault
        $env:SPAWN_AUDIT_DIRECTORY = $SavedAuditDirectory
    }

    It 'ran every step, with output, verbose, debug and error records to search' {
        $Captured | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -Not -BeNullOrEmpty
        $Captured | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | Should -Not -BeNullOrEmpty
        $Captured | Where-Object { $_ -is [Spawn.SpawnProtectedSecret] } | Should -Not -BeNullOrEmpty
        $StreamText | Should -Match 'SecretContextMismatch'
        $StreamText | Should -Match 'AwsConnectionFailed'
        @($AuditText -split "`n" | Where-Object { $_ }).Count | Should -Be 6
    }

    It 'shows none of the secret values in any stream, error, exception or $Error' {
        foreach ($needle in $Needles) {
            $StreamText.Contains($needle) | Should -BeFalse -Because "'$($needle.Substring(0, 6))...' must never be shown"
        }
    }

    It 'writes none of the secret values to the audit log' {
        foreach ($needle in $Needles) {
            $AuditText.Contains($needle) | Should -BeFalse -Because "'$($needle.Substring(0, 6))...' must never be logged"
        }
        $AuditText | Should -Match '"SecretKey":"\*\*\*"'
        $AuditText | Should -Match '"SessionToken":"\*\*\*"'
    }
}

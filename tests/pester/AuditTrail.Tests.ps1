# Every state-changing cmdlet writes one audit line per item: instance lifecycle, TTL, DNS changes.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $env:SPAWN_KEY_DIRECTORY = Join-Path $TestDrive 'keys'
    $script:Run = 'a' + [guid]::NewGuid().ToString('N').Substring(0, 8)
}

AfterAll {
    Remove-Item Env:SPAWN_KEY_DIRECTORY -ErrorAction SilentlyContinue
}

Describe 'Audit lines of the instance and DNS cmdlets' {
    BeforeEach {
        $script:SavedAuditDirectory = $env:SPAWN_AUDIT_DIRECTORY
        $env:SPAWN_AUDIT_DIRECTORY = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
    }
    AfterEach {
        $env:SPAWN_AUDIT_DIRECTORY = $script:SavedAuditDirectory
    }

    It 'records a launch with the instance name and the id it got, and a refused launch as a failure' {
        $instance = New-SpawnInstance @Aws -Name "$Run-new" -Ttl 1h -Confirm:$false
        $entry = Get-SpawnAuditLog -Action 'New-SpawnInstance'
        $entry.Outcome | Should -Be 'Success'
        $entry.Targets | Should -Be @("$Run-new", $instance.InstanceId)
        $entry.Parameters['Ttl'] | Should -Be '1h'

        { New-SpawnInstance @Aws -Name "$Run-bad" -SubnetId 'subnet-00000000' -Confirm:$false } | Should -Throw
        $failure = Get-SpawnAuditLog -Action 'New-SpawnInstance' -Outcome Failure
        $failure.Targets | Should -Be @("$Run-bad")
        $failure.ErrorCode | Should -Not -BeNullOrEmpty
        $instance | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'records suspend, start, TTL change and terminate, each with its instance and outcome' {
        $instance = New-SpawnInstance @Aws -Name "$Run-trail" -Ttl 1h -Confirm:$false
        $instance | Suspend-SpawnInstance @Aws -Confirm:$false
        $instance | Start-SpawnInstance @Aws -Confirm:$false
        $instance | Set-SpawnInstanceTtl @Aws -Ttl 2h -Confirm:$false
        $instance | Stop-SpawnInstance @Aws -Confirm:$false

        $entries = @(Get-SpawnAuditLog -Action '*-SpawnInstance*' | Where-Object Action -ne 'New-SpawnInstance')
        $entries.Action | Should -Be @('Suspend-SpawnInstance', 'Start-SpawnInstance', 'Set-SpawnInstanceTtl', 'Stop-SpawnInstance')
        $entries | ForEach-Object {
            $_.Outcome | Should -Be 'Success'
            $_.Targets[0] | Should -Match ([regex]::Escape($instance.InstanceId))
            $_.Account | Should -Be $TestAccount
        }
        @($entries.CorrelationId | Sort-Object -Unique).Count | Should -Be 4 -Because 'each invocation has its own correlation id'
        (Test-SpawnAuditLog).IsValid | Should -BeTrue
    }

    It 'records a failed change with the error id, and no line for -WhatIf' {
        $instance = New-SpawnInstance @Aws -Name "$Run-fail" -Ttl 1h -Confirm:$false
        $instance | Stop-SpawnInstance @Aws -WhatIf
        @(Get-SpawnAuditLog -Action 'Stop-SpawnInstance').Count | Should -Be 0

        # Starting a terminated instance is refused by the engine inside the audited change.
        $instance | Stop-SpawnInstance @Aws -Confirm:$false
        $instance | Start-SpawnInstance @Aws -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -Be 'InstanceTerminated,Spawn.PowerShell.Commands.Instances.StartSpawnInstanceCommand'
        $failure = @(Get-SpawnAuditLog -Action 'Start-SpawnInstance' -Outcome Failure)
        $failure.Count | Should -Be 1
        $failure[0].ErrorCode | Should -Be 'InstanceTerminated'
    }

    It 'records a sending Invoke-SpawnAlertCheck with its name pattern, and no line for -WhatIf' {
        $pattern = "$Run-none-*"
        Invoke-SpawnAlertCheck @Aws -Name $pattern -WhatIf | Out-Null
        @(Get-SpawnAuditLog -Action 'Invoke-SpawnAlertCheck').Count | Should -Be 0

        Invoke-SpawnAlertCheck @Aws -Name $pattern -Confirm:$false | Out-Null
        $entry = @(Get-SpawnAuditLog -Action 'Invoke-SpawnAlertCheck')
        $entry.Count | Should -Be 1
        $entry[0].Outcome | Should -Be 'Success'
        $entry[0].Targets | Should -Be @($pattern)
    }

    It 'records Set-SpawnDnsRecord and Remove-SpawnDnsRecord with the record name' {
        $zone = "$Run.example.com"
        $null = Invoke-AwsCli route53 create-hosted-zone --name $zone --caller-reference "$Run-zone"
        Set-SpawnDnsRecord @Aws -ZoneName $zone -Name web -Value 192.0.2.44 -Confirm:$false | Out-Null
        Remove-SpawnDnsRecord @Aws -ZoneName $zone -Name web -Confirm:$false | Out-Null

        $entries = @(Get-SpawnAuditLog -Action '*-SpawnDnsRecord')
        $entries.Action | Should -Be @('Set-SpawnDnsRecord', 'Remove-SpawnDnsRecord')
        $entries.Outcome | Should -Be @('Success', 'Success')
        $entries[0].Targets[0] | Should -Match 'web'
        $entries[0].Parameters['Value'] | Should -Be '192.0.2.44'
    }
}

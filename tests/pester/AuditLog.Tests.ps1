BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $script:KeyId = New-TestKmsKey
    $script:Webhook = 'https://hooks.example.com/services/T0001/B0002/AuditTokenValue987'
}

Describe 'The audit log of state-changing cmdlets' {
    BeforeEach {
        $script:SavedAuditDirectory = $env:SPAWN_AUDIT_DIRECTORY
        $env:SPAWN_AUDIT_DIRECTORY = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
    }
    AfterEach {
        $env:SPAWN_AUDIT_DIRECTORY = $script:SavedAuditDirectory
    }

    It 'writes one line per Protect-SpawnSecret and Unprotect-SpawnSecret, read back by Get-SpawnAuditLog' {
        $secret = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId
        $null = $secret | Unprotect-SpawnSecret @Aws

        $entries = @(Get-SpawnAuditLog)
        $entries.Count | Should -Be 2
        $entries[0].PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnAuditLogEntry'
        $entries.Action | Should -Be @('Protect-SpawnSecret', 'Unprotect-SpawnSecret')
        $entries[0].Outcome | Should -Be 'Success'
        $entries[0].Account | Should -Be $TestAccount
        $entries[0].CallerArn | Should -Match "^arn:aws:(iam|sts)::$TestAccount"
        $entries[0].Region | Should -Be $TestRegion
        $entries[0].CorrelationId | Should -Match '^[0-9a-f]{32}$'
        $entries[0].Targets | Should -Be @($KeyId, 'webhook/alerts')
        $entries[0].RequestIds | Should -Not -BeNullOrEmpty
        $entries[0].Parameters['Value'] | Should -Be '***'
        $entries[0].Parameters['SecretKey'] | Should -Be '***'
        $entries[0].Parameters['AccessKey'] | Should -Be 'AKIA************MPLE'
        $entries[0].Parameters['EndpointUrl'] | Should -Be "$MotoEndpoint/***"
        $entries[0].Time.Kind | Should -Be 'Utc'
    }

    It 'records a failed operation with its AWS error code and request id' {
        $secret = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId
        $secret.Purpose = 'other'
        $secret | Unprotect-SpawnSecret @Aws -ErrorAction SilentlyContinue

        $failure = Get-SpawnAuditLog -Outcome Failure
        $failure.Action | Should -Be 'Unprotect-SpawnSecret'
        $failure.ErrorCode | Should -Be 'InvalidCiphertextException'
        $failure.ErrorMessage | Should -Match "purpose 'other'"
    }

    It 'filters by -Action wildcards, -Outcome, -CorrelationId, -After/-Before and -Last' {
        $start = [datetime]::UtcNow.AddSeconds(-1)
        1..3 | ForEach-Object { $null = Protect-SpawnSecret @Aws -Name "n$_" -Purpose webhook -Value $Webhook -KeyId $KeyId }
        $null = Protect-SpawnSecret @Aws -Name n4 -Purpose webhook -Value $Webhook -KeyId $KeyId | Unprotect-SpawnSecret @Aws

        @(Get-SpawnAuditLog -Action 'Protect-*').Count | Should -Be 4
        @(Get-SpawnAuditLog -Action '*-spawnsecret').Count | Should -Be 5
        @(Get-SpawnAuditLog -Action 'Unprotect-*', 'Nothing').Count | Should -Be 1
        @(Get-SpawnAuditLog -Outcome Success).Count | Should -Be 5
        @(Get-SpawnAuditLog -Outcome Failure).Count | Should -Be 0
        (Get-SpawnAuditLog -Last 2).Action | Should -Be @('Protect-SpawnSecret', 'Unprotect-SpawnSecret')
        $one = (Get-SpawnAuditLog)[1]
        (Get-SpawnAuditLog -CorrelationId $one.CorrelationId).Targets | Should -Contain 'webhook/n2'
        @(Get-SpawnAuditLog -After $start -Before ([datetime]::UtcNow)).Count | Should -Be 5
        @(Get-SpawnAuditLog -After ([datetime]::UtcNow.AddMinutes(1))).Count | Should -Be 0
    }

    It 'verifies the chain with Test-SpawnAuditLog, and names the first edited line' {
        1..3 | ForEach-Object { $null = Protect-SpawnSecret @Aws -Name "n$_" -Purpose webhook -Value $Webhook -KeyId $KeyId }
        Test-SpawnAuditLog -Quiet | Should -BeTrue
        $ok = Test-SpawnAuditLog
        $ok.IsValid | Should -BeTrue
        $ok.LineCount | Should -Be 3

        $file = Get-ChildItem $env:SPAWN_AUDIT_DIRECTORY -Filter 'audit-*.jsonl'
        $lines = Get-Content $file.FullName
        $lines[1] = $lines[1].Replace('"Success"', '"Failure"')
        Set-Content -Path $file.FullName -Value $lines

        Test-SpawnAuditLog -Quiet | Should -BeFalse
        $broken = Test-SpawnAuditLog -Path $file.FullName
        $broken.IsValid | Should -BeFalse
        $broken.Path | Should -Be $file.FullName
        $broken.LineNumber | Should -Be 2
        $broken.Reason | Should -Be 'Edited'
        $broken.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnAuditLogVerification'
    }

    It 'creates the audit file readable by its owner only' -Skip:$IsWindows {
        $null = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId
        $file = Get-ChildItem $env:SPAWN_AUDIT_DIRECTORY -Filter 'audit-*.jsonl'
        $file.UnixMode | Should -Be '-rw-------'
        (Get-Item $env:SPAWN_AUDIT_DIRECTORY).UnixMode | Should -Be 'drwx------'
    }

    It 'reports a path that is neither file nor directory with a stable ErrorId' {
        { Test-SpawnAuditLog -Path (Join-Path $TestDrive 'nothing-here') } |
            Should -Throw -ErrorId 'AuditLogPathNotFound,Spawn.PowerShell.Commands.Logging.TestSpawnAuditLogCommand'
    }

    It 'keeps one valid chain when several processes write at the same time' {
        $script = "Import-Module '$ModulePath'; 1..4 | ForEach-Object { `$null = Protect-SpawnSecret -Region $TestRegion -AccessKey $TestAccessKey -SecretKey '$TestSecretKey' -EndpointUrl $MotoEndpoint -Name n`$_ -Purpose webhook -Value x -KeyId $KeyId }"
        $processes = 1..3 | ForEach-Object {
            $command = Get-ChildPwshCommand $script
            Start-Process -FilePath $command.FilePath -ArgumentList $command.Arguments -PassThru -NoNewWindow
        }
        $processes | ForEach-Object { $_.WaitForExit(120000) | Should -BeTrue; $_.ExitCode | Should -Be 0 }

        $result = Test-SpawnAuditLog
        $result.IsValid | Should -BeTrue -Because $result.Message
        $result.LineCount | Should -Be 12
    }
}

Describe 'The CloudWatch Logs copy of the audit log' {
    BeforeEach {
        $script:Saved = @{}
        foreach ($name in 'SPAWN_AUDIT_DIRECTORY', 'SPAWN_AUDIT_LOG_GROUP', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS') {
            $script:Saved[$name] = [Environment]::GetEnvironmentVariable($name)
        }
        $env:SPAWN_AUDIT_DIRECTORY = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $env:SPAWN_AUDIT_LOG_GROUP = 'spawn-pester-' + [guid]::NewGuid().ToString('N')
    }
    AfterEach {
        foreach ($name in $script:Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $script:Saved[$name]) }
    }

    It 'copies each record to the group named by SPAWN_AUDIT_LOG_GROUP' {
        $null = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId

        $stream = (Invoke-AwsCli logs describe-log-streams --log-group-name $env:SPAWN_AUDIT_LOG_GROUP).logStreams[0].logStreamName
        $events = (Invoke-AwsCli logs get-log-events --log-group-name $env:SPAWN_AUDIT_LOG_GROUP --log-stream-name $stream).events
        @($events).Count | Should -Be 1
        $record = $events[0].message | ConvertFrom-Json
        $record.action | Should -Be 'Protect-SpawnSecret'
        $record.parameters.Value | Should -Be '***'
        $events[0].message | Should -Not -Match 'AuditTokenValue987'
    }

    It 'warns when CloudWatch Logs cannot be reached, and the operation still succeeds' {
        # Every service at moto except CloudWatch Logs, which points at a closed port.
        $env:AWS_ENDPOINT_URL = $MotoEndpoint
        $env:AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = "http://127.0.0.1:$(Get-FreeTcpPort)"
        $secret = Protect-SpawnSecret -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $TestSecretKey `
            -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId -WarningVariable warnings -WarningAction SilentlyContinue

        $secret.Display | Should -Be 'https://hooks.example.com/***'
        ($warnings -join "`n") | Should -Match "not written to CloudWatch Logs group '$($env:SPAWN_AUDIT_LOG_GROUP)'"
        (Get-SpawnAuditLog).Action | Should -Be 'Protect-SpawnSecret'
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Get-SpawnContext' {
    AfterEach {
        Clear-SpawnDefault
        Remove-Variable -Name StoredAWSRegion, StoredAWSCredentials -Scope Global -ErrorAction SilentlyContinue
    }

    It 'resolves the account and caller from STS with parameters' {
        $ctx = Get-SpawnContext @Aws
        $ctx.AccountId | Should -Be $TestAccount
        $ctx.CallerArn | Should -Match "^arn:aws:(iam|sts)::$TestAccount"
        $ctx.Region | Should -Be 'us-east-1'
        $ctx.RegionSource | Should -Be 'parameter'
        $ctx.EndpointUrl | Should -Be $MotoEndpoint
        $ctx.CredentialSource | Should -Be 'access keys (parameter)'
        $ctx.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnContext'
        $ctx.CorrelationId | Should -Match '^[0-9a-f]{32}$'
    }

    It 'takes a PSCredential for -Credential' {
        $cred = [pscredential]::new($TestAccessKey, (ConvertTo-SecureString $TestSecretKey -AsPlainText -Force))
        $ctx = Get-SpawnContext -Credential $cred -Region eu-west-1 -EndpointUrl $MotoEndpoint
        $ctx.AccountId | Should -Be $TestAccount
        $ctx.Region | Should -Be 'eu-west-1'
    }

    It 'uses Set-SpawnDefault values when parameters are absent, and parameters win over them' {
        Set-SpawnDefault -Region eu-central-1 -AccessKey $TestAccessKey -SecretKey $TestSecretKey -EndpointUrl $MotoEndpoint
        $ctx = Get-SpawnContext
        $ctx.Region | Should -Be 'eu-central-1'
        $ctx.RegionSource | Should -Be 'Set-SpawnDefault'
        $ctx.CredentialSource | Should -Be 'access keys (Set-SpawnDefault)'
        (Get-SpawnContext -Region ap-south-1).Region | Should -Be 'ap-south-1'
    }

    It 'shows defaults without secrets, and forgets them on Clear-SpawnDefault' {
        Set-SpawnDefault -Region eu-central-1 -AccessKey $TestAccessKey -SecretKey $TestSecretKey
        $d = Get-SpawnDefault
        $d.Region | Should -Be 'eu-central-1'
        $d.AccessKey | Should -Be '****************MPLE'
        $d.SecretKeySet | Should -BeTrue
        ($d | Out-String) | Should -Not -Match ([regex]::Escape($TestSecretKey))
        Clear-SpawnDefault
        Get-SpawnDefault | Should -BeNullOrEmpty
    }

    It 'lets a later profile replace stored keys, and later keys replace a stored profile' {
        Set-SpawnDefault -AccessKey $TestAccessKey -SecretKey $TestSecretKey -Region eu-west-1
        Set-SpawnDefault -ProfileName other
        $d = Get-SpawnDefault
        $d.ProfileName | Should -Be 'other'
        $d.SecretKeySet | Should -BeFalse
        $d.Region | Should -Be 'eu-west-1'
        $cred = [pscredential]::new($TestAccessKey, (ConvertTo-SecureString $TestSecretKey -AsPlainText -Force))
        Set-SpawnDefault -Credential $cred
        $d = Get-SpawnDefault
        $d.ProfileName | Should -BeNullOrEmpty
        $d.SecretKeySet | Should -BeTrue
    }

    It 'changes nothing with -WhatIf' {
        Set-SpawnDefault -Region eu-west-1 -WhatIf
        Get-SpawnDefault | Should -BeNullOrEmpty
    }

    It 'falls back to the AWS.Tools stored region and to the environment' {
        $global:StoredAWSRegion = 'sa-east-1'
        $env:AWS_ACCESS_KEY_ID = $TestAccessKey
        $env:AWS_SECRET_ACCESS_KEY = $TestSecretKey
        $env:AWS_ENDPOINT_URL = $MotoEndpoint
        try {
            $ctx = Get-SpawnContext
            $ctx.Region | Should -Be 'sa-east-1'
            $ctx.RegionSource | Should -Match 'StoredAWSRegion'
            $ctx.CredentialSource | Should -Match 'environment AWS_ACCESS_KEY_ID'
            $ctx.EndpointSource | Should -Be 'environment AWS_ENDPOINT_URL'
        }
        finally {
            Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_ENDPOINT_URL
        }
    }

    It 'reads a named profile from -ProfileLocation' {
        $file = Join-Path $TestDrive 'credentials'
        Set-Content -Path $file -Value "[moto]`naws_access_key_id = $TestAccessKey`naws_secret_access_key = $TestSecretKey`nregion = ca-central-1`n"
        $ctx = Get-SpawnContext -ProfileName moto -ProfileLocation $file -EndpointUrl $MotoEndpoint
        $ctx.AccountId | Should -Be $TestAccount
        $ctx.Region | Should -Be 'ca-central-1'
        $ctx.CredentialSource | Should -Be "profile 'moto' (parameter)"
    }

    It 'writes where each value came from to the debug stream, never the secret key' {
        $debug = Get-SpawnContext @Aws -Debug 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] }
        ($debug.Message -join "`n") | Should -Match 'AWS Region from parameter'
        ($debug.Message -join "`n") | Should -Match 'AWS Credentials from access keys'
        ($debug.Message -join "`n") | Should -Not -Match ([regex]::Escape($TestSecretKey))
    }
}

Describe 'Context errors' {
    It 'rejects a malformed region before any AWS call' {
        { Get-SpawnContext @Aws -Region 'us east 1' } | Should -Throw -ErrorId 'AwsInvalidRegion,Spawn.PowerShell.Commands.Context.GetSpawnContextCommand'
    }

    It 'rejects a missing profile with its own error id' {
        $file = Join-Path $TestDrive 'empty-credentials'
        Set-Content -Path $file -Value ''
        { Get-SpawnContext -ProfileName nosuch -ProfileLocation $file -Region us-east-1 } |
            Should -Throw -ErrorId 'AwsProfileNotFound,Spawn.PowerShell.Commands.Context.GetSpawnContextCommand'
    }

    It 'rejects an access key without a secret key' {
        { Get-SpawnContext -AccessKey $TestAccessKey -Region us-east-1 } | Should -Throw -ErrorId 'AwsIncompleteKeys,Spawn.PowerShell.Commands.Context.GetSpawnContextCommand'
    }

    It 'rejects an endpoint URL that is not http(s)' {
        { Get-SpawnContext @Aws -EndpointUrl 'ftp://127.0.0.1:1' } | Should -Throw -ErrorId 'AwsInvalidEndpointUrl,Spawn.PowerShell.Commands.Context.GetSpawnContextCommand'
    }

    It 'warns when the endpoint is plain HTTP to another host (no request is sent)' {
        Set-SpawnDefault -EndpointUrl 'http://spawn-test.invalid:9' -WarningVariable w -WarningAction SilentlyContinue
        Clear-SpawnDefault
        ($w -join "`n") | Should -Match 'unencrypted'
        Set-SpawnDefault -EndpointUrl $MotoEndpoint -WarningVariable w2
        Clear-SpawnDefault
        $w2 | Should -BeNullOrEmpty
    }

    It 'reports an unreachable endpoint as a connection error with a stable id' {
        $port = Get-FreeTcpPort
        $err = $null
        try { Get-SpawnContext @Aws -EndpointUrl "http://127.0.0.1:$port" } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'AwsConnectionFailed,Spawn.PowerShell.Commands.Context.GetSpawnContextCommand'
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'stops a hanging AWS call when the pipeline is stopped (Ctrl+C)' {
        # A listener that accepts the connection and never answers: only cancellation can end the call.
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            # Import first, on its own: a stopped multi-statement batch can append its error after the
            # invocation has closed its streams, which crashes the host (a PowerShell race, not Spawn's).
            $ps = [powershell]::Create()
            $null = $ps.AddCommand('Import-Module').AddArgument($ModulePath).Invoke()
            $ps.Commands.Clear()
            $null = $ps.AddCommand('Get-SpawnContext').AddParameters(@{
                Region = 'us-east-1'; AccessKey = $TestAccessKey; SecretKey = $TestSecretKey
                EndpointUrl = "http://127.0.0.1:$($listener.LocalEndpoint.Port)" })
            $async = $ps.BeginInvoke()
            Start-Sleep -Seconds 2
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 10
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally {
            $listener.Stop()
            $ps.Dispose()
        }
    }
}

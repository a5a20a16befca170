# Argument completers as a user meets them: TabExpansion2 on a partial command line.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }
}

Describe 'Argument completion' {
    It 'completes -Region us-ea for Get-SpawnContext with the us-east regions' {
        $matches_ = Get-Completion 'Get-SpawnContext -Region us-ea'
        $matches_ | Should -Contain 'us-east-1'
        $matches_ | Should -Contain 'us-east-2'
        $matches_ | Where-Object { $_ -notlike 'us-ea*' } | Should -BeNullOrEmpty
    }

    It 'completes -CheckId SPAWN-IAM for Invoke-SpawnAudit and Get-SpawnAuditCheck with the IAM check ids' {
        foreach ($line in 'Invoke-SpawnAudit -CheckId SPAWN-IAM', 'Get-SpawnAuditCheck -CheckId spawn-iam', 'Invoke-SpawnAudit -ExcludeCheckId SPAWN-IAM') {
            $ids = Get-Completion $line
            $ids | Should -Contain 'SPAWN-IAM-001'
            $ids | Where-Object { $_ -notlike 'SPAWN-IAM-*' } | Should -BeNullOrEmpty
            $ids.Count | Should -Be @((Get-SpawnAuditCheck).CheckId | Where-Object { $_ -like 'SPAWN-IAM-*' }).Count
        }
    }

    Context 'instances launched in moto' {
        BeforeAll {
            $script:Run = "cmp$([guid]::NewGuid().ToString('N').Substring(0, 6))"
            Set-SpawnDefault @Aws
            $script:Launched = New-SpawnInstance -Name "$Run-web" -Confirm:$false
        }
        AfterAll {
            if ($Launched) { $Launched | Stop-SpawnInstance -Confirm:$false -ErrorAction SilentlyContinue }
            Clear-SpawnDefault
        }

        It 'completes an instance name prefix for Stop-SpawnInstance -Name and Get-SpawnInstance -Name' {
            Get-Completion "Stop-SpawnInstance -Name $Run-w" | Should -Be "$Run-web"
            Get-Completion "Get-SpawnInstance -Name $Run" | Should -Be "$Run-web"
        }

        It 'completes an instance id prefix for Set-SpawnInstanceTtl -InstanceId' {
            $prefix = $Launched.InstanceId.Substring(0, $Launched.InstanceId.Length - 2)
            Get-Completion "Set-SpawnInstanceTtl -InstanceId $prefix" | Should -Contain $Launched.InstanceId
        }

        It 'completes nothing, quickly and silently, when AWS cannot be reached' {
            $Error.Clear()
            $elapsed = Measure-Command {
                $none = Get-Completion "Stop-SpawnInstance -EndpointUrl http://127.0.0.1:9 -Name $Run"
            }
            $none | Should -BeNullOrEmpty
            $elapsed.TotalSeconds | Should -BeLessThan 10
            $Error.Count | Should -Be 0
        }
    }
}

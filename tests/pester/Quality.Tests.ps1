# Module-quality rules in place of PSScriptAnalyzer (not available here), checked on the packaged module by
# reflection. The manifest-equals-compiled-cmdlets rule lives in Module.Tests.ps1.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Cmdlets = @((Import-PowerShellDataFile $ModulePath).CmdletsToExport | ForEach-Object { @{ Name = $_ } })

    # ErrorIds used in src/: string-literal first arguments of new Spawn(Validation)Exception(...), and const
    # strings in files that build those exceptions or whose name contains "ErrorId" (see en-US/README.md).
    # Constants that name something else are skipped: parameter-set names (used as ParameterSetName = X in the
    # same file) and the ones below, by class and constant name, with the reason.
    $notErrorIds = @{
        'DnsRecordService.NoInstance'         = 'a SpawnDnsRecord.DanglingReason value, not an error'
        'DnsRecordService.InstanceNotRunning' = 'a SpawnDnsRecord.DanglingReason value, not an error'
        'DnsRecordService.AddressDiffers'     = 'a SpawnDnsRecord.DanglingReason value, not an error'
    }
    $script:ErrorIds = Get-ChildItem (Join-Path $PSScriptRoot '../../src') -Recurse -Filter '*.cs' | ForEach-Object {
        $file = $_
        $text = Get-Content -Raw $file.FullName
        [regex]::Matches($text, 'new\s+Spawn(?:Validation)?Exception\(\s*"(\w+)"') | ForEach-Object { $_.Groups[1].Value }
        if ($text -match 'new\s+Spawn(?:Validation)?Exception\(' -or $file.Name -like '*ErrorId*') {
            [regex]::Matches($text, 'const\s+string\s+(\w+)\s*=\s*"([A-Z][A-Za-z0-9]+)"') | Where-Object {
                $constant = $_.Groups[1].Value
                $text -notmatch "ParameterSetName\s*=\s*$constant\b" -and -not $notErrorIds.ContainsKey("$($file.BaseName).$constant")
            } | ForEach-Object { $_.Groups[2].Value }
        }
    } | Sort-Object -Unique | ForEach-Object { @{ ErrorId = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force

    # Verbs that change state need -WhatIf/-Confirm. Invoke is included because it usually acts; a read-only
    # Invoke cmdlet (Invoke-SpawnAudit only reads and reports) is exempt by name, with the reason here.
    $script:StateChangingVerbs = @(
        'New', 'Set', 'Remove', 'Clear', 'Add', 'Copy', 'Move', 'Rename', 'Reset', 'Update', 'Register', 'Unregister',
        'Start', 'Stop', 'Restart', 'Suspend', 'Resume', 'Enable', 'Disable', 'Install', 'Uninstall', 'Publish',
        'Unpublish', 'Grant', 'Revoke', 'Block', 'Unblock', 'Protect', 'Unprotect', 'Repair', 'Lock', 'Unlock',
        'Initialize', 'Send', 'Write', 'Invoke')
    # Verbs in the state-changing list whose cmdlets change nothing, with the reason.
    $script:ReadOnlyInvoke = @{
        'Invoke-SpawnAudit'     = 'reads resources and reports findings; changes nothing'
        'Protect-SpawnSecret'   = 'KMS Encrypt returns ciphertext; no AWS or local state changes'
        'Unprotect-SpawnSecret' = 'KMS Decrypt returns plaintext; no AWS or local state changes'
    }
    $script:HighImpactVerbs = @('Stop', 'Remove')

    # Secret-looking names must be SecureString. AccessKey is an access key *id*, which AWS treats as an
    # identifier, not a secret; it keeps AWS.Tools' name and type, and Spawn only ever shows it masked.
    # Names of identifiers that merely contain "Key" or "Token" (a KMS key id, a key pair's name, an
    # idempotency token) are not secrets either.
    $script:PlainTextAllowed = @{
        'AccessKey'         = 'an access key id, not a secret (AWS.Tools-compatible; shown masked)'
        'ClientToken'       = 'an idempotency token for RunInstances, not a credential'
    }
    $script:IdentifierName = '(Id|Name|Arn|Alias)$'

    $script:Info = @{}
    Get-Command -Module Spawn -CommandType Cmdlet | ForEach-Object { $script:Info[$_.Name] = $_ }
    $script:ApprovedVerbs = (Get-Verb).Verb
    [xml] $maml = Get-Content -Raw (Join-Path (Split-Path $ModulePath) 'en-US/Spawn.dll-Help.xml')
    $script:HelpNames = @($maml.helpItems.command.details.name)
}

Describe '<Name> follows the module conventions' -ForEach $Cmdlets {
    BeforeAll {
        $cmd = $Info[$Name]
        $attribute = $cmd.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]
        $ownParameters = $cmd.Parameters.Values | Where-Object { $_.Name -notin [System.Management.Automation.Cmdlet]::CommonParameters -and $_.Name -notin 'WhatIf', 'Confirm' }
    }

    It 'uses an approved verb' {
        $ApprovedVerbs | Should -Contain $cmd.Verb
    }

    It 'has a singular, Spawn-prefixed PascalCase noun' {
        $cmd.Noun | Should -MatchExactly '^Spawn[A-Z][A-Za-z0-9]*$'
        $cmd.Noun | Should -Not -Match '[^su]s$' -Because 'nouns are singular (Status and Access are fine)'
    }

    It 'supports ShouldProcess when its verb changes state' {
        if ($cmd.Verb -in $StateChangingVerbs -and -not $ReadOnlyInvoke.ContainsKey($Name)) {
            $attribute.SupportsShouldProcess | Should -BeTrue
        }
    }

    It 'has ConfirmImpact High when it stops or removes' {
        if ($cmd.Verb -in $HighImpactVerbs) {
            $attribute.ConfirmImpact | Should -Be ([System.Management.Automation.ConfirmImpact]::High)
        }
    }

    It 'declares [OutputType]' {
        $cmd.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true) | Should -Not -BeNullOrEmpty
    }

    It 'takes at most one parameter by value from the pipeline in each parameter set' {
        foreach ($set in $cmd.ParameterSets) {
            @($set.Parameters | Where-Object ValueFromPipeline).Count | Should -BeLessOrEqual 1 -Because "parameter set $($set.Name)"
        }
    }

    It 'takes no secret as plain text' {
        $ownParameters | Where-Object {
            $_.Name -match 'Password|Secret|Token|Key' -and $_.Name -notmatch $IdentifierName -and -not $PlainTextAllowed.ContainsKey($_.Name) -and
            $_.ParameterType -in [string], [string[]]
        } | ForEach-Object Name | Should -BeNullOrEmpty
    }

    It 'uses switches, not [bool], for on/off parameters' {
        $ownParameters | Where-Object ParameterType -EQ ([bool]) | ForEach-Object Name | Should -BeNullOrEmpty
    }

    It 'has help in the shipped MAML' {
        $HelpNames | Should -Contain $Name
    }
}

Describe 'Shipped about topics' {
    It '<_> has the TOPIC/SHORT DESCRIPTION header Get-Help expects, in UTF-8' -ForEach @(
        Get-ChildItem (Join-Path (Split-Path $ModulePath) 'en-US') -Filter 'about_*.help.txt' | ForEach-Object Name) {
        $path = Join-Path (Split-Path $ModulePath) "en-US/$_"
        $lines = [IO.File]::ReadAllLines($path, [Text.UTF8Encoding]::new($false, $true))
        $lines[0] | Should -BeExactly 'TOPIC'
        $lines[1] | Should -BeExactly ('    ' + $_.Replace('.help.txt', ''))
        $lines[2] | Should -BeExactly ''
        $lines[3] | Should -BeExactly 'SHORT DESCRIPTION'
        $lines[4] | Should -Match '^    \S'
        $lines[5] | Should -BeExactly '' -Because 'the synopsis is one line'
    }
}

Describe 'about_Spawn_ErrorIds' {
    It 'documents <ErrorId>, which is used in src/' -ForEach $ErrorIds {
        $text = Get-Content -Raw (Join-Path (Split-Path $ModulePath) 'en-US/about_Spawn_ErrorIds.help.txt')
        $text | Should -Match "(?m)^  $ErrorId\s*$"
    }
}

# The help users get: Get-Help in a fresh pwsh shows everything for every exported cmdlet, the about topics
# resolve, and every example in the packaged MAML runs as written against moto (conventions: en-US/README.md).

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $moduleDir = Split-Path $ModulePath
    $script:Cmdlets = @((Import-PowerShellDataFile $ModulePath).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
    $script:Topics = @('about_Spawn', 'about_Spawn_Credentials', 'about_Spawn_ErrorIds', 'about_Spawn_Security', 'about_Spawn_Audit' |
        ForEach-Object { @{ Topic = $_ } })

    # Example code comes from the shipped MAML (what users see); the test-only setup from the builder's side file.
    [xml] $maml = Get-Content -Raw (Join-Path $moduleDir 'en-US/Spawn.dll-Help.xml')
    $setups = Get-Content -Raw (Join-Path (Split-Path $moduleDir) 'help-example-setup.json') | ConvertFrom-Json -AsHashtable
    $script:Examples = foreach ($command in $maml.helpItems.command) {
        $name = $command.details.name
        $index = 0
        foreach ($example in @($command.examples.example)) {
            @{ Command = $name; Title = $example.title.Trim(' -'); Code = $example.code; Setup = $setups[$name][$index] }
            $index++
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    # One fresh pwsh reads Get-Help for every cmdlet, so what is checked is what a new session shows.
    $result = Invoke-ChildPwsh "
        Import-Module '$ModulePath'
        `$common = [System.Management.Automation.Cmdlet]::CommonParameters
        `$help = foreach (`$c in Get-Command -Module Spawn -CommandType Cmdlet) {
            `$h = Get-Help `$c.Name -Full
            [pscustomobject]@{
                Name        = `$c.Name
                Synopsis    = `"`$(`$h.Synopsis)`".Trim()
                Description = (`$h.description.Text -join ' ').Trim()
                Examples    = @(`$h.examples.example | Where-Object { `$_.code.Trim() -and (`$_.remarks.Text -join '').Trim() }).Count
                Parameters  = @(`$h.parameters.parameter | ForEach-Object { [pscustomobject]@{ Name = `$_.name; Text = (`$_.description.Text -join ' ').Trim() } })
                Actual      = @(`$c.Parameters.Keys | Where-Object { `$_ -notin `$common } | Sort-Object)
            }
        }
        ConvertTo-Json -InputObject @(`$help) -Depth 5 -Compress
    "
    $result.ExitCode | Should -Be 0
    $script:HelpByName = @{}
    $result.Output[-1] | ConvertFrom-Json | ForEach-Object { $script:HelpByName[$_.Name] = $_ }
}

Describe 'Get-Help -Full for <Name> in a fresh pwsh' -ForEach $Cmdlets {
    BeforeAll { $help = $HelpByName[$Name] }

    It 'has a synopsis that is not the syntax' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^$Name\s"
    }

    It 'has a description' {
        $help.Description | Should -Not -BeNullOrEmpty
    }

    It 'describes exactly its parameters, each with text' {
        @($help.Parameters.Name | Sort-Object) | Should -Be $help.Actual
        $help.Parameters | Where-Object { -not $_.Text } | ForEach-Object Name | Should -BeNullOrEmpty
    }

    It 'has at least three examples with code and remarks' {
        $help.Examples | Should -BeGreaterOrEqual 3
    }
}

Describe 'About topics' {
    It 'Get-Help <Topic> resolves in a fresh pwsh' -ForEach $Topics {
        $result = Invoke-ChildPwsh "Import-Module '$ModulePath'; (Get-Help -Name $Topic -ErrorAction Stop).Name"
        $result.ExitCode | Should -Be 0
        $result.Output[-1] | Should -Be $Topic
    }
}

Describe 'Help examples run as written against moto' {
    BeforeAll {
        Import-Module $ModulePath -Force

        # Examples may set environment variables in their setup; each starts and ends with the same environment.
        function Restore-Environment([System.Collections.IDictionary] $Saved) {
            $now = [Environment]::GetEnvironmentVariables()
            foreach ($name in $now.Keys) { if (-not $Saved.Contains($name)) { [Environment]::SetEnvironmentVariable($name, $null) } }
            foreach ($name in $Saved.Keys) { if ($now[$name] -ne $Saved[$name]) { [Environment]::SetEnvironmentVariable($name, $Saved[$name]) } }
        }
    }

    BeforeEach {
        $savedEnvironment = [Environment]::GetEnvironmentVariables()
        Clear-SpawnDefault
        Set-SpawnDefault -Region $TestRegion -AccessKey $TestAccessKey -SecretKey $TestSecretKey -EndpointUrl $MotoEndpoint
        Push-Location (New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid())))
    }

    AfterEach {
        Pop-Location
        Clear-SpawnDefault
        Restore-Environment $savedEnvironment
    }

    It '<Command>: <Title>' -ForEach $Examples {
        $ErrorActionPreference = 'Stop'
        if ($Setup) { . ([scriptblock]::Create($Setup)) }
        # Out-String renders the output through the format views, as the console would.
        $null = . ([scriptblock]::Create($Code)) | Out-String
    }
}

# The help build fails on drift: each case breaks a copy of en-US/ one way and expects a non-zero exit
# with a message naming the file and the item.

BeforeDiscovery {
    $script:Cases = @(
        @{ Case = 'a compiled cmdlet without a help file'; File = 'Get-SpawnDefault.md'; Find = $null; Replace = $null
            Expect = 'Get-SpawnDefault.md: Get-SpawnDefault: the cmdlet is compiled into Spawn.dll but has no help file' }
        @{ Case = 'a help file for no cmdlet'; File = 'Get-SpawnNothing.md'; Find = ''; Replace = "# Get-SpawnNothing`n"
            Expect = 'Get-SpawnNothing.md: Get-SpawnNothing: no such cmdlet in Spawn.dll' }
        @{ Case = 'a parameter without text'; File = 'Set-SpawnDefault.md'; Find = '### -PassThru'; Replace = "### -PassThru`n`n## MOVED"
            Expect = 'Set-SpawnDefault.md: -PassThru: the parameter has no description' }
        @{ Case = 'a documented parameter that does not exist'; File = 'Get-SpawnDefault.md'; Find = '## INPUTS'; Replace = "### -Force`n`nForces.`n`n## INPUTS"
            Expect = 'Get-SpawnDefault.md: -Force: Get-SpawnDefault has no such parameter' }
        @{ Case = 'fewer than three examples'; File = 'Clear-SpawnDefault.md'; Find = '### Example 2: Preview the change'; Replace = 'Preview the change'
            Expect = 'Clear-SpawnDefault.md: EXAMPLES: 2 example(s); at least 3 are required' }
        @{ Case = 'an example without code'; File = 'Clear-SpawnDefault.md'; Find = "``````powershell`nClear-SpawnDefault -WhatIf`n``````"; Replace = ''
            Expect = 'Clear-SpawnDefault.md: Example 2: Preview the change: the example has no ```powershell code block' }
        @{ Case = 'an example without a description'; File = 'Clear-SpawnDefault.md'; Find = 'Removes the stored defaults; Get-SpawnDefault then writes nothing.'; Replace = ''
            Expect = 'Clear-SpawnDefault.md: Example 1: Forget the session defaults: the example has no description after its code' }
        @{ Case = 'an empty synopsis'; File = 'Get-SpawnDefault.md'; Find = 'Shows Spawn''s session defaults; secrets are never shown, only whether they are set.'; Replace = ''
            Expect = 'Get-SpawnDefault.md: SYNOPSIS: empty or missing' }
        @{ Case = 'an empty description'; File = 'Get-SpawnContext.md'; Find = '## DESCRIPTION'; Replace = "## DESCRIPTION`n`n## REMOVED"
            Expect = 'Get-SpawnContext.md: DESCRIPTION: empty or missing' }
        @{ Case = 'an undocumented output type'; File = 'Get-SpawnContext.md'; Find = '### Spawn.SpawnContext'; Replace = '### Spawn.SpawnDefault'
            Expect = 'Get-SpawnContext.md: OUTPUTS Spawn.SpawnDefault: not a type in the cmdlet''s [OutputType]' }
        @{ Case = 'an unused shared parameter'; File = '_CommonAwsParameters.md'; Find = '### -Region'; Replace = "### -Retries`n`nRetries.`n`n### -Region"
            Expect = '_CommonAwsParameters.md: -Retries: no cmdlet has this parameter' }
        @{ Case = 'an about topic synopsis longer than a line'; File = 'about_Spawn.md'; Find = 'Launch and govern AWS EC2 instances with security built in.'; Replace = ('word ' * 20)
            Expect = 'about_Spawn.md: SHORT DESCRIPTION: must fit on one line' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $root = Join-Path $PSScriptRoot '../..'
    $builder = Get-ChildItem (Join-Path $root 'src/Spawn.HelpBuilder/bin/*/net10.0/Spawn.HelpBuilder.dll') |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    $assembly = Join-Path (Split-Path $ModulePath) 'Spawn.dll'

    function Invoke-HelpBuilder([string] $Source) {
        $out = Join-Path $TestDrive ([guid]::NewGuid())
        $text = & dotnet $builder.FullName --source $Source --assembly $assembly --out $out 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Text = ($text | ForEach-Object { "$_" }) -join "`n" }
    }
}

Describe 'Spawn.HelpBuilder' {
    It 'builds the real help sources' {
        $result = Invoke-HelpBuilder (Join-Path $root 'en-US')
        $result.Text | Should -Match 'Help built'
        $result.ExitCode | Should -Be 0
    }

    It 'fails on <Case>' -ForEach $Cases {
        $source = Join-Path $TestDrive ([guid]::NewGuid())
        Copy-Item (Join-Path $root 'en-US') $source -Recurse
        $path = Join-Path $source $File
        if ($null -eq $Replace) { Remove-Item $path }
        elseif ($Find -eq '') { Set-Content -Path $path -Value $Replace }
        else {
            $text = (Get-Content -Raw $path) -replace "`r`n", "`n"
            $text.Contains($Find) | Should -BeTrue -Because 'the case must change the file'
            Set-Content -Path $path -Value $text.Replace($Find, $Replace) -NoNewline
        }

        $result = Invoke-HelpBuilder $source
        $result.ExitCode | Should -Be 1
        $result.Text | Should -BeLike "*$([WildcardPattern]::Escape($Expect))*"
    }
}

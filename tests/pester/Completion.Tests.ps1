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
}

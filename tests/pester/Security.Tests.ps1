# SECURITY.md names a test for every claim; this fails when a named test does not exist (renamed or removed).

BeforeDiscovery {
    $root = Join-Path $PSScriptRoot '../..'
    # "Proven by" cells: `path/to/file` followed by the tests in it, as "Pester test name" or `XunitMethod`.
    $script:References = foreach ($row in Get-Content (Join-Path $root 'SECURITY.md') | Where-Object { $_ -match '^\|.*\|\s*$' }) {
        $cells = $row.Trim('|').Split('|')
        if ($cells.Count -lt 2) { continue }
        $file = $null
        foreach ($token in [regex]::Matches($cells[-1], '`([^`]+)`|"([^"]+)"')) {
            $ticked = $token.Groups[1].Value
            if ($ticked -match '/') { $file = $ticked; continue }
            @{ File = $file; Test = if ($ticked) { $ticked } else { $token.Groups[2].Value }; Kind = if ($ticked) { 'xunit' } else { 'pester' } }
        }
    }
}

Describe 'SECURITY.md' {
    BeforeAll { $root = Join-Path $PSScriptRoot '../..' }

    It 'names at least one test' {
        $References.Count | Should -BeGreaterThan 0
    }

    It '<File> has the test <Test>' -ForEach $References {
        $File | Should -Not -BeNullOrEmpty -Because "the test '$Test' must follow the file it is in"
        $path = Join-Path $root $File
        $path | Should -Exist
        $text = Get-Content -Raw $path
        if ($Kind -eq 'xunit') {
            $text | Should -Match "\b$([regex]::Escape($Test))\s*\("
        }
        else {
            $text | Should -Match "\bIt\s+(['`"])$([regex]::Escape($Test))\1"
        }
    }
}

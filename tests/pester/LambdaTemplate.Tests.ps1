BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Template = Join-Path $PSScriptRoot '../../lambda/template.yaml'
}

Describe 'lambda/template.yaml' {
    It 'passes cfn-lint' {
        $cfnLint = Get-Command cfn-lint -ErrorAction SilentlyContinue
        if (-not $cfnLint) { throw 'cfn-lint is not on PATH: install it (pip install cfn-lint) to lint lambda/template.yaml.' }
        $output = & $cfnLint.Source $Template 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
    }

    It 'has no CORS configuration and the DNSSEC key Route 53 needs' {
        $text = Get-Content -Raw $Template
        $text | Should -Not -Match 'CorsConfiguration|Access-Control'
        $text | Should -Match 'KeySpec: ECC_NIST_P256'
        $text | Should -Match 'KeyUsage: SIGN_VERIFY'
        $text | Should -Match 'dnssec-route53\.amazonaws\.com'
        $text | Should -Match 'aws:SourceArn'
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Template = Join-Path $PSScriptRoot '../../lambda/template.yaml'
    $script:AccountRole = Join-Path $PSScriptRoot '../../lambda/account-role.yaml'
}

Describe 'lambda/template.yaml' {
    It 'passes cfn-lint, as does the member-account role template' {
        $cfnLint = Get-Command cfn-lint -ErrorAction SilentlyContinue
        if (-not $cfnLint) { throw 'cfn-lint is not on PATH: install it (pip install cfn-lint) to lint lambda/template.yaml.' }
        $output = & $cfnLint.Source $Template $AccountRole 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
    }

    It 'wires the cross-account lookup only when a role name is given, and requires its external id' {
        $text = Get-Content -Raw $Template
        $text | Should -Match 'SPAWN_ACCOUNT_ROLE_NAME: !If \[HasAccountRole, !Ref AccountRoleName, !Ref AWS::NoValue\]'
        $text | Should -Match 'SPAWN_ACCOUNT_ROLE_EXTERNAL_ID: !If \[HasAccountRole, !Ref AccountRoleExternalId, !Ref AWS::NoValue\]'
        # sts:AssumeRole is granted for that role name only, inside the HasAccountRole condition.
        $text | Should -Match '(?s)- !If\s+- HasAccountRole\s+- Sid: LookUpInstancesInOtherAccounts\s+Effect: Allow\s+Action: sts:AssumeRole\s+Resource: !Sub "arn:\$\{AWS::Partition\}:iam::\*:role/\$\{AccountRoleName\}"'
        $text | Should -Match '(?s)AccountRoleNeedsAnExternalId:.*Assert: !Not \[!Equals \[!Ref AccountRoleExternalId, ""\]\]'
        $text | Should -Match '(?s)AccountRoleExternalId:\s+Type: String\s+Default: ""\s+NoEcho: true'
    }

    It 'gives the member-account role to the endpoint''s role only, with the external id, and only to describe instances' {
        $text = Get-Content -Raw $AccountRole
        $text | Should -Match '(?s)Principal:\s+AWS: !Ref EndpointRoleArn\s+Action: sts:AssumeRole\s+Condition:\s+StringEquals:\s+sts:ExternalId: !Ref ExternalId'
        [regex]::Matches($text, 'Action:').Count | Should -Be 2
        $text | Should -Match 'Action: ec2:DescribeInstances'
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

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Lambda = Join-Path $PSScriptRoot '../../lambda'
    $script:Template = Join-Path $Lambda 'template.yaml'
    $script:AccountRole = Join-Path $Lambda 'account-role.yaml'
}

Describe 'lambda/<_>' -ForEach 'template.yaml', 'alert-check.yaml', 'account-role.yaml' {
    It 'passes cfn-lint' {
        $cfnLint = Get-Command cfn-lint -ErrorAction SilentlyContinue
        if (-not $cfnLint) { throw "cfn-lint is not on PATH: install it (pip install cfn-lint) to lint lambda/$_." }
        $output = & $cfnLint.Source (Join-Path $Lambda $_) 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
    }
}

Describe 'lambda/template.yaml' {
    It 'wires the cross-account lookup only when a role name is given, and requires its external id' {
        $text = Get-Content -Raw $Template
        $text | Should -Match 'SPAWN_ACCOUNT_ROLE_NAME: !If \[HasAccountRole, !Ref AccountRoleName, !Ref AWS::NoValue\]'
        $text | Should -Match 'SPAWN_ACCOUNT_ROLE_EXTERNAL_ID: !If \[HasAccountRole, !Ref AccountRoleExternalId, !Ref AWS::NoValue\]'
        # sts:AssumeRole is granted for that role name only, inside the HasAccountRole condition.
        $text | Should -Match '(?s)- !If\s+- HasAccountRole\s+- Sid: LookUpInstancesInOtherAccounts\s+Effect: Allow\s+Action: sts:AssumeRole\s+Resource: !Sub "arn:\$\{AWS::Partition\}:iam::\*:role/\$\{AccountRoleName\}"'
        $text | Should -Match '(?s)AccountRoleNeedsAnExternalId:.*Assert: !Not \[!Equals \[!Ref AccountRoleExternalId, ""\]\]'
        $text | Should -Match '(?s)AccountRoleExternalId:\s+Type: String\s+Default: ""\s+NoEcho: true'
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

Describe 'lambda/account-role.yaml' {
    It 'gives the member-account role to the endpoint''s role only, with the external id, and only to describe instances' {
        $text = Get-Content -Raw $AccountRole
        $text | Should -Match '(?s)Principal:\s+AWS: !Ref EndpointRoleArn\s+Action: sts:AssumeRole\s+Condition:\s+StringEquals:\s+sts:ExternalId: !Ref ExternalId'
        [regex]::Matches($text, 'Action:').Count | Should -Be 2
        $text | Should -Match 'Action: ec2:DescribeInstances'
    }
}

# Read as text (no YAML parser here): the role's inline statements are cut at each "Sid:", so each block holds one
# statement's Action, Resource and Condition.
Describe 'lambda/alert-check.yaml' {
    BeforeAll {
        $script:Text = Get-Content -Raw (Join-Path $Lambda 'alert-check.yaml')
        $policy = $Text.Substring($Text.IndexOf('PolicyName: spawn-alert-check'))
        $policy = $policy.Substring(0, $policy.IndexOf("`n  Function:"))
        $script:Statements = @{}
        foreach ($block in ($policy -split 'Sid: ' | Select-Object -Skip 1)) {
            $Statements[($block -split '\s')[0]] = $block
        }
        function script:Get-Action([string] $Block) {
            $line = ($Block -split "`n" | Where-Object { $_ -match '^\s*Action:' } | Select-Object -First 1) -replace '^\s*Action:\s*', ''
            @($line.Trim('[', ']', ' ', "`r") -split ',\s*' | ForEach-Object { $_.Trim('"', "'") })
        }
        function script:Get-SourceConstant([string] $Path, [string] $Name) {
            $source = Get-Content -Raw (Join-Path $PSScriptRoot "../../src/Spawn.Core/$Path")
            [regex]::Match($source, "const string $Name = `"([^`"]+)`"").Groups[1].Value
        }
    }

    It 'never allows every action, and allows every resource only to Describe and pricing calls' {
        $Statements.Count | Should -BeGreaterOrEqual 7
        $Text | Should -Not -Match 'Action:\s*\[?\s*[''"]?\*'
        $Text | Should -Not -Match 'Action:.*\w:\*'
        foreach ($sid in $Statements.Keys) {
            if ($Statements[$sid] -match 'Resource:\s*"\*"') {
                $sid | Should -BeIn @('ListInstancesAndVolumes', 'OnDemandPrices')
                Get-Action $Statements[$sid] | ForEach-Object { $_ | Should -Match '^(ec2:Describe[A-Za-z]+|pricing:GetProducts)$' }
            }
        }
    }

    It 'tags only managed instances, and only with spawn:run-hours' {
        $createTags = $Statements['RunHoursTagOnManagedInstancesOnly']
        Get-Action $createTags | Should -Be 'ec2:CreateTags'
        $createTags | Should -Match 'Resource: !Sub "arn:\$\{AWS::Partition\}:ec2:\$\{AWS::Region\}:\$\{AWS::AccountId\}:instance/\*"'
        $createTags | Should -Match 'StringEquals:\s+aws:ResourceTag/spawn:managed: "true"'
        $createTags | Should -Match 'ForAllValues:StringEquals:\s+aws:TagKeys: \[spawn:run-hours\]'
    }

    It 'reads and updates only the alert table the engine uses, and decrypts only alert webhooks' {
        $table = Get-SourceConstant 'Alerts/AlertStore.cs' 'TableName'
        $Statements['ReadAlertsAndRecordWhatFired'] |
            Should -Match ([regex]::Escape("dynamodb:`${AWS::Region}:`${AWS::AccountId}:table/$table`""))
        Get-Action $Statements['ReadAlertsAndRecordWhatFired'] | Should -Be @('dynamodb:DescribeTable', 'dynamodb:Scan', 'dynamodb:UpdateItem')

        $purposeKey = Get-SourceConstant 'Secrets/SecretProtector.cs' 'PurposeKey'
        $purpose = Get-SourceConstant 'Alerts/WebhookCipher.cs' 'Purpose'
        $Statements['DecryptAlertWebhooksOnly'] | Should -Match 'Resource: !Ref WebhookKmsKeyArn'
        $Statements['DecryptAlertWebhooksOnly'] | Should -Match ([regex]::Escape("kms:EncryptionContext:${purposeKey}: $purpose"))
        $Statements['PublishToTheAlertTopicsOnly'] | Should -Match 'Resource: !Ref SnsTopicArns'
    }

    It 'runs one check at a time, within its time budget, on the schedule, invoked only by its rule' {
        $Text | Should -Match 'Handler: Spawn\.Lambda::Spawn\.Lambda\.AlertCheckFunction::Handle'
        $Text | Should -Match 'ReservedConcurrentExecutions: 1\s'
        $timeout = [int] [regex]::Match($Text, 'Timeout: (\d+)').Groups[1].Value
        $budget = [int] [regex]::Match($Text, 'SPAWN_ALERT_TIME_BUDGET_SECONDS: "(\d+)"').Groups[1].Value
        $budget | Should -BeLessThan $timeout
        $Text | Should -Match 'MaximumRetryAttempts: 0'
        $Text | Should -Match 'Principal: events\.amazonaws\.com\s+SourceArn: !GetAtt ScheduleRule\.Arn'
        $Text | Should -Match 'ManagedPolicyArns: !If\s+- AuditEnabled\s+- \[!Sub "arn:\$\{AWS::Partition\}:iam::aws:policy/SecurityAudit"\]'
    }
}

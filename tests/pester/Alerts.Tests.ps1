BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force

    $script:Token = 'T0KEN-pester-5c9a'
    function script:New-Unique([string] $Prefix) { "$Prefix-$([guid]::NewGuid().ToString('N').Substring(0, 10))" }
    function script:New-TopicWithQueue {
        $name = New-Unique 'alerts'
        $topic = (Invoke-AwsCli sns create-topic --name $name).TopicArn
        $queue = (Invoke-AwsCli sqs create-queue --queue-name $name).QueueUrl
        Invoke-AwsCli sns subscribe --topic-arn $topic --protocol sqs --notification-endpoint "arn:aws:sqs:${TestRegion}:${TestAccount}:$name" --attributes RawMessageDelivery=true | Out-Null
        [pscustomobject]@{ TopicArn = $topic; QueueUrl = $queue }
    }
    function script:Get-QueueMessage([string] $QueueUrl) {
        $received = Invoke-AwsCli sqs receive-message --queue-url $QueueUrl --max-number-of-messages 10
        if ($received -and $received.PSObject.Properties['Messages']) { @($received.Messages.Body) } else { @() }
    }
    # A managed instance created 30 hours ago, and an alert on it (older than 24 h) that publishes to a new topic.
    function script:New-OlderThanAlert([string] $Prefix) {
        $group = New-Unique 'grp'
        $created = [DateTime]::UtcNow.AddHours(-30).ToString('yyyy-MM-ddTHH:mm:ssZ')
        $instance = (Invoke-AwsCli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
                --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:test,Value=$group},{Key=spawn:created,Value=$created}]").Instances[0].InstanceId
        $topic = New-TopicWithQueue
        $name = New-Unique $Prefix
        New-SpawnAlert @Aws -Name $name -OlderThanHours 24 -Tag @{ 'spawn:test' = $group } -SnsTopicArn $topic.TopicArn | Out-Null
        $instance, $topic, $name
    }
    $script:KeyId = (Invoke-AwsCli kms create-key).KeyMetadata.KeyId
}

Describe 'New-SpawnAlert, Get-SpawnAlert, Set-SpawnAlert, Remove-SpawnAlert' {
    It 'stores a webhook only encrypted and shows it masked in objects, Format-List, verbose output and the raw item' {
        $name = New-Unique 'mask'
        $url = "https://hooks.example.com/services/$Token"
        $verbose = New-SpawnAlert @Aws -Name $name -CostAbove 25 -WebhookUrl $url -KmsKeyId $KeyId -Verbose 4>&1
        $alert = $verbose | Where-Object { $_ -is [Spawn.SpawnAlert] }
        $alert.Targets[0].Destination | Should -Be 'https://hooks.example.com/***'
        ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n" | Should -Not -Match $Token

        $shown = Get-SpawnAlert @Aws -Name $name | Format-List | Out-String
        $shown | Should -Match 'Webhook https://hooks.example.com/\*\*\*'
        $shown | Should -Not -Match $Token
        (Get-SpawnAlert @Aws -Name $name | ConvertTo-Json -Depth 5) | Should -Not -Match $Token

        $raw = Invoke-AwsCli dynamodb get-item --table-name spawn-alerts --key "{`"Name`":{`"S`":`"$name`"}}" | ConvertTo-Json -Depth 10
        $raw | Should -Not -Match $Token
        $raw | Should -Match 'Ciphertext'
    }

    It 'takes the webhook as a SecureString too' {
        $name = New-Unique 'secure'
        $secure = ConvertTo-SecureString "https://hooks.example.com/x/$Token" -AsPlainText -Force
        (New-SpawnAlert @Aws -Name $name -PastTtl -SlackWebhookUrl $secure -KmsKeyId $KeyId).Targets[0].ToString() |
            Should -Be 'Slack https://hooks.example.com/***'
    }

    It 'refuses <Case> with a stable error id and a masked message' -TestCases @(
        @{ Case = 'plain HTTP'; Url = "http://hooks.example.com/$Token"; ErrorId = 'AlertWebhookNotHttps' }
        @{ Case = 'the metadata service'; Url = "https://169.254.169.254/latest/$Token"; ErrorId = 'AlertWebhookAddressRefused' }
        @{ Case = 'a private address'; Url = "https://192.168.1.10/$Token"; ErrorId = 'AlertWebhookAddressRefused' }
        @{ Case = 'loopback'; Url = "https://127.0.0.1:8443/$Token"; ErrorId = 'AlertWebhookAddressRefused' }
    ) {
        param($Case, $Url, $ErrorId)
        $name = New-Unique 'refuse'
        New-SpawnAlert @Aws -Name $name -PastTtl -WebhookUrl $Url -KmsKeyId $KeyId -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        ($failed[0] | Format-List * -Force | Out-String) | Should -Not -Match $Token
        $failed[0].Exception.ToString() | Should -Not -Match $Token
        Get-SpawnAlert @Aws -Name $name -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'changes and removes an alert; Remove-SpawnAlert has high confirm impact' {
        $name = New-Unique 'life'
        $topic = New-TopicWithQueue
        New-SpawnAlert @Aws -Name $name -PastTtl -SnsTopicArn $topic.TopicArn | Out-Null
        $changed = Set-SpawnAlert @Aws -Name $name -OlderThanHours 12 -Remove PastTtl -Tag @{ team = 'data' }
        $changed.Conditions | Should -Be @('older than 12 h')
        $changed.Scope | Should -Be 'managed instances with tag team=data'

        (Get-Command Remove-SpawnAlert).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact |
            Should -Be 'High'
        Remove-SpawnAlert @Aws -Name $name -Confirm:$false
        Get-SpawnAlert @Aws -Name $name -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'AlertNotFound,*'
    }
}

Describe 'Invoke-SpawnAlertCheck' {
    It 'fires once to SNS, not again while the condition holds, and -WhatIf sends nothing' {
        $instance, $topic, $name = New-OlderThanAlert 'old'

        $preview = Invoke-SpawnAlertCheck @Aws -Name $name -WhatIf
        $preview.State | Should -Be 'WouldFire'
        @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 0

        $fired = Invoke-SpawnAlertCheck @Aws -Name $name
        $fired.State | Should -Be 'Fired'
        $fired.InstanceId | Should -Be $instance
        $fired.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnAlertCheckResult'
        $messages = @(Get-QueueMessage $topic.QueueUrl)
        $messages.Count | Should -Be 1
        $messages[0] | Should -Match $instance

        (Invoke-SpawnAlertCheck @Aws -Name $name).State | Should -Be 'StillFiring'
        @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 0
        (Get-SpawnAlert @Aws -Name $name).Firing | Should -Be 1
    }

    It 'fires once for an audit finding at or above -AuditSeverity, clears when the instance is fixed; a compliant instance never fires' {
        $group = New-Unique 'audit'
        $tags = "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:test,Value=$group}]"
        $bad = (Invoke-AwsCli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
                --metadata-options HttpTokens=optional --tag-specifications $tags).Instances[0].InstanceId
        Invoke-AwsCli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
            --metadata-options HttpTokens=required --tag-specifications $tags | Out-Null
        $topic = New-TopicWithQueue
        $name = New-Unique 'audit'
        (New-SpawnAlert @Aws -Name $name -AuditSeverity High -Tag @{ 'spawn:test' = $group } -SnsTopicArn $topic.TopicArn).AuditSeverity |
            Should -Be 'High'
        (Get-SpawnAlert @Aws -Name $name).AuditSeverity | Should -Be 'High'

        $fired = @(Invoke-SpawnAlertCheck @Aws -Name $name)
        $fired.Count | Should -Be 1
        $fired[0].State | Should -Be 'Fired'
        $fired[0].InstanceId | Should -Be $bad
        $fired[0].Condition | Should -Be 'AuditFinding'
        $fired[0].Detail | Should -Match 'SPAWN-EC2-001'
        @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 1

        $again = @(Invoke-SpawnAlertCheck @Aws -Name $name)
        $again.Count | Should -Be 1
        $again[0].State | Should -Be 'StillFiring'
        @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 0

        Invoke-AwsCli ec2 modify-instance-metadata-options --instance-id $bad --http-tokens required | Out-Null
        $cleared = @(Invoke-SpawnAlertCheck @Aws -Name $name)
        $cleared.Count | Should -Be 1
        $cleared[0].State | Should -Be 'Cleared'
        $cleared[0].InstanceId | Should -Be $bad
        @(Invoke-SpawnAlertCheck @Aws -Name $name).Count | Should -Be 0

        (Set-SpawnAlert @Aws -Name $name -PastTtl -Remove AuditFinding).AuditSeverity | Should -BeNullOrEmpty
    }

    It 'estimates cost from the price source chosen: the shipped table, the Pricing API, or the API with the table as fallback' {
        $group = New-Unique 'cost'
        $created = [DateTime]::UtcNow.AddDays(-730).ToString('yyyy-MM-ddTHH:mm:ssZ')
        $instance = (Invoke-AwsCli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro `
                --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true},{Key=spawn:test,Value=$group},{Key=spawn:created,Value=$created}]").Instances[0].InstanceId
        $name = New-Unique 'cost'
        New-SpawnAlert @Aws -Name $name -CostAbove 10 -Tag @{ 'spawn:test' = $group } -SnsTopicArn (New-TopicWithQueue).TopicArn | Out-Null
        $asOf = '20\d\d-\d\d-\d\d'

        $table = Invoke-SpawnAlertCheck @Aws -Name $name -PriceSource PriceTable -WhatIf
        $table.State | Should -Be 'WouldFire'
        $table.InstanceId | Should -Be $instance
        $table.PriceSource | Should -Be ([Spawn.SpawnPriceSource]::PriceTable)
        $table.PricesAsOf | Should -Match "^$asOf$"
        $table.EstimatedCost | Should -BeGreaterThan 10
        $table.Detail | Should -Match "prices: Spawn's price table, $($table.PricesAsOf)"
        ($table | Format-List | Out-String) | Should -Match 'PriceSource\s+: PriceTable'

        # moto does not serve the Pricing API (it answers HTTP 500): Auto falls back to the table and says why.
        $auto = Invoke-SpawnAlertCheck @Aws -Name $name -WhatIf -Verbose 4>&1
        ($auto | Where-Object { $_ -is [Spawn.SpawnAlertCheckResult] }).PriceSource | Should -Be 'PriceTable'
        ($auto | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n" |
            Should -Match 'The AWS Pricing API could not be read \(Aws\w+\)'

        # With the API only, the cost is unknown: nothing fires.
        $strict = Invoke-SpawnAlertCheck @Aws -Name $name -PriceSource PricingApi -WhatIf
        $strict.State | Should -Be 'Unknown'
        $strict.Detail | Should -Match '^no cost estimate: the AWS Pricing API could not be read'
        $strict.EstimatedCost | Should -BeNullOrEmpty
    }

    It 'refuses an unknown -PriceSource, naming the valid ones' {
        $failure = try { Invoke-SpawnAlertCheck @Aws -PriceSource Guess } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'CannotConvertArgumentNoMessage,*'
        $failure.Exception.Message | Should -Match 'Auto.*PricingApi.*PriceTable'
    }
}

# The Lambda's local mode, as a scheduled task on a server would run it: settings from the environment, summary on
# stdout, log lines on stderr, exit code 1 only when the check could not run.
Describe 'Spawn.Lambda check-alerts' {
    BeforeAll {
        $script:LambdaDll = Join-Path $PSScriptRoot '../../output/lambda/publish/Spawn.Lambda.dll'
        function script:Invoke-LocalAlertCheck([hashtable] $Environment, [string] $EventPath) {
            $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
            foreach ($argument in @($LambdaDll, 'check-alerts') + $(if ($EventPath) { '-e', $EventPath })) { $start.ArgumentList.Add($argument) }
            $start.RedirectStandardOutput = $true
            $start.RedirectStandardError = $true
            $variables = @{
                AWS_ACCESS_KEY_ID = $TestAccessKey; AWS_SECRET_ACCESS_KEY = $TestSecretKey; AWS_REGION = $TestRegion
                AWS_ENDPOINT_URL = $MotoEndpoint; AWS_EC2_METADATA_DISABLED = 'true'
            }
            foreach ($key in $Environment.Keys) { $variables[$key] = $Environment[$key] }
            foreach ($key in $variables.Keys) { $start.Environment[$key] = $variables[$key] }
            $process = [System.Diagnostics.Process]::Start($start)
            $stderr = $process.StandardError.ReadToEndAsync()
            $stdout = $process.StandardOutput.ReadToEnd()
            $process.WaitForExit()
            [pscustomobject]@{ ExitCode = $process.ExitCode; Summary = $(if ($stdout) { $stdout | ConvertFrom-Json }); Log = $stderr.Result }
        }
    }

    It 'fires once to SNS and prints the summary; the next run is StillFiring; bad settings exit 1 naming the variable' {
        $LambdaDll | Should -Exist
        $instance, $topic, $name = New-OlderThanAlert 'local'
        $event = Join-Path ([System.IO.Path]::GetTempPath()) "$name.json"
        '{"detail-type":"Scheduled Event","source":"aws.events","detail":{"priceSource":"PriceTable"}}' | Set-Content -Path $event
        $environment = @{ SPAWN_ALERT_NAMES = $name }
        try {
            $first = Invoke-LocalAlertCheck $environment $event
            $first.ExitCode | Should -Be 0 -Because $first.Log
            $first.Summary.counts.Fired | Should -Be 1
            $first.Summary.priceSource | Should -Be 'PriceTable'
            $first.Summary.results[0].instanceId | Should -Be $instance
            $first.Summary.results[0].deliveredTo | Should -Be "Sns $($topic.TopicArn)"
            $first.Log | Should -Match '1 Fired, 0 NotDelivered, 0 StillFiring, 0 Cleared, 0 Unknown'
            @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 1
            $first.Summary | ConvertTo-Json -Depth 5 | Write-Host

            $second = Invoke-LocalAlertCheck $environment
            $second.ExitCode | Should -Be 0 -Because $second.Log
            $second.Summary.counts.StillFiring | Should -Be 1
            $second.Summary.counts.Fired | Should -Be 0
            @(Get-QueueMessage $topic.QueueUrl).Count | Should -Be 0

            $bad = Invoke-LocalAlertCheck @{ SPAWN_ALERT_NAMES = $name; SPAWN_ALERT_TIME_BUDGET_SECONDS = 'soon' }
            $bad.ExitCode | Should -Be 1
            $bad.Summary | Should -BeNullOrEmpty
            $bad.Log | Should -Match '^ERROR AlertCheckConfigInvalid: SPAWN_ALERT_TIME_BUDGET_SECONDS '
        }
        finally {
            Remove-Item $event -ErrorAction SilentlyContinue
        }
    }
}

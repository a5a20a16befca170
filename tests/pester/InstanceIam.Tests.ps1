BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $script:KeyDir = Join-Path $TestDrive 'keys'
    $env:SPAWN_KEY_DIRECTORY = $KeyDir
    $script:Run = 't' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $script:Cmd = 'Spawn.PowerShell.Commands.Instances'

    function Get-Ec2Instance([string] $Id) { (Invoke-AwsCli ec2 describe-instances --instance-ids $Id).Reservations[0].Instances[0] }
    function Get-RoleNames { @((Invoke-AwsCli iam list-roles).Roles.RoleName) | Sort-Object }
    function ConvertTo-Canonical($Json) { $Json | ConvertTo-Json -Depth 20 -Compress }
    function Test-RoleExists([string] $Name) { try { $null = Invoke-AwsCli iam get-role --role-name $Name; $true } catch { $false } }
    function Test-ProfileExists([string] $Name) { try { $null = Invoke-AwsCli iam get-instance-profile --instance-profile-name $Name; $true } catch { $false } }
}

AfterAll {
    Remove-Item Env:SPAWN_KEY_DIRECTORY -ErrorAction SilentlyContinue
}

Describe 'New-SpawnInstance -IamPolicy, read back with the AWS CLI' {
    BeforeAll {
        # A bucket only this run uses: the role is then new to moto, whatever ran before.
        $script:Bucket = "$Run-data"
        $script:Scope = @{ 's3:ReadOnly' = $Bucket }
        $script:First = New-SpawnInstance @Aws -Name "$Run-iam1" -IamPolicy s3:ReadOnly -IamPolicyResource $Scope -Confirm:$false
        $script:RoleName = $First.IamRole
    }
    AfterAll {
        Get-SpawnInstance @Aws -Name "$Run-*" | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'attaches an instance profile named spawn- and the policy hash, and shows it as IamRole' {
        $RoleName | Should -Match '^spawn-[0-9a-f]{12}$'
        (Get-Ec2Instance $First.InstanceId).IamInstanceProfile.Arn | Should -Match "instance-profile/$RoleName$"
        (Invoke-AwsCli iam get-instance-profile --instance-profile-name $RoleName).InstanceProfile.Roles.RoleName | Should -Be $RoleName
    }

    It 'stores exactly the template''s policy for this account, region and bucket' {
        $stored = (Invoke-AwsCli iam get-role-policy --role-name $RoleName --policy-name spawn-policy).PolicyDocument
        $account = (Get-SpawnContext @Aws).AccountId
        $expected = [ordered]@{
            Statement = @([ordered]@{
                    Action    = @('s3:GetBucketLocation', 's3:GetObject', 's3:GetObjectVersion', 's3:ListBucket')
                    Condition = @{ StringEquals = @{ 's3:ResourceAccount' = $account } }
                    Effect    = 'Allow'
                    Resource  = @("arn:aws:s3:::$Bucket", "arn:aws:s3:::$Bucket/*")
                    Sid       = 'S3ReadOnly'
                })
            Version   = '2012-10-17'
        }
        ConvertTo-Canonical $stored | Should -Be (ConvertTo-Canonical $expected)
    }

    It 'stores the unscoped template exactly as Get-SpawnIamPolicyTemplate shows it' {
        $i = New-SpawnInstance @Aws -Name "$Run-iamplain" -IamPolicy logs:Write -Confirm:$false
        $shown = (Get-SpawnIamPolicyTemplate @Aws -Name logs:Write).PolicyDocument
        $shown | Should -Not -Match '\$\{'
        $stored = (Invoke-AwsCli iam get-role-policy --role-name $i.IamRole --policy-name spawn-policy).PolicyDocument
        ConvertTo-Canonical $stored | Should -Be (ConvertTo-Canonical ($shown | ConvertFrom-Json))
    }

    It 'trusts only ec2.amazonaws.com, and tags the role spawn:managed' {
        $role = (Invoke-AwsCli iam get-role --role-name $RoleName).Role
        $statement = @($role.AssumeRolePolicyDocument.Statement)
        $statement.Count | Should -Be 1
        $statement[0].Principal.Service | Should -Be 'ec2.amazonaws.com'
        $statement[0].Action | Should -Be 'sts:AssumeRole'
        $statement[0].PSObject.Properties.Name | Should -Not -Contain 'Condition'
        ($role.Tags | Where-Object Key -eq 'spawn:managed').Value | Should -Be 'true'
    }

    It 'reuses the role and profile for a second launch with the same policy' {
        $before = Get-RoleNames
        $second = New-SpawnInstance @Aws -Name "$Run-iam2" -IamPolicy s3:ReadOnly -IamPolicyResource $Scope -Confirm:$false
        $second.IamRole | Should -Be $RoleName
        Get-RoleNames | Should -Be $before
    }

    It 'keeps the shared role when an instance using it is stopped' {
        Get-SpawnInstance @Aws -Name "$Run-iam2" | Stop-SpawnInstance @Aws -Confirm:$false
        Test-RoleExists $RoleName | Should -BeTrue
        Test-ProfileExists $RoleName | Should -BeTrue
    }

    It 'refuses a role with the hashed name whose policy was changed, and leaves it alone' {
        $policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'
        $null = Invoke-AwsCli iam put-role-policy --role-name $RoleName --policy-name spawn-policy --policy-document $policy
        { New-SpawnInstance @Aws -Name "$Run-iam3" -IamPolicy s3:ReadOnly -IamPolicyResource $Scope -Confirm:$false } |
            Should -Throw -ErrorId "IamRoleConflict,$Cmd.NewSpawnInstanceCommand"
        Test-RoleExists $RoleName | Should -BeTrue
        Get-SpawnInstance @Aws -Name "$Run-iam3" | Should -BeNullOrEmpty
    }
}

Describe 'New-SpawnInstance IAM refusals, rollback and -WhatIf' {
    It 'refuses <ErrorId> before any AWS call' -TestCases @(
        @{ Params = @{ IamPolicy = 's3:FullAccess' }; ErrorId = 'UnknownIamPolicyTemplate' }
        @{ Params = @{ IamPolicy = 's3:ReadOnly'; IamPolicyResource = @{ 's3:ReadOnly' = 'Not_A_Bucket' } }; ErrorId = 'InvalidIamPolicyResource' }
        @{ Params = @{ IamPolicy = 's3:ReadOnly'; IamPolicyResource = @{ 'logs:Write' = 'x' } }; ErrorId = 'IamPolicyResourceWithoutTemplate' }
        @{ Params = @{ IamPolicyFile = '/etc/passwd' }; ErrorId = 'PathInSystemLocation' }
    ) {
        param($Params, $ErrorId)
        $offline = @{ Region = 'us-east-1'; AccessKey = $TestAccessKey; SecretKey = $TestSecretKey; EndpointUrl = "http://127.0.0.1:$(Get-FreeTcpPort)" }
        { New-SpawnInstance @offline @Params -Confirm:$false } | Should -Throw -ErrorId "$ErrorId,$Cmd.NewSpawnInstanceCommand"
    }

    It 'refuses an -IamPolicyFile that is not a policy' {
        $file = Join-Path $TestDrive 'bad.json'
        Set-Content -Path $file -Value '{"Version":"2012-10-17","Statement":{"Effect":"Allow"}}'
        { New-SpawnInstance @Aws -IamPolicyFile $file -Confirm:$false } | Should -Throw -ErrorId "IamPolicyFileInvalid,$Cmd.NewSpawnInstanceCommand"
    }

    It 'refuses an -IamPolicyFile granting *:* without -Force and creates nothing; launches with a warning when forced' {
        $file = Join-Path $TestDrive 'admin.json'
        Set-Content -Path $file -Value "{`"Version`":`"2012-10-17`",`"Statement`":[{`"Sid`":`"$Run`",`"Effect`":`"Allow`",`"Action`":`"*:*`",`"Resource`":`"*`"}]}"
        $before = Get-RoleNames
        { New-SpawnInstance @Aws -Name "$Run-admin" -IamPolicyFile $file -Confirm:$false } | Should -Throw -ErrorId "IamPolicyTooBroad,$Cmd.NewSpawnInstanceCommand"
        Get-RoleNames | Should -Be $before
        Get-SpawnInstance @Aws -Name "$Run-admin" | Should -BeNullOrEmpty

        $i = New-SpawnInstance @Aws -Name "$Run-admin" -IamPolicyFile $file -Force -Confirm:$false -WarningVariable warned 3>$null
        $warned | Should -Match 'administrator access'
        (Invoke-AwsCli iam get-role-policy --role-name $i.IamRole --policy-name spawn-policy).PolicyDocument.Statement[0].Sid | Should -Be $Run
        $i | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'creates no role with -WhatIf' {
        $before = Get-RoleNames
        $null = New-SpawnInstance @Aws -Name "$Run-whatif" -IamPolicy dynamodb:ReadOnly -IamPolicyResource @{ 'dynamodb:ReadOnly' = "$Run-whatif" } -WhatIf 6>&1
        Get-RoleNames | Should -Be $before
    }

    It 'removes the role and profile it created when a later step fails (bad subnet)' {
        $before = Get-RoleNames
        $err = $null
        # The verbose stream goes to a file as it is written, so it survives the terminating error.
        $log = Join-Path $TestDrive 'rollback.log'
        try {
            New-SpawnInstance @Aws -Name "$Run-rollback" -IamPolicy dynamodb:ReadWrite -IamPolicyResource @{ 'dynamodb:ReadWrite' = "$Run-table" } `
                -SubnetId 'subnet-0123456789abcdef0' -Confirm:$false -Verbose 4> $log
        }
        catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be "AwsNotFound,$Cmd.NewSpawnInstanceCommand"
        $created = [regex]::Match((Get-Content -Raw $log), 'Created the IAM role (spawn-[0-9a-f]{12})').Groups[1].Value
        $created | Should -Match '^spawn-[0-9a-f]{12}$'
        { Invoke-AwsCli iam get-role --role-name $created } | Should -Throw '*NoSuchEntity*'
        { Invoke-AwsCli iam get-instance-profile --instance-profile-name $created } | Should -Throw '*NoSuchEntity*'
        Get-RoleNames | Should -Be $before
    }
}

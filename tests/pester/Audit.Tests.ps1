BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    # Own region, so EBS defaults and managed instances of other test files do not interfere.
    $script:Region = 'ap-southeast-2'
    $script:A = @{ Region = $Region; AccessKey = $TestAccessKey; SecretKey = $TestSecretKey; EndpointUrl = $MotoEndpoint; WarningAction = 'SilentlyContinue' }
    function script:RegionCli { Invoke-AwsCli -Arguments (@($args) + @('--region', $Region)) }

    $suffix = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $vpc = (RegionCli ec2 create-vpc --cidr-block 10.30.0.0/16).Vpc.VpcId
    $subnet = (RegionCli ec2 create-subnet --vpc-id $vpc --cidr-block 10.30.1.0/24).Subnet.SubnetId
    $igw = (RegionCli ec2 create-internet-gateway).InternetGateway.InternetGatewayId
    RegionCli ec2 attach-internet-gateway --internet-gateway-id $igw --vpc-id $vpc | Out-Null
    $rtb = (RegionCli ec2 create-route-table --vpc-id $vpc).RouteTable.RouteTableId
    RegionCli ec2 create-route --route-table-id $rtb --destination-cidr-block 0.0.0.0/0 --gateway-id $igw | Out-Null
    RegionCli ec2 associate-route-table --route-table-id $rtb --subnet-id $subnet | Out-Null
    $script:Sg = (RegionCli ec2 create-security-group --group-name "ssh-$suffix" --description ssh --vpc-id $vpc --tag-specifications 'ResourceType=security-group,Tags=[{Key=spawn:managed,Value=true}]').GroupId
    RegionCli ec2 authorize-security-group-ingress --group-id $Sg --protocol tcp --port 22 --cidr 0.0.0.0/0 | Out-Null
    $script:Instance = (RegionCli ec2 run-instances --image-id ami-12c6146b --instance-type t3.micro --subnet-id $subnet --security-group-ids $Sg `
            --associate-public-ip-address --metadata-options HttpTokens=optional `
            --tag-specifications 'ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]').Instances[0].InstanceId
    $script:Out = Join-Path ([IO.Path]::GetTempPath()) "spawn-audit-$suffix"
    New-Item -ItemType Directory -Path $Out | Out-Null
}

AfterAll {
    Remove-Item $Out -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Invoke-SpawnAudit' {
    It 'streams findings and ends with one summary carrying exit code 3 for a High failure' {
        $all = @(Invoke-SpawnAudit @A -InstanceId $Instance)
        $all[-1] | Should -BeOfType ([Spawn.Audit.AuditSummary])
        @($all | Where-Object { $_ -is [Spawn.Audit.AuditSummary] }).Count | Should -Be 1
        $imds = $all | Where-Object { $_.CheckId -eq 'SPAWN-EC2-001' -and $_.Resource.Id -eq $Instance }
        $imds.Status | Should -Be 'Fail'
        $imds.Compliance['NIST-800-53-r5'] | Should -Contain 'AC-3'
        $imds.FindingId | Should -Match '^[0-9a-f]{32}$'
        $all[-1].ExitCode | Should -Be 3
    }

    It 'binds InstanceId by property name from piped objects' {
        $all = @([pscustomobject]@{ InstanceId = $Instance } | Invoke-SpawnAudit @A -CheckId EC2-001)
        ($all | Where-Object CheckId -eq 'SPAWN-EC2-001').Resource.Id | Should -Be $Instance
    }

    It 'gives the same FindingId on every run' {
        $one = (Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 | Where-Object CheckId).FindingId
        $two = (Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 | Where-Object CheckId).FindingId
        $one | Should -Be $two
    }

    It 'writes <Format> to -OutputPath' -ForEach @(
        @{ Format = 'Json' }, @{ Format = 'Csv' }, @{ Format = 'Sarif' }, @{ Format = 'JUnit' }, @{ Format = 'Html' }
    ) {
        $path = Join-Path $Out "report.$Format"
        Invoke-SpawnAudit @A -InstanceId $Instance -OutputFormat $Format -OutputPath $path | Out-Null
        $path | Should -Exist
        $text = Get-Content -Raw $path
        switch ($Format) {
            'Json' { ($text | ConvertFrom-Json).Findings.Count | Should -BeGreaterThan 10 }
            'Csv' { (Import-Csv $path | Where-Object CheckId -eq 'SPAWN-EC2-001').Status | Should -Be 'Fail' }
            'Sarif' { ($text | ConvertFrom-Json).version | Should -Be '2.1.0' }
            'JUnit' { ([xml] $text).testsuites.failures | Should -BeGreaterThan 0 }
            'Html' { $text | Should -Match '<h2>Controls</h2>' }
        }
    }

    It 'suppresses by a PSD1 rule without changing Status, and warns about unused rules' {
        $file = Join-Path $Out 'suppressions.psd1'
        Set-Content $file "@{ Suppressions = @(
            @{ Id = 'legacy-imds'; CheckId = 'EC2-001'; Resource = '*:instance/$Instance'; Justification = 'legacy agent'; Owner = 'ops'; ExpiresAt = '2999-01-01T00:00:00Z' }
            @{ Id = 'unused'; CheckId = 'KMS-001'; Justification = 'x'; Owner = 'y'; ExpiresAt = '2999-01-01' }
        ) }"
        $all = Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 -SuppressionPath $file -WarningVariable warnings 3>$null
        $f = $all | Where-Object CheckId -eq 'SPAWN-EC2-001'
        $f.Status | Should -Be 'Fail'
        $f.Suppressed | Should -BeTrue
        $f.Suppression.Owner | Should -Be 'ops'
        $all[-1].UnusedSuppressions | Should -Be @('unused')
        $all[-1].ExitCode | Should -Be 0
        $warnings -join "`n" | Should -Match "'unused' matched no finding"
    }

    It 'stops with AuditSuppressionFileInvalid on a rule without ExpiresAt' {
        $file = Join-Path $Out 'bad.json'
        Set-Content $file '{"Suppressions":[{"CheckId":"EC2-001","Justification":"j","Owner":"o"}]}'
        { Invoke-SpawnAudit @A -InstanceId $Instance -SuppressionPath $file -ErrorAction Stop } |
            Should -Throw -ErrorId 'AuditSuppressionFileInvalid,Spawn.PowerShell.Commands.Audit.InvokeSpawnAuditCommand'
    }

    It 'marks findings Unchanged against its own previous JSON' {
        $previous = Join-Path $Out 'previous.json'
        Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 -OutputFormat Json -OutputPath $previous | Out-Null
        $f = Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 -CompareTo $previous | Where-Object CheckId -eq 'SPAWN-EC2-001'
        $f.ChangeType | Should -Be 'Unchanged'
        $f.PreviousStatus | Should -Be 'Fail'
    }

    It 'sets the process exit code with -EnableExit' {
        $result = Invoke-ChildPwsh "
            Import-Module '$ModulePath'
            Invoke-SpawnAudit -Region $Region -AccessKey $TestAccessKey -SecretKey '$TestSecretKey' -EndpointUrl '$MotoEndpoint' -InstanceId $Instance -CheckId EC2-001 -EnableExit -WarningAction SilentlyContinue | Out-Null
            'not reached'
        "
        $result.ExitCode | Should -Be 3
    }

    It 'refuses an unknown check id with AuditUnknownCheck' {
        { Invoke-SpawnAudit @A -CheckId 'EC2-999' -ErrorAction Stop } | Should -Throw -ErrorId 'AuditUnknownCheck,Spawn.PowerShell.Commands.Audit.InvokeSpawnAuditCommand'
    }
}

Describe 'Get-SpawnAuditCheck and Get-SpawnAuditPermission' {
    It 'lists at least 30 checks with mappings, filtered by framework' {
        @(Get-SpawnAuditCheck).Count | Should -BeGreaterOrEqual 30
        $cis = Get-SpawnAuditCheck -Framework cis
        $cis.CheckId | Should -Contain 'SPAWN-EC2-001'
        $cis.CheckId | Should -Not -Contain 'SPAWN-EC2-008'
        (Get-SpawnAuditCheck EC2-004).Compliance['PCI-DSS-4.0'] | Should -Contain '1.3.1'
    }

    It 'prints a read-only policy that covers every check' {
        $policy = Get-SpawnAuditPermission | ConvertFrom-Json
        $actions = $policy.Statement[0].Action
        foreach ($needed in (Get-SpawnAuditCheck).RequiredActions) { $actions | Should -Contain $needed }
        $actions | Where-Object { $_ -notmatch ':(Describe|Get|List)' } | Should -BeNullOrEmpty
    }
}

Describe 'Repair-SpawnAuditFinding' {
    It 'changes nothing with -WhatIf' {
        Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001 | Repair-SpawnAuditFinding @A -WhatIf
        (RegionCli ec2 describe-instances --instance-ids $Instance).Reservations[0].Instances[0].MetadataOptions.HttpTokens | Should -Be 'optional'
    }

    It 'requires IMDSv2 and revokes world-open SSH on a spawn-managed group, saying it disrupts' {
        $results = Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001, SG-001 | Repair-SpawnAuditFinding @A -Confirm:$false -WarningVariable w 3>$null
        ($results | Where-Object CheckId -eq 'SPAWN-EC2-001').Outcome | Should -Be 'Repaired'
        ($results | Where-Object CheckId -eq 'SPAWN-SG-001').Outcome | Should -Be 'Repaired'
        $results.Disruptive | Should -Not -Contain $false
        $w.Count | Should -Be 2
        (RegionCli ec2 describe-instances --instance-ids $Instance).Reservations[0].Instances[0].MetadataOptions.HttpTokens | Should -Be 'required'
        $after = Invoke-SpawnAudit @A -InstanceId $Instance -CheckId EC2-001, SG-001, EC2-004
        ($after | Where-Object CheckId -eq 'SPAWN-EC2-001').Status | Should -Be 'Pass'
        ($after | Where-Object CheckId -eq 'SPAWN-SG-001').Status | Should -Be 'Pass'
        ($after | Where-Object CheckId -eq 'SPAWN-EC2-004').Status | Should -Be 'Pass'
    }
}

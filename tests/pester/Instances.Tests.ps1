BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    # Private keys go to the test drive, never to the real ~/.ssh.
    $script:KeyDir = Join-Path $TestDrive 'keys'
    $env:SPAWN_KEY_DIRECTORY = $KeyDir
    $script:Run = 't' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $script:Cmd = 'Spawn.PowerShell.Commands.Instances'

    function Get-Ec2Instance([string] $Id) { (Invoke-AwsCli ec2 describe-instances --instance-ids $Id).Reservations[0].Instances[0] }
    function Get-TagValue($Tags, [string] $Key) { ($Tags | Where-Object Key -eq $Key).Value }
    # Everything moto holds that a launch could create: compared before and after a refused or -WhatIf launch.
    function Get-Ec2Census {
        [pscustomobject]@{
            Instances = @((Invoke-AwsCli ec2 describe-instances).Reservations.Instances).Count
            KeyPairs  = @((Invoke-AwsCli ec2 describe-key-pairs).KeyPairs).Count
            Groups    = @((Invoke-AwsCli ec2 describe-security-groups).SecurityGroups).Count
            KeyFiles  = @(Get-ChildItem $KeyDir -ErrorAction SilentlyContinue).Count
        } | ConvertTo-Json -Compress
    }
}

AfterAll {
    Remove-Item Env:SPAWN_KEY_DIRECTORY -ErrorAction SilentlyContinue
}

Describe 'New-SpawnInstance secure defaults, read back with the AWS CLI' {
    BeforeAll {
        $script:Launched = New-SpawnInstance @Aws -Name "$Run-web" -Ttl 2h -AllowSshFrom 203.0.113.7/32 -Tag @{ project = $Run } `
            -UserData "#!/bin/sh`necho hello-$Run" -Wait -Confirm:$false
        $script:Ec2 = Get-Ec2Instance $Launched.InstanceId
    }

    It 'returns a Spawn.SpawnInstance that is running and shows the secure settings' {
        $Launched.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnInstance'
        $Launched.State | Should -Be 'running'
        $Launched.Name | Should -Be "$Run-web"
        $Launched.ImdsV2Required | Should -BeTrue
        $Launched.VolumesEncrypted | Should -BeTrue
        $Launched.Region | Should -Be 'us-east-1'
    }

    It 'requires IMDSv2 with hop limit 1 and metadata tags enabled' {
        $Ec2.MetadataOptions.HttpTokens | Should -Be 'required'
        $Ec2.MetadataOptions.HttpPutResponseHopLimit | Should -Be 1
        $Ec2.MetadataOptions.InstanceMetadataTags | Should -Be 'enabled'
    }

    It 'encrypts every EBS volume, deletes it on termination, and tags it' {
        $volumes = (Invoke-AwsCli ec2 describe-volumes --filters "Name=attachment.instance-id,Values=$($Launched.InstanceId)").Volumes
        $volumes | Should -Not -BeNullOrEmpty
        $volumes | ForEach-Object {
            $_.Encrypted | Should -BeTrue
            Get-TagValue $_.Tags 'spawn:managed' | Should -Be 'true'
            Get-TagValue $_.Tags 'spawn:ttl' | Should -Be (Get-TagValue $Ec2.Tags 'spawn:ttl')
        }
        $Ec2.BlockDeviceMappings.Ebs.DeleteOnTermination | Should -Not -Contain $false
    }

    It 'tags the instance with owner, creation, absolute TTL, name and -Tag' {
        Get-TagValue $Ec2.Tags 'spawn:managed' | Should -Be 'true'
        Get-TagValue $Ec2.Tags 'spawn:owner' | Should -Be (Get-SpawnContext @Aws).CallerArn
        # ConvertFrom-Json turns ISO 8601 UTC strings into DateTime: proof of the format.
        (Get-TagValue $Ec2.Tags 'spawn:created').Kind | Should -Be 'Utc'
        $ttl = [datetime]::Parse((Get-TagValue $Ec2.Tags 'spawn:ttl'), [cultureinfo]::InvariantCulture, 'AdjustToUniversal')
        ($ttl - [datetime]::UtcNow).TotalMinutes | Should -BeGreaterThan 110
        ($ttl - [datetime]::UtcNow).TotalMinutes | Should -BeLessThan 121
        Get-TagValue $Ec2.Tags 'spawn:name' | Should -Be "$Run-web"
        Get-TagValue $Ec2.Tags 'project' | Should -Be $Run
    }

    It 'terminates on instance-initiated shutdown (so the TTL agent''s power-off terminates)' {
        (Invoke-AwsCli ec2 describe-instance-attribute --instance-id $Launched.InstanceId --attribute instanceInitiatedShutdownBehavior).InstanceInitiatedShutdownBehavior.Value |
            Should -Be 'terminate'
    }

    It 'sends MIME multi-part user data with the TTL agent bootstrap and the user script' {
        $b64 = (Invoke-AwsCli ec2 describe-instance-attribute --instance-id $Launched.InstanceId --attribute userData).UserData.Value
        $text = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b64))
        $text | Should -Match 'Content-Type: multipart/mixed; boundary='
        $text | Should -Match 'spawn-ttl.timer'
        $text | Should -Match 'meta-data/tags/instance/spawn:ttl'
        $text | Should -Match "echo hello-$Run"
    }

    It 'creates a new ED25519 key pair for the instance and saves the private key 0600 in a 0700 directory' {
        $pair = (Invoke-AwsCli ec2 describe-key-pairs --key-names $Launched.KeyName).KeyPairs[0]
        $pair.KeyType | Should -Be 'ed25519'
        $Launched.KeyPath | Should -Be (Join-Path $KeyDir "spawn-$($Launched.InstanceId).pem")
        (Get-Content -Raw $Launched.KeyPath) | Should -Match 'BEGIN OPENSSH PRIVATE KEY'
        if (-not $IsWindows) {
            (Get-Item $Launched.KeyPath).UnixFileMode | Should -Be ([IO.UnixFileMode]'UserRead, UserWrite')
            (Get-Item $KeyDir).UnixFileMode | Should -Be ([IO.UnixFileMode]'UserRead, UserWrite, UserExecute')
        }
    }

    It 'creates a per-launch security group tagged spawn:managed with SSH only from -AllowSshFrom' {
        $Launched.SecurityGroupIds.Count | Should -Be 1
        $group = (Invoke-AwsCli ec2 describe-security-groups --group-ids $Launched.SecurityGroupIds[0]).SecurityGroups[0]
        Get-TagValue $group.Tags 'spawn:managed' | Should -Be 'true'
        $group.IpPermissions.Count | Should -Be 1
        $group.IpPermissions[0].FromPort | Should -Be 22
        $group.IpPermissions[0].IpRanges.CidrIp | Should -Be @('203.0.113.7/32')
        @($group.IpPermissions[0].Ipv6Ranges).Count | Should -Be 0
    }

    It 'never prints or logs the private key' {
        $key = (Get-Content -Raw $Launched.KeyPath) -split "`n" | Where-Object { $_ -and $_ -notmatch '-----' } | Select-Object -First 1
        $all = New-SpawnInstance @Aws -Name "$Run-quiet" -Confirm:$false -Verbose -Debug 5>&1 4>&1 3>&1 | Out-String
        $all | Should -Not -Match ([regex]::Escape($key))
        $quiet = Get-SpawnInstance @Aws -Name "$Run-quiet"
        (Get-Content -Raw $quiet.KeyPath) | Should -Not -BeNullOrEmpty
        $all | Should -Not -Match ([regex]::Escape(((Get-Content -Raw $quiet.KeyPath) -split "`n")[1]))
        $quiet | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'opens no inbound rule without -AllowSshFrom, and warns for 0.0.0.0/0' {
        $closed = New-SpawnInstance @Aws -Name "$Run-closed" -Confirm:$false
        (Invoke-AwsCli ec2 describe-security-groups --group-ids $closed.SecurityGroupIds[0]).SecurityGroups[0].IpPermissions | Should -BeNullOrEmpty
        $open = New-SpawnInstance @Aws -Name "$Run-open" -AllowSshFrom 0.0.0.0/0 -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue
        ($w -join ' ') | Should -Match 'whole Internet'
        (Invoke-AwsCli ec2 describe-security-groups --group-ids $open.SecurityGroupIds[0]).SecurityGroups[0].IpPermissions[0].IpRanges.CidrIp | Should -Be '0.0.0.0/0'
        $closed, $open | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'encrypts with -KmsKeyId after checking the key with KMS' {
        $key = (Invoke-AwsCli kms create-key --description "spawn $Run").KeyMetadata
        $i = New-SpawnInstance @Aws -Name "$Run-kms" -KmsKeyId $key.KeyId -VolumeSize 20 -Confirm:$false
        $volume = (Invoke-AwsCli ec2 describe-volumes --filters "Name=attachment.instance-id,Values=$($i.InstanceId)").Volumes[0]
        $volume.Encrypted | Should -BeTrue
        $volume.KmsKeyId | Should -Be $key.Arn
        $volume.Size | Should -Be 20
        $i | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'refuses a missing or disabled KMS key before creating anything' {
        $key = (Invoke-AwsCli kms create-key).KeyMetadata
        $null = Invoke-AwsCli kms disable-key --key-id $key.KeyId
        $before = Get-Ec2Census
        { New-SpawnInstance @Aws -Name "$Run-nokms" -KmsKeyId $key.KeyId -Confirm:$false } | Should -Throw -ErrorId "KmsKeyUnusable,$Cmd.NewSpawnInstanceCommand"
        { New-SpawnInstance @Aws -Name "$Run-nokms" -KmsKeyId 'alias/spawn-does-not-exist' -Confirm:$false } | Should -Throw -ErrorId "KmsKeyNotFound,$Cmd.NewSpawnInstanceCommand"
        Get-Ec2Census | Should -Be $before
    }

    It 'passes the client token to RunInstances' {
        $Ec2.ClientToken | Should -Match '^[0-9a-f]{32}$'
        $t = New-SpawnInstance @Aws -Name "$Run-token" -ClientToken "$Run-tok" -Confirm:$false
        (Get-Ec2Instance $t.InstanceId).ClientToken | Should -Be "$Run-tok"
        $t | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'launches -Count instances, each with its own key pair, and a one-time Spot request' {
        $many = New-SpawnInstance @Aws -Name "$Run-many" -Count 2 -Spot -SpotMaxPrice 0.05 -Confirm:$false
        $many.Name | Should -Be @("$Run-many-1", "$Run-many-2")
        $many[0].KeyName | Should -Not -Be $many[1].KeyName
        (Get-Ec2Instance $many[0].InstanceId).InstanceLifecycle | Should -Be 'spot'
        $many | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'switches the public address off with -NoPublicIp' {
        $private = New-SpawnInstance @Aws -Name "$Run-private" -NoPublicIp -Confirm:$false
        (Get-Ec2Instance $private.InstanceId).PublicIpAddress | Should -BeNullOrEmpty
        $private | Stop-SpawnInstance @Aws -Confirm:$false
    }
}

Describe 'New-SpawnInstance refusals, rollback and -WhatIf' {
    It 'refuses bad input with <ErrorId> before any AWS call' -TestCases @(
        @{ Params = @{ InstanceType = 'T3 Micro' }; ErrorId = 'InvalidInstanceType' }
        @{ Params = @{ Name = 'Web_01' }; ErrorId = 'InvalidInstanceName' }
        @{ Params = @{ Name = 'xn--abc' }; ErrorId = 'InvalidInstanceName' }
        @{ Params = @{ Name = '-web' }; ErrorId = 'InvalidInstanceName' }
        @{ Params = @{ AllowSshFrom = '10.0.0.1/33' }; ErrorId = 'InvalidCidr' }
        @{ Params = @{ AllowSshFrom = '10.0.0.1/8' }; ErrorId = 'InvalidCidr' }
        @{ Params = @{ Ttl = '2 hours' }; ErrorId = 'InvalidTtl' }
        @{ Params = @{ Ttl = '5m' }; ErrorId = 'TtlOutOfRange' }
        @{ Params = @{ Ttl = '100d' }; ErrorId = 'TtlOutOfRange' }
        @{ Params = @{ ExpiresAt = [datetime]::UtcNow.AddMinutes(-5) }; ErrorId = 'TtlOutOfRange' }
        @{ Params = @{ Ttl = '2h'; ExpiresAt = [datetime]::UtcNow.AddHours(3) }; ErrorId = 'InvalidExpiresAt' }
        @{ Params = @{ SubnetId = 'subnet-xyz' }; ErrorId = 'InvalidSubnetId' }
        @{ Params = @{ ImageId = 'ubuntu' }; ErrorId = 'InvalidImageId' }
        @{ Params = @{ AvailabilityZone = 'eu-west-1a' }; ErrorId = 'InvalidAvailabilityZone' }
        @{ Params = @{ SpotMaxPrice = '0.05' }; ErrorId = 'SpotMaxPriceWithoutSpot' }
        @{ Params = @{ Count = 0 }; ErrorId = 'InvalidCount' }
        @{ Params = @{ MetadataHopLimit = 0 }; ErrorId = 'InvalidMetadataHopLimit' }
        @{ Params = @{ Tag = @{ 'spawn:managed' = 'false' } }; ErrorId = 'ReservedTag' }
        @{ Params = @{ UserDataPath = '/etc/passwd' }; ErrorId = 'PathInSystemLocation' }
        @{ Params = @{ UserDataPath = '/no/such/file.sh' }; ErrorId = 'PathNotFound' }
        @{ Params = @{ SecurityGroupId = 'sg-0123456789abcdef0'; AllowSshFrom = '203.0.113.7/32' }; ErrorId = 'AllowSshFromWithSecurityGroup' }
        @{ Params = @{ Name = 'web1'; DnsEndpoint = 'http://dns.example.com/register' }; ErrorId = 'DnsEndpointInsecure' }
        @{ Params = @{ Name = 'web1'; DnsEndpoint = 'dns.example.com/register' }; ErrorId = 'DnsEndpointInvalid' }
        @{ Params = @{ DnsEndpoint = 'https://dns.example.com/register' }; ErrorId = 'DnsEndpointRequiresName' }
        @{ Params = @{ Name = 'web1'; DnsZoneName = 'example.com' }; ErrorId = 'DnsZoneWithoutEndpoint' }
        @{ Params = @{ Name = 'web1'; DnsEndpoint = 'https://dns.example.com/register'; DnsZoneName = 'example.com'; DnsHostedZoneId = 'Z0123' }; ErrorId = 'DnsZoneConflict' }
    ) {
        param($Params, $ErrorId)
        # An endpoint nothing listens on: any AWS call would fail with AwsConnectionFailed instead.
        $offline = @{ Region = 'us-east-1'; AccessKey = $TestAccessKey; SecretKey = $TestSecretKey; EndpointUrl = "http://127.0.0.1:$(Get-FreeTcpPort)" }
        { New-SpawnInstance @offline @Params -Confirm:$false } | Should -Throw -ErrorId "$ErrorId,$Cmd.NewSpawnInstanceCommand"
    }

    It 'refuses user data with a secret, naming the kind and line but never the value' {
        # A random (not AWS's documented example) secret key, built at run time.
        $secret = -join ((1..40) | ForEach-Object { 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+'[(Get-Random -Maximum 64)] })
        $script = "#!/bin/sh`necho start`nexport AWS_SECRET_ACCESS_KEY=$secret`n"
        $err = $null
        try { New-SpawnInstance @Aws -Name "$Run-secret" -UserData $script -Confirm:$false } catch { $err = $_ }
        Get-SpawnInstance @Aws -Name "$Run-secret" | Stop-SpawnInstance @Aws -Confirm:$false
        $err.FullyQualifiedErrorId | Should -Be "UserDataContainsSecret,$Cmd.NewSpawnInstanceCommand"
        $err.Exception.Message | Should -Match 'AwsSecretAccessKey at line 3'
        $err.Exception.Message | Should -Not -Match ([regex]::Escape($secret))
        Get-SpawnInstance @Aws -Name "$Run-secret" | Should -BeNullOrEmpty
    }

    It 'reads -UserDataPath through the path policy and scans it too' {
        $file = Join-Path $TestDrive 'boot.sh'
        Set-Content -Path $file -Value "#!/bin/sh`necho from-file-$Run"
        $i = New-SpawnInstance @Aws -Name "$Run-file" -UserDataPath $file -Confirm:$false
        $b64 = (Invoke-AwsCli ec2 describe-instance-attribute --instance-id $i.InstanceId --attribute userData).UserData.Value
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b64)) | Should -Match "echo from-file-$Run"
        $i | Stop-SpawnInstance @Aws -Confirm:$false
    }

    It 'makes no mutating call with -WhatIf' {
        $before = Get-Ec2Census
        $out = New-SpawnInstance @Aws -Name "$Run-whatif" -AllowSshFrom 203.0.113.7/32 -WhatIf 6>&1 | Out-String
        Get-Ec2Census | Should -Be $before
        Get-SpawnInstance @Aws -Name "$Run-whatif" | Should -BeNullOrEmpty
    }

    It 'rolls back the key pair and security group when a late step fails (bad subnet) and reports the original error' {
        $before = Get-Ec2Census
        $err = $null
        try { New-SpawnInstance @Aws -Name "$Run-badsubnet" -SubnetId 'subnet-0123456789abcdef0' -Confirm:$false } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be "AwsNotFound,$Cmd.NewSpawnInstanceCommand"
        $err.Exception.Message | Should -Match 'subnet'
        Get-Ec2Census | Should -Be $before
        (Invoke-AwsCli ec2 describe-key-pairs --filters "Name=tag:spawn:name,Values=$Run-badsubnet").KeyPairs | Should -BeNullOrEmpty
    }

    It 'rolls back when RunInstances itself fails (unknown security group)' {
        $before = Get-Ec2Census
        { New-SpawnInstance @Aws -Name "$Run-badgroup" -SecurityGroupId 'sg-0123456789abcdef0' -Confirm:$false } |
            Should -Throw -ErrorId "AwsNotFound,$Cmd.NewSpawnInstanceCommand"
        Get-Ec2Census | Should -Be $before
    }

    It 'rolls back the launched instance when saving the key file fails' {
        $blocker = Join-Path $TestDrive 'not-a-directory'
        Set-Content -Path $blocker -Value 'x'
        $env:SPAWN_KEY_DIRECTORY = Join-Path $blocker 'keys'
        try {
            { New-SpawnInstance @Aws -Name "$Run-nokeydir" -AllowSshFrom 203.0.113.7/32 -Confirm:$false } | Should -Throw
        }
        finally { $env:SPAWN_KEY_DIRECTORY = $KeyDir }
        $left = (Invoke-AwsCli ec2 describe-instances --filters "Name=tag:spawn:name,Values=$Run-nokeydir").Reservations.Instances
        $left.State.Name | Should -Be 'terminated'
        (Invoke-AwsCli ec2 describe-key-pairs --filters "Name=tag:spawn:name,Values=$Run-nokeydir").KeyPairs | Should -BeNullOrEmpty
        (Invoke-AwsCli ec2 describe-security-groups --filters "Name=tag:spawn:name,Values=$Run-nokeydir").SecurityGroups | Should -BeNullOrEmpty
    }
}

Describe 'New-SpawnInstance -DnsEndpoint, and the record''s removal by Stop-SpawnInstance' {
    BeforeAll {
        $script:Endpoint = 'https://dns.example.com/register'
        $script:ZoneName = "$Run.example.com"
        $zone = Invoke-AwsCli route53 create-hosted-zone --name $ZoneName --caller-reference "$Run-dns"
        $script:ZoneId = ($zone.HostedZone.Id -split '/')[-1]
        # base36 of moto's account 123456789012: the account's namespace under the zone.
        $script:Fqdn = "$Run-dns.1kpqzg2c.$ZoneName"
        function Get-CliARecord([string] $Fqdn) {
            (Invoke-AwsCli route53 list-resource-record-sets --hosted-zone-id $ZoneId).ResourceRecordSets | Where-Object { $_.Name -eq "$Fqdn." -and $_.Type -eq 'A' }
        }
        $script:Registered = New-SpawnInstance @Aws -Name "$Run-dns" -DnsEndpoint $Endpoint -DnsZoneName $ZoneName -Wait -Confirm:$false
    }

    It 'adds the DNS bootstrap, with the endpoint and the instance''s name, to the MIME user data' {
        $b64 = (Invoke-AwsCli ec2 describe-instance-attribute --instance-id $Registered.InstanceId --attribute userData).UserData.Value
        $text = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b64))
        $text | Should -Match 'filename="spawn-dns.sh"'
        $text | Should -Match ([regex]::Escape("ENDPOINT='$Endpoint'"))
        $text | Should -Match ([regex]::Escape("RECORD_NAME='$Run-dns'"))
        $text | Should -Match 'ExecStop=.*spawn-dns delete'
        $text | Should -Match 'spawn-ttl.timer'
    }

    It 'tags the instance with the endpoint, the zone id and the full name' {
        $tags = (Get-Ec2Instance $Registered.InstanceId).Tags
        Get-TagValue $tags 'spawn:dns-endpoint' | Should -Be $Endpoint
        Get-TagValue $tags 'spawn:dns-zone' | Should -Be $ZoneId
        Get-TagValue $tags 'spawn:dns-name' | Should -Be $Fqdn
    }

    It 'refuses an unknown zone before creating anything' {
        $before = Get-Ec2Census
        { New-SpawnInstance @Aws -Name "$Run-nozone" -DnsEndpoint $Endpoint -DnsZoneName "nx-$Run.example.com" -Confirm:$false } |
            Should -Throw -ErrorId "DnsZoneNotFound,$Cmd.NewSpawnInstanceCommand"
        Get-Ec2Census | Should -Be $before
    }

    It 'refuses bad DNS input against a live endpoint without creating anything' {
        $before = Get-Ec2Census
        { New-SpawnInstance @Aws -Name "$Run-http" -DnsEndpoint 'http://dns.example.com/register' -Confirm:$false } |
            Should -Throw -ErrorId "DnsEndpointInsecure,$Cmd.NewSpawnInstanceCommand"
        { New-SpawnInstance @Aws -DnsEndpoint $Endpoint -Confirm:$false } | Should -Throw -ErrorId "DnsEndpointRequiresName,$Cmd.NewSpawnInstanceCommand"
        Get-Ec2Census | Should -Be $before
    }

    It 'deletes the record the endpoint created when the instance is stopped' {
        $Registered.PublicIpAddress | Should -Not -BeNullOrEmpty
        # What the endpoint does when the instance registers, through the admin path.
        Set-SpawnDnsRecord @Aws -ZoneName $ZoneName -Name "$Run-dns" -Value $Registered.PublicIpAddress -Confirm:$false | Out-Null
        Get-CliARecord $Fqdn | Should -Not -BeNullOrEmpty
        Stop-SpawnInstance @Aws -InstanceId $Registered.InstanceId -Confirm:$false -WarningVariable warnings
        $warnings | Should -BeNullOrEmpty
        Get-CliARecord $Fqdn | Should -BeNullOrEmpty
    }

    It 'leaves a record that points elsewhere by now, with a warning' {
        $moved = New-SpawnInstance @Aws -Name "$Run-moved" -DnsEndpoint $Endpoint -DnsHostedZoneId $ZoneId -Confirm:$false
        Set-SpawnDnsRecord @Aws -ZoneName $ZoneName -Name "$Run-moved" -Value 192.0.2.77 -Confirm:$false | Out-Null
        Stop-SpawnInstance @Aws -InstanceId $moved.InstanceId -Confirm:$false -WarningVariable warnings 3>$null
        "$warnings" | Should -Match 'now points at 192\.0\.2\.77'
        (Get-CliARecord "$Run-moved.1kpqzg2c.$ZoneName").ResourceRecords.Value | Should -Be '192.0.2.77'
        (Get-Ec2Instance $moved.InstanceId).State.Name | Should -Be 'terminated'
    }
}

Describe 'Get-SpawnInstance' {
    BeforeAll {
        $script:A = New-SpawnInstance @Aws -Name "$Run-list-a" -Ttl 2h -Confirm:$false
        $script:B = New-SpawnInstance @Aws -Name "$Run-list-b" -Ttl 2h -Confirm:$false
        $image = (Invoke-AwsCli ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64).Parameter.Value
        $script:Unmanaged = (Invoke-AwsCli ec2 run-instances --image-id $image --instance-type t3.micro --tag-specifications "ResourceType=instance,Tags=[{Key=spawn:name,Value=$Run-list-u}]").Instances[0].InstanceId
        # An expired one: the TTL tag rewritten into the past (Set-SpawnInstanceTtl refuses past times).
        $null = Invoke-AwsCli ec2 create-tags --resources $B.InstanceId --tags "Key=spawn:ttl,Value=2000-01-01T00:00:00Z"
    }

    It 'lists managed instances by name wildcard, and unmanaged ones only with -IncludeUnmanaged' {
        (Get-SpawnInstance @Aws -Name "$Run-list-*").InstanceId | Sort-Object | Should -Be (@($A.InstanceId, $B.InstanceId) | Sort-Object)
        (Get-SpawnInstance @Aws -Name "$Run-list-*" -IncludeUnmanaged).InstanceId | Should -Contain $Unmanaged
    }

    It 'filters by -InstanceId, -State, -Owner and -Expired' {
        (Get-SpawnInstance @Aws -InstanceId $A.InstanceId).Name | Should -Be "$Run-list-a"
        (Get-SpawnInstance @Aws -Name "$Run-list-*" -Expired).InstanceId | Should -Be $B.InstanceId
        (Get-SpawnInstance @Aws -Name "$Run-list-*" -State stopped) | Should -BeNullOrEmpty
        $owner = (Get-SpawnContext @Aws).CallerArn
        @(Get-SpawnInstance @Aws -Name "$Run-list-*" -Owner $owner).Count | Should -Be 2
        Get-SpawnInstance @Aws -Name "$Run-list-*" -Owner 'arn:aws:iam::123456789012:user/someone-else' | Should -BeNullOrEmpty
    }

    It 'reports an unknown instance id as a non-terminating InstanceNotFound error' {
        $out = Get-SpawnInstance @Aws -InstanceId $A.InstanceId, 'i-0123456789abcdef0' -ErrorVariable e -ErrorAction SilentlyContinue
        $out.InstanceId | Should -Be $A.InstanceId
        $e[0].FullyQualifiedErrorId | Should -Be "InstanceNotFound,$Cmd.GetSpawnInstanceCommand"
    }

    It 'queries several regions and reports a failing region as a non-terminating error, never silently' {
        $out = Get-SpawnInstance @Aws -Region us-east-1, xx-fake-1 -Name "$Run-list-a" -ErrorVariable e -ErrorAction SilentlyContinue
        $out.InstanceId | Should -Be $A.InstanceId
        $e.Count | Should -Be 1
        $e[0].TargetObject | Should -Be 'xx-fake-1'
    }

    It 'is the TTL sweeper: Get-SpawnInstance -Expired | Stop-SpawnInstance' {
        Get-SpawnInstance @Aws -Name "$Run-list-*" -Expired | Stop-SpawnInstance @Aws -Confirm:$false
        (Get-Ec2Instance $B.InstanceId).State.Name | Should -Be 'terminated'
        (Get-Ec2Instance $A.InstanceId).State.Name | Should -Be 'running'
    }

    It 'formats as a table within 120 columns' {
        $lines = Get-SpawnInstance @Aws -InstanceId $A.InstanceId | Format-Table | Out-String -Width 200
        ($lines -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 120
        $lines | Should -Match 'ExpiresIn'
        $lines | Should -Match '1h5\dm|2h00m'
    }
}

Describe 'Set-SpawnInstanceTtl, Suspend-, Start- and Stop-SpawnInstance' {
    BeforeAll {
        $script:Life = New-SpawnInstance @Aws -Name "$Run-life" -Ttl 1h -AllowSshFrom 203.0.113.7/32 -Confirm:$false
    }

    It 'extends the TTL by rewriting spawn:ttl' {
        $updated = Set-SpawnInstanceTtl @Aws -InstanceId $Life.InstanceId -Ttl 1d -PassThru -Confirm:$false
        $tag = Get-TagValue (Get-Ec2Instance $Life.InstanceId).Tags 'spawn:ttl'
        $expected = [datetime]::UtcNow.AddDays(1)
        $actual = [datetime]::Parse($tag, [cultureinfo]::InvariantCulture, 'AdjustToUniversal')
        [Math]::Abs(($actual - $expected).TotalMinutes) | Should -BeLessThan 2
        $updated.ExpiresAt | Should -Be $actual
    }

    It 'refuses a bad TTL before any AWS call, and makes no change with -WhatIf' {
        { Set-SpawnInstanceTtl @Aws -InstanceId $Life.InstanceId -Ttl 'soon' } | Should -Throw -ErrorId "InvalidTtl,$Cmd.SetSpawnInstanceTtlCommand"
        $before = Get-TagValue (Get-Ec2Instance $Life.InstanceId).Tags 'spawn:ttl'
        Set-SpawnInstanceTtl @Aws -InstanceId $Life.InstanceId -Ttl 3h -WhatIf
        Get-TagValue (Get-Ec2Instance $Life.InstanceId).Tags 'spawn:ttl' | Should -Be $before
    }

    It 'suspends and starts by pipeline (SpawnInstance objects and instance id strings)' {
        $suspended = Get-SpawnInstance @Aws -InstanceId $Life.InstanceId | Suspend-SpawnInstance @Aws -Confirm:$false -PassThru
        $ec2 = Get-Ec2Instance $Life.InstanceId
        $ec2.State.Name | Should -Be 'stopped'
        $suspended.StoppedAt | Should -Not -BeNullOrEmpty
        # The run period this stop ended is kept in spawn:run-hours (hours@its LaunchTime), as the next start moves LaunchTime.
        $launch = ([datetime]$ec2.LaunchTime).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
        Get-TagValue $ec2.Tags 'spawn:run-hours' | Should -Match "^\d+\.\d\d@$([regex]::Escape($launch))$"
        $Life.InstanceId | Start-SpawnInstance @Aws -Confirm:$false
        (Get-Ec2Instance $Life.InstanceId).State.Name | Should -Be 'running'
    }

    It 'returns the ssh command line with accept-new host keys and the instance key' {
        $line = Connect-SpawnInstance @Aws -Name "$Run-life" -PassThru
        $line | Should -Match "'StrictHostKeyChecking=accept-new'"
        $line | Should -Match ([regex]::Escape("'-i' '$($Life.KeyPath)'"))
        $line | Should -Match "'ec2-user@"
        Connect-SpawnInstance @Aws -InstanceId $Life.InstanceId -Ssm -PassThru | Should -Be "'aws' 'ssm' 'start-session' '--target' '$($Life.InstanceId)' '--region' 'us-east-1'"
    }

    It 'runs Session Manager with the credentials Spawn resolved, in the environment of the AWS CLI, not on its command line' -Skip:$IsWindows {
        # A stand-in for the AWS CLI (moto cannot host a Session Manager session): it records its arguments and environment.
        $bin = New-Item -ItemType Directory -Force -Path (Join-Path $TestDrive 'fake-aws-bin')
        $log = Join-Path $TestDrive 'fake-aws.log'
        Set-Content -Path (Join-Path $bin 'aws') -Value @"
#!/bin/sh
{ echo "args=`$*"; echo "key=`$AWS_ACCESS_KEY_ID"; echo "secret=`$AWS_SECRET_ACCESS_KEY"; echo "profile=`${AWS_PROFILE-unset}"; echo "region=`$AWS_REGION"; } > '$log'
"@
        chmod +x (Join-Path $bin 'aws')
        $saved = @{ Path = $env:PATH; Profile = $env:AWS_PROFILE }
        try {
            $env:PATH = "$bin$([IO.Path]::PathSeparator)$env:PATH"
            $env:AWS_PROFILE = 'someone-else'
            $verbose = Connect-SpawnInstance @Aws -InstanceId $Life.InstanceId -Ssm -Verbose 4>&1
        }
        finally {
            $env:PATH = $saved.Path
            $env:AWS_PROFILE = $saved.Profile
        }
        $recorded = Get-Content $log
        $recorded | Should -Contain "args=ssm start-session --target $($Life.InstanceId) --region us-east-1"
        $recorded | Should -Contain "key=$TestAccessKey"
        $recorded | Should -Contain "secret=$TestSecretKey"
        $recorded | Should -Contain 'profile=unset'
        $recorded | Should -Contain 'region=us-east-1'
        ($verbose -join "`n") | Should -Match 'Running: .aws. .ssm. .start-session.'
        ($verbose -join "`n") | Should -Not -Match ([regex]::Escape($TestSecretKey))
    }

    It 'refuses an unmanaged instance with InstanceNotManaged, per item, and terminates it with -Force' {
        $image = (Invoke-AwsCli ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64).Parameter.Value
        $other = (Invoke-AwsCli ec2 run-instances --image-id $image --instance-type t3.micro).Instances[0].InstanceId
        $other, 'i-0123456789abcdef1' | Stop-SpawnInstance @Aws -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.FullyQualifiedErrorId | Should -Be @("InstanceNotManaged,$Cmd.StopSpawnInstanceCommand", "InstanceNotFound,$Cmd.StopSpawnInstanceCommand")
        (Get-Ec2Instance $other).State.Name | Should -Be 'running'
        Stop-SpawnInstance @Aws -InstanceId $other -Force
        (Get-Ec2Instance $other).State.Name | Should -Be 'terminated'
    }

    It 'makes no change with Stop-SpawnInstance -WhatIf, even with -Force' {
        $before = Get-Ec2Census
        Stop-SpawnInstance @Aws -InstanceId $Life.InstanceId -WhatIf -Force
        Get-Ec2Census | Should -Be $before
    }

    It 'terminates and removes the key pair, the local key file and the per-launch security group' {
        $stopped = Stop-SpawnInstance @Aws -Name "$Run-life" -Confirm:$false -PassThru
        $stopped.State | Should -Be 'terminated'
        (Get-Ec2Instance $Life.InstanceId).State.Name | Should -Be 'terminated'
        (Invoke-AwsCli ec2 describe-key-pairs --filters "Name=key-name,Values=$($Life.KeyName)").KeyPairs | Should -BeNullOrEmpty
        $Life.KeyPath | Should -Not -Exist
        (Invoke-AwsCli ec2 describe-security-groups --filters "Name=group-id,Values=$($Life.SecurityGroupIds[0])").SecurityGroups | Should -BeNullOrEmpty
    }
}

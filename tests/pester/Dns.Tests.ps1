BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $script:Ns = '1kpqzg2c' # base36 of moto's account 123456789012

    function New-TestZone {
        $name = "p$([guid]::NewGuid().ToString('N').Substring(0, 12)).example.com"
        $zone = Invoke-AwsCli route53 create-hosted-zone --name $name --caller-reference ([guid]::NewGuid().ToString())
        [pscustomobject]@{ Name = $name; Id = ($zone.HostedZone.Id -split '/')[-1] }
    }
    function Get-CliRecord([string] $ZoneId) {
        (Invoke-AwsCli route53 list-resource-record-sets --hosted-zone-id $ZoneId).ResourceRecordSets
    }
}

Describe 'Set-SpawnDnsRecord' {
    It 'writes the record under the account namespace, as the AWS CLI reads it back' {
        $zone = New-TestZone
        $change = Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name web -Value 192.0.2.10 -Ttl 120 -Wait -Confirm:$false

        $change | Should -BeOfType ([Spawn.SpawnDnsChange])
        $change.Status | Should -Be 'INSYNC'
        $record = Get-CliRecord $zone.Id | Where-Object { $_.Name -eq "web.$Ns.$($zone.Name)." -and $_.Type -eq 'A' }
        $record.TTL | Should -Be 120
        $record.ResourceRecords.Value | Should -Be '192.0.2.10'
    }

    It 'refuses a name the endpoint would refuse, with its error id and no AWS change' {
        $zone = New-TestZone
        { Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name Web -Value 192.0.2.1 -ErrorAction Stop } |
            Should -Throw -ErrorId 'DnsRecordNameUppercase,Spawn.PowerShell.Commands.Dns.SetSpawnDnsRecordCommand'
        { Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name web -Value 999.0.0.1 -ErrorAction Stop } |
            Should -Throw -ErrorId 'DnsInvalidIPv4,Spawn.PowerShell.Commands.Dns.SetSpawnDnsRecordCommand'
        @(Get-CliRecord $zone.Id | Where-Object Type -eq 'A').Count | Should -Be 0
    }

    It 'changes nothing with -WhatIf' {
        $zone = New-TestZone
        $before = @(Get-CliRecord $zone.Id).Count
        Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name web -Value 192.0.2.1 -WhatIf | Should -BeNullOrEmpty
        @(Get-CliRecord $zone.Id).Count | Should -Be $before
    }
}

Describe 'Get-SpawnDnsRecord and Remove-SpawnDnsRecord' {
    It 'binds Name and InstanceId from pipeline objects and flags a record without instance as dangling' {
        $zone = New-TestZone
        Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name orphan -Value 192.0.2.7 -Confirm:$false | Out-Null
        Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name other -Value 192.0.2.8 -Confirm:$false | Out-Null

        $record = [pscustomobject]@{ Name = 'orphan' } | Get-SpawnDnsRecord @Aws -ZoneName $zone.Name
        $record.Fqdn | Should -Be "orphan.$Ns.$($zone.Name)"
        $record.Dangling | Should -BeTrue
        $record.DanglingReason | Should -Be 'NoInstance'

        @(Get-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name 'o*').Count | Should -Be 2
        @([pscustomobject]@{ InstanceId = 'i-0123456789abcdef0' } | Get-SpawnDnsRecord @Aws -ZoneName $zone.Name).Count | Should -Be 0
    }

    It 'reports a literal name that is not there' {
        $zone = New-TestZone
        Get-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name missing -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'DnsRecordNotFound,Spawn.PowerShell.Commands.Dns.GetSpawnDnsRecordCommand'
    }

    It 'removes what Get-SpawnDnsRecord returns, and -WhatIf removes nothing' {
        $zone = New-TestZone
        Set-SpawnDnsRecord @Aws -ZoneName $zone.Name -Name gone -Value 192.0.2.9 -Confirm:$false | Out-Null

        Get-SpawnDnsRecord @Aws -ZoneName $zone.Name | Remove-SpawnDnsRecord @Aws -WhatIf
        @(Get-CliRecord $zone.Id | Where-Object Type -eq 'A').Count | Should -Be 1

        $removed = Get-SpawnDnsRecord @Aws -HostedZoneId $zone.Id | Remove-SpawnDnsRecord @Aws -Confirm:$false
        $removed.Action | Should -Be 'DELETE'
        @(Get-CliRecord $zone.Id | Where-Object Type -eq 'A').Count | Should -Be 0
    }
}

Describe 'DNSSEC cmdlets' {
    It 'reads the signing status (moto always says NOT_SIGNING)' {
        $zone = New-TestZone
        $status = Get-SpawnDnssecStatus @Aws -ZoneName $zone.Name
        $status | Should -BeOfType ([Spawn.SpawnDnssecStatus])
        $status.ServeSignature | Should -Be 'NOT_SIGNING'
        $status.HostedZoneId | Should -Be $zone.Id
    }

    It 'creates no KMS key with -WhatIf and refuses a bad key name' {
        $zone = New-TestZone
        Enable-SpawnDnssec @Aws -ZoneName $zone.Name -WhatIf | Should -BeNullOrEmpty
        (Invoke-AwsCli kms list-aliases).Aliases.AliasName | Should -Not -Contain "alias/spawn-dnssec-$($zone.Id)"
        { Enable-SpawnDnssec @Aws -ZoneName $zone.Name -KeySigningKeyName 'x' } |
            Should -Throw -ErrorId 'DnssecInvalidKeyName,Spawn.PowerShell.Commands.Dns.EnableSpawnDnssecCommand'
    }

    It 'Test-SpawnDnssec refuses a server that is not an IP address' {
        { Test-SpawnDnssec -Name example.com -Server 'not-an-ip' -ErrorAction Stop } |
            Should -Throw -ErrorId 'DnssecInvalidServer,Spawn.PowerShell.Commands.Dns.TestSpawnDnssecCommand'
    }

    It 'Test-SpawnDnssec reports a port where no server listens as DnssecServerNoAnswer, not an unexpected error' {
        { Test-SpawnDnssec -Name example.com -Server 127.0.0.1 -Port (Get-FreeTcpPort) -TimeoutSec 1 -ErrorAction Stop } |
            Should -Throw -ErrorId 'DnssecServerNoAnswer,Spawn.PowerShell.Commands.Dns.TestSpawnDnssecCommand'
    }
}

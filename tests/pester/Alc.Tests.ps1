BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $ConflictSdk = $env:SPAWN_TEST_CONFLICT_SDK
}

Describe 'Assembly isolation beside AWS.Tools' {
    It 'loads a different AWSSDK.Core build first, then runs Spawn against moto successfully' {
        $ConflictSdk | Should -Exist
        $result = Invoke-ChildPwsh "
            `$ErrorActionPreference = 'Stop'
            # What AWS.Tools would have loaded: another AWSSDK.Core build with the same assembly identity.
            `$other = [Reflection.Assembly]::LoadFrom('$ConflictSdk')
            'other=' + [Diagnostics.FileVersionInfo]::GetVersionInfo(`$other.Location).FileVersion
            Import-Module '$ModulePath'
            `$ctx = Get-SpawnContext -Region us-east-1 -AccessKey $TestAccessKey -SecretKey '$TestSecretKey' -EndpointUrl '$MotoEndpoint'
            'account=' + `$ctx.AccountId
            `$sdks = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'AWSSDK.Core' }
            'sdkcount=' + @(`$sdks).Count
            `$ours = `$sdks | Where-Object { `$_ -ne `$other }
            'ourscontext=' + [Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$ours).GetType().Name
            'oursversion=' + [Diagnostics.FileVersionInfo]::GetVersionInfo(`$ours.Location).FileVersion
        "
        $result.Output -join "`n" | Should -Not -Match 'Exception'
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Contain "account=$TestAccount"
        $result.Output | Should -Contain 'sdkcount=2'
        $result.Output | Should -Contain 'ourscontext=SpawnLoadContext'
        $otherVersion = ($result.Output | Where-Object { $_ -like 'other=*' }) -replace '^other='
        $oursVersion = ($result.Output | Where-Object { $_ -like 'oursversion=*' }) -replace '^oursversion='
        $oursVersion | Should -Not -BeNullOrEmpty
        $oursVersion | Should -Not -Be $otherVersion
    }

    It 'keeps the AWS SDK types out of the default context' {
        $result = Invoke-ChildPwsh "
            Import-Module '$ModulePath'
            `$null = Get-SpawnContext -Region us-east-1 -AccessKey $TestAccessKey -SecretKey '$TestSecretKey' -EndpointUrl '$MotoEndpoint'
            'ec2type=' + [bool]('Amazon.EC2.AmazonEC2Client' -as [type])
            `$engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Spawn.Core' }
            'engine=' + [Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$engine).GetType().Name
            `$models = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Spawn.Models' }
            'models=' + [Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$models).Name
        "
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Contain 'ec2type=False'
        $result.Output | Should -Contain 'engine=SpawnLoadContext'
        $result.Output | Should -Contain 'models=Default'
    }

    It 'imports again in a second runspace without duplicate handlers or errors' {
        $result = Invoke-ChildPwsh "
            Import-Module '$ModulePath'
            `$job = 1..2 | ForEach-Object -Parallel {
                Import-Module '$ModulePath'
                (Get-SpawnContext -Region us-east-1 -AccessKey '$TestAccessKey' -SecretKey '$TestSecretKey' -EndpointUrl '$MotoEndpoint').AccountId
            }
            'accounts=' + (`$job -join ',')
        "
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Contain "accounts=$TestAccount,$TestAccount"
    }
}

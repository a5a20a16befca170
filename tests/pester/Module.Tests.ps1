BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
}

Describe 'The packaged module' {
    It 'has a manifest that Test-ModuleManifest accepts' {
        $manifest = Test-ModuleManifest -Path $ModulePath -ErrorAction Stop
        $manifest.Name | Should -Be 'Spawn'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be ([version] '5.1')
    }

    It 'exports exactly the cmdlets compiled into Spawn.dll, listed without wildcards' {
        $data = Import-PowerShellDataFile $ModulePath
        $data.CmdletsToExport | Should -Not -Contain '*'
        $result = Invoke-ChildPwsh "
            `$m = Import-Module '$ModulePath' -PassThru
            `$compiled = `$m.ImplementingAssembly.GetTypes() | Where-Object { `$_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], `$false) } |
                ForEach-Object { `$a = `$_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], `$false)[0]; `"`$(`$a.VerbName)-`$(`$a.NounName)`" }
            (`$compiled | Sort-Object) -join ','
        "
        $result.ExitCode | Should -Be 0
        ($result.Output[-1] -split ',') | Should -Be ($data.CmdletsToExport | Sort-Object)
    }

    It 'has the same version in the manifest and the cmdlet assembly' {
        $data = Import-PowerShellDataFile $ModulePath
        $dll = Join-Path (Split-Path $ModulePath) 'Spawn.dll'
        [Reflection.AssemblyName]::GetAssemblyName($dll).Version.ToString(3) | Should -Be $data.ModuleVersion
    }

    It 'imports without warnings and without loading the AWS SDK' {
        $result = Invoke-ChildPwsh "
            Import-Module '$ModulePath' -WarningVariable w 3>`$null
            'warnings=' + `$w.Count
            'sdk=' + @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -like 'AWSSDK.*' }).Count
            # The engine may be loaded to reflect over the cmdlets, but only in Spawn's own context.
            'engine=' + @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Spawn.Core' -and [Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_) -eq [Runtime.Loader.AssemblyLoadContext]::Default }).Count
        "
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Contain 'warnings=0'
        $result.Output | Should -Contain 'sdk=0'
        $result.Output | Should -Contain 'engine=0'
    }

    It 'ships the engine and the AWS SDK only under Dependencies, not beside Spawn.dll' {
        $moduleDir = Split-Path $ModulePath
        Get-ChildItem $moduleDir -Filter 'AWSSDK.*' | Should -BeNullOrEmpty
        Get-ChildItem $moduleDir -Filter 'Spawn.Core.dll' | Should -BeNullOrEmpty
        Join-Path $moduleDir 'Dependencies/Spawn.Core.dll' | Should -Exist
        Join-Path $moduleDir 'Dependencies/AWSSDK.Core.dll' | Should -Exist
    }

    It 'never references AWS SDK types from the cmdlet assembly' {
        $dll = Join-Path (Split-Path $ModulePath) 'Spawn.dll'
        $refs = [Reflection.Assembly]::LoadFile($dll).GetReferencedAssemblies().Name
        $refs | Where-Object { $_ -like 'AWSSDK.*' } | Should -BeNullOrEmpty
    }
}

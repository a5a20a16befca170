# Every type a cmdlet declares as output has a table and a list view, and default tables fit 120 columns.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $script:OutputTypes = Get-Command -Module Spawn -CommandType Cmdlet |
        ForEach-Object { $_.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true) } |
        ForEach-Object { $_.Type } | Where-Object { $_.Type -and $_.Type.Assembly.GetName().Name -eq 'Spawn.Models' } |
        ForEach-Object { $_.Type.FullName } | Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Format views' {
    It '<TypeName> has a table view and a list view' -ForEach $OutputTypes {
        $controls = (Get-FormatData -TypeName $TypeName).FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name }
        $controls | Should -Contain 'TableControl'
        $controls | Should -Contain 'ListControl'
    }

    It '<TypeName> has a default table no wider than 120 columns' -ForEach $OutputTypes {
        $table = (Get-FormatData -TypeName $TypeName).FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1
        $widths = $table.Control.Headers | ForEach-Object { if ($_.Width -gt 0) { $_.Width } else { 10 } }
        (($widths | Measure-Object -Sum).Sum + @($widths).Count - 1) | Should -BeLessOrEqual 120
    }
}

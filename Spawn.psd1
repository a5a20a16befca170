@{
    RootModule             = 'Spawn.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0c9b1e-3a52-4c1d-9a57-2f7f7e1b5d10'
    Author                 = 'Spawn contributors'
    CompanyName            = 'Spawn'
    Copyright              = '(c) Spawn contributors. Apache-2.0.'
    Description            = 'Launch and govern AWS EC2 instances with security built in: IMDSv2, encrypted volumes, per-instance keys, least-privilege roles, TTLs, verified DNS registration and compliance audits.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('Spawn.Format.ps1xml')
    CmdletsToExport        = @(
        'Clear-SpawnDefault'
        'Connect-SpawnInstance'
        'Enable-SpawnDnssec'
        'Get-SpawnAlert'
        'Get-SpawnAuditCheck'
        'Get-SpawnAuditLog'
        'Get-SpawnAuditPermission'
        'Get-SpawnContext'
        'Get-SpawnDefault'
        'Get-SpawnDnsRecord'
        'Get-SpawnDnssecStatus'
        'Get-SpawnIamPolicyTemplate'
        'Get-SpawnInstance'
        'Invoke-SpawnAlertCheck'
        'Invoke-SpawnAudit'
        'New-SpawnAlert'
        'New-SpawnInstance'
        'Protect-SpawnSecret'
        'Remove-SpawnAlert'
        'Remove-SpawnDnsRecord'
        'Repair-SpawnAuditFinding'
        'Set-SpawnAlert'
        'Set-SpawnDefault'
        'Set-SpawnDnsRecord'
        'Set-SpawnInstanceTtl'
        'Start-SpawnInstance'
        'Stop-SpawnInstance'
        'Suspend-SpawnInstance'
        'Test-SpawnAuditLog'
        'Test-SpawnDnssec'
        'Test-SpawnInstanceIdentity'
        'Unprotect-SpawnSecret'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('AWS', 'EC2', 'Security', 'Route53', 'DNSSEC', 'Compliance', 'PSEdition_Core', 'PSEdition_Desktop')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ProjectUri   = 'https://example.invalid/spawn'
        }
    }
}

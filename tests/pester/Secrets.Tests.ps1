BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force
    $script:KeyId = New-TestKmsKey
    $script:Webhook = 'https://hooks.example.com/services/T0001/B0002/SecretsTokenValue555'
}

Describe 'Protect-SpawnSecret and Unprotect-SpawnSecret' {
    It 'protects a webhook URL, shows only scheme and host, and gives it back as a SecureString' {
        $secret = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId
        $secret.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnProtectedSecret'
        $secret.Display | Should -Be 'https://hooks.example.com/***'
        $secret.KeyId | Should -Match $KeyId
        ($secret | Out-String) | Should -Not -Match 'SecretsTokenValue555'
        "$secret" | Should -Be 'alerts (webhook): https://hooks.example.com/***'

        $plain = $secret | Unprotect-SpawnSecret @Aws
        $plain | Should -BeOfType [securestring]
        [Net.NetworkCredential]::new('', $plain).Password | Should -Be $Webhook
        $secret | Unprotect-SpawnSecret @Aws -AsPlainText | Should -Be $Webhook
    }

    It 'takes the value as a SecureString from the pipeline' {
        $secure = ConvertTo-SecureString -String $Webhook -AsPlainText -Force
        $secret = $secure | Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -KeyId $KeyId
        $secret | Unprotect-SpawnSecret @Aws -AsPlainText | Should -Be $Webhook
    }

    It 'unprotects a secret stored as JSON and read back (parameters bound by property name)' {
        $file = Join-Path $TestDrive 'secret.json'
        Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId | ConvertTo-Json | Set-Content -Path $file
        Get-Content -Raw $file | Should -Not -Match 'SecretsTokenValue555'
        Get-Content -Raw $file | ConvertFrom-Json | Unprotect-SpawnSecret @Aws -AsPlainText | Should -Be $Webhook
    }

    It 'refuses to unprotect for another purpose or name with ErrorId SecretContextMismatch' {
        $secret = Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId $KeyId
        { Unprotect-SpawnSecret @Aws -Ciphertext $secret.Ciphertext -Purpose slack -Name alerts -ErrorAction Stop } |
            Should -Throw -ErrorId 'SecretContextMismatch,Spawn.PowerShell.Commands.Secrets.UnprotectSpawnSecretCommand'
        $err = $null
        Unprotect-SpawnSecret @Aws -Ciphertext $secret.Ciphertext -Purpose webhook -Name other -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'SecurityError'
        $err[0].Exception.Message | Should -Match "purpose 'webhook'"
    }

    It 'rejects a purpose that cannot be an encryption context value with ErrorId SecretInvalidContext' {
        { Protect-SpawnSecret @Aws -Name alerts -Purpose 'web hook' -Value $Webhook -KeyId $KeyId -ErrorAction Stop } |
            Should -Throw -ErrorId 'SecretInvalidContext,Spawn.PowerShell.Commands.Secrets.ProtectSpawnSecretCommand'
    }

    It 'reports a KMS key that does not exist as AwsNotFound' {
        { Protect-SpawnSecret @Aws -Name alerts -Purpose webhook -Value $Webhook -KeyId 'alias/spawn-missing' -ErrorAction Stop } |
            Should -Throw -ErrorId 'AwsNotFound,Spawn.PowerShell.Commands.Secrets.ProtectSpawnSecretCommand'
    }
}

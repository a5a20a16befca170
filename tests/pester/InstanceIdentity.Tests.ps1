BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module $ModulePath -Force

    # The shared folder as tests/Spawn.Core.Tests/Identity/SharedFiles.cs finds it: SPAWN_SHARED_DIR, else the nearest
    # "shared" folder with identity-vectors above this file.
    function Find-SharedDirectory {
        if ($env:SPAWN_SHARED_DIR) {
            if (-not (Test-Path (Join-Path $env:SPAWN_SHARED_DIR 'identity-vectors'))) { throw "SPAWN_SHARED_DIR=$env:SPAWN_SHARED_DIR has no identity-vectors folder." }
            return $env:SPAWN_SHARED_DIR
        }
        for ($dir = Get-Item $PSScriptRoot; $dir; $dir = $dir.Parent) {
            $candidate = Join-Path $dir.FullName 'shared'
            if (Test-Path (Join-Path $candidate 'identity-vectors')) { return $candidate }
        }
        throw 'No shared/identity-vectors folder above the tests; set SPAWN_SHARED_DIR.'
    }
    $shared = Find-SharedDirectory
    $script:Vectors = Join-Path $shared 'identity-vectors/ap-southeast-2'
    $script:Certificates = Join-Path $shared 'aws-identity-certificates'
}

Describe 'Test-SpawnInstanceIdentity' {
    It 'verifies the real AWS-signed /rsa2048 vector and returns the identity and the certificate' {
        $id = Test-SpawnInstanceIdentity -Rsa2048 (Get-Content -Raw (Join-Path $Vectors 'rsa2048.txt'))
        $id.PSObject.TypeNames[0] | Should -Be 'Spawn.SpawnInstanceIdentity'
        $id.AccountId | Should -Be '189292791360'
        $id.InstanceId | Should -Be 'i-0c5541936caf78c12'
        $id.Region | Should -Be 'ap-southeast-2'
        $id.SignatureFormat | Should -Be 'Rsa2048'
        $id.PendingTime | Should -Be ([DateTimeOffset]'2026-02-16T00:38:27Z')
        $id.Certificate | Should -BeOfType [System.Security.Cryptography.X509Certificates.X509Certificate2]
        $id.Certificate.Subject | Should -Match 'Amazon Web Services LLC'
        $expected = [System.Security.Cryptography.X509Certificates.X509Certificate2]::CreateFromPem((Get-Content -Raw (Join-Path $Certificates 'rsa2048/ap-southeast-2.pem')))
        $id.Certificate.Thumbprint | Should -Be $expected.Thumbprint
        $id.Document | Should -BeExactly ([IO.File]::ReadAllText((Join-Path $Vectors 'document.json')))
    }

    It 'accepts the proof from the pipeline' {
        (Get-Content -Raw (Join-Path $Vectors 'rsa2048.txt') | Test-SpawnInstanceIdentity).InstanceId | Should -Be 'i-0c5541936caf78c12'
    }

    It 'verifies the real legacy document and signature pair' {
        $id = Test-SpawnInstanceIdentity -Document ([IO.File]::ReadAllText((Join-Path $Vectors 'document.json'))) -Signature (Get-Content -Raw (Join-Path $Vectors 'signature.txt'))
        $id.SignatureFormat | Should -Be 'LegacyRsaSignature'
        $id.Region | Should -Be 'ap-southeast-2'
    }

    It 'rejects the real vector against a wrong region''s certificate' {
        $dir = Join-Path $TestDrive 'wrong-region'
        New-Item -ItemType Directory -Path $dir | Out-Null
        Copy-Item (Join-Path $Certificates 'rsa2048/us-east-1.pem') (Join-Path $dir 'ap-southeast-2.pem')
        $result = Test-SpawnInstanceIdentity -Rsa2048 (Get-Content -Raw (Join-Path $Vectors 'rsa2048.txt')) -CertificateDirectory $dir -ErrorVariable failures -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentitySignerNotPinned*'
        $failures[0].CategoryInfo.Category | Should -Be 'SecurityError'
    }

    It 'rejects the real vector with one byte of the document changed' {
        $text = [IO.File]::ReadAllText((Join-Path $Vectors 'document.json')).Replace('ap-southeast-2a', 'ap-southeast-2b')
        Test-SpawnInstanceIdentity -Document $text -Signature (Get-Content -Raw (Join-Path $Vectors 'signature.txt')) -ErrorVariable failures -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentitySignatureInvalid*'
    }

    It 'refuses malformed input with a fixed message' {
        Test-SpawnInstanceIdentity -Rsa2048 'not base64!' -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityMalformedBase64*'
        $failures[0].Exception.Message | Should -Not -Match 'not base64'
    }
}

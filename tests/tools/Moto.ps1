# Starts and stops a moto server (a local AWS emulator) on a free loopback port for tests, the demo and benchmarks.

function Get-FreeTcpPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-MotoServer {
    [CmdletBinding()]
    param([string] $LogPath)

    if (-not (Get-Command python3 -ErrorAction SilentlyContinue)) {
        throw 'python3 is not on PATH. The tests run against moto, a Python AWS emulator: install Python 3 and "pip install moto[server]".'
    }
    $motoCommand = Get-Command moto_server -ErrorAction SilentlyContinue
    if (-not $motoCommand) {
        throw 'moto_server is not on PATH. The tests run against moto: install it with "pip install moto[server]".'
    }
    $port = Get-FreeTcpPort
    if (-not $LogPath) { $LogPath = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "spawn-moto-$port.log") }
    $process = Start-Process -FilePath $motoCommand.Source -ArgumentList @('-H', '127.0.0.1', '-p', "$port") `
        -RedirectStandardOutput $LogPath -RedirectStandardError "$LogPath.err" -PassThru
    $endpoint = "http://127.0.0.1:$port"
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ($true) {
        if ($process.HasExited) { throw "moto_server exited with code $($process.ExitCode); see $LogPath.err" }
        try {
            Invoke-WebRequest -Uri "$endpoint/moto-api/" -UseBasicParsing -TimeoutSec 2 | Out-Null
            break
        }
        catch {
            if ([DateTime]::UtcNow -gt $deadline) {
                Stop-MotoServer ([pscustomobject]@{ Process = $process; Endpoint = $endpoint })
                throw "moto_server did not answer on $endpoint within 60 seconds."
            }
            Start-Sleep -Milliseconds 200
        }
    }
    [pscustomobject]@{ Process = $process; Endpoint = $endpoint; Port = $port; LogPath = $LogPath }
}

function Stop-MotoServer {
    param($Server)
    if ($null -eq $Server -or $null -eq $Server.Process) { return }
    if (-not $Server.Process.HasExited) {
        $Server.Process.Kill($true)
        $Server.Process.WaitForExit(10000) | Out-Null
    }
}

# Import cost: Import-Module of the packaged Spawn in a fresh pwsh, against a bare "pwsh -NoProfile -c exit",
# run side by side in one session, several times each; reports the medians and their ratio.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 9
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path

$hostPath = [Environment]::ProcessPath
$prefix = @()
if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { $prefix = @([Reflection.Assembly]::GetEntryAssembly().Location) }

function Measure-Run([string] $Command) {
    $sw = [Diagnostics.Stopwatch]::StartNew()
    & $hostPath @prefix -NoProfile -NonInteractive -Command $Command | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "Run failed: $Command" }
    $sw.Elapsed.TotalMilliseconds
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $sorted[[int][Math]::Floor($sorted.Count / 2)]
}

# One warm-up of each, so the first run's disk cache does not count against either side.
Measure-Run 'exit' | Out-Null
Measure-Run "Import-Module '$ModulePath'" | Out-Null

$bare = @(); $import = @()
for ($i = 0; $i -lt $Runs; $i++) {
    # Interleaved, so background load affects both sides alike.
    $bare += Measure-Run 'exit'
    $import += Measure-Run "Import-Module '$ModulePath'"
}
$bareMedian = Get-Median $bare
$importMedian = Get-Median $import
"pwsh -NoProfile -c exit:          median {0:N0} ms over {1} runs" -f $bareMedian, $Runs
"pwsh -NoProfile -c Import-Module: median {0:N0} ms over {1} runs" -f $importMedian, $Runs
"ratio (import / bare):            {0:N2}" -f ($importMedian / $bareMedian)
"import cost over bare start:      {0:N0} ms" -f ($importMedian - $bareMedian)

# Packages the terminal on Windows: a jlink runtime, an app-image, then .msi and .exe.
# Run from the repository root after `.\mvnw.cmd -DskipTests package`:
#   powershell -ExecutionPolicy Bypass -File installer\windows\package.ps1
# Needs JDK 25 in JAVA_HOME and the WiX Toolset (v3 or v4) on the PATH for jpackage.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$version = "0.1.0"
# Upgrades replace the installed version only while this code stays the same: never change it.
$upgradeUuid = "6f0c3e2a-5b1d-4c7e-9a43-8d2f1b7e5c90"
$out = "$root\installer\target\windows"
$app = "$root\app\target"

Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\input\lib", "$out\javafx" | Out-Null
Copy-Item "$app\suanpan-app-$version.jar" "$out\input\suanpan-app.jar"
Get-ChildItem "$app\lib\*.jar" | ForEach-Object {
    if ($_.Name -like "javafx-*") { Copy-Item $_ "$out\javafx\" } else { Copy-Item $_ "$out\input\lib\" }
}

$modules = "java.base,java.desktop,java.sql,java.naming,java.logging,java.management,java.net.http,java.scripting,java.xml,java.prefs,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.cryptoki"
& "$env:JAVA_HOME\bin\jlink" --add-modules $modules --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$out\runtime"

$common = @("--name", "Suanpan", "--app-version", $version, "--vendor", "Suanpan",
            "--description", "Suanpan POS cashier terminal", "--icon", "$root\assets\icons\suanpan.ico")
& "$env:JAVA_HOME\bin\jpackage" --type app-image @common --input "$out\input" --main-jar suanpan-app.jar `
    --main-class cn.suanpan.app.Main --runtime-image "$out\runtime" --app-content "$out\javafx" `
    --java-options '--module-path $APPDIR\..\javafx --add-modules javafx.controls --enable-native-access=ALL-UNNAMED,javafx.graphics' `
    --dest "$out\image"

foreach ($type in "msi", "exe") {
    & "$env:JAVA_HOME\bin\jpackage" --type $type --app-image "$out\image\Suanpan" @common `
        --win-upgrade-uuid $upgradeUuid --win-menu --win-menu-group "Suanpan" --win-shortcut `
        --win-dir-chooser --dest "$out"
}
Get-ChildItem "$out\*.msi", "$out\*.exe"

@echo off
rem Builds Learnlog's .msi on Windows (run there: jpackage makes packages only for its own OS).
rem Needs the WiX Toolset 3 on the PATH. Usage after mvn package: packaging\windows\build.cmd [VERSION]
setlocal
cd /d "%~dp0\..\.."
set version=%1
if "%version%"=="" set version=0.1.0
for /f "delims=-" %%v in ("%version%") do set version=%%v
set out=target\package
if exist %out% rmdir /s /q %out%
mkdir %out%\input\lib
copy target\learnlog.jar %out%\input\ >nul
copy target\lib\*.jar %out%\input\lib\ >nul
set /p modules=<packaging\jpackage\modules
jlink --add-modules %modules% --include-locales=en,de --strip-debug --no-man-pages --no-header-files --compress=2 --output %out%\runtime || exit /b 1
%out%\runtime\bin\java -Xshare:dump >nul
jpackage --type app-image @packaging\jpackage\app-image.args --app-version %version% --input %out%\input --runtime-image %out%\runtime --icon packaging\windows\learnlog.ico --add-launcher learnlog-cli=packaging\windows\learnlog-cli.properties --dest %out% || exit /b 1
jpackage @packaging\windows\msi.args --app-version %version% --app-image %out%\Learnlog --dest %out% || exit /b 1
dir /b %out%\*.msi

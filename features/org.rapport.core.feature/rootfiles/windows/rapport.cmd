@echo off
rem Starts the Rapport workbench from this installation:  rapport.cmd [-nl zh_CN]
rem   RAPPORT_HOME    your data folder (default %USERPROFILE%\.rapport)
rem   RAPPORT_VMARGS  extra JVM options, for example -Xmx4g
rem   JAVA_HOME       a Java 21 or later, used when the installation has no bundled runtime (jre\)
setlocal
set "INSTALL=%~dp0"
set "JAVA="
if exist "%INSTALL%jre\bin\java.exe" set "JAVA=%INSTALL%jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava

set "MAJOR="
for /f "usebackq tokens=2 delims==" %%V in (`"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"`) do set "MAJOR=%%V"
if not defined MAJOR goto nojava
set "MAJOR=%MAJOR: =%"
if %MAJOR% LSS 21 goto nojava

set "LAUNCHER="
for %%L in ("%INSTALL%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo Rapport: this installation is incomplete: %INSTALL%plugins has no org.eclipse.equinox.launcher jar. 1>&2
  exit /b 3
)

if not defined RAPPORT_HOME set "RAPPORT_HOME=%USERPROFILE%\.rapport"
if not exist "%RAPPORT_HOME%" mkdir "%RAPPORT_HOME%"

if "%RAPPORT_LAUNCH_MODE%"=="cli" (
  "%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "-Drapport.home=%RAPPORT_HOME%" -Dosgi.requiredJavaVersion=21 -Dosgi.nls.warnings=ignore %RAPPORT_VMARGS% -jar "%LAUNCHER%" -application org.rapport.cli.app -data "%RAPPORT_HOME%\cli" -nosplash %*
) else (
  "%JAVA%" "-Drapport.home=%RAPPORT_HOME%" -Dosgi.requiredJavaVersion=21 -Dosgi.nls.warnings=ignore %RAPPORT_VMARGS% -jar "%LAUNCHER%" -data "%RAPPORT_HOME%\workspace" %*
)
exit /b %ERRORLEVEL%

:nojava
echo Rapport needs Java 21 or later, and none was found. 1>&2
echo   Looked at: %INSTALL%jre (bundled runtime), JAVA_HOME=%JAVA_HOME%, java.exe on PATH. 1>&2
echo   Install Java 21 or later and set JAVA_HOME to it. 1>&2
exit /b 3

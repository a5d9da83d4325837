@echo off
rem Starts the Rapport workbench from this installation:  rapport.cmd [-nl zh_CN] [other Equinox options]
rem   RAPPORT_HOME    your data folder (default %USERPROFILE%\.rapport)
rem   RAPPORT_VMARGS  extra JVM options, for example -Xmx4g
rem   JAVA_HOME       a Java 21 or later, used when the installation has no bundled runtime (jre\)
rem The same steps as the Linux script "rapport" (keep the two in step): find Java, the start-up
rem options measured best with the class cache, the splash, the check for unknown options and the
rem restart after File > Switch User.
setlocal
set "INSTALL=%~dp0"
set "JAVA="
if exist "%INSTALL%jre\bin\java.exe" set "JAVA=%INSTALL%jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava

rem the runtime's release file says its version without starting a JVM (a few hundred ms of every start)
for %%J in ("%JAVA%") do set "RUNTIME=%%~dpJ.."
for %%R in ("%RUNTIME%") do set "RUNTIME=%%~fR"
set "MAJOR="
if exist "%RUNTIME%\release" (
  for /f "usebackq tokens=2 delims==." %%V in (`findstr /b /c:"JAVA_VERSION=" "%RUNTIME%\release"`) do set "MAJOR=%%~V"
)
if defined MAJOR set MAJOR=%MAJOR:"=%
if not defined MAJOR (
  for /f "usebackq tokens=2 delims==" %%V in (`"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"`) do set "MAJOR=%%V"
)
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
rem -Dosgi.nls.warnings=ignore: NLS reports manifest keys as "unused messages"; MessageBundlesTest checks the texts
set VMARGS="-Drapport.home=%RAPPORT_HOME%" -Dosgi.requiredJavaVersion=21 -Dosgi.nls.warnings=ignore %RAPPORT_VMARGS%

if "%RAPPORT_LAUNCH_MODE%"=="cli" goto cli

rem Equinox passes on what it does not know and the workbench ignores it: a Rapport-style option
rem such as --demo (which only the checkout's ./rapport has) would silently start a fresh setup
call :checkoptions %*
if errorlevel 2 exit /b 2

rem The start-up measured best (docs/performance.md, "Start-up"): the serial collector and the quick
rem compiler, and the class cache the first start writes and later starts read: an AOT cache on
rem Java 25 and later, else a CDS archive, in the user's local cache folder, named after this
rem installation's bundles and the Java that runs them (a different one writes its own). The JVM
rem shows the splash from its first moment; the workbench takes it over.
set "CACHE_HOME=%LOCALAPPDATA%\rapport"
if not defined LOCALAPPDATA set "CACHE_HOME=%USERPROFILE%\AppData\Local\rapport"
set "KEY="
call :hash "%INSTALL%configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
call :hash "%RUNTIME%\release"

rem File > Switch User restarts the workbench: it ends with exit code 23 (the platform's
rem EXIT_RESTART) and is started again. The restarted workbench must show the login dialog, so an
rem unattended sign-in from the environment (RAPPORT_USER, kiosks and tests) applies to the first
rem start only.
:start
call :startupoptions
"%JAVA%" %STARTUP% %VMARGS% -jar "%LAUNCHER%" -data "%RAPPORT_HOME%\workspace" %*
set "STATUS=%ERRORLEVEL%"
if not "%STATUS%"=="23" exit /b %STATUS%
set "RAPPORT_USER="
set "RAPPORT_PASSWORD="
set "RAPPORT_PASSWORD_FILE="
goto start

rem a separate instance area, so rapport-ctl runs while the workbench holds its own
:cli
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %VMARGS% -jar "%LAUNCHER%" -application org.rapport.cli.app -data "%RAPPORT_HOME%\cli" -nosplash %*
exit /b %ERRORLEVEL%

rem Sets STARTUP: per start, since a first start (or a Switch User's restart) may have written the cache.
:startupoptions
set STARTUP=-XX:+UseSerialGC -XX:TieredStopAtLevel=1
if not exist "%CACHE_HOME%" mkdir "%CACHE_HOME%" 2>nul
if exist "%CACHE_HOME%\" (
  if %MAJOR% GEQ 25 (
    rem a cache that no longer fits (another JDK build) is said in the log tags aot and cds, not on the console
    if exist "%CACHE_HOME%\workbench-%MAJOR%-%KEY%.aot" (
      set STARTUP=%STARTUP% "-XX:AOTCache=%CACHE_HOME%\workbench-%MAJOR%-%KEY%.aot" -Xlog:aot=off -Xlog:cds=off
    ) else (
      set STARTUP=%STARTUP% "-XX:AOTCacheOutput=%CACHE_HOME%\workbench-%MAJOR%-%KEY%.aot" -Xlog:aot=off -Xlog:cds=off
    )
  ) else (
    set STARTUP=%STARTUP% "-XX:SharedArchiveFile=%CACHE_HOME%\workbench-%MAJOR%-%KEY%.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off
  )
)
if exist "%INSTALL%splash.gif" set STARTUP=%STARTUP% "-splash:%INSTALL%splash.gif"
exit /b 0

rem Adds the MD5 of a file (certutil, part of Windows) to KEY; a missing file adds nothing.
:hash
if not exist "%~1" exit /b 0
set "DIGEST="
for /f "skip=1 delims=" %%H in ('certutil -hashfile "%~1" MD5 ^| findstr /v /c:"CertUtil"') do if not defined DIGEST set "DIGEST=%%H"
if not defined DIGEST exit /b 0
rem older Windows print the digest with a space between the bytes
set "DIGEST=%DIGEST: =%"
set "KEY=%KEY%%DIGEST:~0,16%"
exit /b 0

:checkoptions
if "%~1"=="" exit /b 0
set "ARG=%~1"
if "%ARG:~0,2%"=="--" (
  echo rapport: unknown option '%ARG%'. The options are -nl LOCALE ^(en, zh_CN^), -clearPersistedState, 1>&2
  echo   -consoleLog and the other options of the Eclipse platform; see the admin guide. 1>&2
  exit /b 2
)
shift
goto checkoptions

:nojava
echo Rapport needs Java 21 or later, and none was found. 1>&2
echo   Looked at: %INSTALL%jre (bundled runtime), JAVA_HOME=%JAVA_HOME%, java.exe on PATH. 1>&2
echo   Install Java 21 or later and set JAVA_HOME to it. 1>&2
exit /b 3

@echo off
rem Rapport's headless command line: rapport-ctl.cmd COMMAND [ARGUMENTS...]; "rapport-ctl help" lists the commands.
setlocal
set "RAPPORT_LAUNCH_MODE=cli"
call "%~dp0rapport.cmd" %*
exit /b %ERRORLEVEL%

; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
; Puts patchworks-token on the user's PATH: <install dir>\resources\bin joins the user's Path on install and
; leaves it on uninstall. The folder reaches PowerShell through an environment variable, so no install path
; (one with a quote in a user name, say) can break the command. The registry value is read and written
; unexpanded (REG_EXPAND_SZ), so entries such as %USERPROFILE%\bin survive; setting a user variable afterwards
; makes Windows tell running programs (WM_SETTINGCHANGE), so new terminals find the command.

!macro patchworksTokenPath ACTION
  System::Call 'Kernel32::SetEnvironmentVariable(t "PATCHWORKS_BIN", t "$INSTDIR\resources\bin")'
  System::Call 'Kernel32::SetEnvironmentVariable(t "PATCHWORKS_PATH_ACTION", t "${ACTION}")'
  nsExec::ExecToLog `powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$$d = $$env:PATCHWORKS_BIN; $$k = Get-Item 'HKCU:\Environment'; $$p = [string]$$k.GetValue('Path', '', 'DoNotExpandEnvironmentNames'); $$parts = @($$p -split ';' | Where-Object { $$_ -and $$_ -ne $$d }); if ($$env:PATCHWORKS_PATH_ACTION -eq 'add') { $$parts += $$d }; Set-ItemProperty -Path 'HKCU:\Environment' -Name Path -Value ($$parts -join ';') -Type ExpandString; [Environment]::SetEnvironmentVariable('PATCHWORKS_TOKEN_TRAY_PATH', '1', 'User'); [Environment]::SetEnvironmentVariable('PATCHWORKS_TOKEN_TRAY_PATH', $$null, 'User')"`
  Pop $0
!macroend

!macro customInstall
  !insertmacro patchworksTokenPath add
!macroend

!macro customUnInstall
  !insertmacro patchworksTokenPath remove
!macroend

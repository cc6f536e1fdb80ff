; Inno Setup script: DesktopCRM-Setup-VERSION.exe from the one-folder bundle.
; On Windows, after `pyinstaller installers\desktop_crm.spec --noconfirm` (see installers/README.md):
;   iscc /DAppVersion=0.1.0 installers\windows\desktop_crm.iss
; Installs per user by default (no administrator rights needed), adds Start-menu and optional
; desktop shortcuts, associates nothing, and uninstalls cleanly. User data (settings, projects,
; autosave) lives in the user's profile and is kept on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1D7E4A-2F7B-4C51-9A2E-DC3B5A1E7F10}
AppName=Desktop CRM
AppVersion={#AppVersion}
AppPublisher=Desktop CRM
DefaultDirName={autopf}\Desktop CRM
DefaultGroupName=Desktop CRM
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=DesktopCRM-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\desktop_crm.ico
UninstallDisplayIcon={app}\DesktopCRM.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\DesktopCRM\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Desktop CRM"; Filename: "{app}\DesktopCRM.exe"
Name: "{group}\{cm:UninstallProgram,Desktop CRM}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Desktop CRM"; Filename: "{app}\DesktopCRM.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DesktopCRM.exe"; Description: "{cm:LaunchProgram,Desktop CRM}"; Flags: nowait postinstall skipifsilent

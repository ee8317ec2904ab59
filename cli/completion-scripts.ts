import type { Shell } from './cli-args';

// Completion scripts. Each completes subcommands, options and --format values, and profile names by
// asking `patchworks-token profiles --names`, which prints nothing when the app does not answer.

const SCRIPTS: Record<Shell, string> = {
  bash: `# bash completion for patchworks-token. Load it with: eval "$(patchworks-token completion bash)"
_patchworks_token() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" sub="" words="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --)
        if [[ $sub == exec ]]; then
          if ((i == COMP_CWORD - 1)); then COMPREPLY=($(compgen -c -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
          return
        fi ;;
      token | exec | status | profiles | completion | help) [[ -z $sub && $i -eq 1 ]] && sub="\${COMP_WORDS[i]}" ;;
    esac
  done
  case "$prev" in
    --profile)
      local IFS=$'\\n'
      COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" profiles --names 2>/dev/null)" -- "$cur"))
      return ;;
    --format) COMPREPLY=($(compgen -W "raw header json env dotenv powershell" -- "$cur")); return ;;
    --wait) return ;;
  esac
  case "$sub" in
    "") words="token exec status profiles completion help --profile --format --header --json --wait --version --help" ;;
    token) words="--profile --format --header --json --wait --help" ;;
    exec) words="--profile --wait --help --" ;;
    status) words="--profile --json --wait --help" ;;
    profiles) words="--json --names --wait --help" ;;
    completion) words="bash zsh fish powershell --help" ;;
    help) words="token exec status profiles completion" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _patchworks_token patchworks-token
`,
  zsh: `#compdef patchworks-token
# zsh completion for patchworks-token. Install it with:
#   patchworks-token completion zsh > "\${fpath[1]}/_patchworks-token"   (or eval it in ~/.zshrc after compinit)
_patchworks_token_profiles() {
  local -a names
  names=(\${(f)"$(\${_patchworks_token_command:-patchworks-token} profiles --names 2>/dev/null)"})
  compadd -a names
}
_patchworks_token() {
  local -a target subcommands
  # The command as typed, kept before a subcommand is shifted off $words (the profile lister runs it).
  local _patchworks_token_command=\${words[1]}
  target=('--profile[use this profile]:profile:_patchworks_token_profiles' '--wait[seconds to wait for the app]:seconds:' '(- *)'{-h,--help}'[show help]')
  subcommands=('token:print the token (the default)' 'exec:run a command with the token in its environment'
    'status:show a profile, never its token' 'profiles:list the profiles' 'completion:print a shell completion script'
    'help:show the help of a subcommand')
  if (( CURRENT == 2 )) && [[ \${words[2]} != -* ]]; then
    _describe -t commands 'patchworks-token subcommand' subcommands
    return
  fi
  local sub=token
  if [[ \${words[2]} == (token|exec|status|profiles|completion|help) ]]; then
    sub=\${words[2]}
    shift words
    (( CURRENT-- ))
  fi
  case $sub in
    exec)
      local dashes=\${words[(i)--]}
      if (( CURRENT > dashes )); then
        shift $dashes words
        (( CURRENT -= dashes ))
        _normal
        return
      fi
      _arguments $target ;;
    status) _arguments $target '--json[print JSON]' ;;
    profiles) _arguments '--json[print JSON]' '--names[print the names only]' '--wait[seconds to wait for the app]:seconds:' '(- *)'{-h,--help}'[show help]' ;;
    completion) _arguments '1:shell:(bash zsh fish powershell)' ;;
    help) _arguments '1:subcommand:(token exec status profiles completion)' ;;
    *) _arguments $target '--format[output format]:format:(raw header json env dotenv powershell)' '--header[print the Authorization header]' '--json[print JSON]' '(- *)'{-V,--version}'[print the version]' ;;
  esac
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _patchworks_token "$@"
else
  compdef _patchworks_token patchworks-token
fi
`,
  fish: `# fish completion for patchworks-token. Install it with:
#   patchworks-token completion fish > ~/.config/fish/completions/patchworks-token.fish
set -l subcommands token exec status profiles completion help
complete -c patchworks-token -f
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a token -d 'Print the token (the default)'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a exec -d 'Run a command with the token in its environment'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a status -d 'Show a profile, never its token'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a profiles -d 'List the profiles'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a completion -d 'Print a shell completion script'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -a help -d 'Show the help of a subcommand'
complete -c patchworks-token -n "not __fish_seen_subcommand_from profiles completion help" -l profile -x -a '(command patchworks-token profiles --names 2>/dev/null)' -d 'Use this profile'
complete -c patchworks-token -n "not __fish_seen_subcommand_from completion help" -l wait -x -d 'Seconds to wait for the app'
complete -c patchworks-token -n "not __fish_seen_subcommand_from exec status profiles completion help" -l format -x -a 'raw header json env dotenv powershell' -d 'Output format'
complete -c patchworks-token -n "not __fish_seen_subcommand_from exec status profiles completion help" -l header -d 'Print the Authorization header'
complete -c patchworks-token -n "not __fish_seen_subcommand_from exec completion help" -l json -d 'Print JSON'
complete -c patchworks-token -n "__fish_seen_subcommand_from profiles" -l names -d 'Print the names only'
complete -c patchworks-token -n "not __fish_seen_subcommand_from $subcommands" -s V -l version -d 'Print the version'
complete -c patchworks-token -s h -l help -d 'Show help'
complete -c patchworks-token -n "__fish_seen_subcommand_from completion" -a 'bash zsh fish powershell'
complete -c patchworks-token -n "__fish_seen_subcommand_from help" -a "$subcommands"
complete -c patchworks-token -n "__fish_seen_subcommand_from exec; and contains -- -- (commandline -opc)" -a '(__fish_complete_command)'
`,
  powershell: `# PowerShell completion for patchworks-token. Add this line to $PROFILE:
#   patchworks-token completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName 'patchworks-token', 'patchworks-token.exe' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | ForEach-Object { $_.ToString() })
    if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
    $subcommands = 'token', 'exec', 'status', 'profiles', 'completion', 'help'
    $sub = if ($words.Count -gt 1 -and $subcommands -contains $words[1]) { $words[1] } else { '' }
    $prev = if ($words.Count -gt 0) { $words[-1] } else { '' }
    if ($sub -eq 'exec' -and $words -contains '--') { return }
    $candidates = switch ($prev) {
        '--profile' { try { @(& $words[0] profiles --names 2>$null) } catch { @() }; break }
        '--format' { 'raw', 'header', 'json', 'env', 'dotenv', 'powershell'; break }
        '--wait' { break }
        default {
            switch ($sub) {
                'token' { '--profile', '--format', '--header', '--json', '--wait', '--help' }
                'exec' { '--profile', '--wait', '--help', '--' }
                'status' { '--profile', '--json', '--wait', '--help' }
                'profiles' { '--json', '--names', '--wait', '--help' }
                'completion' { 'bash', 'zsh', 'fish', 'powershell' }
                'help' { $subcommands }
                default {
                    if ($words.Count -le 1) { $subcommands }
                    '--profile', '--format', '--header', '--json', '--wait', '--version', '--help'
                }
            }
        }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
        $text = if ($_ -match '[\\s''"\`$]') { "'" + ($_ -replace "'", "''") + "'" } else { $_ }
        [System.Management.Automation.CompletionResult]::new($text, $_, 'ParameterValue', $_)
    }
}
`,
};

/** The completion script for `shell` (`patchworks-token completion SHELL`). */
export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

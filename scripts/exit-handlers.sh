#!/usr/bin/env bash
# Sourced by the scripts that clean up after themselves. Bash keeps a single EXIT trap, so a sourced piece that set
# its own would silently replace its caller's. Each piece registers a handler here instead; they all run at exit, the
# last registered first, and each sees the script's exit status in EXIT_STATUS.
#
#   source scripts/exit-handlers.sh
#   on_exit cleanup_function

if [[ -z "${_EXIT_HANDLERS_LOADED:-}" ]]; then
  _EXIT_HANDLERS_LOADED=1
  _EXIT_HANDLERS=()
  EXIT_STATUS=0

  on_exit() { # function name
    local handler
    for handler in "${_EXIT_HANDLERS[@]}"; do [[ $handler == "$1" ]] && return 0; done
    _EXIT_HANDLERS+=("$1")
  }

  _run_exit_handlers() {
    EXIT_STATUS=$?
    local index
    for ((index = ${#_EXIT_HANDLERS[@]} - 1; index >= 0; index--)); do
      "${_EXIT_HANDLERS[index]}" || true
    done
    return "$EXIT_STATUS"
  }
  trap _run_exit_handlers EXIT
fi

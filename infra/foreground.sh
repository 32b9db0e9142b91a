#!/bin/sh
# Runs a command as the terminal's foreground job, in its own process group (`pnpm demo`, `pnpm start`).
# Ctrl-C then reaches only the command, which shuts down cleanly and exits 0; without this the
# terminal also interrupts pnpm, and pnpm prints "[ELIFECYCLE] Command failed" for any interrupted
# script, whatever the script's own exit code. Without a terminal (CI, pipes) it just runs the command.
if [ -t 0 ]; then set -m; fi
"$@"
status=$?
exit $status

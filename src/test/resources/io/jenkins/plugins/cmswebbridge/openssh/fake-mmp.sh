#!/bin/sh
# Forced command of the test sshd: stands in for the CMS MMP. Logs the command the client asked
# for, then answers like the MMP does. Restarts fail while a file named fail-restarts exists.
dir=$(dirname "$0")
printf '%s\n' "$SSH_ORIGINAL_COMMAND" >> "$dir/commands.log"
case "$SSH_ORIGINAL_COMMAND" in
    "webbridge restart" | "webbridge3 restart")
        service=${SSH_ORIGINAL_COMMAND% restart}
        if [ -e "$dir/fail-restarts" ]; then
            echo "FAILURE: $service restart failed"
            exit 1
        fi
        echo "SUCCESS: $service restarted"
        ;;
    webbridge | webbridge3)
        echo "Enabled              : true"
        echo "Interface whitelist  : a:443"
        ;;
    *)
        echo "Unknown command"
        exit 1
        ;;
esac

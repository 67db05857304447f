#!/usr/bin/env bash
# Stops HAProxy and the two instances that deploy/run-two.sh started (by their pid files).
exec "$(dirname "$0")/run-two.sh" stop

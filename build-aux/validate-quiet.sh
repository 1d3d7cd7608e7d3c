#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run a validator and fail if it says anything at all: desktop-file-validate prints
# errors yet exits 0, so its exit status alone proves nothing.
output=$("$@" 2>&1)
status=$?
if [ -n "$output" ]; then
  printf '%s\n' "$output"
  [ $status -ne 0 ] || status=1
fi
exit $status

#!/usr/bin/env bash
# Deploys the freshly built war into the configured server and starts it in the foreground.
# Usage: run.sh <jboss.home> <newsrelay.war>
set -euo pipefail
home=$1
war=$2
cp "$war" "$home/standalone/deployments/newsrelay.war"
exec "$home/bin/standalone.sh" -c standalone-full.xml

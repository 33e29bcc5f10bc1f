#!/bin/sh
# cube-init: copies floe's Cube model into the cube-conf volume. Idempotent: copying again
# overwrites the same files with the same content.
set -eu
mkdir -p /cube/conf/model
cp -R /seed/model/. /cube/conf/model/
echo "cube-init: model copied"

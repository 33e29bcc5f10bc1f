#!/bin/sh
# Creates the warehouse bucket Polaris writes to. Idempotent: an existing bucket is kept.
set -eu
bucket="${FLOE_WAREHOUSE_BUCKET:-floe-warehouse}"
if awslocal s3api head-bucket --bucket "$bucket" >/dev/null 2>&1; then
  echo "bucket $bucket exists"
else
  awslocal s3 mb "s3://$bucket"
fi

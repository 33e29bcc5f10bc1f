#!/bin/sh
# polaris-init: creates floe's catalog and a test principal in Polaris, then writes the principal's
# client credentials to $OUTPUT_FILE (polaris-credentials.env) for the tests to read.
# Idempotent: an existing catalog, principal or role grant is kept (HTTP 409 is fine); the principal's
# credentials are rotated when it already exists, so the file always holds working ones.
set -eu

: "${POLARIS_URL:?}" "${POLARIS_ROOT_CLIENT_ID:?}" "${POLARIS_ROOT_CLIENT_SECRET:?}" "${OUTPUT_FILE:?}"
catalog="${FLOE_CATALOG:-floe}"
principal="${FLOE_PRINCIPAL:-floe_test}"
bucket="${FLOE_WAREHOUSE_BUCKET:-floe-warehouse}"
api="$POLARIS_URL/api/management/v1"

token=$(curl -fsS "$POLARIS_URL/api/catalog/v1/oauth/tokens" \
  -d grant_type=client_credentials \
  -d client_id="$POLARIS_ROOT_CLIENT_ID" \
  -d client_secret="$POLARIS_ROOT_CLIENT_SECRET" \
  -d scope=PRINCIPAL_ROLE:ALL | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "polaris-init: no token from $POLARIS_URL" >&2; exit 1; }

# post PATH JSON: POST, accepting 2xx and 409 (already exists); prints the body
post() {
  out=$(mktemp)
  code=$(curl -sS -o "$out" -w '%{http_code}' -X POST "$api$1" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2")
  case "$code" in
    2??|409) cat "$out"; rm -f "$out" ;;
    *) echo "polaris-init: POST $1 answered $code: $(cat "$out")" >&2; rm -f "$out"; exit 1 ;;
  esac
}

post /catalogs "{\"catalog\":{\"name\":\"$catalog\",\"type\":\"INTERNAL\",
  \"properties\":{\"default-base-location\":\"s3://$bucket/\"},
  \"storageConfigInfo\":{\"storageType\":\"S3\",\"allowedLocations\":[\"s3://$bucket/\"],
  \"endpoint\":\"http://localstack:4566\",\"pathStyleAccess\":true,\"stsUnavailable\":true}}}" >/dev/null

created=$(post /principals "{\"principal\":{\"name\":\"$principal\"},\"credentialRotationRequired\":false}")
case "$created" in
  *clientSecret*) creds="$created" ;;
  *) creds=$(post "/principals/$principal/rotate" "{}") ;;
esac
client_id=$(echo "$creds" | sed -n 's/.*"clientId" *: *"\([^"]*\)".*/\1/p')
client_secret=$(echo "$creds" | sed -n 's/.*"clientSecret" *: *"\([^"]*\)".*/\1/p')
[ -n "$client_id" ] && [ -n "$client_secret" ] || { echo "polaris-init: no credentials in answer" >&2; exit 1; }

post /principal-roles "{\"principalRole\":{\"name\":\"${principal}_role\"}}" >/dev/null
curl -fsS -X PUT "$api/principals/$principal/principal-roles" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "{\"principalRole\":{\"name\":\"${principal}_role\"}}" >/dev/null
post "/catalogs/$catalog/catalog-roles" "{\"catalogRole\":{\"name\":\"${principal}_admin\"}}" >/dev/null
curl -fsS -X PUT "$api/catalogs/$catalog/catalog-roles/${principal}_admin/grants" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"grant":{"type":"catalog","privilege":"CATALOG_MANAGE_CONTENT"}}' >/dev/null
curl -fsS -X PUT "$api/principal-roles/${principal}_role/catalog-roles/$catalog" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "{\"catalogRole\":{\"name\":\"${principal}_admin\"}}" >/dev/null

tmp="$OUTPUT_FILE.tmp"
umask 077
{
  echo "# written by polaris-init; read by floe-testing (DockerServices.credentials(\"polaris\"))"
  echo "POLARIS_CLIENT_ID=$client_id"
  echo "POLARIS_CLIENT_SECRET=$client_secret"
  echo "POLARIS_CATALOG=$catalog"
} > "$tmp"
mv "$tmp" "$OUTPUT_FILE"
echo "polaris-init: wrote $OUTPUT_FILE for principal $principal"

#!/usr/bin/env bash
# Prints an HS256 access token like the security module's (iss, sub, iat, exp, jti, token_type=access).
# Usage: mint-jwt.sh <user-uuid> <secret> [lifetime-seconds]. Used only when benchmarking the baseline alone.
set -euo pipefail
user_id=$1 secret=$2 lifetime=${3:-7200}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"fastkit","sub":"%s","iat":%d,"exp":%d,"jti":"%s","token_type":"access"}' \
    "$user_id" "$now" "$((now + lifetime))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"

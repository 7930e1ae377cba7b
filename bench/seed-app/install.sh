#!/usr/bin/env bash
# Installs the seed app's runtime from Debian 12's packages (no pip): FastAPI 0.92, uvicorn 0.17, databases 0.7,
# SQLAlchemy 1.4, asyncpg (what databases uses for postgresql://) and psycopg2 (what SQLAlchemy's create_all uses).
# Idempotent: does nothing when they are all installed. Installing needs root.
set -euo pipefail
PACKAGES=(python3-fastapi python3-uvicorn python3-databases python3-sqlalchemy python3-asyncpg python3-psycopg2)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $EUID -ne 0 ]]; then
  echo "the seed app needs the Debian packages ${missing[*]}: run this script as root" >&2
  exit 1
fi
echo "installing ${missing[*]} (Debian packages)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

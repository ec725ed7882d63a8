#!/bin/sh
# Runs once, when the PostgreSQL container initializes an empty data directory: the two roles of
# README "Configuration (production)" — the owner runs the migrations, the application role only
# what the migrations grant it (SELECT/INSERT on the audit table).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_pw="$CHARTER_DB_OWNER_PASSWORD" -v app_pw="$CHARTER_DB_PASSWORD" <<'SQL'
CREATE ROLE charter_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE charter_app LOGIN PASSWORD :'app_pw';
CREATE DATABASE charter OWNER charter_owner;
SQL

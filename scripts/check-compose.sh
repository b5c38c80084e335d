#!/usr/bin/env bash
# Validates docker-compose.yml against the official Compose Specification JSON schema, without Docker.
# The schema comes from the npm package dclint (it ships compose-spec's schemas/compose.schema.json); the validator
# is Python's jsonschema (Draft 7, as the schema declares) reading the YAML with PyYAML.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$root/docker-compose.yml}"
schema_pkg="dclint@3.1.0"
cache="${COMPOSE_SCHEMA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dangjian-bot/compose-schema}"
schema="$cache/package/schemas/compose.schema.json"

if [[ ! -f "$schema" ]]; then
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent "$schema_pkg" >/dev/null && tar xzf dclint-*.tgz)
fi

# Debian's python3-jsonschema and python3-yaml, or the same modules in whichever python3 comes first.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import jsonschema, yaml' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [[ -z "$python" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema python3-yaml >/dev/null
    python=/usr/bin/python3
  else
    echo "check-compose: needs python3 with jsonschema and yaml (Debian: python3-jsonschema python3-yaml)" >&2
    exit 2
  fi
fi

"$python" - "$schema" "$file" <<'PY'
import json, sys
import jsonschema, yaml

schema_path, compose_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(compose_path, encoding="utf-8") as f:
    document = yaml.safe_load(f)

validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for error in errors:
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    print(f"{compose_path}: {where}: {error.message}", file=sys.stderr)

# What the schema cannot say but docker compose would refuse: a dependency on a service that does not exist,
# and a named volume that is not declared.
services = document.get("services") or {}
volumes = document.get("volumes") or {}
problems = []
for name, service in services.items():
    depends = service.get("depends_on") or {}
    for dependency in (depends if isinstance(depends, list) else depends.keys()):
        if dependency not in services:
            problems.append(f"services/{name}/depends_on: no service named {dependency}")
    for mount in service.get("volumes") or []:
        source = mount.split(":", 1)[0] if isinstance(mount, str) else mount.get("source", "")
        if source and not source.startswith((".", "/", "~", "$")) and source not in volumes:
            problems.append(f"services/{name}/volumes: named volume {source} is not declared under volumes")
for problem in problems:
    print(f"{compose_path}: {problem}", file=sys.stderr)

if errors or problems:
    sys.exit(1)
print(f"{compose_path}: valid against the Compose Specification schema ({len(services)} services)")
PY

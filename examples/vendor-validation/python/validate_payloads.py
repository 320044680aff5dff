"""Validate OpenCity payloads with the published JSON Schemas, from Python, fully offline.

The schemas reference each other by absolute $id (https://w3id.org/opencity/schemas/...). Nothing is fetched:
a `referencing` Registry is built from the schema files shipped in the @opencity/models npm package.

Usage: python3 validate_payloads.py <schemas-dir> <payload.json | payload.ndjson>...
Exit code: 0 when every record is valid, 1 otherwise, 2 on a usage error.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


def load_registry(schemas_dir: pathlib.Path) -> tuple[Registry, dict[str, dict]]:
    """Every schema file becomes a resource under its own $id; entity schemas are also indexed by model name."""
    resources, by_name = [], {}
    for entry in json.loads((schemas_dir / "index.json").read_text(encoding="utf-8")):
        schema = json.loads((schemas_dir / entry["path"]).read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012)))
        by_name[entry["name"]] = schema
    return Registry().with_resources(resources), by_name


def records(path: pathlib.Path):
    """Yields (label, record): NDJSON line by line, a JSON array element by element, or one JSON document."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".ndjson", ".jsonl"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
        return
    value = json.loads(text)
    for index, record in enumerate(value if isinstance(value, list) else [value]):
        yield (f"{path}[{index}]" if isinstance(value, list) else str(path)), record


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    registry, by_name = load_registry(pathlib.Path(argv[0]))
    failures = 0
    for file in argv[1:]:
        for label, record in records(pathlib.Path(file)):
            schema = by_name.get(record.get("type")) if isinstance(record, dict) else None
            if schema is None:
                print(f"{label}: unknown or missing \"type\"")
                failures += 1
                continue
            validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
            errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
            for error in errors:
                print(f"{label}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
            failures += bool(errors)
    print(f"{failures} invalid record(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

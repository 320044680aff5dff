"""Validate OpenCity payloads with the published JSON Schemas, from Python, fully offline.

One file holds the whole contract: opencity.bundle.json (in the @opencity/models npm package under schemas/, in the
repository under schemas/, and on the docs site at its $id). Its $defs hold every schema under its own $id
(https://w3id.org/opencity/schemas/...), so a `referencing` Registry crawled from that one file resolves every
reference; nothing is fetched.

Formats are checked as the OpenCity validators check them: install jsonschema with its format checkers
(pip install -r requirements.txt); `format_checker()` refuses to run without them and tightens the checks where
jsonschema is looser than the contract (e-mail, duration, a newline after a date-time).

Usage: python3 validate_payloads.py <opencity.bundle.json> <payload.json | payload.ndjson>...
Exit code: 0 when every record is valid, 1 otherwise, 2 on a usage error.
"""
import json
import pathlib
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012


# The formats the contract uses; jsonschema checks each only when its library is installed.
CONTRACT_FORMATS = ("date-time", "date", "time", "uri", "email", "duration")
# E-mail: a dot-atom local part @ a host name of two or more labels, ASCII only (jsonschema only looks for an "@").
EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
    re.ASCII | re.IGNORECASE,
)
# Duration: RFC 3339 Appendix A, whole numbers, no sign (isoduration also takes "P1.5D" and "-P1D").
DURATION = re.compile(r"P(?!\Z)(?:(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?|(?:[0-9]+W)?)")


def format_checker() -> FormatChecker:
    """jsonschema's 2020-12 format checks, tightened to the contract's rules; fails when the extras are missing."""
    base = Draft202012Validator.FORMAT_CHECKER
    missing = [name for name in CONTRACT_FORMATS if name not in base.checkers]
    if missing:
        raise RuntimeError(f"jsonschema cannot check {', '.join(missing)}: pip install -r requirements.txt")
    checker = FormatChecker(formats=())
    checker.checkers = dict(base.checkers)

    def tighten(name, rule):
        @checker.checks(name)
        def check(value):
            return not isinstance(value, str) or (base.conforms(value, name) and rule(value))

    # rfc3339-validator matches with `$`, which also accepts a trailing newline.
    tighten("date-time", lambda value: "\n" not in value)
    tighten("time", lambda value: "\n" not in value)
    tighten("email", lambda value: EMAIL.fullmatch(value) is not None)
    tighten("duration", lambda value: DURATION.fullmatch(value) is not None)
    return checker


def load_bundle(bundle_file: pathlib.Path) -> tuple[Registry, dict[str, str]]:
    """The registry of every schema of the bundle, and the $id of each entity type's schema by type name."""
    bundle = json.loads(bundle_file.read_text(encoding="utf-8"))
    registry = Registry().with_resource(bundle["$id"], DRAFT202012.create_resource(bundle)).crawl()
    ids_by_type = {}
    for schema_id, schema in bundle["$defs"].items():
        entity_type = schema.get("properties", {}).get("type", {}).get("const")
        if isinstance(entity_type, str):
            ids_by_type[entity_type] = schema_id
    return registry, ids_by_type


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
    registry, ids_by_type = load_bundle(pathlib.Path(argv[0]))
    checker = format_checker()
    failures = 0
    for file in argv[1:]:
        for label, record in records(pathlib.Path(file)):
            schema_id = ids_by_type.get(record.get("type")) if isinstance(record, dict) else None
            if schema_id is None:
                print(f"{label}: unknown or missing \"type\"")
                failures += 1
                continue
            validator = Draft202012Validator({"$ref": schema_id}, registry=registry, format_checker=checker)
            errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
            for error in errors:
                print(f"{label}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
            failures += bool(errors)
    print(f"{failures} invalid record(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

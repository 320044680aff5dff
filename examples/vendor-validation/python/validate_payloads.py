"""Validate OpenCity payloads with the published JSON Schemas, from Python, fully offline.

The schemas reference each other by absolute $id (https://w3id.org/opencity/schemas/...). Nothing is fetched:
a `referencing` Registry is built from the schema files shipped in the @opencity/models npm package.

Formats are checked as the OpenCity validators check them: install jsonschema with its format extras
(pip install -r requirements.txt: jsonschema[format-nongpl]); `format_checker()` refuses to run without them and
tightens the checks where jsonschema is looser than the contract (e-mail, duration, a newline after a date-time).

Usage: python3 validate_payloads.py <schemas-dir> <payload.json | payload.ndjson>...
Exit code: 0 when every record is valid, 1 otherwise, 2 on a usage error.
"""
import json
import pathlib
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
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
    checker = format_checker()
    failures = 0
    for file in argv[1:]:
        for label, record in records(pathlib.Path(file)):
            schema = by_name.get(record.get("type")) if isinstance(record, dict) else None
            if schema is None:
                print(f"{label}: unknown or missing \"type\"")
                failures += 1
                continue
            validator = Draft202012Validator(schema, registry=registry, format_checker=checker)
            errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
            for error in errors:
                print(f"{label}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
            failures += bool(errors)
    print(f"{failures} invalid record(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

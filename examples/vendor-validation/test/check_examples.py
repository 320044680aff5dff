"""Prints the recipe's verdict (valid or not) on each {id, example} of a list: used by vendor.test.ts to compare the
Python recipe with the OpenCity validators on every schema example."""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "python"))
from validate_payloads import format_checker, load_bundle  # noqa: E402

registry, _ = load_bundle(pathlib.Path(sys.argv[1]))
checker = format_checker()
cases = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
print(json.dumps([
    Draft202012Validator({"$ref": case["id"]}, registry=registry, format_checker=checker).is_valid(case["example"])
    for case in cases
]))

"""Prints the recipe's verdict on each string of a format corpus: used by formats.test.ts (differential test)."""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "python"))
from validate_payloads import format_checker  # noqa: E402

checker = format_checker()
cases = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))["cases"]
print(json.dumps([checker.conforms(case["value"], case["format"]) for case in cases]))

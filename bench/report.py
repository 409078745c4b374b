"""Assemble docs/benchmarks.md from the sections each benchmark writes to docs/benchmarks/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["import.md", "extraction.md", "linking.md", "linking-method.md"]


def assemble() -> Path:
    parts = sorted((ROOT / "docs" / "benchmarks").glob("*.md"),
                   key=lambda p: (ORDER.index(p.name) if p.name in ORDER else len(ORDER), p.name))
    header = ("# Benchmarks\n\nEach section is written by the script it names (its command is in the section); "
              "this file is reassembled by `bench/report.py` from `docs/benchmarks/*.md`.\n")
    body = "\n".join(p.read_text().strip() + "\n" for p in parts)
    target = ROOT / "docs" / "benchmarks.md"
    target.write_text(header + "\n" + body)
    return target


if __name__ == "__main__":
    print(assemble())

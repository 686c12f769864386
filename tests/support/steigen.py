"""Variants of the shipped Steigen example (scenarios/steigen-nord-salten.yaml), written to a
temporary folder with one piece of text replaced."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[2]
SPLIT = ROOT / "scenarios/steigen-nord-salten.yaml"
BASE = ROOT / "scenarios/base/steigen-region.yaml"
OWN_HOURS = (
    "    hours:\n      steigen: # [S124]\n"
    '        - { days: [mon, tue, wed, thu], start: "08:00", end: "22:00" }\n'
    '        - { days: [fri], start: "08:00", end: "15:30" }\n'
)
GAP = (
    '{ days: [sat, sun], start: "08:00", end: "08:00" }',
    '{ days: [sat], start: "08:00", end: "08:00" }',
)


def variant(folder: Path, old: str, new: str, base: tuple[str, str] = ("", "")) -> Path:
    """The split scenario with `old` replaced by `new` (and in its base, `base[0]` by
    `base[1]`), in `folder`."""
    text, region = SPLIT.read_text(encoding="utf-8"), BASE.read_text(encoding="utf-8")
    assert old in text and base[0] in region
    (folder / "base").mkdir(exist_ok=True)
    (folder / "base" / BASE.name).write_text(region.replace(*base) if base[0] else region, "utf-8")
    path = folder / "variant.yaml"
    path.write_text(text.replace(old, new), "utf-8")
    return path

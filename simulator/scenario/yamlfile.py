"""Reading one YAML file safely into plain data plus a map of where each value was written.

libyaml (through PyYAML) parses; `yamlbuild.Builder` turns its events into plain data, refusing
tags other than YAML's plain core types and alias bombs as it goes; scalars are read by the
YAML 1.2 core schema (`yamlscalars`). Files over `MAX_FILE_BYTES` are refused, special files
included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from simulator.reading import UnreadableFile, read_text
from simulator.scenario.problems import ScenarioError
from simulator.scenario.texts import Text
from simulator.scenario.yamlbuild import Builder, Loc, Mark

__all__ = ["MAX_FILE_BYTES", "Document", "Loc", "Mark", "parse_document", "read_document"]

# PyYAML's pure-Python parser gives the same events where libyaml is not installed.
_EventLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class Document:
    """Plain data of a YAML document and the file:line:column of every key and list item."""

    data: Any
    where: dict[Loc, Mark] = field(default_factory=dict)


def read_document(path: Path) -> Document:
    """The document in `path`; any reason it cannot be read is a located problem."""
    try:
        text = read_text(path, MAX_FILE_BYTES, "scenario files")
    except UnreadableFile as error:
        text = Text("unreadable", {"reason": str(error)})
        raise ScenarioError.single(path, text, error.line, error.column) from None
    return parse_document(text, str(path))


def parse_document(text: str, name: str) -> Document:
    """The document in YAML `text`; `name` is the file named in problems."""
    builder = Builder(name)
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            builder.feed(event)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        # libyaml's own words stay English: PyYAML has no other
        words = " ".join(str(part) for part in (error.context, error.problem) if part)
        tab = Text("yaml_tab") if _character_at(text, line, column) == "\t" else ""
        message = Text("yaml_syntax", {"message": Text("with_hint", {"text": words, "hint": tab})})
        raise ScenarioError.single(name, message, line, column) from None
    except yaml.reader.ReaderError as error:  # a control character, found before parsing
        values = {"reason": error.reason, "code": f"{error.character:04x}"}
        message = Text("yaml_control_character", values)
        raise ScenarioError.single(name, message, *_line_column(text, error.position)) from None
    except yaml.YAMLError as error:
        raise ScenarioError.single(name, Text("yaml_syntax", {"message": str(error)})) from None
    except UnicodeEncodeError as error:  # a lone surrogate, only possible in text from Python
        line, column = _line_column(text, error.start)
        raise ScenarioError.single(name, Text("not_unicode"), line, column) from None
    return Document(builder.data, builder.where())


def _line_column(text: str, position: int) -> tuple[int, int]:
    """The 1-based line and column of a 0-based character position."""
    return text.count("\n", 0, position) + 1, position - text.rfind("\n", 0, position)


def _character_at(text: str, line: int, column: int) -> str:
    """The character at a 1-based line and column ('' past the end): libyaml's messages do
    not name it."""
    lines = text.splitlines()
    return lines[line - 1][column - 1 : column] if 0 < line <= len(lines) else ""

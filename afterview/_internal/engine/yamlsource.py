"""YAML loading that remembers the lines of every key and item, so errors can name them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

Path = tuple[str | int, ...]
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 10
QUOTED_VALUE = re.compile(r"""[ \t]*(?:-[ \t]+|[^\s#'"-][^#'"]*?:[ \t]+)(["'])(.*)$""")
# Plain words for the YAML mistakes people make most, keyed by the start of the parser's message.
HINTS = {
    "mapping values are not allowed": "a text contains ': '; put the whole text in quotes or start it with >-",
    "could not find expected ':'": "a line is neither `key: value` nor part of the text above it",
    "found unexpected end of stream": "a quoted text is never closed",
    "did not find expected key": "this line is not indented like the keys around it",
    "did not find expected '-' indicator": "this line is not indented like the list items around it",
    "expected a single document": "one template per file: remove the second `---` and what follows",
    "could not determine a constructor": "tags such as !!python/... are not allowed: write plain values",
}


@dataclass(frozen=True)
class YamlSource:
    """Parsed YAML data, the line of each path's key or item, and the first and last line of its value."""

    data: Any
    lines: dict[Path, int]
    spans: dict[Path, tuple[int, int]]
    text: str = ""

    def line(self, path: Path) -> int:
        """The line of a path, or of its nearest parent that has one (1 for the document)."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def line_of_text(self, path: Path, needle: str) -> int:
        """The line inside a path's value where some text first appears, else the path's own line."""
        first, last = self.spans.get(path, (0, -1))
        source = self.text.split("\n")
        found = (number for number in range(first, last + 1) if needle in source[number - 1])
        return next(found, self.line(path))


class YamlError(ValueError):
    """A YAML document that cannot be read, with the line where the problem is."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(" ".join(message.split()))
        self.line = line


def syntax_error(error: yaml.MarkedYAMLError, text: str) -> YamlError:
    """A parser error in plain words, at the start of what was being read when it applies."""
    context = error.context or ""
    starts_there = context.startswith(("while scanning", "while parsing a flow"))
    mark = error.context_mark if starts_there and error.context_mark else error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    problem = error.problem or context or "the YAML syntax is wrong"
    problem = f"{context} {problem}" if problem.startswith("but ") else problem
    syntax = isinstance(error, (yaml.scanner.ScannerError, yaml.parser.ParserError))
    quote = unclosed_quote(text, line - 1) if syntax else None
    if quote:
        return YamlError(
            f"a quoted text opened on this line is not closed on it (reading stopped on line {line})", quote
        )
    hint = next((words for start, words in HINTS.items() if problem.startswith(start)), "")
    return YamlError(problem + (f" ({hint})" if hint else ""), line)


def unclosed_quote(text: str, before: int) -> int | None:
    """The first line up to `before` whose value opens a quote that the same line does not close."""
    for number, line in enumerate(text.split("\n")[:before], start=1):
        match = QUOTED_VALUE.match(line)
        if match:
            quote, rest = match.group(1), match.group(2).replace("\\\\", "").replace('\\"', "")
            if rest.count(quote) % 2 == 0:
                return number
    return None


def reader_error(error: yaml.reader.ReaderError, text: str) -> YamlError:
    """A character YAML refuses, at the line where it first appears."""
    character = chr(error.character) if isinstance(error.character, int) else str(error.character)
    index = text.find(character)
    line = text.count("\n", 0, index) + 1 if index >= 0 else 1
    return YamlError(f"the character U+{ord(character[:1] or ' '):04X} is not allowed in YAML ({error.reason})", line)


def alias_line(text: str) -> int:
    """The line of the first alias (*name) in a document."""
    events = yaml.parse(text, Loader=Loader)
    marks = (event.start_mark for event in events if isinstance(event, yaml.AliasEvent))
    return next((mark.line + 1 for mark in marks if mark), 1)


def index_nodes(root: yaml.Node, text: str) -> tuple[dict[Path, int], dict[Path, tuple[int, int]]]:
    """Lines of every key and item; refuses aliases, repeated keys and deep nesting."""
    lines: dict[Path, int] = {}
    spans: dict[Path, tuple[int, int]] = {}
    seen: set[int] = set()
    stack: list[tuple[Path, yaml.Node, int]] = [((), root, root.start_mark.line + 1)]
    while stack:
        path, node, line = stack.pop()
        if id(node) in seen:
            raise YamlError(
                "anchors and aliases (&name, *name) are not supported: write the text out", alias_line(text)
            )
        if len(path) > MAX_DEPTH:
            raise YamlError(f"the data is nested more than {MAX_DEPTH} levels deep", line)
        seen.add(id(node))
        lines[path] = line
        end = node.end_mark
        spans[path] = (node.start_mark.line + 1, max(end.line + (end.column > 0), node.start_mark.line + 1))
        children: list[tuple[Path, yaml.Node, int]] = []
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else f"({key_node.id} key)"
                if key in keys:
                    raise YamlError(f"the key `{key}` appears twice (first on line {keys[key]})", key_line)
                keys[key] = key_line
                children.append(((*path, key), value_node, key_line))
        elif isinstance(node, yaml.SequenceNode):
            children = [((*path, index), item, item.start_mark.line + 1) for index, item in enumerate(node.value)]
        stack.extend(reversed(children))
    return lines, spans


def parse_yaml(text: str) -> YamlSource:
    """Parse one YAML document; raise YamlError with a line number when it is malformed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        lines, spans = index_nodes(node, text) if node is not None else ({}, {})
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        raise syntax_error(error, text) from None
    except yaml.reader.ReaderError as error:
        raise reader_error(error, text) from None
    except yaml.YAMLError as error:
        raise YamlError(str(error), 1) from None
    except RecursionError:
        raise YamlError(f"the data is nested more than {MAX_DEPTH} levels deep", 1) from None
    finally:
        loader.dispose()
    return YamlSource(data, lines, spans, text)

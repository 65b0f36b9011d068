"""black's layout of one long logical line of generated code, decided where the line is written.

black (which `generate` still runs once per module, see `formatting.py`) formats a second
time whenever its first pass changed anything, so code that is already black's output costs
half. The templates write most lines as black would; a line that may grow past 100 columns
(a signature, a call, an annotation, a literal from the spec) goes through `lay_out`, which
splits it the way black's line splitter does for the shapes we emit: at the last opening
bracket (the "right-hand split"), the contents on one indented line if they fit, else one
element per line with a trailing comma; collection literals and brackets that end in a comma
always one element per line; black's optional parentheses (around the right-hand side of
`=` and `return`, annotations, conditional expressions, imported names) used or dropped as
black decides. It follows black's own splitting functions step by step (`linegen.py`:
right-hand split with trailers omitted, delimiter split, left-hand split for signatures, the
second opinion with optional parentheses forced), without calling them.
`tests/test_layout.py` holds it to black's output, `tests/test_black_stable.py` every module.
"""

from __future__ import annotations

import io
import re
import tokenize
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

LINE_LENGTH = 100  # formatting.BLACK_MODE's
OPENING, CLOSING = "([{", ")]}"
COMPREHENSION, COMMA, TERNARY, LOGIC, COMPARATOR, DOT = 20, 18, 16, 14, 10, 1
_OPERATORS = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4, "**": 2}
_COMPARATORS = {"<", ">", "==", "!=", "<=", ">=", "in", "is"}
_TOKEN_KINDS = {tokenize.NAME: "name", tokenize.STRING: "string", tokenize.NUMBER: "number"}
_STATEMENT_KEYWORDS = {"def", "async", "class", "if", "elif", "else", "for", "while", "with", "try", "except", "lambda"}
_KEYWORDS = {"return", "in", "if", "else", "and", "or", "not", "is", "lambda", "for", "yield", "await", "assert", "del"}


class CannotSplit(Exception):
    """This way of splitting does not apply to the line (black then tries the next one)."""


@dataclass(eq=False)
class Leaf:
    """One token: its text, the space before it, and for brackets their pair and role."""

    value: str
    prefix: str
    kind: str  # "name", "string", "number", "op", "open", "close"
    role: str = ""  # brackets: "call", "subscript", "atom", "invisible", "parameters"
    partner: Leaf | None = None  # a closing bracket's opening one

    @property
    def width(self) -> int:
        return len(self.prefix) + len(self.value)


@dataclass
class Line:
    leaves: list[Leaf]
    depth: int  # indentation, in levels of four spaces
    inside_brackets: bool = False
    tracked: str = "all"  # black tracks brackets on a split's head only inside pairs, on its tail not at all
    should_split_rhs: bool = False
    delimiters: dict[int, int] = field(default_factory=dict)  # id(leaf) → priority of a split after it
    optional: list[Leaf] = field(default_factory=list)  # optional parentheses outside any bracket, as tracked

    def __post_init__(self) -> None:
        self.track()

    def track(self) -> None:
        """Depths and delimiters as black's bracket tracker marks them."""
        self.delimiters.clear()
        self.optional.clear()
        if self.tracked == "none":
            return
        present = {id(leaf) for leaf in self.leaves} if self.tracked == "head" else None
        depth, previous = 0, None
        lambdas: list[int] = []
        loops: list[int] = []
        for leaf in self.leaves:
            closes_loop = False
            if loops and loops[-1] == depth and leaf.kind == "name" and leaf.value == "in":
                depth -= 1
                loops.pop()
                closes_loop = True
            if lambdas and lambdas[-1] == depth and leaf.value == ":" and leaf.kind == "op":
                depth -= 1
                lambdas.pop()
            if leaf.kind == "close":
                if depth == 0:
                    continue
                depth -= 1
            if depth == 0 and leaf.role == "invisible" and not leaf.value:
                pair = leaf.partner if leaf.kind == "close" else None
                if present is None or (pair is not None and id(pair) in present) or _closed_in(leaf, self.leaves):
                    self.optional.append(leaf)
            if depth == 0 and previous is not None and not closes_loop:
                before = _split_before(leaf, previous, first=self.leaves[0])
                if before:
                    self.delimiters[id(previous)] = before
                elif leaf.value == "," and leaf.kind == "op":
                    self.delimiters[id(leaf)] = COMMA
            elif depth == 0 and leaf.value == "," and leaf.kind == "op":
                self.delimiters[id(leaf)] = COMMA
            if leaf.kind == "open":
                depth += 1
            previous = leaf
            if leaf.kind == "name" and leaf.value == "lambda":
                depth += 1
                lambdas.append(depth)
            elif leaf.kind == "name" and leaf.value == "for":
                depth += 1
                loops.append(depth)
        if self.tracked == "head":
            self.delimiters.clear()

    def __str__(self) -> str:
        if not self.leaves:
            return ""
        first, *rest = self.leaves
        return "    " * self.depth + first.value + "".join(leaf.prefix + leaf.value for leaf in rest)

    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].value in ("from", "import") and self.leaves[0].kind == "name"

    @property
    def is_def(self) -> bool:
        return bool(self.leaves) and self.leaves[0].value in ("def", "async") and self.leaves[0].kind == "name"

    @property
    def magic_trailing_comma(self) -> bool:
        if self.tracked == "none":
            return False
        present = {id(leaf) for leaf in self.leaves}
        for index, leaf in enumerate(self.leaves):
            if leaf.kind == "close" and index and self.leaves[index - 1].value == "," and id(leaf.partner) in present:
                if leaf.value == "}":
                    return True
                if leaf.value == "]" and not (leaf.role == "subscript" and _one_sequence(self.leaves, leaf, index, "[]")):
                    return True
                if leaf.value == ")" and not _one_sequence(self.leaves, leaf, index):
                    return True
        return False

    def max_priority(self, exclude_last: bool = False) -> int:
        last = id(self.leaves[-1]) if exclude_last and self.leaves else None
        priorities = [p for k, p in self.delimiters.items() if k != last]
        if not priorities:
            raise CannotSplit("no delimiters")
        return max(priorities)


def lay_out(text: str, indent: int = 0, kind: str = "statement") -> str:
    """`text`, one logical line of black-spaced code, as black lays it out at `indent` columns.

    `kind`: "statement"; "element", one item of brackets black splits one item per line (it
    ends in a comma); "parameter", such an item in a signature. Returns the lines, each
    indented and ending in a newline.
    """
    if _width(text) + indent <= LINE_LENGTH and not any(close in text for close in (",)", ",]", ",}")):
        return " " * indent + text + "\n"
    leaves = _leaves(text, kind)
    line = Line(leaves, indent // 4, inside_brackets=kind != "statement")
    return "".join(str(part) + "\n" for part in _transform(line))


# -- tokens ---------------------------------------------------------------------------------


def _leaves(text: str, kind: str) -> list[Leaf]:
    leaves: list[Leaf] = []
    stack: list[Leaf] = []
    for prefix, value, token_kind in _tokens(text):
        if token_kind == "op" and value in OPENING:
            leaf = Leaf(value, prefix, "open", _role(value, leaves))
            stack.append(leaf)
        elif token_kind == "op" and value in CLOSING:
            opening = stack.pop()
            leaf = Leaf(value, prefix, "close", opening.role, opening)
        else:
            leaf = Leaf(value, prefix, token_kind)
        leaves.append(leaf)
    return _with_invisible_parentheses(leaves, kind)


_TOKEN = re.compile(
    r"""(?P<prefix>[ ]*)(?:
    (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<number>(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?j?)
    |(?P<name>[^\W\d]\w*)
    |(?P<op>->|\*\*=?|//=?|>>=?|<<=?|:=|[-+*/%&|^@=!<>]=|\.\.\.|[-+*/%&|^@=<>:.,;~()\[\]{}])
    )""",
    re.VERBOSE,
)


def _tokens(text: str) -> list[tuple[str, str, str]]:
    """(space before, text, kind) of each token; the `tokenize` module's reading where a
    line holds something the quick pattern does not know (it is several times slower)."""
    found: list[tuple[str, str, str]] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.lastgroup is None:
            return _python_tokens(text)
        prefix, kind = match.group("prefix"), match.lastgroup
        if found and not prefix and found[-1][2] in ("name", "number") and kind in ("string", "name", "number"):
            return _python_tokens(text)  # a string prefix (f"", b"") or a literal like 0x1f
        found.append((prefix, match.group(kind), kind))
        position = match.end()
    return found


def _python_tokens(text: str) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    end = 0
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
            continue
        found.append((text[end : token.start[1]], token.string, _TOKEN_KINDS.get(token.type, "op")))
        end = token.end[1]
    return found


def _role(value: str, before: list[Leaf]) -> str:
    previous = before[-1] if before else None
    follows_value = previous is not None and (
        previous.kind in ("close", "string") or (previous.kind == "name" and previous.value not in _KEYWORDS)
    )
    if value == "(" and len(before) >= 2 and before[-2].value == "def":
        return "parameters"
    if value == "(" and follows_value:
        return "call"
    if value == "[" and follows_value:
        return "subscript"
    return "atom"


def _with_invisible_parentheses(leaves: list[Leaf], kind: str) -> list[Leaf]:
    """black's optional parentheses: around what follows `=` or `return` in a statement, around
    each annotation of a signature's parameters and around its return annotation."""
    starts: list[int] = []
    ends: dict[int, int] = {}
    if kind == "parameter":
        _parameter_annotations(leaves, -1, starts, ends)
        if starts and starts[-1] not in ends:
            ends[starts[-1]] = len(leaves)
    if kind == "statement" and leaves and leaves[0].value == "from":
        names = next((i + 1 for i, leaf in enumerate(leaves) if leaf.value == "import" and leaf.kind == "name"), None)
        if names is not None and names < len(leaves) and leaves[names].value != "(":
            starts.append(names)
            ends[names] = len(leaves)
    elif kind == "statement" and leaves:
        depth = 0
        annotation = None
        for index, leaf in enumerate(leaves):
            if leaf.kind == "close":
                depth -= 1
            if depth == 0 and index + 1 < len(leaves) and (
                (leaf.value == "=" and leaves[0].value != "def")
                or (leaf.value in ("return", "if", "elif", "while") and index == 0)
                or leaf.value == "->"
            ):
                if annotation is not None:
                    ends[annotation] = index
                    annotation = None
                starts.append(index + 1)
                stop = len(leaves) - (1 if leaf.value in ("->", "if", "elif", "while") else 0)
                ends[index + 1] = stop
            elif depth == 0 and leaf.value == ":" and leaf.kind == "op" and not starts and leaves[0].value not in _STATEMENT_KEYWORDS:
                annotation = index + 1
                starts.append(annotation)
                ends[annotation] = len(leaves)
            if leaf.kind == "open":
                depth += 1
            if leaf.role == "parameters" and leaf.kind == "open":
                _parameter_annotations(leaves, index, starts, ends)
    _conditional_expressions(leaves, starts, ends)
    if not starts:
        return leaves
    result: list[Leaf] = []
    closes: dict[int, list[Leaf]] = {}
    for index, leaf in enumerate(leaves):
        for opening in closes.pop(index, []):
            result.append(Leaf("", "", "close", "invisible", opening))
        if index in starts:
            opening = Leaf("", leaf.prefix, "open", "invisible")
            leaf.prefix = ""
            result.append(opening)
            closes.setdefault(ends[index], []).insert(0, opening)
        result.append(leaf)
    for opening in closes.pop(len(leaves), []):
        result.append(Leaf("", "", "close", "invisible", opening))
    return result


_BEFORE_EXPRESSION = {",", "=", ":", "return", "else", "lambda", "in", "await", "not", "and", "or"}


def _conditional_expressions(leaves: list[Leaf], starts: list[int], ends: dict[int, int]) -> None:
    """black wraps each `a if b else c` in optional parentheses, unless a bracket opens right
    before it (its own, or the optional ones around what follows `=` or `return`)."""
    depths, depth = [], 0
    for leaf in leaves:
        if leaf.kind == "close":
            depth -= 1
        depths.append(depth)
        if leaf.kind == "open":
            depth += 1
    for index, leaf in enumerate(leaves):
        if leaf.kind != "name" or leaf.value != "if" or index == 0:
            continue
        level = depths[index]
        start = index
        while start > 0 and not (
            depths[start - 1] == level and leaves[start - 1].value in _BEFORE_EXPRESSION and leaves[start - 1].kind != "string"
        ) and not (depths[start - 1] < level):
            start -= 1
        end, seen_else = index + 1, False
        while end < len(leaves) and depths[end] >= level:
            if depths[end] == level and leaves[end].value in (",", "for") and leaves[end].kind != "string":
                break
            seen_else = seen_else or (depths[end] == level and leaves[end].value == "else")
            end += 1
        if not seen_else or any(leaves[i].value == "for" and depths[i] == level for i in range(start, index)):
            continue  # the `if` of a comprehension
        if start in starts or (start > 0 and leaves[start - 1].value == "(" and leaves[start - 1].kind == "open"):
            continue
        starts.append(start)
        ends[start] = end
    starts.sort()


def _parameter_annotations(leaves: list[Leaf], opening: int, starts: list[int], ends: dict[int, int]) -> None:
    depth, start = 0, None
    for index in range(opening + 1, len(leaves)):
        leaf = leaves[index]
        if leaf.kind == "open":
            depth += 1
        elif leaf.kind == "close":
            if depth == 0:
                if start is not None:
                    ends[start] = index
                return
            depth -= 1
        elif depth == 0 and leaf.value == ":" and start is None:
            start = index + 1
            starts.append(start)
        elif depth == 0 and leaf.value in (",", "=") and start is not None:
            ends[start] = index
            start = None


def _split_before(leaf: Leaf, previous: Leaf, first: Leaf) -> int:
    """The priority of a split before `leaf` (black's `is_split_before_delimiter`)."""
    if leaf.value == "." and leaf.kind == "op" and previous.kind == "close":
        return DOT
    if leaf.kind == "op" and leaf.value in _OPERATORS:
        binary = previous.kind in ("close", "string", "number") or (previous.kind == "name" and previous.value not in _KEYWORDS)
        return _OPERATORS[leaf.value] if binary else 0
    if leaf.kind == "name" and leaf.value == "for" and leaf is not first:
        return COMPREHENSION
    if leaf.value in _COMPARATORS and leaf.kind in ("op", "name"):
        return 0 if leaf.value == "in" and previous.value == "not" else COMPARATOR
    if leaf.kind == "name" and leaf.value in ("if", "else"):
        return TERNARY
    if leaf.kind == "name" and leaf.value in ("and", "or"):
        return LOGIC
    return 0


def _one_sequence(leaves: list[Leaf], closing: Leaf, index: int, brackets: str = "()") -> bool:
    """Whether the brackets closed at `index` hold one element and a comma: a one-tuple, or
    a subscript of one item (their trailing comma is not black's "magic" one)."""
    if closing.value != brackets[1] or closing.partner is None or closing.partner.value != brackets[0]:
        return False
    opening = closing.partner
    depth, commas = 0, 0
    for leaf in reversed(leaves[:index]):
        if leaf is opening:
            break
        if leaf.kind == "close":
            depth += 1
        elif leaf.kind == "open":
            depth -= 1
        elif depth == 0 and leaf.value == ",":
            if closing.role in ("call", "parameters"):
                return False  # black counts an argument list's comma twice
            commas += 1
    return commas < 2


def _width(text: str) -> int:
    """Columns on a terminal, as black counts them: wide East Asian characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _fits(line: Line) -> bool:
    width = 4 * line.depth
    for index, leaf in enumerate(line.leaves):
        width += _width(leaf.value if index == 0 else leaf.prefix + leaf.value)
        if width > LINE_LENGTH:
            return False
    return True


# -- black's line splitting -----------------------------------------------------------------


def _transform(line: Line) -> list[Line]:
    if not line.should_split_rhs and _fits(line) and not line.magic_trailing_comma:
        return [line]
    if line.is_def:
        splits = [_left_hand_split]
    elif line.inside_brackets:
        splits = [_delimiter_split, _right_hand_split_with_omits]
    else:
        splits = [_right_hand_split_with_omits]
    for split in splits:
        try:
            return _run(line, split)
        except CannotSplit:
            continue
    return [line]


def _run(line: Line, split: Split, force_parentheses: bool = False) -> list[Line]:
    optional = list(line.optional)
    result: list[Line] = []
    for part in split(line, force_parentheses):
        if len(part.leaves) == len(line.leaves) and str(part) == str(line):
            raise CannotSplit("unchanged")
        result += _transform(part)
    if force_parentheses or split is not _right_hand_split_with_omits or not optional:
        return result
    if any(leaf.value for leaf in optional) or _fits(result[0]):
        return result
    copy = Line(_copied(line.leaves), line.depth, line.inside_brackets, line.tracked)
    second = _run(copy, split, force_parentheses=True)
    return second if all(_fits(part) for part in second) else result


def _closed_in(opening: Leaf, leaves: list[Leaf]) -> bool:
    """Whether the line holds the closing bracket of `opening` (black tracks only such pairs on a head)."""
    return opening.kind == "open" and any(leaf.partner is opening for leaf in leaves)


def _copied(leaves: list[Leaf]) -> list[Leaf]:
    copies = {id(leaf): Leaf(leaf.value, leaf.prefix, leaf.kind, leaf.role) for leaf in leaves}
    for leaf in leaves:
        if leaf.partner is not None and id(leaf.partner) in copies:
            copies[id(leaf)].partner = copies[id(leaf.partner)]
    return [copies[id(leaf)] for leaf in leaves]


def _build(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    leaves = list(leaves)
    if leaves:
        leaves[0].prefix = ""
    if component != "body":
        return Line(leaves, original.depth, tracked="head" if component == "head" else "none")
    if original.is_import and leaves and leaves[-1].value != ",":
        leaves.append(Leaf(",", "", "op"))
    elif original.is_def and opening.role == "parameters" and leaves and not _commas_outside_annotations(leaves):
        leaves.append(Leaf(",", "", "op"))
    line = Line(leaves, original.depth + 1, inside_brackets=True)
    if line.leaves and opening.role in ("atom", "invisible", "call", "subscript", "parameters"):
        trailing = line.leaves[-1].value == ","
        try:
            priority = line.max_priority(exclude_last=trailing)
        except CannotSplit:
            priority = 0
        line.should_split_rhs = priority == COMMA and (trailing or opening.role in ("atom", "invisible") or original.is_import)
    return line


def _commas_outside_annotations(leaves: list[Leaf]) -> bool:
    """Whether parameters hold a comma that is not part of an annotation (black then adds
    no trailing comma to a lone parameter)."""
    annotations = 0
    for leaf in leaves:
        if leaf.role == "invisible":
            annotations += 1 if leaf.kind == "open" else -1
        elif leaf.value == "," and leaf.kind == "op" and not annotations:
            return True
    return False


def _left_hand_split(line: Line, force: bool = False) -> Iterator[Line]:
    head: list[Leaf] = []
    body: list[Leaf] = []
    tail: list[Leaf] = []
    current, opening = head, None
    for leaf in line.leaves:
        if current is body and leaf.kind == "close" and leaf.partner is opening:
            current = tail if body else head  # empty brackets: split at the next pair
        current.append(leaf)
        if current is head and leaf.kind == "open" and (leaf.value == "(" or leaf.role == "invisible"):
            opening, current = leaf, body
    if opening is None or not tail:
        raise CannotSplit("no brackets")
    _make_visible(opening, tail[0])
    yield from _checked(_build(head, line, opening, "head"), _build(body, line, opening, "body"), _build(tail, line, opening, "tail"))


def _checked(head: Line, body: Line, tail: Line) -> Iterator[Line]:
    tail_length = len(str(tail).strip())
    if not body.leaves:
        if tail_length == 0:
            raise CannotSplit("same line")
        if tail_length < 3:
            raise CannotSplit("not worth it")
    for part in (head, body, tail):
        if part.leaves:
            yield part


def _make_visible(opening: Leaf, closing: Leaf) -> None:
    if opening.role == "invisible" and not opening.value:
        opening.value, closing.value = "(", ")"


Split = Callable[["Line", bool], Iterator["Line"]]


@dataclass
class _Split:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def _first_right_hand_split(line: Line, omit: set[int]) -> _Split:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening = closing = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.kind == "close" and id(leaf) not in omit:
            opening, closing, current = leaf.partner, leaf, body
    if opening is None or closing is None or not head:
        raise CannotSplit("no brackets")
    split = _Split(
        _build(head[::-1], line, opening, "head"),
        _build(body[::-1], line, opening, "body"),
        _build(tail[::-1], line, opening, "tail"),
        opening,
        closing,
    )
    if not split.body.leaves and len(str(split.tail).strip()) < 3:
        raise CannotSplit("an empty body: not worth a split")
    return split


def _right_hand_split(line: Line, omit: set[int], force: bool) -> Iterator[Line]:
    split = _first_right_hand_split(line, omit)
    yield from _maybe_omitting_optional_parentheses(split, line, omit, force)


def _maybe_omitting_optional_parentheses(split: _Split, line: Line, omit: set[int], force: bool) -> Iterator[Line]:
    if (
        not force
        and split.opening.role == "invisible"
        and not split.opening.value
        and not line.is_import
        and _can_omit_invisible(split)
    ):
        omitted = {id(split.closing), *omit}
        try:
            other = _first_right_hand_split(line, omitted)
            if _prefer_omitting(other, split):
                yield from _maybe_omitting_optional_parentheses(other, line, omitted, force)
                return
        except CannotSplit:
            if not (len(split.body.leaves) >= 2) and not _fits(split.body):
                raise
    _make_visible(split.opening, split.closing)
    for part in (split.head, split.body, split.tail):
        if part.leaves:
            yield part


def _prefer_omitting(other: _Split, split: _Split) -> bool:
    head = split.head.leaves
    if not (len(head) >= 2 and head[-2].value == "="):
        return True
    if not any(leaf.kind in ("open", "close") for leaf in head[:-1]):
        return True
    if _width(str(split.head)) > LINE_LENGTH - 1:
        return True
    if split.head.magic_trailing_comma:
        return True
    closing_after_assign = False
    for leaf in reversed(other.head.leaves):
        if leaf.value == "=":
            break
        if leaf.kind == "close":
            closing_after_assign = True
            break
    return closing_after_assign or (any(leaf.value == "=" for leaf in other.head.leaves) and _fits(other.head))


def _can_omit_invisible(split: _Split) -> bool:
    line = split.body
    if not line.delimiters:
        return True
    priority = line.max_priority()
    if sum(1 for p in line.delimiters.values() if p == priority) > 1:
        return False
    if priority == DOT:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if first.kind == "open" and second.kind != "close" and _can_omit_opening(line, first):
        return True
    last, penultimate = line.leaves[-1], line.leaves[-2]
    if last.value in (")", "}") or (last.value == "]" and last.role != "subscript"):
        if penultimate.kind == "open":
            return False
        if _can_omit_closing(line, last):
            return True
    return False


def _can_omit_opening(line: Line, first: Leaf) -> bool:
    remainder, length = False, 4 * line.depth
    for index, leaf in enumerate(line.leaves):
        if leaf.kind == "close" and leaf.partner is first:
            remainder = True
        if remainder:
            length += leaf.width
            if length > LINE_LENGTH:
                return False
            if leaf.kind == "open":
                remainder = False
    return True


def _can_omit_closing(line: Line, last: Leaf) -> bool:
    length, seen_other = 4 * line.depth, False
    for leaf in line.leaves:
        length += leaf.width
        if leaf is last.partner:
            if seen_other or length <= LINE_LENGTH:
                return True
        elif leaf.kind == "open":
            seen_other = True
    return False


def _trailers_to_omit(line: Line) -> Iterator[set[int]]:
    omit: set[int] = set()
    if not line.magic_trailing_comma:
        yield set(omit)
    length = 4 * line.depth
    opening = closing = None
    inner: set[int] = set()
    leaves = line.leaves
    for index in range(len(leaves) - 1, -1, -1):
        leaf = leaves[index]
        length += leaf.width
        if length > LINE_LENGTH:
            break
        previous = leaves[index - 1] if index > 0 else None
        if opening is not None:
            if leaf is opening:
                opening = None
            elif leaf.kind == "close":
                if previous is not None and previous.value == "," and not _one_sequence(leaves, leaf, index):
                    break
                inner.add(id(leaf))
        elif leaf.kind == "close":
            if previous is not None and previous.kind == "open":
                inner.add(id(leaf))
                continue
            if closing is not None:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield set(omit)
            if previous is not None and previous.value == "," and not _one_sequence(leaves, leaf, index):
                break
            if leaf.value:
                opening, closing = leaf.partner, leaf


def _right_hand_split_with_omits(line: Line, force: bool = False) -> Iterator[Line]:
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target = next((l.partner for l in reversed(line.leaves) if l.kind == "close" and id(l) not in omit), None)
            if target is not None and target.value and _columns_before(line, target) > LINE_LENGTH:
                continue  # the head would be too long anyway
        lines = list(_right_hand_split(line, omit, force))
        if first_lines is None and not omit:
            first_lines = lines
        if _fits(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from _right_hand_split(line, set(), force)


def _columns_before(line: Line, target: Leaf) -> int:
    length = 4 * line.depth
    for leaf in line.leaves:
        if leaf is target:
            return length
        length += leaf.width
    return 0


def _delimiter_split(line: Line, force: bool = False) -> Iterator[Line]:
    if not line.leaves:
        raise CannotSplit("empty")
    priority = line.max_priority(exclude_last=True)
    if priority == DOT and sum(1 for p in line.delimiters.values() if p == DOT) == 1:
        raise CannotSplit("a single attribute")
    current: list[Leaf] = []
    for leaf in line.leaves:
        current.append(leaf)
        if line.delimiters.get(id(leaf)) == priority:
            yield _element(current, line)
            current = []
    if current:
        if priority == COMMA and current[-1].value != ",":
            current.append(Leaf(",", "", "op"))
        yield _element(current, line)


def _element(leaves: list[Leaf], line: Line) -> Line:
    leaves[0].prefix = ""
    return Line(leaves, line.depth, line.inside_brackets)

r"""Markdown for entry bodies and materials, as partners type it in a spreadsheet.

A spreadsheet cell cannot hold StreamField blocks, so the entry exchange writes
an entry's body and its materials as text in the small Markdown dialect below.
This module turns that text into the raw StreamField data of
``content_blocks.blocks.BodyBlock`` and ``MaterialBlock``, and turns stored
blocks back into text. Exporting blocks and importing the text gives back the
same blocks; text that has been through the conversion once comes out
unchanged the next time.

The dialect
===========

Running text (``paragraph`` blocks)
    Paragraphs are separated by a blank line; a line break inside a paragraph
    stays a line break. Within the text: ``**bold**``, ``*italic*`` and
    ``[words](https://example.org)``. Links may point to http, https and mailto
    addresses, or to a document of the package: ``[the guide](files/guide.pdf)``.
    A line starting with ``- `` is a bulleted list item, ``1. `` a numbered one;
    indenting an item under another nests it. Paragraphs and lists that follow
    each other make up one paragraph block. Everything typed is text, never
    HTML; a backslash before a punctuation mark keeps the mark as text
    (``\*``, ``\[``, ``\-``).

Headings
    ``## Section heading`` and ``### Sub-heading``.

Quotes
    Lines starting with ``>``. A last line ``> -- who`` (two hyphens or an em
    dash) says who said it.

Images
    ``![alternative text](files/pic.png "optional caption")`` on a line of its
    own. The alternative text is required.

Structured blocks
    Written between a line ``::: name`` and a line ``:::``::

        ::: video https://www.youtube.com/watch?v=...
        caption: What the film shows
        transcript: https://example.org/transcript
        :::
        ::: document files/guide.pdf
        title: Title shown instead of the file's own
        description: What the document is for
        :::
        ::: links Optional heading
        - [Title](https://example.org): optional description
        :::
        ::: facts
        - Participants: 90 pupils a year
        :::
        ::: steps Optional heading
        1. Step title: what to do
        :::
        ::: outcomes
        - 4 in 5: pupils moved up a year on time
        :::

    A value that needs several lines (a step, a description) goes on, after
    its first line, on lines indented under it. A colon followed by a space
    ends a label; write ``\:`` to keep one inside a label.

Materials (``MaterialBlock``)
    One item a line: ``- [Title](files/guide.pdf): description`` for a document
    of the package (title and description may be left out, as in
    ``- [](files/guide.pdf)``), ``- [Title](https://example.org): description``
    for a web page.

Windows line ends, indentation of the whole cell and spaces at the ends of
lines make no difference. Mistakes raise :class:`MarkdownProblem`, whose
message names the line and says how to put it right. Lengths are not checked
here: the caller validates the resulting StreamField with the block's
``clean``.

Round trips
===========

Block ids are not written, so "the same blocks" means equal after
``to_python`` and ``get_prep_value`` with the ids left out. What the dialect
cannot say is normalised on export, once: consecutive paragraph blocks become
one; rich text keeps only bold, italic, links, lists and line breaks (the
``data-block-key`` attributes the editor adds are dropped, as are empty
paragraphs and spaces at the edges of lines or of formatting); a link to a page
is written as the page's address, and a link the dialect does not allow keeps
only its words; a decorative image is written without alternative text, which
the import then asks for. Blocks whose image or document has been deleted are
left out.
"""

import html
import re
import string
import textwrap
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import groupby
from operator import attrgetter

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

ALLOWED_SCHEMES = {"http", "https", "mailto"}
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
# Browsers ignore control characters and spaces inside a scheme, so
# "java script:" must be recognised as "javascript:".
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]")
PUNCTUATION = frozenset(string.punctuation)

HEADING = re.compile(r"^(#+)(?:\s+(.*))?$")
LIST_ITEM = re.compile(r"^(\s*)(-|\d+\.)\s+(\S.*)$")
ITEM = re.compile(r"^(?:-|\d+\.)\s+(.*)$", re.DOTALL)
FIELD = re.compile(r"^([a-z]+)\s*:(.*)$", re.IGNORECASE | re.DOTALL)
DIRECTIVE = re.compile(r"^:::\s*(\S*)\s*(.*)$")
ATTRIBUTION = re.compile(r"^(?:--|—)\s*(.*)$")
ESCAPED_ATTRIBUTION = re.compile(r"^\\+(?:--|—)")
CAPTIONED = re.compile(r'^(.*?)(?:\s+"((?:[^"\\]|\\.)*)")?$', re.DOTALL)
ESCAPE = re.compile(r"\\([" + re.escape(string.punctuation) + "])")
HTML_LINE_BREAKS = re.compile(r"[\r\n\t]")
EMPTY_LINE = re.compile(r"\n[^\S\n]*\n\s*")

BOLD_TAGS = {"b", "strong"}
ITALIC_TAGS = {"i", "em"}
LIST_TAGS = {"ul", "ol"}
INLINE_TAGS = BOLD_TAGS | ITALIC_TAGS | {"a", "br", "span", "u", "code", "sub", "sup"}
SILENT_TAGS = {"script", "style"}
VOID_TAGS = {"br", "img", "embed", "hr", "wbr", "input", "meta", "link"}


class MarkdownProblem(ValueError):
    """Text that cannot be converted.

    ``message`` is translated and says what is wrong and how to fix it;
    ``line`` is the 1-based line in the cell, or None.
    """

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line


def _problem(number, message, **values):
    return MarkdownProblem(message % {"line": number, **values}, line=number)


# Public API -----------------------------------------------------------------


def markdown_to_body(text, resolve_file):
    """Raw StreamField data for BodyBlock (list of {"type", "value"})."""
    return _BodyReader(text, resolve_file).read()


def body_to_markdown(stream_value, file_path):
    """stream_value: an entry's ``body`` (a StreamValue) or raw list."""
    blocks = _raw_blocks(stream_value)
    files = _Files.for_blocks(blocks, file_path)
    parts = [_block_markdown(block, files) for block in blocks]
    return "\n\n".join(part for part in parts if part)


def markdown_to_materials(text, resolve_file):
    """Raw StreamField data for MaterialBlock."""
    message = _(
        "Line %(line)s: write each material as “- [Title](files/guide.pdf): "
        "description” or “- [Title](https://…): description”."
    )
    return [
        _material(number, content, resolve_file, message)
        for number, content in _items(_entries(_lines(text)), message)
    ]


def materials_to_markdown(stream_value, file_path):
    blocks = _raw_blocks(stream_value)
    files = _Files.for_blocks(blocks, file_path)
    lines = []
    for block in blocks:
        lines.extend(_material_lines(block, files))
    return "\n".join(lines)


# Lines and entries ------------------------------------------------------------


@dataclass
class _Line:
    number: int
    text: str

    @property
    def stripped(self):
        return self.text.strip()

    @property
    def indent(self):
        return len(self.text) - len(self.text.lstrip())


@dataclass
class _Entry:
    """One item of a list or one field, with its continuation lines."""

    number: int
    text: str


def _lines(text):
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = textwrap.dedent(text)
    return [
        _Line(number, line.rstrip()) for number, line in enumerate(text.split("\n"), 1)
    ]


def _dedent(lines):
    margin = min((line.indent for line in lines if line.stripped), default=0)
    return [_Line(line.number, line.text[margin:]) for line in lines]


def _entries(lines):
    entries = []
    blank_lines = 0
    for line in _dedent(lines):
        if not line.stripped:
            blank_lines += 1
            continue
        if entries and line.indent:
            # Blank lines count only when the value goes on after them.
            entries[-1].text += "\n" * (blank_lines + 1) + line.stripped
        else:
            entries.append(_Entry(line.number, line.stripped))
        blank_lines = 0
    return entries


def _items(entries, message):
    items = []
    for entry in entries:
        match = ITEM.match(entry.text)
        if not match:
            raise _problem(entry.number, message)
        items.append((entry.number, match[1].strip()))
    return items


def _block_start(text):
    """Which block a line opens, or None for running text."""
    stripped = text.strip()
    if stripped.startswith(":::"):
        return "directive"
    if HEADING.match(stripped):
        return "heading"
    if stripped.startswith(">"):
        return "quote"
    if stripped.startswith("!["):
        return "image"
    if LIST_ITEM.match(text):
        return "list"
    return None


# Escaping -----------------------------------------------------------------------


def _unescape(text):
    return ESCAPE.sub(r"\1", text)


def _escape(text, characters):
    return "".join(
        f"\\{char}" if char in characters or char == "\\" else char for char in text
    )


def _escape_target(text, characters=""):
    if not _balanced(text):
        characters += "()"
    return _escape(text, characters)


def _balanced(text):
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _escape_label(text):
    return re.sub(r":(?=\s|$)", r"\\:", text.replace("\\", "\\\\"))


def _protect_line(line):
    """Keep a line of running text from being read as the start of a block."""
    kind = _block_start(line)
    if kind is None:
        return line
    if kind == "list" and line[0].isdigit():
        return re.sub(r"^(\d+)\.", r"\1\\.", line)
    return "\\" + line


# Links ------------------------------------------------------------------------


@dataclass
class _Link:
    label: str
    target: str
    end: int


def _scan_link(text, start):
    """The ``[label](target)`` starting at ``start``, or None."""
    close = _find_unescaped(text, "]", start + 1)
    if close is None or not text.startswith("(", close + 1):
        return None
    depth = 0
    position = close + 2
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 1
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")":
            return _Link(
                text[start + 1 : close], text[close + 2 : position], position + 1
            )
        position += 1
    return None


def _find_unescaped(text, wanted, position):
    while position < len(text):
        if text[position] == "\\":
            position += 1
        elif text[position] == wanted:
            return position
        position += 1
    return None


def _scheme(address):
    match = SCHEME.match(IGNORED_IN_SCHEME.sub("", address))
    return match[1].lower() if match else None


def _web_address(address, number, files_allowed=False):
    if _scheme(address) in ALLOWED_SCHEMES:
        return address
    if files_allowed:
        message = _(
            "Line %(line)s: the link to “%(address)s” cannot be used. A link goes "
            "to an address starting with http://, https:// or mailto:, or to a "
            "file of the package such as files/guide.pdf."
        )
    else:
        message = _(
            "Line %(line)s: “%(address)s” is not a web address. Write it in full, "
            "starting with https://."
        )
    raise _problem(number, message, address=address)


def _resolve(resolve_file, path, kind, number):
    try:
        return resolve_file(path, kind)
    except MarkdownProblem as problem:
        if problem.line is not None:
            raise
        message = _("Line %(line)s: %(problem)s")
        raise _problem(number, message, problem=problem.message) from problem


def _split_label(text):
    """``Label: value`` as (label, value), or None without a separator."""
    position = 0
    while position < len(text) and text[position] != "\n":
        following = text[position + 1 : position + 2]
        if text[position] == "\\":
            position += 1
        elif text[position] == ":" and (not following or following.isspace()):
            return _unescape(text[:position]).strip(), text[position + 1 :].strip()
        position += 1
    return None


def _link_item(content, number, message):
    """``[Title](target): description`` as (title, target, description)."""
    link = _scan_link(content, 0) if content.startswith("[") else None
    rest = content[link.end :].strip() if link else ""
    if link is None or (rest and not rest.startswith(":")):
        raise _problem(number, message)
    target = _unescape(link.target).strip()
    if not target:
        raise _problem(number, message)
    return _unescape(link.label).strip(), target, rest[1:].strip()


def _list_items(values):
    """ListBlock children in the block format Wagtail 7 stores."""
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values
    ]


# Running text: Markdown to rich text HTML ---------------------------------------


@dataclass(frozen=True)
class _Segment:
    """A stretch of text with the same formatting and link."""

    text: str
    bold: bool = False
    italic: bool = False
    target: object = None


@dataclass
class _Piece:
    text: str
    bold: bool
    italic: bool
    target: object
    marker: str | None = None


class _InlineParser:
    """Reads bold, italic and links in the text of one paragraph or list item.

    Formatting is tracked as a state that ``*`` and ``**`` switch on and off,
    the way the editor stores it; a marker that is never closed is kept as
    text.
    """

    MARKERS = {"bold": "**", "italic": "*"}

    def __init__(self, resolve_file, first_line):
        self.resolve_file = resolve_file
        self.first_line = first_line
        self.pieces = []
        self.state = {"bold": False, "italic": False}
        self.opened = {}

    def parse(self, text):
        self._scan(text, None)
        return self._finish()

    def _scan(self, text, target):
        position = 0
        while position < len(text):
            position = self._step(text, position, target)

    def _step(self, text, position, target):
        char, following = text[position], text[position + 1 : position + 2]
        if char == "\\" and following in PUNCTUATION:
            self._add(following, target)
            return position + 2
        if char == "*":
            return self._stars(text, position, target)
        # Links do not nest: inside a link's words a bracket is text.
        link = _scan_link(text, position) if char == "[" and target is None else None
        if link is None:
            self._add(char, target)
            return position + 1
        number = self.first_line + text.count("\n", 0, position)
        self._scan(link.label, self._target(link.target, number))
        return link.end

    def _target(self, raw, number):
        address = _unescape(raw).strip()
        if not address:
            message = _(
                "Line %(line)s: a link has no address. Write it as "
                "“[words](https://…)”."
            )
            raise _problem(number, message)
        if _scheme(address) is not None:
            return ("url", _web_address(address, number, files_allowed=True))
        document = _resolve(self.resolve_file, address, "document", number)
        return ("document", document.pk)

    def _stars(self, text, position, target):
        end = position
        while end < len(text) and text[end] == "*":
            end += 1
        count = end - position
        before, after = text[position - 1 : position], text[end : end + 1]
        # Like Markdown: "5 * 3" is text, a marker touches the words it formats.
        if before and not before.isspace():
            count = self._close(count, target)
        if count and after and not after.isspace():
            count = self._open(count, target)
        self._add("*" * count, target)
        return end

    def _close(self, count, target):
        while count:
            if self.state["italic"] and (count != 2 or not self.state["bold"]):
                self._switch("italic", target)
                count -= 1
            elif self.state["bold"] and count >= 2:
                self._switch("bold", target)
                count -= 2
            else:
                break
        return count

    def _open(self, count, target):
        while count:
            if count >= 2 and not self.state["bold"]:
                self._switch("bold", target)
                count -= 2
            elif not self.state["italic"]:
                self._switch("italic", target)
                count -= 1
            else:
                break
        return count

    def _switch(self, mark, target):
        marker = _Piece(self.MARKERS[mark], **self.state, target=target, marker=mark)
        self.pieces.append(marker)
        if self.state[mark]:
            del self.opened[mark]
        else:
            self.opened[mark] = len(self.pieces) - 1
        self.state[mark] = not self.state[mark]

    def _add(self, text, target):
        if text:
            self.pieces.append(_Piece(text, **self.state, target=target))

    def _finish(self):
        for mark, index in self.opened.items():
            self.pieces[index].marker = None
            for piece in self.pieces[index + 1 :]:
                setattr(piece, mark, False)
        segments = [
            _Segment(piece.text, piece.bold, piece.italic, piece.target)
            for piece in self.pieces
            if piece.marker is None
        ]
        return _merge(segments)


def _merge(segments):
    merged = []
    for key, group in groupby(segments, key=attrgetter("bold", "italic", "target")):
        merged.append(_Segment("".join(s.text for s in group), *key))
    return [segment for segment in merged if segment.text]


def _inline_html(segments):
    """Wagtail's stored form: the link outside, then bold, then italic."""
    parts = []
    for target, group in groupby(segments, key=attrgetter("target")):
        inner = _styled_html(list(group), (("bold", "b"), ("italic", "i")))
        parts.append(inner if target is None else f"{_anchor(target)}{inner}</a>")
    return "".join(parts)


def _styled_html(segments, styles):
    if not styles:
        return "".join(
            html.escape(segment.text, quote=False).replace("\n", "<br/>")
            for segment in segments
        )
    (attribute, tag), inner_styles = styles[0], styles[1:]
    parts = []
    for on, group in groupby(segments, key=attrgetter(attribute)):
        inner = _styled_html(list(group), inner_styles)
        parts.append(f"<{tag}>{inner}</{tag}>" if on else inner)
    return "".join(parts)


def _anchor(target):
    kind, value = target
    if kind == "document":
        return f'<a linktype="document" id="{value}">'
    return f'<a href="{html.escape(value, quote=True)}">'


@dataclass
class _ListItem:
    number: int
    indent: int
    ordered: bool
    lines: list
    children: list = field(default_factory=list)


def _nest(items):
    roots, stack = [], []
    for item in items:
        while stack and item.indent <= stack[-1].indent:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


# The body: Markdown to blocks ----------------------------------------------------


class _BodyReader:
    def __init__(self, text, resolve_file):
        self.lines = _lines(text)
        self.position = 0
        self.resolve_file = resolve_file
        self.blocks = []
        self.rich_text = []

    def read(self):
        readers = {
            "directive": self._directive,
            "heading": self._heading,
            "quote": self._quote,
            "image": self._image,
        }
        while self.position < len(self.lines):
            line = self.lines[self.position]
            kind = _block_start(line.text)
            if not line.stripped:
                self.position += 1
            elif kind == "list":
                self.rich_text.append(self._list())
            elif kind is None:
                self.rich_text.append(self._paragraph())
            else:
                self._end_rich_text()
                self.blocks.append(readers[kind]())
        self._end_rich_text()
        return self.blocks

    def _end_rich_text(self):
        if self.rich_text:
            self.blocks.append({"type": "paragraph", "value": "".join(self.rich_text)})
            self.rich_text = []

    def _next(self):
        line = self.lines[self.position]
        self.position += 1
        return line

    def _current(self):
        return self.lines[self.position] if self.position < len(self.lines) else None

    def _inline(self, number, texts):
        parser = _InlineParser(self.resolve_file, number)
        return _inline_html(parser.parse("\n".join(texts)))

    # Running text

    def _paragraph(self):
        first = self._current()
        texts = []
        while (
            (line := self._current()) and line.stripped and not _block_start(line.text)
        ):
            texts.append(self._next().stripped)
        return f"<p>{self._inline(first.number, texts)}</p>"

    def _list(self):
        items = []
        while line := self._current():
            match = LIST_ITEM.match(line.text)
            if not line.stripped and not self._list_goes_on():
                break
            if match:
                ordered = match[2] != "-"
                items.append(_ListItem(line.number, len(match[1]), ordered, [match[3]]))
            elif line.stripped and _block_start(line.text) is None:
                items[-1].lines.append(line.stripped)
            elif line.stripped:
                break
            self.position += 1
        return self._lists_html(_nest(items))

    def _list_goes_on(self):
        for line in self.lines[self.position :]:
            if line.stripped:
                return bool(LIST_ITEM.match(line.text))
        return False

    def _lists_html(self, items):
        parts = []
        for ordered, group in groupby(items, key=attrgetter("ordered")):
            tag = "ol" if ordered else "ul"
            entries = "".join(
                f"<li>{self._inline(item.number, item.lines)}"
                f"{self._lists_html(item.children)}</li>"
                for item in group
            )
            parts.append(f"<{tag}>{entries}</{tag}>")
        return "".join(parts)

    # Headings, quotes and images

    def _heading(self):
        line = self._next()
        match = HEADING.match(line.stripped)
        if len(match[1]) not in (2, 3):
            message = _(
                "Line %(line)s: start a section heading with “## ” and a "
                "sub-heading with “### ”."
            )
            raise _problem(line.number, message)
        text = (match[2] or "").strip()
        if not text:
            raise _problem(line.number, _("Line %(line)s: the heading has no text."))
        level = f"h{len(match[1])}"
        return {"type": "heading", "value": {"text": text, "level": level}}

    def _quote(self):
        first = self._current()
        lines = []
        while (line := self._current()) and line.stripped.startswith(">"):
            lines.append(self._next().stripped[1:].strip())
        attribution = ""
        if lines and (match := ATTRIBUTION.match(lines[-1])):
            attribution = match[1].strip()
            lines.pop()
        lines = [
            line[1:] if ESCAPED_ATTRIBUTION.match(line) else line for line in lines
        ]
        quote = "\n".join(lines).strip("\n")
        if not quote:
            message = _(
                "Line %(line)s: the quote has no text. Write it on lines starting "
                "with “> ”."
            )
            raise _problem(first.number, message)
        return {"type": "quote", "value": {"quote": quote, "attribution": attribution}}

    def _image(self):
        line = self._next()
        text = line.stripped
        link = _scan_link(text, 1)
        message = _(
            "Line %(line)s: write an image on a line of its own as "
            '“![alternative text](files/picture.png "caption")”.'
        )
        if link is None or link.end != len(text):
            raise _problem(line.number, message)
        match = CAPTIONED.match(link.target.strip())
        path = _unescape(match[1]).strip()
        if not path:
            raise _problem(line.number, message)
        alt_text = _unescape(link.label).strip()
        if not alt_text:
            missing = _(
                "Line %(line)s: the image has no alternative text. Describe what "
                "it shows between the square brackets: “![A teacher reading with "
                "two pupils](%(path)s)”."
            )
            raise _problem(line.number, missing, path=path)
        image = _resolve(self.resolve_file, path, "image", line.number)
        value = {"image": image.pk, "alt_text": alt_text, "decorative": False}
        caption = _unescape(match[2] or "").strip()
        return {"type": "image", "value": {"image": value, "caption": caption}}

    # Structured blocks

    def _directive(self):
        header = self._next()
        match = DIRECTIVE.match(header.stripped)
        name, rest = match[1].lower(), match[2].strip()
        builders = {
            "video": self._video,
            "document": self._document,
            "links": self._links,
            "facts": self._facts,
            "steps": self._steps,
            "outcomes": self._outcomes,
        }
        if not name:
            message = _(
                "Line %(line)s: this “:::” closes no block. Remove it, or start a "
                "block with its name, such as “::: facts”."
            )
            raise _problem(header.number, message)
        if name not in builders:
            message = _(
                "Line %(line)s: there is no block called “::: %(name)s”. The blocks "
                "are: %(names)s."
            )
            names = ", ".join(f"“::: {known}”" for known in builders)
            raise _problem(header.number, message, name=match[1], names=names)
        body = self._directive_body(header, name)
        return builders[name](_Directive(header.number, name, rest, _entries(body)))

    def _directive_body(self, header, name):
        body = []
        while True:
            line = self._current()
            if line is None or (
                line.stripped.startswith(":::") and line.stripped != ":::"
            ):
                message = _(
                    "Line %(line)s: the block “::: %(name)s” is not closed with “:::”."
                )
                raise _problem(header.number, message, name=name)
            self.position += 1
            if line.stripped == ":::":
                return body
            body.append(line)

    def _video(self, directive):
        fields = directive.fields({"caption", "transcript"})
        if not directive.rest:
            message = _(
                "Line %(line)s: write the address of the video after “::: video”, "
                "for example “::: video https://www.youtube.com/watch?v=…”."
            )
            raise _problem(directive.number, message)
        transcript = fields.get("transcript", "")
        if transcript:
            _web_address(transcript, directive.number)
        value = {
            "video": _web_address(directive.rest, directive.number),
            "caption": fields.get("caption", ""),
            "transcript": transcript,
        }
        return {"type": "video", "value": value}

    def _document(self, directive):
        fields = directive.fields({"title", "description"})
        if not directive.rest:
            message = _(
                "Line %(line)s: write the file after “::: document”, for example "
                "“::: document files/guide.pdf”."
            )
            raise _problem(directive.number, message)
        document = _resolve(
            self.resolve_file, directive.rest, "document", directive.number
        )
        value = {
            "document": document.pk,
            "title": fields.get("title", ""),
            "description": fields.get("description", ""),
        }
        return {"type": "document", "value": value}

    def _links(self, directive):
        message = _(
            "Line %(line)s: write each link as “- [Title](https://…): description”; "
            "the description may be left out."
        )
        links = []
        for number, content in directive.items(message):
            title, url, description = _link_item(content, number, message)
            if not title:
                raise _problem(number, message)
            url = _web_address(url, number)
            links.append({"title": title, "url": url, "description": description})
        value = {"heading": directive.rest, "links": _list_items(links)}
        return {"type": "link_list", "value": value}

    def _facts(self, directive):
        message = _(
            "Line %(line)s: write each fact as “- Label: value”, for example "
            "“- Participants: 90 pupils a year”."
        )
        facts = directive.labelled(message, "label", "value", heading=False)
        return {"type": "key_facts", "value": {"facts": facts}}

    def _steps(self, directive):
        message = _("Line %(line)s: write each step as “1. Step title: what to do”.")
        steps = directive.labelled(message, "title", "text", heading=True)
        value = {"heading": directive.rest, "steps": steps}
        return {"type": "adaptation_steps", "value": value}

    def _outcomes(self, directive):
        message = _(
            "Line %(line)s: write each outcome as “- Figure: what it measures”, for "
            "example “- 4 in 5: pupils moved up a year on time”."
        )
        outcomes = directive.labelled(message, "figure", "description", heading=False)
        return {"type": "outcomes", "value": {"outcomes": outcomes}}


@dataclass
class _Directive:
    number: int
    name: str
    rest: str
    entries: list

    def fields(self, allowed):
        values = {}
        for entry in self.entries:
            match = FIELD.match(entry.text)
            key = match[1].lower() if match else None
            if key not in allowed or key in values:
                message = _(
                    "Line %(line)s: inside “::: %(name)s”, write each detail once, "
                    "on a line of its own, as one of: %(fields)s."
                )
                names = ", ".join(f"“{name}: …”" for name in sorted(allowed))
                raise _problem(entry.number, message, name=self.name, fields=names)
            values[key] = match[2].strip()
        return values

    def items(self, message):
        if not self.entries:
            empty = _(
                "Line %(line)s: the block “::: %(name)s” has no items. Add at least "
                "one line below it, starting with “- ”."
            )
            raise _problem(self.number, empty, name=self.name)
        return _items(self.entries, message)

    def labelled(self, message, label_key, value_key, heading):
        if self.rest and not heading:
            extra = _(
                "Line %(line)s: “::: %(name)s” takes nothing after its name; put "
                "the items on the lines below it."
            )
            raise _problem(self.number, extra, name=self.name)
        values = []
        for number, content in self.items(message):
            parts = _split_label(content)
            if parts is None or not all(parts):
                raise _problem(number, message)
            values.append({label_key: parts[0], value_key: parts[1]})
        return _list_items(values)


def _material(number, content, resolve_file, message):
    title, target, description = _link_item(content, number, message)
    if _scheme(target) is None:
        document = _resolve(resolve_file, target, "document", number)
        value = {"document": document.pk, "title": title, "description": description}
        return {"type": "document", "value": value}
    if not title:
        raise _problem(number, message)
    url = _web_address(target, number, files_allowed=True)
    return {
        "type": "link",
        "value": {"title": title, "url": url, "description": description},
    }


# Blocks to Markdown ---------------------------------------------------------------


def _raw_blocks(stream_value):
    if not stream_value:
        return []
    # A StreamValue's raw data spares converting every block to Python values,
    # which would fetch each image and document once more.
    data = getattr(stream_value, "raw_data", stream_value)
    return [block for block in data if isinstance(block, dict) and "type" in block]


def _list_values(items):
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in items or []
    ]


def _as_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _image_reference(value):
    """(image id, alternative text or None) from an ImageBlock's raw value."""
    if isinstance(value, dict):
        return _as_id(value.get("image")), value.get("alt_text") or ""
    return _as_id(value), None


class _Files:
    """The images, documents and pages a stream refers to, one query per kind."""

    def __init__(self, image_ids, document_ids, page_ids, file_path):
        self.images = _in_bulk(get_image_model(), image_ids)
        self.documents = _in_bulk(get_document_model(), document_ids)
        self.pages = _in_bulk(Page, page_ids)
        self.file_path = file_path

    @classmethod
    def for_blocks(cls, blocks, file_path):
        ids = {"image": set(), "document": set(), "page": set()}
        for block in blocks:
            value = block.get("value") or {}
            if block["type"] == "image":
                ids["image"].add(_image_reference(value.get("image"))[0])
            elif block["type"] == "document":
                ids["document"].add(_as_id(value.get("document")))
            elif block["type"] == "paragraph":
                for attrs in _anchors(_parse_html(value)):
                    if attrs.get("linktype") in ("document", "page"):
                        ids[attrs["linktype"]].add(_as_id(attrs.get("id")))
        return cls(ids["image"], ids["document"], ids["page"], file_path)

    def link_target(self, attrs):
        """Where a rich text link points, as Markdown, or None to keep its words."""
        kind, pk = attrs.get("linktype"), _as_id(attrs.get("id"))
        if kind == "document":
            document = self.documents.get(pk)
            return self.file_path(document) if document else None
        if kind == "page":
            page = self.pages.get(pk)
            return page.get_full_url() if page else None
        href = (attrs.get("href") or "").strip()
        return href if _scheme(href) in ALLOWED_SCHEMES else None


def _in_bulk(model, ids):
    ids = {pk for pk in ids if pk is not None}
    return model.objects.in_bulk(ids) if ids else {}


def _block_markdown(block, files):
    writers = {
        "paragraph": _paragraph_markdown,
        "heading": _heading_markdown,
        "image": _image_markdown,
        "quote": _quote_markdown,
        "video": _video_markdown,
        "document": _document_markdown,
        "link_list": _link_list_markdown,
        "key_facts": _facts_markdown,
        "adaptation_steps": _steps_markdown,
        "outcomes": _outcomes_markdown,
    }
    writer = writers.get(block["type"])
    value = block.get("value")
    return writer(value, files) if writer and value is not None else ""


def _heading_markdown(value, files):
    marks = "###" if value.get("level") == "h3" else "##"
    return f"{marks} {(value.get('text') or '').strip()}"


def _image_markdown(value, files):
    image_id, alt_text = _image_reference(value.get("image"))
    image = files.images.get(image_id)
    if image is None:
        return ""
    if alt_text is None:
        alt_text = image.default_alt_text or ""
    target = _escape_target(files.file_path(image))
    caption = (value.get("caption") or "").strip()
    if caption:
        target += ' "' + _escape_target(caption, '"') + '"'
    return f"![{_escape(alt_text.strip(), '[]')}]({target})"


def _quote_markdown(value, files):
    lines = []
    for line in _text_value(value.get("quote")).split("\n"):
        line = line.strip()
        if re.match(r"^\\*(?:--|—)", line):
            line = "\\" + line
        lines.append(f"> {line}" if line else ">")
    attribution = _text_value(value.get("attribution"))
    if attribution:
        lines.append(f"> -- {attribution}")
    return "\n".join(lines)


def _video_markdown(value, files):
    fields = [
        ("caption", value.get("caption")),
        ("transcript", value.get("transcript")),
    ]
    return _directive_markdown("video", value.get("video") or "", fields)


def _document_markdown(value, files):
    document = files.documents.get(_as_id(value.get("document")))
    if document is None:
        return ""
    fields = [("title", value.get("title")), ("description", value.get("description"))]
    return _directive_markdown("document", files.file_path(document), fields)


def _link_list_markdown(value, files):
    lines = []
    for link in _list_values(value.get("links")):
        lines.extend(
            _link_item_lines(
                link.get("title"), link.get("url"), link.get("description")
            )
        )
    return _directive_markdown("links", value.get("heading") or "", lines=lines)


def _facts_markdown(value, files):
    facts = _list_values(value.get("facts"))
    return _directive_markdown(
        "facts", "", lines=_labelled_lines(facts, "label", "value")
    )


def _steps_markdown(value, files):
    steps = _list_values(value.get("steps"))
    lines = _labelled_lines(steps, "title", "text", numbered=True)
    return _directive_markdown("steps", value.get("heading") or "", lines=lines)


def _outcomes_markdown(value, files):
    outcomes = _list_values(value.get("outcomes"))
    lines = _labelled_lines(outcomes, "figure", "description")
    return _directive_markdown("outcomes", "", lines=lines)


def _directive_markdown(name, rest, fields=(), lines=()):
    body = list(lines)
    for key, text in fields:
        if _text_value(text):
            body.extend(_hanging(f"{key}: ", _text_value(text), "  "))
    return "\n".join([f"::: {name} {rest.strip()}".rstrip(), *body, ":::"])


def _labelled_lines(values, label_key, value_key, numbered=False):
    lines = []
    for number, item in enumerate(values, 1):
        marker = f"{number}. " if numbered else "- "
        label = _escape_label(_text_value(item.get(label_key)))
        text = f"{label}: {_text_value(item.get(value_key))}".rstrip()
        lines.extend(_hanging(marker, text, " " * len(marker)))
    return lines


def _link_item_lines(title, target, description):
    text = f"[{_escape(_text_value(title), '[]')}]({_escape_target(target or '')})"
    if _text_value(description):
        text += f": {_text_value(description)}"
    return _hanging("- ", text, "  ")


def _hanging(prefix, text, indent):
    """A value over several lines, the later ones indented under the first."""
    first, *rest = text.split("\n")
    return [prefix + first.strip()] + [
        indent + line.strip() if line.strip() else "" for line in rest
    ]


def _text_value(text):
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _material_lines(block, files):
    value = block.get("value") or {}
    if block["type"] == "document":
        document = files.documents.get(_as_id(value.get("document")))
        if document is None:
            return []
        target = files.file_path(document)
    elif block["type"] == "link":
        target = value.get("url")
    else:
        return []
    return _link_item_lines(value.get("title"), target, value.get("description"))


# Rich text HTML to Markdown --------------------------------------------------------


@dataclass
class _Node:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _parse_html(source):
    builder = _TreeBuilder()
    builder.feed(
        source if isinstance(source, str) else str(getattr(source, "source", ""))
    )
    builder.close()
    return builder.root


def _anchors(node):
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == "a":
                yield child.attrs
            yield from _anchors(child)


def _paragraph_markdown(value, files):
    root = _parse_html(value)
    parts, loose = [], []
    for child in root.children:
        is_node = isinstance(child, _Node)
        if is_node and (child.tag in LIST_TAGS or child.tag not in INLINE_TAGS):
            parts.append(_text_markdown(loose, files))
            loose = []
        if is_node and child.tag in LIST_TAGS:
            parts.append(_list_markdown(child, "", files))
        elif is_node and child.tag not in INLINE_TAGS:
            parts.append(_text_markdown(child.children, files))
        else:
            loose.append(child)
    parts.append(_text_markdown(loose, files))
    return "\n\n".join(part for part in parts if part)


def _text_markdown(nodes, files):
    paragraphs = []
    for segments in _split_at_empty_lines(_segments(nodes, files)):
        lines = _markdown_lines(segments)
        paragraphs.append("\n".join(_protect_line(line) for line in lines))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _split_at_empty_lines(segments):
    """Two line breaks in a row read as a paragraph break, so they become one.

    The split is made before any marker is written, so that bold, italic and
    links running across the break are closed on each side of it.
    """
    characters = [
        (char, s.bold, s.italic, s.target) for s in segments for char in s.text
    ]
    text = "".join(char for char, *_ in characters)
    paragraphs, start = [], 0
    for match in EMPTY_LINE.finditer(text):
        paragraphs.append(characters[start : match.start()])
        start = match.end()
    paragraphs.append(characters[start:])
    return [
        _merge([_Segment(char, *attributes) for char, *attributes in paragraph])
        for paragraph in paragraphs
    ]


def _markdown_lines(segments):
    lines = [line.strip() for line in _inline_markdown(_merge(segments)).split("\n")]
    return [line for line in lines if line]


def _list_markdown(node, indent, files):
    lines = []
    number = 0
    for item in node.children:
        if not isinstance(item, _Node) or item.tag != "li":
            continue
        nested = [
            c for c in item.children if isinstance(c, _Node) and c.tag in LIST_TAGS
        ]
        inline = [
            c
            for c in item.children
            if not (isinstance(c, _Node) and c.tag in LIST_TAGS)
        ]
        text = _markdown_lines(_segments(inline, files))
        child_indent = indent
        if text:
            number += 1
            marker = f"{number}. " if node.tag == "ol" else "- "
            child_indent = indent + " " * len(marker)
            lines.append(indent + marker + text[0])
            lines.extend(child_indent + _protect_line(line) for line in text[1:])
        for sublist in nested:
            lines.append(_list_markdown(sublist, child_indent, files))
    return "\n".join(line for line in lines if line)


def _segments(nodes, files, bold=False, italic=False, target=None):
    segments = []
    for node in nodes:
        if isinstance(node, str):
            text = HTML_LINE_BREAKS.sub(" ", node)
            segments.append(_Segment(text, bold, italic, target))
        elif node.tag == "br":
            segments.append(_Segment("\n", bold, italic, target))
        elif node.tag not in SILENT_TAGS:
            segments.extend(
                _segments(
                    node.children,
                    files,
                    bold or node.tag in BOLD_TAGS,
                    italic or node.tag in ITALIC_TAGS,
                    files.link_target(node.attrs) if node.tag == "a" else target,
                )
            )
    return segments


def _inline_markdown(segments, styles=(("bold", "**"), ("italic", "*"))):
    """Bold outside, then italic, then the link, each run marked once."""
    if not styles:
        return "".join(
            _link_markdown(target, list(group))
            for target, group in groupby(segments, key=attrgetter("target"))
        )
    (attribute, marker), inner_styles = styles[0], styles[1:]
    parts = []
    for on, group in groupby(segments, key=attrgetter(attribute)):
        inner = _inline_markdown(list(group), inner_styles)
        parts.append(_surround(inner, marker) if on else inner)
    return "".join(parts)


def _surround(text, marker):
    # A marker must touch the words it formats, so edge spaces go outside it.
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _link_markdown(target, segments):
    text = "".join(_escape(segment.text, "*[]") for segment in segments)
    if target is None or not text.strip():
        return text
    return f"[{text}]({_escape_target(target)})"

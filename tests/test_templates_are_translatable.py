"""No template shows a visitor words that translators cannot reach."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(
    path
    for folder in ["site", "home", "practices", "search", "content_blocks"]
    for path in (ROOT / folder).rglob("templates/**/*.html")
)
# Attributes whose values people read or hear.
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "value"}
LETTER = re.compile(r"[^\W\d_]")

TEMPLATE_LANGUAGE = [
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"{#.*?#}", re.S),
    # The body's class names are not text.
    re.compile(r"{%\s*block body_class\s*%}.*?{%\s*endblock\s*%}", re.S),
    re.compile(r"{%\s*blocktranslate\b.*?{%\s*endblocktranslate\s*%}", re.S),
    re.compile(r"{%.*?%}", re.S),
    re.compile(r"{{.*?}}", re.S),
]


class VisibleText(HTMLParser):
    """Collects text and readable attribute values outside scripts and styles."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self.hidden_depth += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value and LETTER.search(value):
                self.found.append(f'{name}="{value}"')

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth and LETTER.search(data):
            self.found.append(data.strip())


def unmarked_strings(source):
    for pattern in TEMPLATE_LANGUAGE:
        source = pattern.sub(" ", source)
    parser = VisibleText()
    parser.feed(source)
    return parser.found


def test_the_checker_catches_an_unmarked_word():
    assert unmarked_strings('<p>Hello</p><img alt="A map">') == [
        "Hello",
        'alt="A map"',
    ]
    assert unmarked_strings('<p>{% translate "Hello" %} · {{ name }}</p>') == []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_template_marks_every_visible_string(path):
    assert unmarked_strings(path.read_text()) == []

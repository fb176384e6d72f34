"""The Markdown partners type in a spreadsheet, converted to blocks and back.

Round trips are compared on the stored form of the blocks: each stream goes
through ``to_python`` and ``get_prep_value`` and loses its block ids, which
Markdown does not carry.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image

from content_blocks.blocks import BodyBlock, MaterialBlock
from entry_exchange.markdown import (
    MarkdownProblem,
    body_to_markdown,
    markdown_to_body,
    markdown_to_materials,
    materials_to_markdown,
)

VIDEO = "https://www.youtube.com/watch?v=Zx7ydW1r0rE"


def png(colour):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (6, 4), colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(name, colour):
    image = Image(title=name, file=ImageFile(io.BytesIO(png(colour)), name=name))
    image.save()
    return image


def make_document(name):
    document = Document(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4 welcome guide"), save=False)
    document.save()
    return document


class Package:
    """The files that travel with a spreadsheet, by the path the Markdown uses."""

    def __init__(self, files):
        self.files = files
        self.paths = {(type(obj), obj.pk): path for path, obj in files.items()}

    def resolve_file(self, path, kind):
        found = self.files.get(path)
        if not isinstance(found, Image if kind == "image" else Document):
            raise MarkdownProblem(f"The package has no {kind} called {path}.")
        return found

    def file_path(self, obj):
        return self.paths[(type(obj), obj.pk)]

    def __getitem__(self, path):
        return self.files[path]


@pytest.fixture
def package(db):
    return Package(
        {
            "files/library.png": make_image("library.png", "teal"),
            "files/buddies.png": make_image("buddies.png", "orange"),
            "files/parents.png": make_image("parents.png", "purple"),
            "files/welcome-guide.pdf": make_document("welcome-guide.pdf"),
            "files/timetable.pdf": make_document("timetable.pdf"),
        }
    )


@pytest.fixture
def cached_video(db):
    """The embed of the video, cached, so validating it needs no network."""
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe title="A morning in the welcome class"></iframe>',
    )


def without_ids(data):
    if isinstance(data, dict):
        return {key: without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    return data


def stored(stream_block, data):
    """What Wagtail would keep in the database for this stream."""
    return stream_block.get_prep_value(stream_block.to_python(data))


def canonical(stream_block, data):
    stream = stream_block.to_python(data)
    return [
        without_ids(
            {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
        )
        for child in stream
    ]


def assert_round_trip(package, data, stream_block=None, to_markdown=None, back=None):
    stream_block = stream_block or BodyBlock()
    to_markdown = to_markdown or body_to_markdown
    back = back or markdown_to_body
    original = stored(stream_block, data)

    markdown = to_markdown(original, package.file_path)
    imported = back(markdown, package.resolve_file)

    assert canonical(stream_block, imported) == canonical(stream_block, original)
    assert to_markdown(imported, package.file_path) == markdown
    return markdown


def item(value):
    return {"type": "item", "value": value, "id": "an-id"}


# Each block type survives the trip to Markdown and back --------------------------


def paragraph(package):
    guide = package["files/welcome-guide.pdf"].pk
    return {
        "type": "paragraph",
        "value": (
            "<p>New pupils meet a <b>buddy</b> on their <i>first</i> morning, "
            f'and the <a linktype="document" id="{guide}">welcome guide</a> '
            'explains the <a href="https://example.org/plan?year=1&amp;term=2">'
            "<b><i>plan</i></b></a>.<br/>Families are invited in week one.</p>"
            "<ul><li>a buddy</li><li>a language check<ol><li>reading</li>"
            "<li>speaking</li></ol></li></ul>"
            "<p>Costs: 5 * 3 hours of a teacher's time, [estimated].</p>"
            "<ol><li>Map the languages</li><li>Find volunteers</li></ol>"
        ),
    }


def headings(package):
    return [
        {
            "type": "heading",
            "value": {"text": "How the first month works", "level": "h2"},
        },
        {"type": "heading", "value": {"text": "Week one", "level": "h3"}},
    ]


def image(package):
    pk = package["files/library.png"].pk
    return {
        "type": "image",
        "value": {
            "image": {
                "image": pk,
                "alt_text": "Pupils [aged 8] reading",
                "decorative": False,
            },
            "caption": 'The "library corner" (opened 2024',
        },
    }


def image_without_caption(package):
    pk = package["files/buddies.png"].pk
    return {
        "type": "image",
        "value": {
            "image": {
                "image": pk,
                "alt_text": "Two buddies at break",
                "decorative": False,
            },
            "caption": "",
        },
    }


def quote(package):
    return {
        "type": "quote",
        "value": {
            "quote": "At first I only understood maths.\n\n-- Now I help new pupils.",
            "attribution": "A pupil who arrived two years ago",
        },
    }


def quote_without_attribution(package):
    return {
        "type": "quote",
        "value": {"quote": "Nobody is new for long.", "attribution": ""},
    }


def video(package):
    return {
        "type": "video",
        "value": {
            "video": VIDEO,
            "caption": "A morning in the welcome class",
            "transcript": "https://example.org/transcript",
        },
    }


def document(package):
    return {
        "type": "document",
        "value": {
            "document": package["files/welcome-guide.pdf"].pk,
            "title": "Welcome guide for teachers",
            "description": "Twelve pages on the first weeks.\n\nWith a checklist.",
        },
    }


def link_list(package):
    links = [
        {
            "title": "Newcomers in [European] schools",
            "url": "https://example.org/report_(2024)",
            "description": "A comparative report",
        },
        {
            "title": "Ministry guidance",
            "url": "https://example.org/guidance",
            "description": "",
        },
    ]
    value = {"heading": "Further reading", "links": [item(link) for link in links]}
    return {"type": "link_list", "value": value}


def key_facts(package):
    facts = [
        {"label": "Pupils welcomed", "value": "about 40 a year"},
        {"label": "Ratio: staff to pupils", "value": "1:8"},
    ]
    return {"type": "key_facts", "value": {"facts": [item(fact) for fact in facts]}}


def adaptation_steps(package):
    steps = [
        {
            "title": "Map the languages",
            "text": "Ask families what they speak.\nWrite it down.",
        },
        {
            "title": "Train the buddies",
            "text": "One hour: - listening\n- showing the way",
        },
    ]
    value = {"heading": "", "steps": [item(step) for step in steps]}
    return {"type": "adaptation_steps", "value": value}


def outcomes(package):
    outcome = {"figure": "9 in 10", "description": "pupils still enrolled a year later"}
    return {"type": "outcomes", "value": {"outcomes": [item(outcome)]}}


BLOCKS = [
    paragraph,
    headings,
    image,
    image_without_caption,
    quote,
    quote_without_attribution,
    video,
    document,
    link_list,
    key_facts,
    adaptation_steps,
    outcomes,
]


@pytest.mark.django_db
@pytest.mark.parametrize("make_blocks", BLOCKS, ids=lambda make: make.__name__)
def test_each_block_type_round_trips(package, make_blocks):
    blocks = make_blocks(package)
    data = blocks if isinstance(blocks, list) else [blocks]

    assert_round_trip(package, data)


@pytest.mark.django_db
def test_all_block_types_round_trip_together(package):
    data = []
    for make_blocks in BLOCKS:
        blocks = make_blocks(package)
        data.extend(blocks if isinstance(blocks, list) else [blocks])

    assert_round_trip(package, data)


# A realistic body, as a partner would type it --------------------------------------

MIXED_BODY = """\
Our school in the harbour district welcomes about forty newly arrived pupils \
every year. Many join **in the middle of term**, and some have missed *months* \
of school on the way.

The welcome rests on three habits:

- every new pupil has a buddy from the first morning;
- the family meets the form tutor within a week, with an interpreter if needed;
- lessons in the home language go on every Wednesday afternoon.

## How the first month works

1. Day one: a tour of the building and a short, friendly language check.
2. Week one: a timetable mixing the home class with intensive language groups.
3. Week four: a review with the pupil, the family and the tutor.

The whole plan is in [our welcome guide](files/welcome-guide.pdf), and the \
[ministry's page on newcomers](https://example.org/newcomers) explains the rules.

![Two pupils reading a picture book together](files/library.png "The library \
corner, where buddies meet at break")

> At first I only understood the maths lessons.
> Now I show the new pupils around myself.
> -- A pupil who arrived two years ago

::: facts
- Pupils welcomed: about 40 a year
- Languages spoken: 17
:::

::: steps What a school needs to start
1. Map the languages: ask families which languages they speak at home.
2. Train the buddies: older pupils need an hour of preparation
   and a teacher they can turn to.
:::

::: outcomes
- 9 in 10: newly arrived pupils still enrolled after one year
:::

::: video https://www.youtube.com/watch?v=Zx7ydW1r0rE
caption: A morning in the welcome class
transcript: https://example.org/welcome-class-transcript
:::

::: document files/welcome-guide.pdf
title: Welcome guide for teachers
description: Twelve pages on the first weeks, with a checklist.
:::

::: links Further reading
- [Newcomers in Europe's schools](https://example.org/report): a comparative report
:::"""


@pytest.mark.django_db
def test_a_mixed_body_becomes_valid_blocks_and_comes_back_unchanged(
    package, cached_video
):
    data = markdown_to_body(MIXED_BODY, package.resolve_file)

    assert [block["type"] for block in data] == [
        "paragraph",
        "heading",
        "paragraph",
        "image",
        "quote",
        "key_facts",
        "adaptation_steps",
        "outcomes",
        "video",
        "document",
        "link_list",
    ]
    BodyBlock().clean(BodyBlock().to_python(data))
    assert body_to_markdown(data, package.file_path) == MIXED_BODY


@pytest.mark.django_db
def test_paragraphs_and_lists_that_follow_each_other_make_one_block(package):
    data = markdown_to_body(MIXED_BODY, package.resolve_file)

    assert data[0]["value"] == (
        "<p>Our school in the harbour district welcomes about forty newly arrived "
        "pupils every year. Many join <b>in the middle of term</b>, and some have "
        "missed <i>months</i> of school on the way.</p>"
        "<p>The welcome rests on three habits:</p>"
        "<ul><li>every new pupil has a buddy from the first morning;</li>"
        "<li>the family meets the form tutor within a week, with an interpreter "
        "if needed;</li>"
        "<li>lessons in the home language go on every Wednesday afternoon.</li></ul>"
    )


@pytest.mark.django_db
def test_structured_blocks_carry_their_values(package):
    data = markdown_to_body(MIXED_BODY, package.resolve_file)
    by_type = {block["type"]: block["value"] for block in data}

    steps = [step["value"] for step in by_type["adaptation_steps"]["steps"]]
    assert by_type["adaptation_steps"]["heading"] == "What a school needs to start"
    assert steps[1] == {
        "title": "Train the buddies",
        "text": "older pupils need an hour of preparation\n"
        "and a teacher they can turn to.",
    }
    assert by_type["quote"] == {
        "quote": "At first I only understood the maths lessons.\n"
        "Now I show the new pupils around myself.",
        "attribution": "A pupil who arrived two years ago",
    }
    assert by_type["image"] == {
        "image": {
            "image": package["files/library.png"].pk,
            "alt_text": "Two pupils reading a picture book together",
            "decorative": False,
        },
        "caption": "The library corner, where buddies meet at break",
    }


@pytest.mark.django_db
def test_a_body_round_trips_from_a_stream_value(package):
    stream = BodyBlock().to_python([image(package), paragraph(package)])

    markdown = body_to_markdown(stream, package.file_path)

    assert markdown.startswith("![Pupils \\[aged 8\\] reading](files/library.png ")
    assert canonical(BodyBlock(), markdown_to_body(markdown, package.resolve_file)) == (
        canonical(BodyBlock(), stream)
    )


# Safety ---------------------------------------------------------------------------


def no_files(path, kind):
    raise MarkdownProblem(f"No file {path}.")


def test_html_typed_in_a_cell_stays_text():
    data = markdown_to_body('Say <script>alert("hi")</script> & <b>bye</b>', no_files)

    assert data == [
        {
            "type": "paragraph",
            "value": '<p>Say &lt;script&gt;alert("hi")&lt;/script&gt; &amp; '
            "&lt;b&gt;bye&lt;/b&gt;</p>",
        }
    ]
    assert "<script" not in str(BodyBlock().to_python(data)[0].render())


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
    ],
)
def test_a_link_to_a_script_is_refused(address):
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body(f"Welcome.\n\nRead [this]({address}) first.", no_files)

    assert problem.value.line == 3
    assert "http://, https:// or mailto:" in problem.value.message


def test_a_link_address_in_a_link_list_must_be_a_web_address():
    text = "::: links\n- [Guide](ftp://example.org/guide)\n:::"

    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body(text, no_files)

    assert problem.value.line == 2


def test_mailto_links_are_allowed():
    data = markdown_to_body("[Write to us](mailto:welcome@example.org)", no_files)

    assert (
        data[0]["value"]
        == '<p><a href="mailto:welcome@example.org">Write to us</a></p>'
    )


# Mistakes are reported with their line ----------------------------------------------


def test_an_unclosed_block_is_reported_at_its_first_line():
    text = "Intro.\n\n::: links Further reading\n- [Report](https://example.org)\n"

    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body(text, no_files)

    assert problem.value.line == 3
    assert problem.value.message == (
        "Line 3: the block “::: links” is not closed with “:::”."
    )


def test_a_block_opened_inside_another_means_the_first_is_not_closed():
    text = "::: facts\n- Pupils: 40\n::: outcomes\n- 9 in 10: enrolled\n:::"

    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body(text, no_files)

    assert problem.value.line == 1


def test_an_unknown_block_name_is_reported():
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body("Intro.\n::: gallery\n- a\n:::", no_files)

    assert problem.value.line == 2
    assert "“::: gallery”" in problem.value.message
    assert "“::: facts”" in problem.value.message


def test_an_image_without_alternative_text_is_refused(package):
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body("Intro.\n\n![](files/library.png)", package.resolve_file)

    assert problem.value.line == 3
    assert "alternative text" in problem.value.message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("::: video\ncaption: A film\n:::", 1),
        ("::: document\ntitle: Guide\n:::", 1),
        ("::: facts\n- Pupils welcomed\n:::", 2),
        ("::: facts\n:::", 1),
        ("::: facts Key facts\n- Pupils: 40\n:::", 1),
        ("::: steps\n1. Map the languages:\n:::", 2),
        ("::: outcomes\n- 9 in 10: enrolled\nmore\n:::", 3),
        ("::: links\n- [](https://example.org)\n:::", 2),
        ("::: video https://example.org/film\nspeaker: Ana\n:::", 2),
        ("## ", 1),
        ("# Welcome", 1),
        ("Intro.\n\n> -- A teacher", 3),
        ("Intro.\n:::", 2),
        ("![Pupils](files/library.png", 1),
    ],
)
def test_missing_or_misplaced_parts_are_reported_with_their_line(text, line):
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body(text, no_files)

    assert problem.value.line == line
    assert problem.value.message.startswith(f"Line {line}: ")


def test_a_missing_file_is_reported_with_the_line_that_names_it():
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_body("Intro.\n\n::: document files/lost.pdf\n:::", no_files)

    assert problem.value.line == 3
    assert problem.value.message == "Line 3: No file files/lost.pdf."


# Documents and links in running text -------------------------------------------------


@pytest.mark.django_db
def test_a_link_to_a_document_in_a_paragraph_becomes_a_document_link(package):
    guide = package["files/welcome-guide.pdf"]
    text = "Read **the [welcome guide](files/welcome-guide.pdf)** first."

    data = markdown_to_body(text, package.resolve_file)

    assert data[0]["value"] == (
        f'<p>Read <b>the </b><a linktype="document" id="{guide.pk}"><b>welcome guide'
        "</b></a> first.</p>"
    )
    assert body_to_markdown(data, package.file_path) == text


@pytest.mark.django_db
def test_a_link_to_a_page_is_written_as_its_address(home):
    data = [
        {
            "type": "paragraph",
            "value": f'<p><a linktype="page" id="{home.pk}">Home</a></p>',
        }
    ]

    assert body_to_markdown(data, str) == f"[Home]({home.get_full_url()})"


@pytest.mark.django_db
def test_links_the_dialect_cannot_express_keep_their_words():
    data = [
        {
            "type": "paragraph",
            "value": '<p>Call <a href="tel:+3212345">us</a> or see '
            '<a linktype="document" id="999999">the lost guide</a>.</p>',
        }
    ]

    assert body_to_markdown(data, str) == "Call us or see the lost guide."


def test_the_editors_block_keys_are_dropped():
    with_keys = (
        '<p data-block-key="k1">Pupils <b>arrive</b></p>'
        '<ul><li data-block-key="k2">in <i>spring</i></li></ul>'
    )
    data = [{"type": "paragraph", "value": with_keys}]

    markdown = body_to_markdown(data, str)

    assert markdown == "Pupils **arrive**\n\n- in *spring*"
    assert markdown_to_body(markdown, no_files)[0]["value"] == (
        "<p>Pupils <b>arrive</b></p><ul><li>in <i>spring</i></li></ul>"
    )


def test_text_that_looks_like_markup_is_escaped_on_export():
    html = (
        "<p>Marks: 5 * 3 [approx] \\ done<br/>- not a list<br/>2. not a number"
        "<br/>## not a heading<br/>&gt; not a quote<br/>::: not a block</p>"
    )
    data = [{"type": "paragraph", "value": html}]

    markdown = body_to_markdown(data, str)

    assert markdown == (
        "Marks: 5 \\* 3 \\[approx\\] \\\\ done\n\\- not a list\n2\\. not a number\n"
        "\\## not a heading\n\\> not a quote\n\\::: not a block"
    )
    assert markdown_to_body(markdown, no_files) == data


# Materials -------------------------------------------------------------------------


@pytest.mark.django_db
def test_materials_round_trip_with_a_document_and_a_link(package):
    data = [
        {
            "type": "document",
            "value": {
                "document": package["files/timetable.pdf"].pk,
                "title": "A sample timetable",
                "description": "For the first four weeks.\nPrint it on A3.",
            },
        },
        {
            "type": "document",
            "value": {
                "document": package["files/welcome-guide.pdf"].pk,
                "title": "",
                "description": "",
            },
        },
        {
            "type": "link",
            "value": {
                "title": "Interpreting services",
                "url": "https://example.org/interpreters",
                "description": "Free for schools",
            },
        },
    ]

    markdown = assert_round_trip(
        package,
        data,
        stream_block=MaterialBlock(),
        to_markdown=materials_to_markdown,
        back=markdown_to_materials,
    )

    assert markdown == (
        "- [A sample timetable](files/timetable.pdf): For the first four weeks.\n"
        "  Print it on A3.\n"
        "- [](files/welcome-guide.pdf)\n"
        "- [Interpreting services](https://example.org/interpreters): Free for schools"
    )


@pytest.mark.django_db
def test_materials_typed_by_a_partner_are_valid(package):
    text = (
        "- [Welcome guide](files/welcome-guide.pdf): for teachers\n"
        "- [Interpreting services](https://example.org/interpreters)"
    )

    data = markdown_to_materials(text, package.resolve_file)

    MaterialBlock().clean(MaterialBlock().to_python(data))
    assert data[1] == {
        "type": "link",
        "value": {
            "title": "Interpreting services",
            "url": "https://example.org/interpreters",
            "description": "",
        },
    }


@pytest.mark.parametrize(
    "text",
    [
        "Welcome guide",
        "- [Interpreters](javascript:alert(1))",
        "- [](https://example.org/no-title)",
        "- [Guide](files/guide.pdf) for teachers",
    ],
)
def test_materials_that_do_not_follow_the_form_are_refused(text):
    with pytest.raises(MarkdownProblem) as problem:
        markdown_to_materials(text, no_files)

    assert problem.value.line == 1


# Tolerance -----------------------------------------------------------------------


def test_empty_text_gives_no_blocks():
    assert markdown_to_body("", no_files) == []
    assert markdown_to_body(" \r\n\n  ", no_files) == []
    assert markdown_to_materials("", no_files) == []


@pytest.mark.django_db
def test_windows_line_ends_and_surrounding_whitespace_are_tolerated(package):
    unix = MIXED_BODY
    windows = "\r\n\r\n  " + unix.replace("\n", "\r\n") + "  \r\n"

    assert without_ids(markdown_to_body(windows, package.resolve_file)) == without_ids(
        markdown_to_body(unix, package.resolve_file)
    )


def test_text_in_a_loose_style_settles_after_one_conversion():
    loose = (
        "Welcome  \n\n\n**Bold**, 5 * 3 and *unclosed\n"
        "-   first\n\n- second\n  1. nested\n"
        ">  A parent said this\n>  — A father\n"
        "::: FACTS\n  - Pupils :  40\n:::"
    )

    once = body_to_markdown(markdown_to_body(loose, no_files), str)
    twice = body_to_markdown(markdown_to_body(once, no_files), str)

    assert once == twice
    assert once == (
        "Welcome\n\n**Bold**, 5 \\* 3 and \\*unclosed\n\n"
        "- first\n- second\n  1. nested\n\n"
        "> A parent said this\n> -- A father\n\n::: facts\n- Pupils: 40\n:::"
    )


# Export ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_export_fetches_files_with_one_query_per_kind(
    package, django_assert_max_num_queries
):
    guide = package["files/welcome-guide.pdf"].pk
    pictures = ["files/library.png", "files/buddies.png", "files/parents.png"]
    data = [image(package)] + [
        {
            "type": "image",
            "value": {
                "image": {
                    "image": package[path].pk,
                    "alt_text": path,
                    "decorative": False,
                },
                "caption": "",
            },
        }
        for path in pictures
    ]
    data += [
        document(package),
        {
            "type": "paragraph",
            "value": f'<p><a linktype="document" id="{guide}">x</a></p>',
        },
    ]
    stream = BodyBlock().to_python(data)

    with django_assert_max_num_queries(2):
        markdown = body_to_markdown(stream, package.file_path)

    assert markdown.count("![") == 4


@pytest.mark.django_db
def test_export_leaves_out_blocks_whose_file_is_gone(package):
    data = [image(package), document(package), headings(package)[0]]
    package["files/library.png"].delete()
    package["files/welcome-guide.pdf"].delete()

    assert body_to_markdown(data, package.file_path) == "## How the first month works"

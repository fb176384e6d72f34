"""Pictures and PDF files for the demo, drawn here rather than downloaded.

Each picture is an abstract composition whose colours and shapes follow from
a seed, so the same entry always gets the same picture.
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw

PALETTES = [
    ("#0b4f6c", "#ffd166", "#ef476f", "#f8f4e3"),
    ("#264653", "#2a9d8f", "#e9c46a", "#f4a261"),
    ("#3d348b", "#7678ed", "#f7b801", "#f18701"),
    ("#1d3557", "#457b9d", "#a8dadc", "#e63946"),
    ("#344e41", "#588157", "#a3b18a", "#dad7cd"),
    ("#5f0f40", "#9a031e", "#fb8b24", "#e36414"),
]


def _rng(seed):
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return random.Random(int(digest[:16], 16))


def illustration_png(seed, width=1200, height=675):
    """An abstract picture of overlapping circles and bands, as PNG bytes."""
    rng = _rng(seed)
    background, *colours = rng.choice(PALETTES)
    picture = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(picture)

    for _ in range(rng.randint(3, 5)):
        top = rng.randint(0, height)
        draw.rectangle(
            [0, top, width, top + rng.randint(20, 90)], fill=rng.choice(colours)
        )
    for _ in range(rng.randint(5, 9)):
        radius = rng.randint(40, 220)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius],
            fill=rng.choice(colours),
            outline=background,
            width=8,
        )

    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def logo_png(seed, initials, size=240):
    """A square logo with the organisation's initials."""
    rng = _rng(seed)
    background, colour, *_rest = rng.choice(PALETTES)
    picture = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([20, 20, size - 20, size - 20], outline=colour, width=14)
    draw.text((size / 2, size / 2), initials, fill=colour, anchor="mm", font_size=80)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _pdf_text(text):
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title, lines):
    """A one-page PDF with a title and lines of text, as bytes.

    Only Latin-1 text is drawn, which covers the English demo documents.
    """
    commands = ["BT", "/F1 18 Tf", "56 770 Td", f"({_pdf_text(title)}) Tj"]
    commands += ["/F1 11 Tf", "0 -30 Td"]
    for line in lines:
        commands += [f"({_pdf_text(line)}) Tj", "0 -16 Td"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return output.getvalue()


def wrap(text, width=90):
    """Break a paragraph into lines that fit the PDF page."""
    lines, current = [], ""
    for word in text.split():
        if len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines

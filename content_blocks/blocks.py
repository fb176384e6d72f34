"""The StreamField block library shared by entries and content pages.

Each block carries its own icon, template, description and preview value, so
editors see a preview in the block picker and each template stays small.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content_blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Running text with bold, italic, lists and links.")
        preview_value = (
            "<p>Pupils who arrive mid-year meet a buddy on day one and a "
            "language teacher within the first week.</p>"
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "content_blocks/heading.html"
        label = _("Heading")
        description = _("A section or sub-section title, listed in the outline.")
        preview_value = {"text": "How the programme works", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "content_blocks/image.html"
        label = _("Image with caption")
        description = _("A picture with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=120,
        help_text=_("A role rather than a name protects people's privacy."),
    )

    class Meta:
        icon = "openquote"
        template = "content_blocks/quote.html"
        label = _("Quote or testimonial")
        description = _("Words of a pupil, parent or teacher involved.")
        preview_value = {
            "quote": "I finally understood what the school expected of my son.",
            "attribution": "A father at a parent café",
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of the video page on a supported service."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    transcript = blocks.URLBlock(
        label=_("Transcript address"),
        required=False,
        help_text=_("A text version makes the video accessible to more people."),
    )

    class Meta:
        icon = "media"
        template = "content_blocks/video.html"
        label = _("Video")
        description = _("A video embedded from a video service.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(
        label=_("Description"), required=False, max_length=400
    )

    class Meta:
        icon = "doc-full"
        template = "content_blocks/document.html"
        label = _("Document download")
        description = _("A file to download, with its format and size.")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.CharBlock(
        label=_("Description"), required=False, max_length=300
    )

    class Meta:
        icon = "link"
        label = _("Link")


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "content_blocks/link_list.html"
        label = _("Link list")
        description = _("A list of web pages to read further.")
        preview_value = {
            "heading": "Further reading",
            "links": [
                {
                    "title": "Welcoming newcomers: a checklist",
                    "url": "https://example.org/checklist",
                    "description": "Two pages for the first week.",
                }
            ],
        }


class KeyFactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    value = blocks.CharBlock(label=_("Value"), max_length=120)

    class Meta:
        icon = "info-circle"
        label = _("Fact")


class KeyFactsBlock(blocks.StructBlock):
    facts = blocks.ListBlock(KeyFactBlock(), label=_("Facts"), min_num=1)

    class Meta:
        icon = "info-circle"
        template = "content_blocks/key_facts.html"
        label = _("Key facts")
        description = _("Short label and value pairs: participants, duration.")
        preview_value = {
            "facts": [
                {"label": "Participants", "value": "90 pupils a year"},
                {"label": "Duration", "value": "One school year"},
            ]
        }


class AdaptationStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("What to do"), max_length=800)

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class AdaptationStepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for “How to adapt it”."),
    )
    steps = blocks.ListBlock(AdaptationStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "content_blocks/adaptation_steps.html"
        label = _("How to adapt it, step by step")
        description = _("Numbered steps for a school that wants to do the same.")
        preview_value = {
            "steps": [
                {"title": "Map your pupils' languages", "text": "Ask families."},
                {"title": "Find two volunteers", "text": "Older pupils work well."},
            ]
        }


class OutcomeBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=40)
    description = blocks.CharBlock(label=_("What it measures"), max_length=250)

    class Meta:
        icon = "success"
        label = _("Outcome")


class OutcomesBlock(blocks.StructBlock):
    outcomes = blocks.ListBlock(OutcomeBlock(), label=_("Outcomes"), min_num=1)

    class Meta:
        icon = "success"
        template = "content_blocks/outcomes.html"
        label = _("Outcomes")
        description = _("Measured results, each a figure and what it means.")
        preview_value = {
            "outcomes": [
                {"figure": "4 in 5", "description": "pupils moved up a year on time"}
            ]
        }


class PartnerListBlock(blocks.StaticBlock):
    """Lists every partner organisation; used on the partners page."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        Partner = apps.get_model("practices", "Partner")
        context["partners"] = Partner.objects.order_by("name")
        return context

    class Meta:
        icon = "group"
        template = "content_blocks/partner_list.html"
        label = _("List of partners")
        description = _("Every partner organisation with its country and links.")
        admin_text = _("Shows every partner organisation. Nothing to fill in.")


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(
        label=_("Network"), max_length=40, help_text=_("For example LinkedIn.")
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Social link")


class BodyBlock(blocks.StreamBlock):
    """The body of an entry: everything a practice or resource may contain."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    link_list = LinkListBlock()
    key_facts = KeyFactsBlock()
    adaptation_steps = AdaptationStepsBlock()
    outcomes = OutcomesBlock()


class ContentPageBodyBlock(BodyBlock):
    """The body of an information page, which may also list the partners."""

    partner_list = PartnerListBlock()


class MaterialBlock(blocks.StreamBlock):
    """The documents and links that make up a resource."""

    document = DocumentBlock()
    link = LinkBlock(template="content_blocks/material_link.html")

    class Meta:
        block_counts = {}

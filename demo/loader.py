"""Build the demo site from the texts in ``demo.content``.

Everything is looked up by a stable key (a slug, a title, a username) before
it is created, so running the loader again adds only what is missing and
changes nothing that exists.
"""

import datetime
import io
import logging
import uuid
from html import escape
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from editorial.models import PartnerMembership
from editorial.roles import COORDINATORS, PARTNER_EDITORS, ensure_roles
from home.models import ContentPage, HomeFeaturedEntry, HomePage, SiteIdentity
from links.models import WebsiteLinksPage
from multilingual.locales import sync_locales
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from outputs.models import OutputIndexPage, OutputPage
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import (
    EducationLevel,
    EntryCountry,
    EntryLanguage,
    EntryPage,
    Kind,
    LearnerGroup,
    Partner,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    TargetGroup,
    Theme,
)

from . import artwork
from .content.dissemination import EVENTS, INDEX_PAGES, NEWS, OUTPUTS
from .content.partners import PARTNERS
from .content.practices_a import PRACTICES_A
from .content.practices_b import PRACTICES_B
from .content.resources import RESOURCES
from .content.site_pages import CONTENT_PAGES, HOME, LISTINGS
from .translations import (
    publish_dissemination_translations,
    publish_site_translations,
    publish_translations,
)

logger = logging.getLogger(__name__)

PRACTICES = PRACTICES_A + PRACTICES_B
# Demo entries get publication dates spread over the past two years, oldest
# first, so "newest first" and "latest additions" have something to show.
FIRST_PUBLICATION = datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.UTC)
DAYS_BETWEEN_ENTRIES = 9
FEATURED_SLUGS = 3

# Children of the home page shown in the main menu, in the order of the page
# tree; the information pages left out of it are linked from the footer.
MENU_PAGES = {
    "practices",
    "resources",
    "news",
    "events",
    "outputs",
    "websites",
    "about",
    "partners",
}
# News, events and outputs are dated relative to the day they are created; an
# item announced this long before it happens is published at this time of day.
DISSEMINATION_TIMEZONE = ZoneInfo("Europe/Brussels")
PUBLICATION_TIME = datetime.time(10, 0)

DEMO_PASSWORD = "migrant-schools-demo"
DEMO_ACCOUNTS = [
    # username, first name, group, partner slug
    ("coordinator", "Clara", COORDINATORS, "inclusive-schools-network"),
    ("editor.es", "Elena", PARTNER_EDITORS, "aula-abierta"),
    ("editor.it", "Luca", PARTNER_EDITORS, "ponte-educativo"),
]


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locale = Locale.get_default()
        self.created = {
            "pages": 0,
            "images": 0,
            "documents": 0,
            "partners": 0,
            "translations": 0,
        }

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        # Locales first: every page published after this gets its aliases in
        # the other languages, and the vocabulary is loaded in each of them.
        sync_locales()
        load_vocabulary()
        partners = self.load_partners()
        home = self.load_home()
        practice_index = self.child_index(home, PracticeIndexPage, "practices")
        resource_index = self.child_index(home, ResourceIndexPage, "resources")
        # Before the information pages, so that a new site's menu lists the
        # database, then the project's own pages, then "about" and "partners".
        news_index = self.child_index(home, NewsIndexPage, "news")
        event_index = self.child_index(home, EventIndexPage, "events")
        output_index = self.child_index(home, OutputIndexPage, "outputs")
        websites = self.child_index(
            home,
            WebsiteLinksPage,
            "websites",
            websites=[
                {
                    "type": "website",
                    "value": {
                        "category": category,
                        "title": title,
                        "url": url,
                        "description": description,
                    },
                }
                for category, title, url, description in INDEX_PAGES["websites"][
                    "websites"
                ]
            ],
        )
        self.load_content_pages(home)

        practices = [
            self.load_entry(practice_index, PracticePage, entry, partners)
            for entry in PRACTICES
        ]
        resources = [
            self.load_entry(resource_index, ResourcePage, entry, partners)
            for entry in RESOURCES
        ]
        self.feature(home, practices[:FEATURED_SLUGS] + resources[:FEATURED_SLUGS])
        today = timezone.localdate(timezone=DISSEMINATION_TIMEZONE)
        dissemination = {
            **{item["slug"]: self.load_news(news_index, item, today) for item in NEWS},
            **{
                item["slug"]: self.load_event(event_index, item, today)
                for item in EVENTS
            },
            **{
                item["slug"]: self.load_output(output_index, item, today)
                for item in OUTPUTS
            },
        }
        entries_by_slug = {
            entry["slug"]: (page, entry)
            for page, entry in zip(
                practices + resources, PRACTICES + RESOURCES, strict=True
            )
        }
        site_pages = {
            "home": home,
            "practices": practice_index,
            "resources": resource_index,
            "news": news_index,
            "events": event_index,
            "outputs": output_index,
            "websites": websites,
            **{page.slug: page for page in ContentPage.objects.child_of(home)},
        }
        self.created["translations"] = (
            publish_translations(entries_by_slug)
            + publish_site_translations(site_pages)
            + publish_dissemination_translations(dissemination)
        )
        self.date_entries(practices + resources)
        self.date_translations(dissemination.values())
        self.mark_sample_content(home)
        accounts = self.load_accounts(partners)
        logger.info("Demo content loaded: %s", self.created)
        return accounts

    # Partners, images and documents ---------------------------------------

    def load_partners(self):
        partners = {}
        for item in PARTNERS:
            partner = Partner.objects.filter(slug=item["slug"]).first()
            if partner is None:
                initials = "".join(word[0] for word in item["name"].split()[:3])
                partner = Partner.objects.create(
                    slug=item["slug"],
                    name=item["name"],
                    country=item["country"],
                    website=item["website"],
                    logo=self.image(
                        f"Logo of {item['name']}",
                        artwork.logo_png(item["slug"], initials.upper()),
                        description="",
                    ),
                    social_links=[
                        {"type": "link", "value": {"network": network, "url": url}}
                        for network, url in item["social"]
                    ],
                )
                self.created["partners"] += 1
            partners[item["slug"]] = partner
        return partners

    def image(self, title, png, description):
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        image = Image(
            title=title,
            description=description[:255],
            file=ImageFile(io.BytesIO(png), name=f"{slugish(title)}.png"),
        )
        image.save()
        self.created["images"] += 1
        return image

    def document(self, title, pdf):
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title)
        document.file.save(f"{slugish(title)}.pdf", ContentFile(pdf), save=False)
        document.save()
        self.created["documents"] += 1
        return document

    # The page tree ----------------------------------------------------------

    def load_home(self):
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is not None:
            return home

        self.remove_welcome_page()
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title=HOME["title"],
                slug="home",
                locale=self.locale,
                intro=paragraphs_html(HOME["intro"]),
                featured_heading=HOME["featured_heading"],
            )
        )
        home.save_revision().publish()
        self.created["pages"] += 1

        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        site.root_page = home
        site.site_name = HOME["title"]
        site.save()
        return home

    def remove_welcome_page(self):
        """Drop the placeholder page Wagtail creates on a new database.

        Only a plain page with no children is removed, never real content.
        """
        for page in Page.objects.filter(depth=2, numchild=0):
            if type(page.specific) is Page:
                Site.objects.filter(root_page=page).delete()
                page.delete()

    def child_index(self, home, model, slug, **fields):
        """The home page's one child of this type, created if missing."""
        index = model.objects.child_of(home).first()
        if index is None:
            texts = {**LISTINGS, **INDEX_PAGES}[slug]
            index = home.add_child(
                instance=model(
                    title=texts["title"],
                    slug=slug,
                    intro=paragraphs_html(texts["intro"]),
                    show_in_menus=slug in MENU_PAGES,
                    **fields,
                )
            )
            index.save_revision().publish()
            self.created["pages"] += 1
        return index

    def load_content_pages(self, home):
        for item in CONTENT_PAGES:
            if ContentPage.objects.child_of(home).filter(slug=item["slug"]).exists():
                continue
            body = stream_data(item["body"])
            if item["slug"] == "partners":
                body.append({"type": "partner_list", "value": None})
            page = home.add_child(
                instance=ContentPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item.get("intro", ""),
                    body=body,
                    show_in_menus=item["slug"] in MENU_PAGES,
                )
            )
            page.save_revision().publish()
            self.created["pages"] += 1

    def load_entry(self, index, model, entry, partners):
        existing = model.objects.child_of(index).filter(slug=entry["slug"]).first()
        if existing is not None:
            return existing

        body = stream_data(entry["body"])
        image = None
        if entry.get("image"):
            alt, caption = entry["image"]
            image = self.image(
                entry["title"], artwork.illustration_png(entry["slug"]), alt
            )
            position = 1 if body and body[0]["type"] == "paragraph" else 0
            body.insert(
                position,
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image.pk, "alt_text": alt},
                        "caption": caption,
                    },
                },
            )

        page = model(
            title=entry["title"],
            slug=entry["slug"],
            summary=entry["summary"],
            image=image,
            body=body,
            kind=self.term(Kind, entry["kind"]),
            level=entry["level"],
            stage=entry["stage"],
            organisation=entry["organisation"],
            funding=entry["funding"],
            year_started=entry["year_started"],
            year_ended=entry["year_ended"],
            website=entry["website"],
            contact_email=entry["contact_email"],
            evidence=entry["evidence"],
            evidence_summary=entry["evidence_summary"],
            transfer_cost=entry["transfer"]["cost"],
            transfer_time=entry["transfer"]["time"],
            transfer_staff=entry["transfer"]["staff"],
            transfer_adapt=entry["transfer"]["adapt"],
            partner=partners[entry["partner"]],
            origin=entry["origin"],
        )
        if model is ResourcePage:
            page.materials = self.materials(entry)
        page.countries = [EntryCountry(country=code) for code in entry["countries"]]
        page.material_languages = [
            EntryLanguage(language=code) for code in entry["languages"]
        ]
        page.education_levels = self.terms(EducationLevel, entry["education_levels"])
        page.target_groups = self.terms(TargetGroup, entry["target_groups"])
        page.themes = self.terms(Theme, entry["themes"])
        page.learner_groups = self.terms(LearnerGroup, entry["learner_groups"])

        index.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages"] += 1
        return page

    # News, events and outputs -----------------------------------------------

    def load_news(self, index, item, today):
        existing = NewsPage.objects.child_of(index).filter(slug=item["slug"]).first()
        if existing is not None:
            return existing
        date = today - datetime.timedelta(days=item["days_ago"])
        page = NewsPage(
            title=item["title"],
            slug=item["slug"],
            date=date,
            summary=item["summary"],
            body=stream_data(item["body"]),
        )
        return self.publish_dated(index, page, published=publication_time(date))

    def load_event(self, index, item, today):
        existing = EventPage.objects.child_of(index).filter(slug=item["slug"]).first()
        if existing is not None:
            # Its dates were fixed when it was created; they never move.
            return existing
        starts_at, ends_at = event_times(item, today)
        page = EventPage(
            title=item["title"],
            slug=item["slug"],
            event_type=item["event_type"],
            starts_at=starts_at,
            ends_at=ends_at,
            summary=item["summary"],
            venue=item["venue"],
            address=item["address"],
            city=item["city"],
            country=item["country"],
            online_url=item["online_url"],
            registration_url=item["registration_url"],
            programme=[
                {
                    "type": "item",
                    "value": {"time": time, "title": title, "description": text},
                }
                for time, title, text in item["programme"]
            ],
            body=stream_data(item["body"]),
            materials=self.materials(item),
        )
        published = publication_time(
            today - datetime.timedelta(days=item["published_days_ago"])
        )
        return self.publish_dated(index, page, published=published)

    def load_output(self, index, item, today):
        existing = OutputPage.objects.child_of(index).filter(slug=item["slug"]).first()
        if existing is not None:
            return existing

        def days_ago(days):
            return today - datetime.timedelta(days=days)

        available = item["available_days_ago"]
        page = OutputPage(
            title=item["title"],
            slug=item["slug"],
            reference=item["reference"],
            status=item["status"],
            available_from=days_ago(available) if available is not None else None,
            summary=item["summary"],
            body=stream_data(item["body"]),
            downloads=self.materials(
                {"title": item["title"], "materials": item["downloads"]}
            ),
        )
        return self.publish_dated(
            index,
            page,
            published=publication_time(days_ago(item["published_days_ago"])),
            updated=publication_time(days_ago(item["updated_days_ago"])),
        )

    def publish_dated(self, index, page, published, updated=None):
        """Add and publish ``page``, then date it as if published back then."""
        index.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages"] += 1
        dates = {
            "first_published_at": published,
            "last_published_at": updated or published,
        }
        Page.objects.filter(pk=page.pk).update(**dates)
        for field, value in dates.items():
            setattr(page, field, value)
        return page

    def date_translations(self, pages):
        """Give every language version the dates of the English page.

        The English dates were set once, when the page was created, so this
        changes nothing on a second run.
        """
        for page in pages:
            dates = Page.objects.filter(pk=page.pk).values(
                "first_published_at", "last_published_at"
            )[0]
            Page.objects.filter(translation_key=page.translation_key).exclude(
                pk=page.pk
            ).update(**dates)

    # Materials ----------------------------------------------------------------

    def materials(self, entry):
        blocks = []
        for kind, title, content in entry.get("materials", []):
            if kind == "document":
                lines = [
                    line
                    for paragraph in content.splitlines()
                    for line in artwork.wrap(paragraph)
                ]
                document = self.document(
                    f"{entry['title']}: {title}", artwork.text_pdf(title, lines)
                )
                blocks.append(
                    {
                        "type": "document",
                        "value": {
                            "document": document.pk,
                            "title": title,
                            "description": "",
                        },
                    }
                )
            else:
                blocks.append(
                    {
                        "type": "link",
                        "value": {"title": title, "url": content, "description": ""},
                    }
                )
        return blocks

    def term(self, model, slug):
        return model.objects.get(locale=self.locale, slug=slug)

    def terms(self, model, slugs):
        return list(model.objects.filter(locale=self.locale, slug__in=slugs))

    def date_entries(self, pages):
        """Spread publication dates, so listings have a meaningful order.

        Every language version of an entry gets the English page's dates.
        """
        for position, page in enumerate(pages):
            published = FIRST_PUBLICATION + datetime.timedelta(
                days=position * DAYS_BETWEEN_ENTRIES
            )
            published = min(published, timezone.now())
            Page.objects.filter(translation_key=page.translation_key).update(
                first_published_at=published, last_published_at=published
            )

    def feature(self, home, entries):
        if home.featured_entries.exists():
            return
        for position, entry in enumerate(entries):
            HomeFeaturedEntry.objects.create(
                page=home, entry=entry, sort_order=position
            )
        home.save_revision().publish()

    def mark_sample_content(self, home):
        site = Site.objects.get(root_page=home)
        identity = SiteIdentity.for_site(site)
        if not identity.sample_content:
            identity.sample_content = True
            identity.save()

    # Accounts ---------------------------------------------------------------

    def load_accounts(self, partners):
        User = get_user_model()
        accounts = []
        # The groups, their permissions and the workflow normally exist since
        # migrate; calling this again also covers indexes made just now.
        ensure_roles()
        for username, first_name, group_name, partner_slug in DEMO_ACCOUNTS:
            group = Group.objects.get(name=group_name)
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(
                    username=username,
                    email=f"{username}@{partner_slug}.example.org",
                    password=DEMO_PASSWORD,
                    first_name=first_name,
                )
                user.groups.add(group)
            PartnerMembership.objects.get_or_create(
                user=user, defaults={"partner": partners[partner_slug]}
            )
            if group_name == PARTNER_EDITORS:
                # Each demo editor answers for their partner's entries, in
                # every language, so "My entries" is not empty on day one.
                EntryPage.objects.filter(
                    partner=partners[partner_slug], owner__isnull=True
                ).update(owner=user)
            accounts.append((username, group_name, partners[partner_slug].name))
        return accounts


def publication_time(date):
    """A publication date as an aware time on that day, in Brussels."""
    return datetime.datetime.combine(
        date, PUBLICATION_TIME, tzinfo=DISSEMINATION_TIMEZONE
    )


def event_times(event, today):
    """An event's aware start and end, from its day offset and local times.

    An event that would fall on a weekend moves forward to the next working
    days; the move is at most a few days, so past events stay in the past and
    upcoming ones stay ahead.
    """
    zone = ZoneInfo(event["timezone"])
    first_day = today + datetime.timedelta(days=event["day"])
    while first_day.weekday() + event["days"] - 1 > 4:
        first_day += datetime.timedelta(days=1)
    last_day = first_day + datetime.timedelta(days=event["days"] - 1)
    starts = datetime.time.fromisoformat(event["starts"])
    ends = datetime.time.fromisoformat(event["ends"])
    return (
        datetime.datetime.combine(first_day, starts, tzinfo=zone),
        datetime.datetime.combine(last_day, ends, tzinfo=zone),
    )


def slugish(text):
    from django.utils.text import slugify

    return slugify(text)[:60] or "file"


def paragraphs_html(text):
    return "".join(
        f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip()
    )


def list_items(values):
    """ListBlock items in Wagtail's block format, each with its own id.

    wagtail-localize only offers list items for translation in this format,
    not in the older plain-list one.
    """
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values
    ]


def stream_data(blocks):
    """Turn the demo's (type, value) tuples into StreamField raw data."""
    converters = {
        "paragraph": lambda text: ("paragraph", paragraphs_html(text)),
        "heading": lambda text: ("heading", {"text": text, "level": "h2"}),
        "key_facts": lambda facts: (
            "key_facts",
            {"facts": list_items({"label": lb, "value": v} for lb, v in facts)},
        ),
        "steps": lambda steps: (
            "adaptation_steps",
            {
                "heading": "",
                "steps": list_items({"title": t, "text": x} for t, x in steps),
            },
        ),
        "outcomes": lambda outcomes: (
            "outcomes",
            {
                "outcomes": list_items(
                    {"figure": f, "description": d} for f, d in outcomes
                )
            },
        ),
        "quote": lambda quote: (
            "quote",
            {"quote": quote[0], "attribution": quote[1]},
        ),
        "links": lambda links: (
            "link_list",
            {
                "heading": "",
                "links": list_items(
                    {"title": title, "url": url, "description": ""}
                    for title, url in links
                ),
            },
        ),
    }
    data = []
    for kind, value in blocks:
        block_type, block_value = converters[kind](value)
        data.append({"type": block_type, "value": block_value})
    return data

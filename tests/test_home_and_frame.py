"""The home page and the frame every page shares: header, footer, notices."""

import pytest
from wagtail.models import Site

from home.models import HomeFeaturedEntry, SiteIdentity
from tests.conftest import html, texts
from tests.factories import (
    ContentPageFactory,
    PracticePageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DISCLAIMER_START = (
    "The European Commission support for the production of this publication "
    "does not constitute an endorsement"
)


def test_home_shows_featured_latest_and_entry_points(
    client, home, practice_index, resource_index
):
    ThemeFactory(slug="family-engagement", name="Family engagement")
    chosen = ResourcePageFactory(
        parent=resource_index,
        title="Picture dictionary",
        facets__themes=["family-engagement"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Parent café",
        facets__countries=["GR"],
        facets__themes=["family-engagement"],
    )
    HomeFeaturedEntry.objects.create(page=home, entry=chosen, sort_order=0)

    page = html(client.get(home.url))

    featured = page.find(id="featured-heading").parent
    assert texts(featured.select(".entry-card__title")) == ["Picture dictionary"]
    latest = page.find(id="latest-heading").parent
    assert texts(latest.select(".entry-card__title"))[0] == "Parent café"
    theme_link = page.find(id="themes-heading").parent.find("a")
    # The tile links to the practice listing, so it counts practices only.
    assert theme_link.get_text(" ", strip=True) == "Family engagement 1 entry"
    assert theme_link["href"] == f"{practice_index.url}?theme=family-engagement"
    country_link = page.find(id="countries-heading").parent.find("a")
    assert country_link.get_text(" ", strip=True).startswith("Greece")


def test_every_page_carries_the_funding_disclaimer(client, home, practice_index):
    entry = PracticePageFactory(parent=practice_index)
    about = ContentPageFactory(parent=home, slug="about", show_in_menus=True)

    for url in [home.url, practice_index.url, entry.url, about.url, "/en/search/"]:
        footer = html(client.get(url)).find("footer")
        assert DISCLAIMER_START in " ".join(footer.get_text().split()), url


def test_site_identity_is_editable(client, home):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.site_name = "Staying in School"
    identity.disclaimer = "Our own disclaimer."
    identity.save()

    page = html(client.get(home.url))

    assert page.title.get_text().endswith("Staying in School")
    assert "Our own disclaimer." in page.find("footer").get_text()


def test_sample_notice_shows_only_while_demo_content_is_marked(client, home):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    assert html(client.get(home.url)).select(".sample-notice") == []

    identity.sample_content = True
    identity.save()

    notice = html(client.get(home.url)).select_one(".sample-notice")
    assert "Sample content." in notice.get_text()


def test_menus_link_listings_and_information_pages(client, home, practice_index):
    ContentPageFactory(parent=home, title="About the database", show_in_menus=True)
    ContentPageFactory(parent=home, title="Privacy notice", slug="privacy")

    page = html(client.get(home.url))

    assert texts(page.select(".site-nav a")) == ["Practices", "About the database"]
    footer_links = texts(page.find("footer").select("nav a"))
    assert footer_links == [
        "Privacy notice",
        "Suggest a practice",
        "Open data and feeds",
        "Add the database to your website",
    ]
    listing = html(client.get(practice_index.url))
    current = listing.select_one('.site-nav a[aria-current="page"]')
    assert current.get_text() == "Practices"


def test_root_sends_visitors_to_a_language(client, home):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_unknown_address_gives_the_not_found_page(client, home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()

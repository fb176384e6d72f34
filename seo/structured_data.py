"""schema.org descriptions of pages, as JSON-LD for search engines.

Practices are CreativeWork, resources LearningResource, events Event, news
NewsArticle and partners Organization. Only public facts go in: no personal
data, nothing that the page itself does not show.
"""

from news.models import EventPage, NewsPage
from practices.models import EntryPage, ResourcePage

SCHEMA = "https://schema.org"


def organization(partner, request=None):
    data = {
        "@type": "Organization",
        "name": partner.name,
        "address": {"@type": "PostalAddress", "addressCountry": partner.country.code},
    }
    if partner.website:
        data["url"] = partner.website
    same_as = [link.value["url"] for link in partner.social_links]
    if same_as:
        data["sameAs"] = same_as
    if partner.logo and request is not None:
        rendition = partner.logo.get_rendition("max-400x200")
        data["logo"] = request.build_absolute_uri(rendition.url)
    return data


def publisher(site_name):
    return {"@type": "Organization", "name": site_name}


def image_url(page, request):
    image = getattr(page, "image", None)
    if not image:
        return ""
    return request.build_absolute_uri(image.get_rendition("fill-1200x630").url)


def entry_data(page, request, site_name):
    data = {
        "@type": "LearningResource"
        if isinstance(page, ResourcePage)
        else "CreativeWork",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "author": {"@type": "Organization", "name": page.organisation},
        "publisher": publisher(site_name),
        "keywords": [theme.name for theme in page.themes.all()],
        "about": [group.name for group in page.learner_groups.all()],
        "audience": [
            {"@type": "Audience", "audienceType": group.name}
            for group in page.target_groups.all()
        ],
        "educationalLevel": [level.name for level in page.education_levels.all()],
        "spatialCoverage": [
            {"@type": "Country", "name": str(item.country.name)}
            for item in page.countries.all()
        ],
        "genre": page.kind.name,
    }
    if page.licence_url:
        data["license"] = page.licence_url
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.partner:
        data["contributor"] = organization(page.partner)
    return data


def event_data(page, request, site_name):
    if page.venue and page.online_url:
        mode = "MixedEventAttendanceMode"
    elif page.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    locations = []
    if page.venue:
        address = {"@type": "PostalAddress"}
        if page.address:
            address["streetAddress"] = page.address
        if page.city:
            address["addressLocality"] = page.city
        if page.country:
            address["addressCountry"] = page.country.code
        locations.append({"@type": "Place", "name": page.venue, "address": address})
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    return {
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "startDate": page.starts_at.isoformat(),
        "endDate": page.ends_at.isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/{mode}",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": publisher(site_name),
    }


def news_data(page, request, site_name):
    data = {
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "datePublished": page.date.isoformat(),
        "publisher": publisher(site_name),
        "author": publisher(site_name),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def partners_on(page):
    """The partners a page lists through a partner list block, if any."""
    body = getattr(page, "body", None)
    if body is None or not any(b.block_type == "partner_list" for b in body):
        return []
    from practices.models import Partner

    return list(Partner.objects.order_by("name"))


def page_data(page, request, site_name):
    """The JSON-LD objects describing ``page``; an empty list when none fits."""
    if isinstance(page, EntryPage):
        items = [entry_data(page, request, site_name)]
    elif isinstance(page, EventPage):
        items = [event_data(page, request, site_name)]
    elif isinstance(page, NewsPage):
        items = [news_data(page, request, site_name)]
    else:
        items = [organization(p, request) for p in partners_on(page)]
    image = image_url(page, request)
    for item in items:
        item["@context"] = SCHEMA
        if image and item["@type"] != "Organization":
            item["image"] = image
    return items

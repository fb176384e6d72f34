"""Events as iCalendar (RFC 5545) files that calendar applications import."""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

logger = logging.getLogger(__name__)

PRODUCT_ID = "-//Drop-out Prevention Database//Events//EN"


def build_calendar(request, events):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", settings.WAGTAIL_SITE_NAME)
    host = request.get_host().split(":")[0]
    now = timezone.now()
    for page in events:
        url = page.get_full_url(request)
        event = Event()
        # The translation key is shared by every language version of an event,
        # so a calendar that imports two languages keeps a single entry.
        event.add("uid", f"event-{page.translation_key}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", page.starts_at)
        event.add("dtend", page.ends_at)
        event.add("summary", page.title)
        event.add("description", f"{page.summary}\n\n{url}")
        event.add("url", url)
        location = page.place or page.online_url
        if location:
            event.add("location", location)
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        calendar.add_component(event)
    return calendar.to_ical()


def calendar_response(request, events, filename):
    response = HttpResponse(
        build_calendar(request, events), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{filename}.ics"
    )
    return response

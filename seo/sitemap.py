"""The sitemap: every page in every language, with its language versions.

Wagtail's own sitemap lists the pages below the site's root, which is the
English tree only; here each locale's tree is listed. Pages that are still
aliases of the English page (not yet translated) are left out: their text is
the English page's, which is listed once.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    limit = 5000

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = root.get_translations(inclusive=True)
        condition = None
        for tree in trees:
            below = Page.objects.filter(path__startswith=tree.path)
            condition = below if condition is None else condition | below
        pages = (
            condition.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )
        pages = list(pages)
        self.versions = defaultdict(list)
        for page in pages:
            self.versions[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            location = item.get_full_url(self.request)
            if not location:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            last_mods.add(lastmod)
            alternates = self.alternates(item)
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": alternates if len(alternates) > 2 else [],
                }
            )
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self, page):
        """Every language version of ``page``, itself included, and x-default."""
        found = []
        for version in self.versions[page.translation_key]:
            url = version.get_full_url(self.request)
            if url:
                found.append(
                    {"lang_code": version.locale.language_code, "location": url}
                )
                if version.locale.language_code == settings.LANGUAGE_CODE:
                    found.append({"lang_code": "x-default", "location": url})
        return found

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.views.decorators.cache import cache_control

from .sitemap import MultilingualSitemap


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})


@cache_control(max_age=60 * 60 * 24)
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "Disallow: /*/export/",
        "Disallow: /*/embed/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

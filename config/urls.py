from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from embed import views as embed_views
from open_data import views as open_data_views
from open_data.api import api_router
from practices.views import entry_permalink
from search import views as search_views
from seo import views as seo_views
from suggestions import views as suggestion_views
from syndication.feeds import atom_feed, rss_feed

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("entries/<int:entry_id>/", entry_permalink, name="entry-permalink"),
    path("healthz", search_views.healthz, name="healthz"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots, name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path(
        "search/autocomplete/",
        search_views.autocomplete,
        name="search-autocomplete",
    ),
    path("suggest/", suggestion_views.suggest_practice, name="suggest-practice"),
    path("suggest/thanks/", suggestion_views.thanks, name="suggest-practice-thanks"),
    path("feeds/<slug:kind>/rss/", rss_feed, name="feed-rss"),
    path("feeds/<slug:kind>/atom/", atom_feed, name="feed-atom"),
    path(
        "export/<slug:source>.<slug:file_format>",
        open_data_views.export,
        name="export",
    ),
    path("open-data/", open_data_views.open_data, name="open-data"),
    path("embed/<slug:source>/", embed_views.widget, name="embed-widget"),
    path("add-to-your-website/", embed_views.builder, name="embed-builder"),
    path("", include(wagtail_urls)),
)

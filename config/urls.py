from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from practices.views import entry_permalink
from search import views as search_views
from suggestions import views as suggestion_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("entries/<int:entry_id>/", entry_permalink, name="entry-permalink"),
    path("healthz", search_views.healthz, name="healthz"),
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
    path("", include(wagtail_urls)),
)

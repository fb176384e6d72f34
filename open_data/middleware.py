"""Cross-origin reading of the public, read-only data.

Other platforms read the API, the feeds and the exports from their own pages'
scripts. Only safe methods are opened up, and no credentials are allowed, so
a foreign page can read what any visitor can read and nothing more.
"""

import functools

from django.conf import settings
from django.http import HttpResponse

ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def cross_origin_get(view):
    """Mark a view's responses as readable by any origin."""

    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cross_origin_get = True
        return response

    return functools.wraps(view)(wrapped)


class ReadOnlyCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = getattr(settings, "OPEN_API_PREFIX", "/api/")

    def __call__(self, request):
        in_api = request.path.startswith(self.prefix)
        if in_api and request.method == "OPTIONS":
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
        if (in_api or getattr(response, "cross_origin_get", False)) and (
            request.method in ("GET", "HEAD", "OPTIONS")
        ):
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response["Access-Control-Max-Age"] = "86400"
        return response

"""Who may show our pages inside a frame.

Every page refuses to be framed by other sites (clickjacking), except the
widget, which exists to be framed. The admin frames its own previews, so the
site itself may frame its pages.
"""

import functools

FRAME_ANCESTORS_SELF = "frame-ancestors 'self'"
FRAME_ANCESTORS_ANY = "frame-ancestors *"


def embeddable(view):
    """Let any site frame this view's responses."""

    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.embeddable = True
        return response

    return functools.wraps(view)(wrapped)


class FrameAncestorsMiddleware:
    """Sends X-Frame-Options and a CSP frame-ancestors directive.

    It sits after Django's XFrameOptionsMiddleware in MIDDLEWARE, so it sees
    the response first and can take the header off an embeddable one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "embeddable", False):
            response.xframe_options_exempt = True
            response["Content-Security-Policy"] = FRAME_ANCESTORS_ANY
        elif "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = FRAME_ANCESTORS_SELF
        return response

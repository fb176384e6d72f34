from django.http import Http404
from django.shortcuts import redirect

from .models import EntryPage


def entry_permalink(request, entry_id):
    """A stable address for an entry that survives a change of title or slug."""
    entry = EntryPage.objects.live().filter(pk=entry_id).first()
    if entry is None:
        raise Http404("No published entry has this number.")
    return redirect(entry.get_url(request), permanent=False)

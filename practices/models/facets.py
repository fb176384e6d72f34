"""The facet index: each live entry's value of every facet, one row each."""

from django.db import models


class EntryFacetValue(models.Model):
    """One value of one facet of a live entry ("country", "ES").

    A copy of what the entry's own fields and relations say, kept so that a
    listing or a search counts the options of all its facets with one grouped
    query. ``practices.facet_index`` keeps it in step with the entries.
    """

    entry = models.ForeignKey(
        "practices.EntryPage",
        on_delete=models.CASCADE,
        related_name="+",
        # The unique constraint's index, which starts with the entry, serves.
        db_index=False,
    )
    # The entry's own locale, repeated so that a choice in one language's
    # listing reads only that language's rows.
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # the lookup index starts with it
    )
    facet = models.CharField(max_length=32)
    value = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "facet", "value"], name="entry_facet_value_once"
            )
        ]
        indexes = [
            models.Index(
                fields=["locale", "facet", "value", "entry"],
                name="entry_facet_value_lookup",
            )
        ]

    def __str__(self):
        return self.term(self.facet, self.value)

    @staticmethod
    def term(facet, value):
        """The value as one string, "country:ES", as the search engine holds it."""
        return f"{facet}:{value}"

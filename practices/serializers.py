"""How the public API shows an entry's facets: by code and label, as filtered.

By default the API would show related terms as bare database ids, which mean
nothing outside this site; codes are what the listing, feed and API filters
take, so a client can feed a value straight back into a filter.
"""

from rest_framework import serializers


class TermSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class PartnerSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    country = serializers.CharField(source="country.code", read_only=True)
    website = serializers.URLField(read_only=True)


class CodeListField(serializers.Field):
    """The codes of a child relation's rows, such as ["ES", "IT"]."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        codes = []
        for row in value.all():
            code = getattr(row, self.attribute)
            codes.append(getattr(code, "code", code))
        return codes

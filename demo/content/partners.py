"""The partner organisations of the demo.

They are fictional, so that sample content is never mistaken for a statement
by a real organisation.
"""

PARTNERS = [
    {
        "slug": "inclusive-schools-network",
        "name": "Inclusive Schools Network",
        "country": "BE",
        "website": "https://inclusive-schools.example.org/",
        "social": [("LinkedIn", "https://linkedin.example.org/inclusive-schools")],
        "coordinator": True,
    },
    {
        "slug": "aula-abierta",
        "name": "Fundación Aula Abierta",
        "country": "ES",
        "website": "https://aula-abierta.example.org/",
        "social": [("Facebook", "https://facebook.example.org/aulaabierta")],
    },
    {
        "slug": "ponte-educativo",
        "name": "Centro Studi Ponte Educativo",
        "country": "IT",
        "website": "https://ponte-educativo.example.org/",
        "social": [("Instagram", "https://instagram.example.org/ponteeducativo")],
    },
    {
        "slug": "kyklos",
        "name": "Kyklos Centre for Intercultural Learning",
        "country": "GR",
        "website": "https://kyklos.example.org/",
        "social": [("X", "https://x.example.org/kyklos_edu")],
    },
    {
        "slug": "brueckenschule",
        "name": "Brückenschule e.V.",
        "country": "DE",
        "website": "https://brueckenschule.example.org/",
        "social": [("Mastodon", "https://mastodon.example.org/@brueckenschule")],
    },
    {
        "slug": "horizons-ecole",
        "name": "Association Horizons École",
        "country": "FR",
        "website": "https://horizons-ecole.example.org/",
        "social": [("LinkedIn", "https://linkedin.example.org/horizons-ecole")],
    },
]

"""Home page texts and the fixed content pages (about, partners, privacy, etc.)."""

HOME = {
    "title": "Keeping migrant students in school",
    "intro": "A free, searchable collection of practices and resources that help migrant students stay in school and finish their education. Find out what schools, organisations and authorities across Europe have tried, what worked, and how to adapt it to your own setting.",
    "featured_heading": "Featured practices and resources",
}

LISTINGS = {
    "practices": {
        "title": "Practices",
        "intro": "Good practices, projects, policies, methodologies and teaching approaches that help migrant students stay in school. Filter them to find what fits your situation.",
    },
    "resources": {
        "title": "Resources",
        "intro": "Handbooks, toolkits, lesson material, courses, videos, studies and assessment tools to use in your school.",
    },
}

CONTENT_PAGES = [
    {
        "slug": "about",
        "title": "About the database",
        "intro": "What this database is, who it is for and how its entries are chosen.",
        "body": [
            (
                "paragraph",
                "Please note: the entries currently on this site are sample content, written by the project team for demonstration only. The practices, resources and organisations they describe are fictional, and so are all the web addresses and contact details. Real entries will replace them once the database opens.",
            ),
            ("heading", "What the database is"),
            (
                "paragraph",
                "Students with a migrant background leave school early more often than their classmates in most European countries. Much is already being done about it, but the knowledge is spread over project websites, reports and the memory of the people involved. This database brings it together in one place. It collects good practices, projects, policies, methodologies and teaching approaches, as well as practical resources such as handbooks, toolkits, lesson material, courses, videos and assessment tools, at local, national, European and international level.",
            ),
            ("heading", "Who it is for"),
            (
                "paragraph",
                "The database is written for the people who can make a difference in a student's path: teachers, school leaders, educators and trainers, but also policy makers, community organisations and families. Every entry describes in plain language what was done, for whom, what evidence there is that it works, and what another school or organisation would need to adapt it. You can filter entries by education level, theme, target group, learner group, country and the stage of early leaving they address.",
            ),
            ("heading", "How entries are selected"),
            (
                "paragraph",
                "Entries come from several sources: earlier projects of the partner organisations, recommendations of the project's expert board, focus groups with teachers, students and families, contributions from stakeholders, and desk research. An editor from a partner organisation writes or checks each entry, and the coordinating team reviews it before it is published.",
            ),
            (
                "steps",
                [
                    (
                        "Relevance",
                        "The entry helps prevent early school leaving of migrant students, or helps them return to education.",
                    ),
                    (
                        "Clarity",
                        "It is described well enough for someone else to understand and reuse it.",
                    ),
                    (
                        "Honesty about evidence",
                        "We state what kind of evaluation exists, including when there is none yet.",
                    ),
                    (
                        "Transferability",
                        "We say what it costs, how long it takes and what must change to use it elsewhere.",
                    ),
                ],
            ),
            ("heading", "Suggest an entry"),
            (
                "paragraph",
                "Do you know a practice or resource that belongs here, perhaps your own? We would like to hear about it. Fill in the “Suggest a practice” form, which is linked at the bottom of every page: tell us the name of the practice, what it does and for whom, the country where it runs and a website if there is one. You do not need an account, and you will receive a confirmation by email. The project team reads every suggestion and may write to you with questions; if it becomes an entry, we will ask you to check the text before it is published. If you cannot use the form, write to database@inclusive-schools.example.org.",
            ),
        ],
    },
    {
        "slug": "partners",
        "title": "Partners",
        "intro": "The organisations that build and maintain the database.",
        "body": [
            (
                "paragraph",
                "The database is built by a partnership of organisations from six European countries that work with schools, teachers and migrant families. Each partner brings its own earlier projects, contacts with schools and knowledge of its national education system, and each is responsible for finding, writing and checking entries from its region.",
            ),
            (
                "paragraph",
                "The partners also link to the database from their own websites and social media, so that the collection reaches as many teachers, school leaders and policy makers as possible. To learn more about a partner's work, follow the links below.",
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": "What personal data this site stores, why, for how long, and what your rights are.",
        "body": [
            ("heading", "Who is responsible"),
            (
                "paragraph",
                "The controller of personal data processed on this site is the Inclusive Schools Network, which coordinates the project and runs the database. You can reach us about any question on privacy at privacy@inclusive-schools.example.org. We process personal data in line with the General Data Protection Regulation (GDPR) and Belgian data protection law.",
            ),
            ("heading", "What data we store and why"),
            (
                "key_facts",
                [
                    (
                        "Visitors",
                        "You can read the whole database without an account. We store no tracking cookies and use no third-party analytics.",
                    ),
                    (
                        "Server logs",
                        "Our server records IP addresses, pages requested and the time, to keep the site secure and fix errors.",
                    ),
                    (
                        "Editor accounts",
                        "For partner staff who edit content: name, work email address, organisation, a securely hashed password, role, login times and a history of changes made.",
                    ),
                    (
                        "Suggestions",
                        "When you use the suggestion form: your name, email address, organisation if given, and the text and links you send us.",
                    ),
                    (
                        "Cookies",
                        "Only technically necessary cookies: a session cookie when an editor is logged in, a security token for forms and one that remembers your language.",
                    ),
                ],
            ),
            (
                "paragraph",
                "We use editor data to give partner staff access, to know who changed what, and to contact editors about their work; the legal basis is our legitimate interest in running the database securely and, for partner staff, the project agreement between the partners. We use suggestion data only to assess the suggestion and to contact you about it; the legal basis is your consent, which you can withdraw at any time. Server logs are kept on the basis of our legitimate interest in a secure site.",
            ),
            ("heading", "How long we keep it"),
            (
                "steps",
                [
                    ("Server logs", "Deleted automatically after 30 days."),
                    (
                        "Editor accounts",
                        "Kept while the person edits for a partner, and deleted within three months after they leave. The change history keeps only the editor's name.",
                    ),
                    (
                        "Suggestions",
                        "Deleted 12 months after we have answered, unless the suggestion becomes an entry and you agree to be named as its contact.",
                    ),
                ],
            ),
            ("heading", "Who can see it"),
            (
                "paragraph",
                "Personal data is seen only by the coordinating team and, for their own editors and regional suggestions, by the partner organisations. The site is hosted by a provider inside the European Union that processes data only on our instructions. We do not sell personal data or pass it on for advertising, and we do not transfer it outside the European Economic Area.",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "Under the GDPR you have the right to ask for a copy of your data, to have it corrected or deleted, to restrict or object to its use, and to receive it in a portable format. Where we rely on consent, you can withdraw it at any time without affecting earlier use. Write to privacy@inclusive-schools.example.org and we will answer within one month. If you are not satisfied, you can complain to the Belgian Data Protection Authority or to the authority in your own country.",
            ),
            (
                "paragraph",
                "We will update this notice when the site changes, for example when it offers a new way to contact us, and explain any important change on this page before it takes effect.",
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": "How accessible this site is, what we know still needs work, and how to tell us about a problem.",
        "body": [
            (
                "paragraph",
                "We want everyone to be able to use this database, including people who use a screen reader, a keyboard only, voice control or zoom, and people who find long or complex texts difficult. Our goal is to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard referred to by the European accessibility rules for public sector websites.",
            ),
            ("heading", "What we have done"),
            (
                "steps",
                [
                    (
                        "Structure",
                        "Pages use proper headings, landmarks and lists, so they can be navigated with assistive technology.",
                    ),
                    (
                        "Keyboard",
                        "All search filters, menus and forms can be used with a keyboard, with a visible focus indicator.",
                    ),
                    (
                        "Text and colour",
                        "Text can be enlarged to 200% without loss of content, and colours meet the contrast requirements.",
                    ),
                    (
                        "Images",
                        "Images that carry information have a text alternative; decorative images are hidden from screen readers.",
                    ),
                    (
                        "Plain language",
                        "Entries are written in plain English with a short summary at the top.",
                    ),
                ],
            ),
            ("heading", "Known limitations"),
            (
                "paragraph",
                "The site is partially compliant with WCAG 2.1 AA. Some downloadable documents, especially older PDF files from partner projects, are not fully tagged and may be hard to read with a screen reader. Some videos hosted by other organisations have no captions or transcripts in every language. Translations of the interface may appear before all entries are translated, so some pages mix languages. Linked external websites are outside our control. We are working on these points and ask partners to provide accessible versions of new material.",
            ),
            ("heading", "Report a problem"),
            (
                "paragraph",
                "If you cannot use part of the site, or you need a document in another format, please tell us. Write to accessibility@inclusive-schools.example.org and describe the page, what you were trying to do and the technology you use. We will reply within ten working days and, where we can, send you the information in a form that works for you. If you are not satisfied with our answer, you can contact the national body that monitors web accessibility in your country.",
            ),
            (
                "key_facts",
                [
                    ("Standard", "WCAG 2.1, level AA"),
                    ("Status", "Partially compliant"),
                    ("Contact", "accessibility@inclusive-schools.example.org"),
                ],
            ),
        ],
    },
    {
        "slug": "legal-notice",
        "title": "Legal notice",
        "intro": "Who publishes this site, how you may reuse its content and the limits of our responsibility.",
        "body": [
            ("heading", "Publisher"),
            (
                "key_facts",
                [
                    (
                        "Organisation",
                        "Inclusive Schools Network, non-profit association",
                    ),
                    ("Address", "Rue des Exemples 12, 1000 Brussels, Belgium"),
                    ("Email", "info@inclusive-schools.example.org"),
                    ("Website", "https://inclusive-schools.example.org/"),
                    ("Responsible for content", "The coordinating team of the project"),
                ],
            ),
            (
                "paragraph",
                "The Inclusive Schools Network coordinates the project and publishes this database on behalf of all partner organisations. Each entry names the partner that contributed it. This is a demonstration site: the organisations, addresses and entries shown are fictional.",
            ),
            ("heading", "Licence"),
            (
                "paragraph",
                "Unless a page or document says otherwise, the texts of this database are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may copy, translate, adapt and share them, also for commercial purposes, as long as you credit the database and the contributing partner and indicate if you made changes. Logos, photographs and material from third parties may be under other terms, which are stated next to them.",
            ),
            ("heading", "Liability"),
            (
                "paragraph",
                "We check entries carefully, but we cannot guarantee that every detail is complete, current or correct, or that a practice will work the same way in another setting. Using the information is at your own risk. We are not responsible for the content of external websites linked from this database; if you find a link that no longer works or leads somewhere inappropriate, please let us know so we can remove it.",
            ),
            ("heading", "Funding"),
            (
                "paragraph",
                "The project is co-funded by the European Union. The content of this site reflects only the views of its authors. The European Commission does not endorse it and is not responsible for any use of the information it contains.",
            ),
        ],
    },
]

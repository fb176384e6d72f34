"""News, events, project outputs and websites of interest.

These pages tell the story of the project itself rather than describe
practices. Dates are not fixed: each news item, event and output gives day
offsets from the day ``load_demo`` first runs, so that a new demo always has
recent news, two past events and three upcoming ones. Once created, the pages
keep their dates; running the loader again does not move them.

Organisations are the fictional partners of ``partners.py``; every address is
made up and every URL and email uses ``example.org``, except the websites of
interest, which are real public sites described in our own words. See FORMAT.md
for the shape of each item.
"""

# The four listings under the home page. "websites" is a single page that
# holds its list of websites itself.
INDEX_PAGES = {
    "news": {
        "title": "News",
        "intro": "What the project team has been working on: meetings, new material, reports from our focus groups and each issue of the newsletter. Subscribe to the feed to hear when something new is published.",
    },
    "events": {
        "title": "Events",
        "intro": "Meetings of the partnership, events where we present the database to teachers and school leaders, focus groups and webinars. Upcoming events come first; summaries, slides and recordings of past events stay available below them.",
    },
    "outputs": {
        "title": "Project outputs",
        "intro": "The results the project has committed to deliver under Erasmus+: what each one is for, how far it has come and, once it is ready, where to get it. Every output is free to use under an open licence.",
    },
    "websites": {
        "title": "Websites of interest",
        "intro": "Other places to look for ideas, evidence and support on keeping migrant students in school. The editors chose each site for its practical value to schools and families. We are not responsible for the content of external sites.",
        # (category, name, address, why it is worth a visit)
        "websites": [
            (
                "toolkit",
                "European Toolkit for Schools",
                "https://www.schooleducationgateway.eu/en/pub/resources/toolkitsforschools.htm",
                "A European Commission collection of ideas and examples for a whole-school approach to inclusion and early school leaving. Resources are selected by an editorial board and sorted by area, from school governance and teaching to support for learners and the involvement of parents.",
            ),
            (
                "toolkit",
                "VET toolkit for tackling early leaving (Cedefop)",
                "https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving",
                "Cedefop's toolkit for vocational schools and training providers. It offers good practices, quick wins, reflection tools and evaluation plans for spotting learners at risk and bringing early leavers back into training.",
            ),
            (
                "policy",
                "European Website on Integration",
                "https://migrant-integration.ec.europa.eu/",
                "The European Commission's site on the integration of migrants, with news, funding calls, country profiles and a large library of integration practices, many of them about schools and young people.",
            ),
            (
                "policy",
                "Pathways to School Success",
                "https://education.ec.europa.eu/education-levels/school-education/pathways-to-school-success",
                "The European Union's policy framework for better school outcomes and less early leaving. The page explains the Council Recommendation and links to the support the Commission offers countries to put it into practice.",
            ),
            (
                "research",
                "Eurydice",
                "https://eurydice.eacea.ec.europa.eu/",
                "The European network that describes how each country's education system is organised. Its country descriptions and comparative reports are the quickest way to understand an unfamiliar school system, including how it receives newly arrived pupils.",
            ),
            (
                "research",
                "OECD PISA",
                "https://www.oecd.org/en/about/programmes/pisa.html",
                "The OECD's international assessment of 15-year-olds. Its reports compare the results, well-being and sense of belonging of students with and without a migrant background in many countries.",
            ),
            (
                "network",
                "SIRIUS – Policy Network on Migrant Education",
                "https://www.sirius-migrationeducation.org/",
                "A European network of researchers, policy makers, practitioners and migrant organisations working for more inclusive education. It publishes policy briefs and yearly reports on the education of migrant and refugee pupils.",
            ),
            (
                "project",
                "Erasmus+ Project Results Platform",
                "https://erasmus-plus.ec.europa.eu/projects",
                "The public archive of projects funded by Erasmus+ and the programmes before it. Search it for projects on inclusion and early school leaving and download the results they have published.",
            ),
            (
                "families",
                "A guide to Spanish schools for families",
                "https://aula-abierta.example.org/families/guide",
                "Fundación Aula Abierta's short guide for parents who are new to Spain: how to enrol a child, how the school stages work, which grants exist and whom to ask for help. Available in eight languages.",
            ),
            (
                "families",
                "School words in twelve languages",
                "https://brueckenschule.example.org/schulwoerter",
                "A printable picture glossary by Brückenschule e.V. with the words families meet most often in letters from school, from parents' evening to school trip.",
            ),
        ],
    },
}

# News items, oldest first. "days_ago" dates each item from the first load.
NEWS = [
    {
        "slug": "project-kick-off",
        "days_ago": 900,
        "title": "Six partners start work on a shared database of practices",
        "summary": "The partnership met in Brussels to launch a three-year Erasmus+ project on keeping migrant students in school. The first task: agree on what makes a practice worth sharing and how to describe it so that others can reuse it.",
        "body": [
            (
                "paragraph",
                "Representatives of the six partner organisations spent two days at the office of the Inclusive Schools Network in Brussels to start the project. Most of us had worked together before on smaller exchanges, but this is the first time we are building something meant to outlive the project: a public database that teachers, school leaders and policy makers can search in their own language.\n\nThe first day was given to the question that shapes everything else: what should an entry say? We agreed that a description is only useful if it tells the reader who the practice was for, what it cost, what evidence there is and what another school would need to change. These points became the fixed sections that every entry now has.",
            ),
            ("heading", "What was agreed"),
            (
                "key_facts",
                [
                    (
                        "Partners",
                        "Six organisations from Belgium, Spain, Italy, Greece, Germany and France",
                    ),
                    ("Duration", "Three years"),
                    ("Languages", "Seven, with English as the source language"),
                    (
                        "First task",
                        "Each partner proposes ten practices from its own region",
                    ),
                ],
            ),
            (
                "paragraph",
                "Each partner will now go through its earlier projects and its contacts with schools to propose ten candidate practices. The expert board will meet online to review the first proposals and help us decide which ones are described well enough to publish.",
            ),
            (
                "quote",
                (
                    "We have all seen good projects disappear when the funding ended. This time we want what schools have learnt to stay easy to find.",
                    "The project coordinator",
                ),
            ),
        ],
    },
    {
        "slug": "database-opens",
        "days_ago": 696,
        "title": "The database is open to everyone",
        "summary": "Anyone can now search practices and resources that help migrant students stay in school and filter them by country, theme and education level. New entries will follow every week or two, and translations are under way.",
        "body": [
            (
                "paragraph",
                "After months of collecting, writing and checking, the database is online. It opens with its first entries: practices that schools, organisations and authorities have tried, and resources such as handbooks, lesson material and courses. More will follow every week or two as the partners finish writing and checking them. An editor from one of the partners writes or checks each entry, and the coordinating team reviews it before publication.\n\nYou do not need an account. Search for a word, or narrow the list by education level, theme, target group, learner group, country and the stage of early leaving that an entry addresses.",
            ),
            ("heading", "Where to start"),
            (
                "steps",
                [
                    (
                        "Browse by theme",
                        "The home page shows the themes and countries with the most entries. Choose one to see a filtered list.",
                    ),
                    (
                        "Read the transfer section first",
                        "Each entry ends with what it costs, how long it takes and what another school would need to adapt. Start there if you are deciding whether to try it.",
                    ),
                    (
                        "Tell us what is missing",
                        "Write to the coordinating team to propose a practice or resource, including your own.",
                    ),
                ],
            ),
            (
                "paragraph",
                "Translations into Spanish, Italian and Arabic are under way, and the other partner languages will follow. Pages that are not translated yet are shown in English, with a short notice at the top.",
            ),
        ],
    },
    {
        "slug": "focus-group-with-families-report",
        "days_ago": 13,
        "title": "What families told us: report from the focus group in Valencia",
        "summary": "Fourteen parents with a migrant background talked about what helped their children stay in school and what got in the way. Their answers will guide the next entries we look for and the training course for teachers.",
        "body": [
            (
                "paragraph",
                "The focus group took place one weekday evening at Fundación Aula Abierta in Valencia, with childcare and interpreters for Arabic, Romanian and Urdu. Fourteen mothers and fathers took part; their children go to primary and secondary schools in the city and nearby towns. We asked three open questions: when did you feel welcome at your child's school, when did you feel left out, and what would you change first?",
            ),
            ("heading", "Three things we heard again and again"),
            (
                "steps",
                [
                    (
                        "Information comes too late",
                        "Several parents heard about important choices, such as which track to follow in secondary school, only after the deadline had passed.",
                    ),
                    (
                        "One trusted person changes everything",
                        "Families with a named contact at school, often a teacher or a mediator who spoke their language, felt able to ask questions before small problems grew.",
                    ),
                    (
                        "Homework builds a wall",
                        "Parents wanted to help but could not follow the tasks. Homework clubs and short guides written for parents were named as the most useful support.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "When the school phoned me, it was always because something was wrong. The first time they called to say my son had done well, I cried.",
                    "A father of two children",
                ),
            ),
            (
                "paragraph",
                "A summary of the discussion can be downloaded from the event page. Our partners in Italy and Greece will hold similar focus groups, so that we can compare what families say about different school systems.",
            ),
        ],
    },
    {
        "slug": "newsletter-issue-5",
        "days_ago": 4,
        "title": "Newsletter no. 5: new entries, a webinar and the final conference",
        "summary": "The fifth issue of the project newsletter is out. It presents the latest additions to the database, reports on the focus group with families and invites you to our next events.",
        "body": [
            (
                "paragraph",
                "Our newsletter appears twice a year and is sent by email in the seven languages of the project. This issue presents the entries added to the database since the last one, among them several practices from vocational schools and a set of letters that schools can send to families in their own language. It also reports on the focus group with families in Valencia and on the training course for teachers, whose first modules are being tried out in partner schools. And there is now a quicker way to propose a practice: the “Suggest a practice” form, linked at the bottom of every page of the database.",
            ),
            ("heading", "Dates for your calendar"),
            (
                "paragraph",
                "We invite school staff to a free webinar on using the database to plan support for newly arrived pupils, to a multiplier event in Bologna, and to the final conference of the project in Brussels. All three are on our events page, where you can also register.",
            ),
            (
                "links",
                [
                    (
                        "Newsletter no. 5, web version",
                        "https://inclusive-schools.example.org/newsletter/5",
                    ),
                    (
                        "Subscribe to the newsletter",
                        "https://inclusive-schools.example.org/newsletter/subscribe",
                    ),
                ],
            ),
        ],
    },
]

# Events in date order. "day" is the first day, counted from the first load
# (negative for past events); it moves forward to the next working day when it
# falls on a weekend. Times are local times in "timezone".
EVENTS = [
    {
        "slug": "transnational-meeting-leipzig",
        "event_type": "meeting",
        "published_days_ago": 110,
        "day": -76,
        "days": 2,
        "starts": "09:30",
        "ends": "16:00",
        "timezone": "Europe/Berlin",
        "title": "Transnational project meeting in Leipzig",
        "summary": "The partners met at Brückenschule e.V. in Leipzig to review how the database has grown, plan the next translations and agree on the outline of the training course for teachers.",
        "venue": "Brückenschule e.V.",
        "address": "Beispielstraße 21",
        "city": "Leipzig",
        "country": "DE",
        "online_url": "",
        "registration_url": "",
        "programme": [
            (
                "09:30",
                "The database in figures",
                "The coordinating team presents the number of entries, visitors and translations, and what editors found hardest to write.",
            ),
            (
                "11:00",
                "Visit to a welcome class",
                "A class for newly arrived pupils at a partner school, and the homework club that Brückenschule runs there with volunteers.",
            ),
            (
                "14:00",
                "Workshop on the training course for teachers",
                "Choosing the modules, the pilot schools and who writes what.",
            ),
            (
                "09:30",
                "Second day: translations and events",
                "Which entries to translate next, and how each partner will present the database in its own country.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Project meetings are working meetings of the partnership and are not open to the public. We publish their programme and main decisions so that anyone following the project knows where it stands.",
            ),
            ("heading", "Main decisions"),
            (
                "steps",
                [
                    (
                        "Training course",
                        "The course for teachers will have five modules, each built around entries from the database, and will be tried out in eight schools.",
                    ),
                    (
                        "Translations",
                        "Ten more practices will be translated into each partner language before the next meeting.",
                    ),
                    (
                        "Multiplier events",
                        "Each partner will present the database at an event for teachers and school leaders in its own country.",
                    ),
                ],
            ),
        ],
        "materials": [],
    },
    {
        "slug": "focus-group-families-valencia",
        "event_type": "focus-group",
        "published_days_ago": 50,
        "day": -27,
        "days": 1,
        "starts": "17:30",
        "ends": "19:30",
        "timezone": "Europe/Madrid",
        "title": "Focus group with families in Valencia",
        "summary": "An evening conversation with parents with a migrant background about what helps their children stay in school, with interpreters and childcare.",
        "venue": "Fundación Aula Abierta",
        "address": "Carrer de l'Exemple 5",
        "city": "Valencia",
        "country": "ES",
        "online_url": "",
        "registration_url": "",
        "programme": [
            (
                "17:30",
                "Welcome, tea and childcare",
                "Children play with two educators in the room next door.",
            ),
            (
                "17:45",
                "Conversation in small groups",
                "Three open questions, with interpreters for Arabic, Romanian and Urdu.",
            ),
            (
                "19:00",
                "What should change first?",
                "Each group shares its most important point with everyone.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Parents took part at the invitation of schools and community associations that work with Aula Abierta. The conversation was recorded without names, and every participant received a short summary in their own language.",
            ),
        ],
        "materials": [
            (
                "document",
                "Summary of the discussion (PDF)",
                "Fourteen parents with a migrant background took part, with interpreters for Arabic, Romanian and Urdu.\n\nFinding 1: information about school choices often reaches families after the deadline.\n\nFinding 2: a named contact person at school, ideally one who speaks the family's language, helps parents raise worries early.\n\nFinding 3: parents want to help with homework but cannot follow the tasks; homework clubs and guides for parents help most.\n\nNext steps: similar focus groups in Italy and Greece, and a module on working with families in the training course for teachers.",
            ),
        ],
    },
    {
        "slug": "webinar-planning-support-with-the-database",
        "event_type": "webinar",
        "published_days_ago": 20,
        "day": 12,
        "days": 1,
        "starts": "16:00",
        "ends": "17:15",
        "timezone": "Europe/Brussels",
        "title": "Webinar: planning support for newly arrived pupils with the database",
        "summary": "A free online hour for teachers and school leaders: how to find practices that fit your school, how to read the evidence and transfer sections, and how to suggest your own work.",
        "venue": "",
        "address": "",
        "city": "",
        "country": "",
        "online_url": "https://meet.example.org/inclusive-schools/webinar",
        "registration_url": "https://inclusive-schools.example.org/events/webinar/register",
        "programme": [
            (
                "16:00",
                "How the database is organised",
                "Entries, filters and languages in ten minutes.",
            ),
            (
                "16:15",
                "A worked example",
                "A secondary school team looks for ways to support pupils who arrive in the middle of the school year.",
            ),
            (
                "16:45",
                "Questions and answers",
                "Send your questions with your registration, or ask them in the chat.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "The webinar is held in English with live captions. The recording and the slides will be published on this page afterwards, and participants can ask for a certificate of attendance.",
            ),
        ],
        "materials": [],
    },
    {
        "slug": "multiplier-event-bologna",
        "event_type": "multiplier",
        "published_days_ago": 30,
        "day": 47,
        "days": 1,
        "starts": "09:30",
        "ends": "13:30",
        "timezone": "Europe/Rome",
        "title": "Multiplier event in Bologna: what helps students stay in school",
        "summary": "A morning for teachers, school leaders and local authorities. Schools present practices from the database, and participants try out the first module of the training course for teachers.",
        "venue": "Centro Studi Ponte Educativo",
        "address": "Via degli Esempi 14",
        "city": "Bologna",
        "country": "IT",
        "online_url": "",
        "registration_url": "https://ponte-educativo.example.org/eventi/evento-moltiplicatore",
        "programme": [
            (
                "09:30",
                "Welcome and a tour of the database",
                "",
            ),
            (
                "10:15",
                "Three schools, three practices",
                "Teachers from three schools in the region explain what they did, what it cost and what they would do differently.",
            ),
            (
                "11:45",
                "Workshop: the first module of the training course",
                "Participants work through the module on welcoming newly arrived pupils and tell us what to improve.",
            ),
            (
                "13:00",
                "Lunch and time to meet",
                "",
            ),
        ],
        "body": [
            (
                "paragraph",
                "The event is held in Italian. Taking part is free, but places are limited to 80, so please register. Teachers can have the morning recognised as in-service training.",
            ),
        ],
        "materials": [],
    },
    {
        "slug": "final-conference-brussels",
        "event_type": "conference",
        "published_days_ago": 10,
        "day": 160,
        "days": 1,
        "starts": "09:00",
        "ends": "17:00",
        "timezone": "Europe/Brussels",
        "title": "Final conference: keeping migrant students in school",
        "summary": "The closing conference of the project presents the database, the training course, the toolkit for school leaders and our policy recommendations, with teachers, researchers and policy makers from across Europe.",
        "venue": "Inclusive Schools Network, conference hall",
        "address": "Rue des Exemples 12",
        "city": "Brussels",
        "country": "BE",
        "online_url": "https://meet.example.org/inclusive-schools/final-conference",
        "registration_url": "https://inclusive-schools.example.org/events/final-conference/register",
        "programme": [
            (
                "09:00",
                "Opening",
                "Welcome by the coordinator and a short film made by pupils of the partner schools.",
            ),
            (
                "10:00",
                "Panel: what two years of collecting practices have taught us",
                "Partners and teachers discuss the practices that other schools reused most often, and why.",
            ),
            (
                "13:30",
                "Parallel workshops",
                "The training course for teachers, the toolkit for school leaders, and working with families.",
            ),
            (
                "15:30",
                "Policy recommendations",
                "We present our recommendations, followed by responses from national and European policy makers.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "The conference is held in English with interpretation into French. The morning sessions are streamed live for those who cannot travel. Registration is free and stays open until two weeks before the conference.",
            ),
        ],
        "materials": [],
    },
]

# Outputs (deliverables) in the order of the project plan. "published_days_ago"
# and "updated_days_ago" date the page; "available_days_ago" is the date from
# which an available output can be used (None otherwise).
OUTPUTS = [
    {
        "slug": "database-of-practices",
        "reference": "PR1",
        "status": "available",
        "published_days_ago": 880,
        "updated_days_ago": 696,
        "available_days_ago": 696,
        "title": "Database of practices and resources",
        "summary": "A free, multilingual online collection of practices and resources that help migrant students stay in school, with filters for education level, theme, target group, country and stage of early leaving.",
        "body": [
            (
                "paragraph",
                "The database is the project's main result and the basis for all the others. It brings together good practices, projects, policies and teaching approaches, together with practical resources such as handbooks and lesson material, from the local to the international level. Every entry follows the same structure, so that readers can compare entries and judge what it would take to use one in their own school.",
            ),
            ("heading", "What it contains"),
            (
                "key_facts",
                [
                    ("Entries", "More than sixty, and growing"),
                    (
                        "Languages",
                        "English, with translations into the partner languages",
                    ),
                    ("Licence", "Texts under CC BY 4.0"),
                    ("Updates", "New entries are reviewed and published every month"),
                ],
            ),
            (
                "paragraph",
                "The partners will keep the database online and up to date after the project ends. All entries can also be downloaded as open data, for use in other tools and studies.",
            ),
        ],
        "downloads": [
            (
                "link",
                "Search the database online",
                "https://inclusive-schools.example.org/database/",
            ),
            (
                "link",
                "All entries as open data",
                "https://inclusive-schools.example.org/database/open-data/",
            ),
            (
                "document",
                "How an entry is written (PDF)",
                "Every entry in the database answers the same questions, in plain language.\n\nWhat was done, for whom, and in which country and type of school.\n\nWhat evidence there is that it works, including when there is none yet.\n\nWhat it costs, how long it takes to set up and who is needed.\n\nWhat another school would need to change to make it work elsewhere.\n\nEntries are written or checked by a partner editor and reviewed by the coordinating team before they are published.",
            ),
        ],
    },
    {
        "slug": "training-course-for-teachers",
        "reference": "PR2",
        "status": "in-progress",
        "published_days_ago": 880,
        "updated_days_ago": 60,
        "available_days_ago": None,
        "title": "Training course for teachers: early support for migrant students",
        "summary": "A blended course in five modules that helps teachers notice early signs that a student is losing touch with school and respond with practices from the database. It is being tried out in eight partner schools.",
        "body": [
            (
                "paragraph",
                "Teachers are usually the first to notice when a student starts to drift away from school, but few have been trained to act on it, least of all when the student is still learning the language of instruction. The course combines short online units with meetings of school teams, and each module draws on entries from the database.",
            ),
            (
                "steps",
                [
                    (
                        "Welcoming newly arrived pupils",
                        "The first weeks at school: buddies, first assessments and a timetable the pupil can manage.",
                    ),
                    (
                        "Language in every subject",
                        "Simple ways to make lessons in any subject easier to follow for pupils who are still learning the language.",
                    ),
                    (
                        "Working with families",
                        "Contact that goes beyond problems, interpreters and mediators, and information that arrives in time.",
                    ),
                    (
                        "Early warning signs",
                        "Absences, falling grades and withdrawal: what to watch for and whom to involve.",
                    ),
                    (
                        "Planning support as a team",
                        "Turning what the school has learnt into a plan with clear roles.",
                    ),
                ],
            ),
            (
                "paragraph",
                "The pilot runs for one school term. We will use the teachers' feedback to revise the modules before they are published as open educational resources in the languages of the partnership.",
            ),
        ],
        "downloads": [],
    },
    {
        "slug": "toolkit-for-school-leaders",
        "reference": "PR3",
        "status": "planned",
        "published_days_ago": 880,
        "updated_days_ago": 880,
        "available_days_ago": None,
        "title": "Toolkit for school leaders",
        "summary": "Practical tools that help head teachers and management teams build a whole-school approach to keeping migrant students in school: a self-assessment grid, planning templates and examples from partner schools.",
        "body": [
            (
                "paragraph",
                "What a single teacher can do has limits. Whether a school keeps its migrant students often depends on decisions only its leaders can take: how new pupils are placed in classes, how staff time is shared, how the school works with families and local services. The toolkit will help leadership teams review these decisions and plan changes step by step.",
            ),
            (
                "key_facts",
                [
                    ("For", "Head teachers, deputy heads and school boards"),
                    (
                        "Format",
                        "Online tools and printable templates",
                    ),
                    ("Builds on", "The database and the pilot of the training course"),
                ],
            ),
            (
                "paragraph",
                "Work on the toolkit starts once the training course has been tried out, so that it can draw on what the pilot schools learnt. School leaders who would like to test a first version can write to the coordinating team.",
            ),
        ],
        "downloads": [],
    },
    {
        "slug": "policy-recommendations",
        "reference": "PR4",
        "status": "planned",
        "published_days_ago": 880,
        "updated_days_ago": 880,
        "available_days_ago": None,
        "title": "Policy recommendations",
        "summary": "Short, concrete recommendations for local, national and European decision makers, based on the database, the focus groups and the experience of the partner schools.",
        "body": [
            (
                "paragraph",
                "Many practices in the database work well in one school but stop when a committed teacher leaves or a grant runs out. The recommendations will set out what authorities can do so that good practice becomes the rule rather than the exception: in funding, in teacher education, in how schools receive newly arrived pupils and in how data on early leaving is collected.",
            ),
            (
                "paragraph",
                "We will write a short version for each partner country, in its own language, and discuss the recommendations with policy makers at the final conference of the project.",
            ),
        ],
        "downloads": [],
    },
]

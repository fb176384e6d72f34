"""Sample resources (handbooks, toolkits, courses, reports, apps) for the demo."""

RESOURCES = [
    {
        "slug": "welcome-handbook-newly-arrived-pupils",
        "title": "First weeks at school: a handbook for welcoming newly arrived pupils",
        "summary": "A practical handbook that takes a school through the first six weeks of a newly arrived pupil, from the first meeting with the family to a settled timetable.",
        "kind": "guide-handbook",
        "level": "national",
        "countries": ["ES"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["newly-arrived"],
        "stage": "prevention",
        "languages": ["es", "en", "ar", "uk"],
        "organisation": "Fundación Aula Abierta",
        "funding": "erasmus-plus",
        "year_started": 2019,
        "year_ended": 2021,
        "website": "https://aula-abierta.example.org/first-weeks-handbook",
        "contact_email": "info@aula-abierta.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Twelve pilot schools used the draft for one term and answered short surveys. Their comments led to shorter checklists and a simpler chapter for families.",
        "transfer": {
            "cost": "none",
            "time": "A two-hour staff meeting to agree who does what; after that the handbook is a reference.",
            "staff": "A named welcome coordinator and a class teacher willing to be the pupil's first contact.",
            "adapt": "Replace the chapter on Spanish enrolment rules with your own procedures and translate the family letters into the languages of your school.",
        },
        "partner": "aula-abierta",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "Many schools receive newly arrived pupils at any time of the year, often with a day's notice. This handbook turns the experience of twelve Spanish primary and secondary schools into a calm, step-by-step plan. It covers the first meeting with the family, a short look at what the pupil already knows, the choice of a buddy, a first timetable that mixes time in the mainstream class with language support, and a review after six weeks. Each chapter ends with a one-page checklist that a busy coordinator can print and tick off.",
            ),
            (
                "key_facts",
                [
                    ("Length", "64 pages, 9 checklists"),
                    ("Format", "PDF and printed copy"),
                    ("For", "Welcome coordinators, class teachers and heads"),
                ],
            ),
            ("heading", "What is inside"),
            (
                "steps",
                [
                    (
                        "Before the first day",
                        "Prepare a welcome pack, choose a buddy and brief the class teacher.",
                    ),
                    (
                        "The first meeting",
                        "Talk with the family, with an interpreter if needed, about routines, past schooling and hopes.",
                    ),
                    (
                        "The first six weeks",
                        "Follow a gradual timetable and note progress in a simple log.",
                    ),
                    (
                        "The review",
                        "Meet the family again and agree on the support for the rest of the year.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "We stopped improvising. Now every new pupil gets the same careful start, whoever is on duty that day.",
                    "A primary school head in Valencia",
                ),
            ),
        ],
        "image": (
            "Illustration of a teacher and a girl with a backpack walking along a school corridor decorated with children's drawings",
            "The handbook starts before the pupil's first day.",
        ),
        "materials": [
            (
                "document",
                "Handbook (PDF)",
                "First weeks at school\nA handbook for welcoming newly arrived pupils\nFundación Aula Abierta\nFor welcome coordinators, class teachers and school leaders.\nRead chapter 1 together as a team, then keep the checklists at hand.",
            ),
            (
                "link",
                "Family letters in four languages",
                "https://aula-abierta.example.org/first-weeks-handbook/letters",
            ),
        ],
    },
    {
        "slug": "inclusive-school-self-reflection-grid",
        "title": "Is our school a place where everyone belongs? A self-reflection grid",
        "summary": "A grid of 40 statements that a school team rates together to see how well its culture, teaching and links with families include pupils with a migrant background.",
        "kind": "assessment-tool",
        "level": "european",
        "countries": ["BE", "NL", "SE"],
        "education_levels": ["primary", "lower-secondary", "upper-secondary"],
        "target_groups": ["school-leaders", "teachers"],
        "themes": ["intercultural-inclusive", "early-warning"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "fr", "nl", "sv"],
        "organisation": "Inclusive Schools Network",
        "funding": "erasmus-plus",
        "year_started": 2020,
        "year_ended": 2022,
        "website": "https://inclusive-schools.example.org/self-reflection-grid",
        "contact_email": "grid@inclusive-schools.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "An external evaluator followed 18 schools in three countries. Teams said the grid helped them agree on priorities, and two thirds had changed at least one school routine a year later.",
        "transfer": {
            "cost": "low",
            "time": "Two meetings of about 90 minutes, a few weeks apart.",
            "staff": "A mixed team of five to eight people, ideally including a parent and a student.",
            "adapt": "Check that the statements on language policy fit your national rules and add local examples.",
        },
        "partner": "inclusive-schools-network",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                "Schools often sense that some pupils do not feel at home, but find it hard to say where to start. This grid breaks the question into five areas: welcome and belonging, teaching and assessment, languages, families and community, and watching for early signs of disengagement. For each statement the team decides whether it is not yet true, partly true or fully true, and notes one piece of evidence. The result is not a score to compare schools but a shared picture that helps a team pick two or three realistic goals.",
            ),
            ("heading", "How a school uses it"),
            (
                "steps",
                [
                    (
                        "Form a team",
                        "Invite staff from different roles, and if possible a parent and a student.",
                    ),
                    (
                        "Rate alone, then together",
                        "Each person fills in the grid, then the team compares and discusses the differences.",
                    ),
                    (
                        "Choose priorities",
                        "Pick two or three statements to work on during the year.",
                    ),
                    (
                        "Look again",
                        "Repeat the exercise after twelve months to see what has moved.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "18",
                        "schools in Belgium, the Netherlands and Sweden took part in the pilot",
                    ),
                    ("67%", "had changed at least one school routine a year later"),
                ],
            ),
            (
                "links",
                [
                    (
                        "Facilitator notes",
                        "https://inclusive-schools.example.org/self-reflection-grid/facilitator-notes",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Self-reflection grid (PDF)",
                "Is our school a place where everyone belongs?\nA self-reflection grid for school teams\nFive areas, 40 statements, one shared picture.\nFill it in on your own first, then compare with your colleagues.\nInclusive Schools Network",
            ),
            (
                "link",
                "Online version with team workspace",
                "https://inclusive-schools.example.org/self-reflection-grid/online",
            ),
        ],
    },
    {
        "slug": "classroom-routines-picture-dictionary",
        "title": "Picture dictionary of classroom routines",
        "summary": "A picture dictionary of about 300 everyday school words and phrases, from 'line up' to 'hand in your homework', with space for the pupil to write the word in their own language.",
        "kind": "lesson-material",
        "level": "local",
        "countries": ["IT"],
        "education_levels": ["early-childhood", "primary"],
        "target_groups": ["teachers", "migrant-students"],
        "themes": ["language-support", "reception-newcomers"],
        "learner_groups": ["newly-arrived"],
        "stage": "prevention",
        "languages": ["it", "ar", "uk", "ur"],
        "organisation": "Centro Studi Ponte Educativo",
        "funding": "regional-public",
        "year_started": 2018,
        "year_ended": None,
        "website": "https://ponte-educativo.example.org/picture-dictionary",
        "contact_email": "materiali@ponte-educativo.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Teachers in nine schools in Bologna kept notes for a term. They reported that newcomers followed routines sooner and asked fewer classmates to translate.",
        "transfer": {
            "cost": "low",
            "time": "Printing and laminating take a day; use in class is immediate.",
            "staff": "Any class teacher; a colleague who speaks the pupil's language helps for the first week.",
            "adapt": "Swap the pictures of school rooms and objects for photos of your own school.",
        },
        "partner": "ponte-educativo",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "In the first days a newly arrived child has to understand dozens of small instructions before any real learning can start. This picture dictionary groups the words a child hears most often into twelve themes, such as the classroom, the canteen, the playground, feelings and asking for help. Each page shows a clear drawing, the Italian word and an empty line where the child, a parent or a classmate writes the word in the home language. The finished booklet belongs to the child and often becomes the first thing they proudly show at home.",
            ),
            (
                "key_facts",
                [
                    ("Words and phrases", "About 300, in 12 themes"),
                    ("Age", "4 to 10 years"),
                    ("Format", "Printable booklet and wall cards"),
                ],
            ),
            (
                "quote",
                (
                    "On day two she pointed to the picture of the toilet instead of crying. That small thing changed her whole week.",
                    "A first-year primary teacher",
                ),
            ),
            (
                "paragraph",
                "The wall cards repeat the most useful twenty phrases in a larger size, so the whole class can use them. Several teachers found that Italian-speaking pupils enjoyed learning the same words in Arabic, Ukrainian or Urdu, which turned the cards into a small language lesson for everyone rather than a sign of difference.",
            ),
        ],
        "image": (
            "Drawing of an open picture booklet showing a pencil, a lunch tray and a school bell, each with a word written underneath",
            "Each child completes the booklet in their own language.",
        ),
        "materials": [
            (
                "document",
                "Picture dictionary (PDF)",
                "My school words\nA picture dictionary of classroom routines\nWrite your name here: ______________\nMy languages: ______________\nCentro Studi Ponte Educativo",
            ),
            (
                "document",
                "Wall cards (PDF)",
                "Wall cards: the 20 most useful school phrases\nPrint on A4, cut along the lines and laminate.\nHang them at the child's eye level near the door and the board.",
            ),
        ],
    },
    {
        "slug": "language-sensitive-subject-teaching-mooc",
        "title": "Language-sensitive teaching in every subject: an open online course",
        "summary": "A free six-week online course that shows maths, science and vocational teachers how to make the language of their subject learnable for pupils still learning the language of schooling.",
        "kind": "training-course",
        "level": "european",
        "countries": ["DE", "AT", "CZ", "PL"],
        "education_levels": ["lower-secondary", "upper-secondary", "vocational"],
        "target_groups": ["teachers", "educators-trainers"],
        "themes": ["teacher-training", "language-support"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["de", "en", "cs", "pl"],
        "organisation": "Brückenschule e.V.",
        "funding": "erasmus-plus",
        "year_started": 2021,
        "year_ended": None,
        "website": "https://brueckenschule.example.org/mooc-language-sensitive-teaching",
        "contact_email": "kurs@brueckenschule.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "A university team reviewed two course runs with 2,400 participants. Teachers who finished the course used more scaffolding techniques in observed lessons than a comparison group.",
        "transfer": {
            "cost": "none",
            "time": "Six weeks, about three hours a week per participant.",
            "staff": "Teachers take part on their own; a school gains most when a small group follows it together.",
            "adapt": "Schools can add a local study group that meets after each unit to try the ideas in their own lessons.",
        },
        "partner": "brueckenschule",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "Pupils who speak the language of schooling well in the playground can still struggle with textbook sentences such as 'the volume is inversely proportional to the pressure'. Subject teachers are rarely trained to notice this. The course explains, with short videos from real classrooms, how to spot the language demands of a task, how to build up vocabulary and sentence patterns before the content, and how to let pupils use their home languages as a bridge. Every unit ends with a small task to try in class and share in the forum.",
            ),
            (
                "key_facts",
                [
                    ("Duration", "6 weeks, about 3 hours a week"),
                    ("Cost", "Free, with an optional certificate"),
                    ("Participants so far", "More than 5,000 teachers"),
                ],
            ),
            ("heading", "The six units"),
            (
                "steps",
                [
                    (
                        "Seeing the language",
                        "Analyse the language hidden in a task from your own subject.",
                    ),
                    (
                        "Words and chunks",
                        "Teach key vocabulary and useful phrases in context.",
                    ),
                    (
                        "Scaffolding",
                        "Use writing frames, diagrams and sentence starters.",
                    ),
                    (
                        "Home languages",
                        "Let pupils think and discuss in the language they know best.",
                    ),
                    (
                        "Assessment",
                        "Separate what a pupil knows from how well they can say it.",
                    ),
                    (
                        "Planning",
                        "Build one complete language-aware lesson and get peer feedback.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "I thought this was the job of the German teacher. Now I plan the words before I plan the experiment.",
                    "A chemistry teacher from Linz",
                ),
            ),
        ],
        "materials": [
            (
                "link",
                "Enrol in the course",
                "https://brueckenschule.example.org/mooc-language-sensitive-teaching/enrol",
            ),
            (
                "document",
                "Course guide (PDF)",
                "Language-sensitive teaching in every subject\nCourse guide for participants and study groups\nSix units, one classroom task per unit.\nBrückenschule e.V. and partners",
            ),
        ],
    },
    {
        "slug": "school-system-explained-parent-videos",
        "title": "How school works here: short videos for parents",
        "summary": "Ten short animated videos, dubbed into several languages, that explain the French school system to parents who went to school elsewhere: enrolment, report cards, parent meetings and choices after lower secondary.",
        "kind": "video",
        "level": "national",
        "countries": ["FR"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["families"],
        "themes": ["family-engagement", "guidance-transitions"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["fr", "ar", "fa", "uk"],
        "organisation": "Association Horizons École",
        "funding": "amif",
        "year_started": 2022,
        "year_ended": 2023,
        "website": "https://horizons-ecole.example.org/how-school-works",
        "contact_email": "contact@horizons-ecole.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Parents who watched the videos in six parent groups filled in a short picture questionnaire. Most said they understood the report card and the orientation choices better afterwards.",
        "transfer": {
            "cost": "none",
            "time": "Each video lasts three to five minutes; a parent session with two videos and discussion takes an hour.",
            "staff": "A teacher or mediator to host viewing sessions and answer questions.",
            "adapt": "The videos describe France; other countries can reuse the scripts and storyboards to make their own versions.",
        },
        "partner": "horizons-ecole",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                "Parents who went to school in another country often know little about how things work here: why there is no school on Wednesday afternoon in some towns, what a 'conseil de classe' decides, or when a child must choose a path after lower secondary. Missing these moments can close doors for a child without anyone noticing. The videos were written with parents from focus groups in Lyon and Marseille, who chose the topics and tested the drafts. Each one follows a family through a real situation, in simple language and with subtitles.",
            ),
            (
                "key_facts",
                [
                    ("Videos", "10, three to five minutes each"),
                    ("Languages", "French, Arabic, Dari/Farsi, Ukrainian"),
                    ("Use", "At home, in waiting rooms or in parent sessions"),
                ],
            ),
            (
                "quote",
                (
                    "I finally understood that the meeting in March was where my son's future was decided. I went, and I asked questions.",
                    "A mother who took part in a viewing session",
                ),
            ),
            (
                "links",
                [
                    (
                        "Playlist of all ten videos",
                        "https://horizons-ecole.example.org/how-school-works/playlist",
                    ),
                    (
                        "Guide for hosting a parent session",
                        "https://horizons-ecole.example.org/how-school-works/host-guide",
                    ),
                ],
            ),
        ],
        "image": (
            "Animated still of a father and his daughter sitting at a kitchen table looking at a school report card together",
            "A still from the video on report cards.",
        ),
        "materials": [
            (
                "link",
                "Watch the videos",
                "https://horizons-ecole.example.org/how-school-works/playlist",
            ),
            (
                "document",
                "Session guide for hosts (PDF)",
                "How school works here\nA guide for hosting a parent viewing session\nChoose two videos, allow time for questions, offer tea.\nInvite an interpreter or a parent who can translate.\nAssociation Horizons École",
            ),
        ],
    },
    {
        "slug": "early-leaving-migrant-youth-southern-europe-report",
        "title": "Leaving too soon: early school leaving among migrant youth in southern Europe",
        "summary": "A comparative report on why young people with a migrant background leave school early in Greece, Cyprus, Italy and Bulgaria, and which school and policy measures make a difference.",
        "kind": "report-study",
        "level": "european",
        "countries": ["GR", "CY", "IT", "BG"],
        "education_levels": ["lower-secondary", "upper-secondary", "vocational"],
        "target_groups": ["policy-makers", "school-leaders"],
        "themes": ["early-warning", "guidance-transitions"],
        "learner_groups": ["second-generation", "interrupted-schooling"],
        "stage": "intervention",
        "languages": ["en", "el", "it", "bg"],
        "organisation": "Kyklos Centre for Intercultural Learning",
        "funding": "horizon",
        "year_started": 2023,
        "year_ended": 2023,
        "website": "https://kyklos.example.org/leaving-too-soon",
        "contact_email": "research@kyklos.example.org",
        "evidence": "research-study",
        "evidence_summary": "Based on national statistics, a survey of 1,100 students and 64 interviews with students, parents and teachers in four countries.",
        "transfer": {
            "cost": "none",
            "time": "The executive summary takes twenty minutes to read; the full report is a reference.",
            "staff": "Useful for policy officers, school networks and researchers.",
            "adapt": "The indicator set in the annex can be applied to another region's data.",
        },
        "partner": "kyklos",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                "Official rates of early school leaving among young people born abroad are up to three times higher than among their peers in the four countries studied. The report looks behind the numbers. It finds that leaving school is rarely a single decision: it follows a chain of small setbacks, such as being placed in a class below one's age, failing a year because of language, or having to earn money for the family. Students who had at least one adult at school they trusted were far less likely to leave.",
            ),
            (
                "outcomes",
                [
                    (
                        "3x",
                        "higher early leaving among foreign-born youth than among natives in the worst-affected region",
                    ),
                    (
                        "41%",
                        "of those who left had repeated a year in their first two years in the country",
                    ),
                ],
            ),
            ("heading", "Recommendations"),
            (
                "paragraph",
                "The authors ask authorities to stop automatic placement of newcomers in lower grades, to count attendance and grade repetition together as an early warning signal, and to fund one trusted adult, such as a mentor or mediator, for every newcomer in secondary school. For school leaders, a checklist at the end translates these findings into questions to ask in the next staff meeting.",
            ),
        ],
        "materials": [
            (
                "document",
                "Full report (PDF)",
                "Leaving too soon\nEarly school leaving among migrant youth in Greece, Cyprus, Italy and Bulgaria\nComparative report\nKyklos Centre for Intercultural Learning, 2023",
            ),
            (
                "document",
                "Executive summary (PDF)",
                "Leaving too soon: executive summary\nFive findings and six recommendations in four pages.\nAvailable in English, Greek, Italian and Bulgarian.",
            ),
        ],
    },
    {
        "slug": "multilingual-parent-school-messaging-app",
        "title": "Skolbro: an app for multilingual messages between school and parents",
        "summary": "A messaging app that lets teachers send short notes to parents from a bank of checked, pre-translated messages, and lets parents reply with a tap in their own language.",
        "kind": "website-app",
        "level": "national",
        "countries": ["SE", "FI"],
        "education_levels": ["early-childhood", "primary", "lower-secondary"],
        "target_groups": ["families", "teachers"],
        "themes": ["family-engagement", "language-support"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["sv", "ar", "fa", "en"],
        "organisation": "Skolbro Foundation",
        "funding": "private-foundation",
        "year_started": 2020,
        "year_ended": None,
        "website": "https://skolbro.example.org/",
        "contact_email": "support@skolbro.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Usage data from 40 schools show that parents who receive messages in their own language open them more often and reply about twice as often.",
        "transfer": {
            "cost": "medium",
            "time": "A school can start within a week; adding a new language to the message bank takes about two months.",
            "staff": "One staff member to manage contacts; translators to check any new messages.",
            "adapt": "The message bank must be reviewed for each school system, since terms like 'development talk' differ between countries.",
        },
        "partner": "inclusive-schools-network",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                "Machine translation of school messages often produces confusing or even alarming results. Skolbro takes a different approach. Teachers choose from about 400 short messages, written with parents and checked by human translators, such as 'Your child needs outdoor clothes tomorrow' or 'Please call me about an absence'. The parent receives the message in their chosen language, with an audio version for those who prefer to listen, and can answer with a set of simple replies. Free text is possible too, with a clear warning that it is machine translated.",
            ),
            (
                "key_facts",
                [
                    ("Message bank", "About 400 checked messages"),
                    ("Languages", "14, with audio in 9"),
                    ("Schools using it", "Around 120 in Sweden and Finland"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "2x",
                        "more replies from parents receiving messages in their own language",
                    ),
                    ("85%", "of messages opened within 24 hours"),
                ],
            ),
            (
                "quote",
                (
                    "Before, I only heard from the school when something was wrong. Now I get small messages every week and I answer them.",
                    "A father of two primary pupils",
                ),
            ),
        ],
        "image": (
            "Illustration of a mobile phone screen showing a short school message in Arabic with a speaker icon and three reply buttons",
            "Parents can read or listen to each message.",
        ),
        "materials": [
            ("link", "About the app", "https://skolbro.example.org/"),
            (
                "document",
                "Getting started for schools (PDF)",
                "Skolbro: getting started\nStep 1: import class lists and parents' preferred languages.\nStep 2: show teachers the message bank.\nStep 3: send a welcome message to every family.\nSkolbro Foundation",
            ),
        ],
    },
    {
        "slug": "migration-stories-lesson-plans",
        "title": "Journeys: lesson plans on migration stories",
        "summary": "Eight lesson plans in which lower and upper secondary students explore migration through family stories, maps, literature and interviews, and create a class exhibition.",
        "kind": "lesson-material",
        "level": "local",
        "countries": ["GR"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["teachers", "migrant-students"],
        "themes": ["intercultural-inclusive", "extracurricular"],
        "learner_groups": ["second-generation", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["el", "en", "ar", "fa"],
        "organisation": "Kyklos Centre for Intercultural Learning",
        "funding": "own-resources",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://kyklos.example.org/journeys-lesson-plans",
        "contact_email": "schools@kyklos.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Teachers in six Athens schools collected student reflections before and after the unit. Students wrote more often about curiosity and less often about 'us and them'.",
        "transfer": {
            "cost": "none",
            "time": "Eight lessons of 45 minutes, plus time to set up the exhibition.",
            "staff": "A language, history or citizenship teacher; the school counsellor should know the unit is running.",
            "adapt": "Replace the local history examples with migrations that shaped your own town, and agree clear rules on what students choose to share.",
        },
        "partner": "kyklos",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "Every class has stories of movement, whether a grandparent who left a village for the city, a family that came from Albania in the 1990s or a classmate who arrived last year. These lesson plans help teachers open the topic safely. Students start with objects and maps, read short texts by migrant writers, interview a family member or neighbour, and finally build an exhibition for parents. No student is ever asked to tell their own story; they may choose to, or they may tell someone else's with permission.",
            ),
            (
                "steps",
                [
                    (
                        "Objects that travel",
                        "Students bring or draw an object that came from somewhere else.",
                    ),
                    (
                        "Maps and routes",
                        "Trace historical and recent migrations through the region.",
                    ),
                    (
                        "Reading voices",
                        "Read and discuss short texts by writers who migrated.",
                    ),
                    (
                        "Interviews",
                        "Prepare questions and interview a family member or neighbour.",
                    ),
                    (
                        "Exhibition",
                        "Turn the interviews into posters, audio clips or drawings for parents.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "For the first time, the boy from Syria was the one everyone wanted to ask for help with their poster.",
                    "A history teacher in Piraeus",
                ),
            ),
            (
                "links",
                [
                    (
                        "Safe-sharing guidance for teachers",
                        "https://kyklos.example.org/journeys-lesson-plans/safe-sharing",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Lesson plans (PDF)",
                "Journeys\nEight lesson plans on migration stories for ages 12 to 18\nEach plan: aims, timing, materials, activities, reflection questions.\nKyklos Centre for Intercultural Learning",
            ),
            (
                "document",
                "Student worksheets (PDF)",
                "Journeys: student worksheets\nMy object, my map, my interview questions.\nYou decide what you share. You can always say 'I prefer not to answer'.",
            ),
        ],
    },
    {
        "slug": "cultural-mediators-school-toolkit",
        "title": "Toolkit for cultural mediators working with schools",
        "summary": "Tools for mediators who connect schools with migrant families: a role agreement, conversation guides, a confidentiality checklist and case examples of difficult meetings.",
        "kind": "toolkit",
        "level": "national",
        "countries": ["IT"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["community-organisations", "educators-trainers", "families"],
        "themes": ["family-engagement", "intercultural-inclusive"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "intervention",
        "languages": ["it", "ar", "sq", "ur"],
        "organisation": "Centro Studi Ponte Educativo",
        "funding": "esf-plus",
        "year_started": 2019,
        "year_ended": 2022,
        "website": "https://ponte-educativo.example.org/mediators-toolkit",
        "contact_email": "mediazione@ponte-educativo.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "An evaluation commissioned by the region found that schools using the role agreement had fewer misunderstandings about what mediators can and cannot do, and called them in earlier.",
        "transfer": {
            "cost": "low",
            "time": "A half-day workshop for mediators and school staff before first use.",
            "staff": "Trained mediators, and a contact person in each school.",
            "adapt": "Align the role agreement with local rules on interpreting and child protection.",
        },
        "partner": "ponte-educativo",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                "Cultural mediators are often called in at the last minute, when a conflict has already grown. They are asked to translate, to explain, sometimes to take sides. This toolkit, written with mediators from migrant associations in Emilia-Romagna, helps schools and mediators agree on the role from the start. It includes a short agreement to sign with each school, conversation guides for the first meeting with a family and for meetings about absence or behaviour, and a checklist on confidentiality.",
            ),
            (
                "key_facts",
                [
                    ("Tools", "7 tools and 10 case examples"),
                    ("Format", "Ring binder and PDF"),
                    ("Written with", "22 mediators from 9 associations"),
                ],
            ),
            ("heading", "Tools in the kit"),
            (
                "steps",
                [
                    (
                        "Role agreement",
                        "What the mediator does, what they do not do, and who calls them in.",
                    ),
                    (
                        "First-meeting guide",
                        "Questions that build trust before any problem is discussed.",
                    ),
                    (
                        "Difficult conversations",
                        "A structure for meetings about absence, grades or behaviour.",
                    ),
                    (
                        "Confidentiality checklist",
                        "What may be shared with the school and what stays with the family.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "The agreement gave me a place at the table as a professional, not as a favour.",
                    "A mediator working with Pakistani families",
                ),
            ),
        ],
        "materials": [
            (
                "document",
                "Toolkit (PDF)",
                "Toolkit for cultural mediators working with schools\nSeven tools and ten case examples\nFor mediators, school contact persons and associations\nCentro Studi Ponte Educativo",
            ),
            (
                "document",
                "Role agreement template (PDF)",
                "Role agreement between school and mediator\nSchool: ______________  Mediator: ______________\nThe mediator will: ...\nThe mediator will not: ...\nSigned on: ______________",
            ),
        ],
    },
    {
        "slug": "prior-schooling-assessment-tool",
        "title": "What do you already know? Assessing the prior schooling of newcomers",
        "summary": "A set of tasks in home languages and with pictures that helps schools find out what a newly arrived pupil has learned before, in maths and literacy, so they can place and support them fairly.",
        "kind": "assessment-tool",
        "level": "national",
        "countries": ["NL"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["reception-newcomers"],
        "learner_groups": ["interrupted-schooling", "newly-arrived"],
        "stage": "prevention",
        "languages": ["nl", "ar", "fa", "uk"],
        "organisation": "Stichting Eerste Stap",
        "funding": "national-public",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://eerste-stap.example.org/prior-schooling",
        "contact_email": "toets@eerste-stap.example.org",
        "evidence": "research-study",
        "evidence_summary": "A validation study with 600 pupils compared the tool's results with teacher judgements after six months; placements based on the tool were adjusted less often.",
        "transfer": {
            "cost": "low",
            "time": "About 90 minutes per pupil, spread over two short sessions.",
            "staff": "A teacher trained in a half-day session; an interpreter or a speaker of the pupil's language for the interview part.",
            "adapt": "Tasks follow the Dutch curriculum; another country should check the maths content and reading texts against its own.",
        },
        "partner": "inclusive-schools-network",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                "A pupil who cannot yet speak Dutch may still be able to solve equations, read fluently in Arabic or explain the water cycle. Without a way to find this out, schools tend to place newcomers by age or by their Dutch, and capable pupils end up bored or far below their level. The tool combines a short interview with the pupil and family, maths tasks that use pictures and numbers rather than words, and reading tasks in the pupil's strongest language. Results go into a one-page profile for the receiving teacher.",
            ),
            (
                "steps",
                [
                    (
                        "Interview",
                        "Ask about schools attended, years missed, subjects liked and languages used.",
                    ),
                    (
                        "Maths tasks",
                        "Let the pupil work through picture-based tasks at increasing levels.",
                    ),
                    (
                        "Literacy in the strongest language",
                        "Short texts and questions in one of 12 languages.",
                    ),
                    (
                        "Profile",
                        "Summarise strengths and gaps on one page for the class teacher.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("600", "pupils took part in the validation study"),
                    (
                        "-40%",
                        "fewer placements changed after six months, compared with placement by age",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "He had been put with eight-year-olds. The maths tasks showed he was ready for long division.",
                    "A reception class teacher in Rotterdam",
                ),
            ),
        ],
        "materials": [
            (
                "document",
                "Manual for assessors (PDF)",
                "What do you already know?\nManual for assessing the prior schooling of newly arrived pupils\nPart 1: interview. Part 2: maths. Part 3: literacy.\nStichting Eerste Stap",
            ),
            (
                "link",
                "Task booklets in 12 languages",
                "https://eerste-stap.example.org/prior-schooling/tasks",
            ),
        ],
    },
    {
        "slug": "trauma-aware-classroom-guide",
        "title": "Safe to learn: a guide to trauma-aware classrooms",
        "summary": "A guide for teachers and educators that explains how fear and loss can affect learning, and offers everyday classroom routines that help children who have fled war or danger feel safe again.",
        "kind": "guide-handbook",
        "level": "international",
        "countries": ["DE", "TR", "JO"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "educators-trainers"],
        "themes": ["psychosocial-support"],
        "learner_groups": ["refugee-asylum", "unaccompanied-minors"],
        "stage": "intervention",
        "languages": ["de", "en", "ar", "tr"],
        "organisation": "Brückenschule e.V.",
        "funding": "private-foundation",
        "year_started": 2018,
        "year_ended": 2019,
        "website": "https://brueckenschule.example.org/safe-to-learn",
        "contact_email": "info@brueckenschule.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "An external review of training sessions in three countries found that teachers felt more confident and used calming routines more often three months later.",
        "transfer": {
            "cost": "low",
            "time": "A day of training is recommended before using the guide.",
            "staff": "Class teachers, with access to a school psychologist or counsellor for referrals.",
            "adapt": "Add your local referral routes and helplines to the last chapter.",
        },
        "partner": "brueckenschule",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                "Children who have lived through war, flight or separation from their family may find it hard to concentrate, sleep or trust adults. Some are withdrawn, others restless or angry. Teachers do not need to become therapists, but they can make the classroom a predictable and calm place. The guide, developed with psychologists and teachers in Germany, Turkey and Jordan, explains the basics in plain language and offers routines that fit into an ordinary school day: clear starts and ends, choice, movement breaks and quiet corners.",
            ),
            ("heading", "Principles in practice"),
            (
                "steps",
                [
                    (
                        "Predictability",
                        "Show the day's plan with pictures and warn of changes in advance.",
                    ),
                    (
                        "Regulation",
                        "Teach short breathing and movement exercises the whole class can use.",
                    ),
                    (
                        "Connection",
                        "Make sure every child has a named adult they can go to.",
                    ),
                    (
                        "Referral",
                        "Know the signs that a child needs specialist help, and the route to get it.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "The quiet corner was used by almost every child at some point, not only by the refugee pupils.",
                    "A primary teacher in Gaziantep",
                ),
            ),
            (
                "links",
                [
                    (
                        "Self-care sheet for teachers",
                        "https://brueckenschule.example.org/safe-to-learn/self-care",
                    ),
                ],
            ),
        ],
        "image": (
            "Illustration of a calm classroom corner with cushions, a plant and a picture timetable on the wall",
            "A quiet corner is one of the routines the guide suggests.",
        ),
        "materials": [
            (
                "document",
                "Guide (PDF)",
                "Safe to learn\nA guide to trauma-aware classrooms\nFor teachers and educators of children who have fled war or danger\nBrückenschule e.V.",
            ),
            (
                "document",
                "Classroom routine cards (PDF)",
                "Safe to learn: routine cards\nTen short routines for calm starts, transitions and endings.\nPrint, cut and keep them on your desk.",
            ),
        ],
    },
    {
        "slug": "roma-family-school-liaison-training",
        "title": "Working with Roma families: a training course for school liaison workers",
        "summary": "A five-day course for liaison workers, youth workers and community members who support Roma children and their families in early education and primary school.",
        "kind": "training-course",
        "level": "local",
        "countries": ["RO", "HU"],
        "education_levels": ["early-childhood", "primary"],
        "target_groups": ["educators-trainers", "community-organisations", "families"],
        "themes": ["family-engagement", "mentoring-tutoring"],
        "learner_groups": ["roma-traveller"],
        "stage": "prevention",
        "languages": ["ro", "hu", "en"],
        "organisation": "Asociația Punți Deschise",
        "funding": "esf-plus",
        "year_started": 2015,
        "year_ended": None,
        "website": "https://punti-deschise.example.org/liaison-training",
        "contact_email": "training@punti-deschise.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Course records show that 70 of the 90 trained liaison workers were still working with schools two years later, and kindergartens they supported reported better attendance.",
        "transfer": {
            "cost": "medium",
            "time": "Five training days over two months, then monthly supervision.",
            "staff": "Two trainers, one of them from the Roma community, and a partner school for practice visits.",
            "adapt": "Work with local Roma organisations to shape the content; do not run it without them.",
        },
        "partner": "inclusive-schools-network",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                "Roma children in many towns start school later and leave it sooner than their classmates, often after years of feeling unwelcome. Liaison workers who come from the community or know it well can rebuild trust between families and schools. This course prepares them for the role: understanding how the school system works, running home visits with respect, supporting children with homework and attendance, and speaking up when a child faces discrimination. Trainees practise in partner schools between the training days.",
            ),
            (
                "key_facts",
                [
                    ("Duration", "5 days over 2 months, plus supervision"),
                    ("Group size", "12 to 16 trainees"),
                    ("Trained so far", "90 liaison workers"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "70 of 90",
                        "trained liaison workers still active with schools after two years",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Mothers come to the kindergarten now because they know me. I am the bridge, and the bridge holds.",
                    "A liaison worker in Cluj county",
                ),
            ),
        ],
        "materials": [
            (
                "document",
                "Course programme (PDF)",
                "Working with Roma families\nA training course for school liaison workers\nDay 1: the school system. Day 2: home visits. Day 3: learning support.\nDay 4: attendance and early signs. Day 5: rights and advocacy.\nAsociația Punți Deschise",
            ),
            (
                "link",
                "Apply for the next course",
                "https://punti-deschise.example.org/liaison-training/apply",
            ),
        ],
    },
    {
        "slug": "early-warning-attendance-dashboard",
        "title": "Sinal: an early warning dashboard on attendance and grades",
        "summary": "An online dashboard that brings together absences, grades and behaviour notes to flag students at risk of leaving school early, so that tutors can act before problems grow.",
        "kind": "website-app",
        "level": "local",
        "countries": ["PT"],
        "education_levels": ["lower-secondary", "upper-secondary", "vocational"],
        "target_groups": ["school-leaders", "teachers"],
        "themes": ["early-warning"],
        "learner_groups": ["second-generation", "interrupted-schooling"],
        "stage": "intervention",
        "languages": ["pt", "en"],
        "organisation": "Agrupamento de Escolas do Tejo Norte",
        "funding": "regional-public",
        "year_started": 2019,
        "year_ended": None,
        "website": "https://tejo-norte.example.org/sinal",
        "contact_email": "sinal@tejo-norte.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "An evaluation by a regional research centre found that students flagged by the dashboard and followed up by a tutor were less likely to drop out than similar students in the years before.",
        "transfer": {
            "cost": "high",
            "time": "Six months to connect data sources and train staff.",
            "staff": "An IT specialist, a data protection officer and tutors with time for follow-up.",
            "adapt": "Data protection rules must be checked carefully; thresholds for warnings should be set with teachers.",
        },
        "partner": "aula-abierta",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                "Warning signs of early leaving are often scattered: the form tutor sees absences, the maths teacher sees falling grades and the counsellor hears about trouble at home. The dashboard brings these signals together for a group of schools near Lisbon. Each week it shows tutors which of their students crossed agreed thresholds, with a short history. The tool does not decide anything on its own; it prompts a conversation with the student and family and a written plan, which are also recorded.",
            ),
            (
                "key_facts",
                [
                    ("Schools", "7 schools, about 6,000 students"),
                    (
                        "Signals",
                        "Absences, grades, behaviour notes, changes of address",
                    ),
                    ("Review", "Weekly by tutors, monthly by a support team"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "-28%",
                        "drop in early leaving among flagged students over three years",
                    ),
                    (
                        "9 in 10",
                        "flagged students had a follow-up conversation within two weeks",
                    ),
                ],
            ),
            (
                "paragraph",
                "The schools learned that the dashboard only works when there is time to act on it. Each tutor has one hour a week set aside for follow-up, and a support team with a psychologist and a social worker takes the most complex cases. Students with a migrant background are not flagged differently, but the support team checks that language problems are not mistaken for lack of effort.",
            ),
        ],
        "materials": [
            (
                "document",
                "Implementation guide (PDF)",
                "Sinal: an early warning dashboard\nImplementation guide for school groups\nData sources, thresholds, follow-up routines and data protection.\nAgrupamento de Escolas do Tejo Norte",
            ),
            ("link", "Demo version", "https://tejo-norte.example.org/sinal/demo"),
        ],
    },
    {
        "slug": "peer-mentoring-starter-kit",
        "title": "Peer mentoring starter kit for secondary schools",
        "summary": "Everything a secondary school needs to pair older students with newly arrived peers: recruitment flyers, a short mentor training, meeting ideas and a simple log.",
        "kind": "toolkit",
        "level": "local",
        "countries": ["FR", "BE"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["migrant-students", "teachers", "educators-trainers"],
        "themes": ["mentoring-tutoring"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["fr", "en", "ar", "ro"],
        "organisation": "Association Horizons École",
        "funding": "own-resources",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://horizons-ecole.example.org/peer-mentoring-kit",
        "contact_email": "mentorat@horizons-ecole.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Mentees and mentors in 14 schools filled in short questionnaires at the start and end of the year; both groups reported a stronger sense of belonging.",
        "transfer": {
            "cost": "none",
            "time": "A term to recruit and train mentors; weekly 30-minute meetings after that.",
            "staff": "One teacher or youth worker who coordinates, with about two hours a week.",
            "adapt": "Fit meeting times into your timetable and adjust the mentor training to the age of students.",
        },
        "partner": "horizons-ecole",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "A newly arrived student often learns the unwritten rules of a school faster from another student than from any adult. Many mentors have a migrant background themselves and remember their own first year. The kit helps a school set up peer mentoring with little money. It contains flyers to recruit mentors, a two-session training on listening and boundaries, ideas for the first ten meetings, and a log that helps the coordinator notice when a pair is not working.",
            ),
            (
                "steps",
                [
                    (
                        "Recruit",
                        "Invite students in the later years to apply, and explain what is expected.",
                    ),
                    (
                        "Train",
                        "Run two short sessions on listening, boundaries and when to get an adult.",
                    ),
                    (
                        "Match",
                        "Pair mentors and mentees by language, interests or timetable.",
                    ),
                    (
                        "Meet",
                        "Hold weekly meetings with a light structure for the first ten weeks.",
                    ),
                    (
                        "Celebrate",
                        "Thank the mentors at the end of the year with a certificate.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "My mentor showed me where to eat and which teacher likes questions. After that I was not afraid.",
                    "A 14-year-old mentee from Romania",
                ),
            ),
            (
                "links",
                [
                    (
                        "Mentor training slides",
                        "https://horizons-ecole.example.org/peer-mentoring-kit/training",
                    ),
                ],
            ),
        ],
        "image": (
            "Illustration of two teenagers sitting on a bench in a schoolyard, one showing the other a timetable",
            "Mentors pass on the unwritten rules of school.",
        ),
        "materials": [
            (
                "document",
                "Starter kit (PDF)",
                "Peer mentoring starter kit\nFor secondary schools welcoming newly arrived students\nRecruit, train, match, meet, celebrate.\nAssociation Horizons École",
            ),
            (
                "document",
                "Mentoring log (PDF)",
                "Mentoring log\nMentor: ______________  Mentee: ______________\nDate, what we talked about, anything the coordinator should know.",
            ),
        ],
    },
    {
        "slug": "vocational-pathways-video-portraits",
        "title": "My trade, my way: video portraits of young migrant apprentices",
        "summary": "Twelve short films in which young people with a migrant background talk about their apprenticeships, the difficulties they faced and who helped them stay on track.",
        "kind": "video",
        "level": "national",
        "countries": ["DE", "AT"],
        "education_levels": ["vocational"],
        "target_groups": ["migrant-students", "families"],
        "themes": ["guidance-transitions"],
        "learner_groups": ["second-generation", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["de", "tr", "ar", "ru"],
        "organisation": "Brückenschule e.V.",
        "funding": "national-public",
        "year_started": 2024,
        "year_ended": None,
        "website": "https://brueckenschule.example.org/my-trade-my-way",
        "contact_email": "film@brueckenschule.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "none",
            "time": "Each film lasts four minutes; a careers lesson around two films takes 45 minutes.",
            "staff": "A careers adviser or class teacher.",
            "adapt": "The films show the German dual system; in other countries they work best alongside local information.",
        },
        "partner": "brueckenschule",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "Many young people and their parents know only a handful of professions, and see an apprenticeship as second best. In these films, apprentices in trades from dental assistance to electronics talk about their choice, the hard first months, the vocational school and the people who helped them not to give up. Several speak about exams in a language they were still learning. The films are subtitled and some have versions dubbed for parents.",
            ),
            (
                "key_facts",
                [
                    ("Films", "12, about four minutes each"),
                    ("Trades", "Health, crafts, technology, retail, hospitality"),
                    ("Subtitles", "German, Turkish, Arabic, Russian"),
                ],
            ),
            (
                "quote",
                (
                    "I wanted to quit after three months. My trainer said: come back on Monday, and then we will see. I came back.",
                    "An apprentice electrician, in one of the films",
                ),
            ),
            (
                "links",
                [
                    (
                        "Lesson ideas for careers advisers",
                        "https://brueckenschule.example.org/my-trade-my-way/lessons",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "link",
                "Watch the films",
                "https://brueckenschule.example.org/my-trade-my-way/films",
            ),
            (
                "document",
                "Discussion sheet (PDF)",
                "My trade, my way\nDiscussion sheet for a careers lesson\nBefore the film: what trades do you know?\nAfter the film: who helped this young person stay?",
            ),
        ],
    },
    {
        "slug": "education-guide-for-guardians-of-unaccompanied-minors",
        "title": "Back to learning: a guide for those who support unaccompanied minors",
        "summary": "A guide for shelter staff, guardians and educators on helping unaccompanied young people return to education, from recognising earlier schooling to finding second-chance and vocational options.",
        "kind": "guide-handbook",
        "level": "national",
        "countries": ["GR"],
        "education_levels": ["upper-secondary", "second-chance-adult"],
        "target_groups": ["educators-trainers", "community-organisations"],
        "themes": ["psychosocial-support", "guidance-transitions"],
        "learner_groups": ["unaccompanied-minors", "interrupted-schooling"],
        "stage": "compensation",
        "languages": ["el", "en", "fa", "ur"],
        "organisation": "Kyklos Centre for Intercultural Learning",
        "funding": "amif",
        "year_started": 2021,
        "year_ended": 2022,
        "website": "https://kyklos.example.org/back-to-learning",
        "contact_email": "info@kyklos.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Staff in eight shelters tested the guide. They found the enrolment checklists most useful and asked for the chapter on turning 18 to be expanded.",
        "transfer": {
            "cost": "low",
            "time": "One training session of three hours for shelter staff.",
            "staff": "Shelter educators and guardians, in contact with local schools and adult education centres.",
            "adapt": "The legal chapter describes Greek rules and must be rewritten for another country.",
        },
        "partner": "kyklos",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                "Young people who arrive alone at 15 or 16 often have gaps of several years in their schooling, urgent worries about money and papers, and little time before they turn 18 and lose much of their support. Staff in shelters want to help them into education but struggle with complex rules. This guide explains, step by step, how to enrol a minor, how to get earlier schooling recognised, and which routes lead to a certificate quickly, including second-chance schools, evening classes and vocational programmes.",
            ),
            (
                "steps",
                [
                    (
                        "Listen first",
                        "Find out what the young person wants and what they have already learned.",
                    ),
                    (
                        "Enrol",
                        "Use the checklists to gather documents and contact the right school.",
                    ),
                    (
                        "Keep them going",
                        "Plan for the moments when work, trauma or paperwork pull them away.",
                    ),
                    (
                        "Plan for 18",
                        "Prepare the move to adult education before support ends.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "He had one question: how fast can I work? The guide helped us show him a path that included both work and a diploma.",
                    "An educator in a shelter in Thessaloniki",
                ),
            ),
            (
                "links",
                [
                    (
                        "Enrolment checklists",
                        "https://kyklos.example.org/back-to-learning/checklists",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Guide (PDF)",
                "Back to learning\nA guide for those who support unaccompanied minors\nEnrolment, recognition, second-chance routes and turning 18\nKyklos Centre for Intercultural Learning",
            ),
        ],
    },
    {
        "slug": "second-chance-literacy-modules",
        "title": "Reading the world: literacy modules for second-chance learners",
        "summary": "Twenty learning modules for young adults who missed years of school, combining basic literacy with practical topics such as job applications, health services and rental contracts.",
        "kind": "lesson-material",
        "level": "local",
        "countries": ["ES"],
        "education_levels": ["second-chance-adult", "vocational"],
        "target_groups": ["educators-trainers", "migrant-students"],
        "themes": ["language-support", "guidance-transitions"],
        "learner_groups": ["interrupted-schooling", "unaccompanied-minors"],
        "stage": "compensation",
        "languages": ["es", "ar", "fr", "en"],
        "organisation": "Escuela de Segunda Oportunidad Puerto Nuevo",
        "funding": "esf-plus",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://puerto-nuevo.example.org/reading-the-world",
        "contact_email": "formacion@puerto-nuevo.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": "A regional evaluation of second-chance schools found that learners using the modules were more likely to complete the programme and move on to vocational training.",
        "transfer": {
            "cost": "medium",
            "time": "Each module takes about six hours of class time.",
            "staff": "Adult educators with experience in literacy teaching; small groups of up to ten learners.",
            "adapt": "Replace Spanish forms and documents with local equivalents; keep the practical focus.",
        },
        "partner": "aula-abierta",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                "Young adults who never learned to read fluently are often ashamed and tired of children's books. These modules start from their real needs. Each one takes a document they will meet in daily life, such as a payslip, a job advert or a letter from the health centre, and uses it to build reading and writing skills step by step. Learners also practise speaking through role play. The modules can be followed in any order, so new learners can join at any point.",
            ),
            (
                "key_facts",
                [
                    ("Modules", "20, about six hours each"),
                    ("Learners", "Ages 16 to 25"),
                    ("Levels", "From first letters to independent reading"),
                ],
            ),
            (
                "outcomes",
                [
                    ("74%", "of learners completed the programme, up from 58% before"),
                    ("1 in 2", "went on to vocational training within a year"),
                ],
            ),
            (
                "quote",
                (
                    "I read my own contract for the first time. Nobody had to explain it to me.",
                    "A 20-year-old learner from Morocco",
                ),
            ),
        ],
        "materials": [
            (
                "document",
                "Teacher's guide (PDF)",
                "Reading the world\nLiteracy modules for second-chance learners\nTeacher's guide: how the modules work and how to assess progress\nEscuela de Segunda Oportunidad Puerto Nuevo",
            ),
            (
                "link",
                "Download the modules",
                "https://puerto-nuevo.example.org/reading-the-world/modules",
            ),
        ],
    },
    {
        "slug": "reception-classes-policy-brief",
        "title": "Separate or together? A policy brief on reception classes for newcomers",
        "summary": "A policy brief comparing how four countries organise teaching for newly arrived pupils, from separate reception classes to immediate inclusion with support, and what each model means for early leaving.",
        "kind": "report-study",
        "level": "european",
        "countries": ["BE", "FI", "IE", "SE"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["policy-makers"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "fr", "nl", "sv"],
        "organisation": "Inclusive Schools Network",
        "funding": "horizon",
        "year_started": 2024,
        "year_ended": 2024,
        "website": "https://inclusive-schools.example.org/reception-classes-brief",
        "contact_email": "policy@inclusive-schools.example.org",
        "evidence": "research-study",
        "evidence_summary": "A review of 46 studies and national data, with interviews of ministry officials and school leaders in four countries.",
        "transfer": {
            "cost": "none",
            "time": "Eight pages; a 30-minute read.",
            "staff": "Policy officers, inspectors and school network leaders.",
            "adapt": "Use the comparison table to describe your own system and test it against the six conditions.",
        },
        "partner": "inclusive-schools-network",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                "Whether newcomers should learn in separate classes for a while or join mainstream classes from day one is one of the most debated questions in the field. The brief finds that the model itself matters less than how it is run. Separate classes work when they are short, flexible and connected to the mainstream; inclusion works when there is real language support and teachers are prepared. Both fail when pupils are left for years in a parallel track or left alone in a class they do not understand.",
            ),
            ("heading", "Six conditions that make reception work"),
            (
                "steps",
                [
                    (
                        "Assess",
                        "Find out what each pupil already knows before placing them.",
                    ),
                    (
                        "Limit",
                        "Keep time in separate provision short and review it regularly.",
                    ),
                    (
                        "Connect",
                        "Give pupils time in mainstream classes from the start.",
                    ),
                    (
                        "Support",
                        "Continue language support after the reception period ends.",
                    ),
                    ("Prepare", "Train all teachers, not only specialists."),
                    ("Involve", "Keep families informed of every change of placement."),
                ],
            ),
            (
                "outcomes",
                [
                    ("46", "studies reviewed"),
                    ("4", "national systems compared in detail"),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Policy brief (PDF)",
                "Separate or together?\nA policy brief on reception classes for newly arrived pupils\nFour countries compared, six conditions for success\nInclusive Schools Network, 2024",
            ),
        ],
    },
    {
        "slug": "home-language-storytelling-kit",
        "title": "Stories from home: a storytelling kit for multilingual families",
        "summary": "A kit of picture books without words, story cards and short guides that invites parents to tell stories in their home language at school and at home, building literacy and a bridge between both.",
        "kind": "toolkit",
        "level": "local",
        "countries": ["IE"],
        "education_levels": ["early-childhood", "primary"],
        "target_groups": ["families", "teachers"],
        "themes": ["language-support", "family-engagement"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "pl", "ro", "ar"],
        "organisation": "Little Library Trust",
        "funding": "private-foundation",
        "year_started": 2019,
        "year_ended": None,
        "website": "https://little-library.example.org/stories-from-home",
        "contact_email": "hello@little-library.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Schools in Dublin reported that more parents came into class after the storytelling sessions began, including parents who had never attended a school meeting.",
        "transfer": {
            "cost": "low",
            "time": "A term of weekly 30-minute sessions.",
            "staff": "A class teacher or librarian to invite parents and host sessions.",
            "adapt": "Add picture books that reflect the families in your area.",
        },
        "partner": "horizons-ecole",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                "Parents who do not yet speak the school language well often feel they have nothing to offer their child's education. Yet the stories they tell at home in their own language build vocabulary, imagination and a love of books. The kit uses wordless picture books, so every parent can tell the story in any language. Parents are invited into class to tell a story to a small group, and children take a book home each week with a simple guide for the family.",
            ),
            (
                "key_facts",
                [
                    ("Contents", "15 wordless books, 40 story cards, family guides"),
                    ("Age", "3 to 8 years"),
                    ("Session length", "30 minutes"),
                ],
            ),
            (
                "quote",
                (
                    "My daughter translated my story into English for her friends. She was so proud of both languages.",
                    "A Polish mother in Dublin",
                ),
            ),
            (
                "paragraph",
                "Teachers say the sessions changed how they see families. Instead of a parent who 'does not speak English', they now see a storyteller. Several parents later joined the school's parent association or volunteered for trips. The kit also suggests a small display of books in the languages of the school's families, chosen together with parents, so that children see their home languages valued in the classroom every day, not only during storytelling sessions.",
            ),
        ],
        "image": (
            "Illustration of a mother telling a story from a picture book to a small group of children sitting on a classroom rug",
            "Parents tell stories in any language they choose.",
        ),
        "materials": [
            (
                "document",
                "Family guide (PDF)",
                "Stories from home\nA guide for families\nLook at the pictures together. Tell the story in your language.\nAsk your child: what happens next?\nThere is no wrong way to tell a story.",
            ),
            (
                "link",
                "List of recommended wordless books",
                "https://little-library.example.org/stories-from-home/books",
            ),
        ],
    },
    {
        "slug": "after-school-arts-club-guide",
        "title": "Making space: a guide to running an after-school arts club for newcomers",
        "summary": "A guide for youth workers and associations on running an after-school arts club where newly arrived and local children make music, theatre and art together.",
        "kind": "guide-handbook",
        "level": "local",
        "countries": ["IT"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["educators-trainers", "community-organisations"],
        "themes": ["extracurricular", "psychosocial-support"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "prevention",
        "languages": ["it", "en", "uk", "ar"],
        "organisation": "Centro Studi Ponte Educativo",
        "funding": "regional-public",
        "year_started": 2022,
        "year_ended": None,
        "website": "https://ponte-educativo.example.org/making-space",
        "contact_email": "laboratori@ponte-educativo.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Club leaders kept attendance records and asked children to draw how they felt at the start and end of the year; attendance stayed high and drawings became more cheerful.",
        "transfer": {
            "cost": "medium",
            "time": "Two afternoons a week through the school year.",
            "staff": "Two youth workers or artists, with a contact teacher in each school.",
            "adapt": "Choose art forms that local artists and volunteers can lead; find a space close to the schools.",
        },
        "partner": "ponte-educativo",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                "Music, theatre and art let children express themselves before they have the words. An after-school club also gives newcomers a place where they meet local children as equals, outside the pressure of grades. This guide draws on three years of clubs in Bologna and Modena. It covers finding a space and volunteers, keeping the club free and easy to reach, planning activities that need little language, and organising a final show where families from all backgrounds sit side by side.",
            ),
            (
                "steps",
                [
                    (
                        "Find partners",
                        "Work with schools, a library or a community centre and local artists.",
                    ),
                    (
                        "Invite",
                        "Ask teachers to suggest children, and make sure half the group are local children.",
                    ),
                    (
                        "Play first",
                        "Start each session with games that need no language.",
                    ),
                    (
                        "Create together",
                        "Build a shared piece of music, theatre or art over the year.",
                    ),
                    (
                        "Show it",
                        "Invite families and the neighbourhood to a final performance.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "In the drumming circle nobody asks where you come from. You just need to keep the rhythm.",
                    "A youth worker who leads the music group",
                ),
            ),
            (
                "links",
                [
                    (
                        "Activity bank",
                        "https://ponte-educativo.example.org/making-space/activities",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Guide (PDF)",
                "Making space\nA guide to running an after-school arts club for newcomers\nFor youth workers, associations and schools\nCentro Studi Ponte Educativo",
            ),
            (
                "document",
                "Activity cards (PDF)",
                "Making space: activity cards\n30 games and creative activities that need little or no language.\nEach card: aim, time, materials and how to adapt it.",
            ),
        ],
    },
    {
        "slug": "teacher-expectations-workshop-series",
        "title": "High expectations for all: workshops on bias and teacher expectations",
        "summary": "A series of four workshops for teaching staff on how unconscious bias and low expectations can push students with a migrant or Roma background towards failure, and how to change that.",
        "kind": "training-course",
        "level": "national",
        "countries": ["NL", "BE"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["intercultural-inclusive", "teacher-training"],
        "learner_groups": ["second-generation", "roma-traveller"],
        "stage": "prevention",
        "languages": ["nl", "fr", "en"],
        "organisation": "Inclusive Schools Network",
        "funding": "national-public",
        "year_started": 2021,
        "year_ended": None,
        "website": "https://inclusive-schools.example.org/high-expectations",
        "contact_email": "training@inclusive-schools.example.org",
        "evidence": "research-study",
        "evidence_summary": "A study with matched schools found that after the workshops, teachers' recommendations for the next school stage were less tied to students' background than before.",
        "transfer": {
            "cost": "medium",
            "time": "Four workshops of three hours over one school year.",
            "staff": "Two external trainers; the whole teaching staff should take part.",
            "adapt": "Use data from your own school on grades and recommendations to make the workshops concrete.",
        },
        "partner": "inclusive-schools-network",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                "Research shows that teachers, without meaning to, often expect less of students with a migrant or Roma background and give them lower recommendations for the next stage of school. Students notice this and may give up. The workshops help staff look honestly at their own school's data, understand how bias works in everyday decisions, and agree on concrete changes, such as blind marking, clear criteria for recommendations and feedback that shows belief in each student's ability.",
            ),
            ("heading", "The four workshops"),
            (
                "steps",
                [
                    (
                        "Looking at the data",
                        "Compare grades and recommendations across groups of students.",
                    ),
                    (
                        "How bias works",
                        "Explore research and short cases from real schools.",
                    ),
                    (
                        "Changing routines",
                        "Agree on changes to marking, feedback and recommendations.",
                    ),
                    (
                        "Checking progress",
                        "Look at the data again at the end of the year.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("32", "schools took part so far"),
                    (
                        "-35%",
                        "gap in recommendations between groups after one year, in the study schools",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Workshop outline (PDF)",
                "High expectations for all\nFour workshops on bias and teacher expectations\nFor whole school teams in secondary education\nInclusive Schools Network",
            ),
            (
                "link",
                "Book a workshop series",
                "https://inclusive-schools.example.org/high-expectations/book",
            ),
        ],
    },
    {
        "slug": "wellbeing-check-in-cards",
        "title": "How are you today? Well-being check-in cards for the classroom",
        "summary": "A set of picture cards and a short record sheet that let pupils show each morning how they feel, helping teachers notice early when a child is struggling.",
        "kind": "assessment-tool",
        "level": "local",
        "countries": ["DE"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "migrant-students"],
        "themes": ["psychosocial-support", "early-warning"],
        "learner_groups": ["refugee-asylum", "unaccompanied-minors"],
        "stage": "intervention",
        "languages": ["de", "ar", "uk", "fa"],
        "organisation": "Brückenschule e.V.",
        "funding": "own-resources",
        "year_started": 2023,
        "year_ended": None,
        "website": "https://brueckenschule.example.org/check-in-cards",
        "contact_email": "info@brueckenschule.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": "Teachers in five Berlin schools tried the cards for a term. They said they noticed worries sooner and referred three children to the school psychologist earlier than they otherwise would have.",
        "transfer": {
            "cost": "none",
            "time": "Five minutes each morning.",
            "staff": "Class teachers, with a clear route to the school psychologist or social worker.",
            "adapt": "Agree in advance what the teacher does when a child shows the same difficult card several days in a row.",
        },
        "partner": "brueckenschule",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                "Children who are still learning the language may not be able to say that they slept badly, miss someone or feel afraid. The check-in cards give them a way to show it. Each morning pupils place a card with a picture of a feeling or a need, such as tired, hungry, happy or worried, in a private pocket. The teacher glances at the pockets and writes a tick on a simple sheet. Patterns over several days help the teacher decide when to talk to a child or ask for help.",
            ),
            (
                "key_facts",
                [
                    (
                        "Cards",
                        "16 feelings and needs, with pictures and words in four languages",
                    ),
                    ("Time", "Five minutes each morning"),
                    ("Age", "6 to 14 years"),
                ],
            ),
            (
                "quote",
                (
                    "For a week he chose the 'worried' card. When we talked, it turned out his mother's asylum interview was coming up.",
                    "A class teacher in Berlin",
                ),
            ),
            (
                "paragraph",
                "The cards are not a diagnosis and should not replace a conversation. They work best in classes where the teacher has explained their purpose, shares their own card sometimes, and where it is clear that no child must explain their choice. Before starting, the school should agree who the teacher can turn to when a card suggests serious distress, and make sure that parents know what the cards are for, so the routine is seen as care and not as surveillance.",
            ),
        ],
        "image": (
            "Illustration of a row of fabric pockets on a classroom wall, each holding a picture card showing a face or a symbol",
            "Pupils choose a card each morning.",
        ),
        "materials": [
            (
                "document",
                "Cards and record sheet (PDF)",
                "How are you today?\nWell-being check-in cards for the classroom\nPrint the cards on thick paper, one set per pupil.\nUse the record sheet to notice patterns, not to judge.\nBrückenschule e.V.",
            ),
        ],
    },
    {
        "slug": "upper-secondary-transition-planner",
        "title": "Next step: an online planner for the move to upper secondary",
        "summary": "A free website where students and families explore upper secondary and vocational options, check entry requirements and deadlines, and build a personal plan in several languages.",
        "kind": "website-app",
        "level": "national",
        "countries": ["ES"],
        "education_levels": ["lower-secondary", "upper-secondary", "vocational"],
        "target_groups": ["migrant-students", "families"],
        "themes": ["guidance-transitions"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["es", "en", "ar", "ro"],
        "organisation": "Fundación Aula Abierta",
        "funding": "national-public",
        "year_started": 2025,
        "year_ended": None,
        "website": "https://aula-abierta.example.org/next-step",
        "contact_email": "nextstep@aula-abierta.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "low",
            "time": "Families use it on their own; a guidance lesson with the planner takes one hour.",
            "staff": "A guidance counsellor to introduce it; an editor to keep dates and programmes up to date.",
            "adapt": "The content is specific to Spain; the structure and questions can be reused elsewhere.",
        },
        "partner": "aula-abierta",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                "At the end of lower secondary, students choose between academic and vocational paths, and the choice is full of deadlines and unfamiliar terms. Families who arrived recently often miss enrolment dates or do not know that a vocational route can lead to university too. The planner asks students a few questions about their interests and results, shows matching options near their home, and lists the next steps with dates. The plan can be printed or shared with a counsellor.",
            ),
            (
                "key_facts",
                [
                    ("Programmes listed", "More than 900 in three regions"),
                    ("Languages", "Spanish, English, Arabic, Romanian"),
                    ("Cost", "Free, no account needed"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Explore",
                        "Answer questions about interests and see matching paths.",
                    ),
                    ("Check", "See entry requirements, places and travel time."),
                    ("Plan", "Build a list of next steps with dates and reminders."),
                    ("Share", "Print the plan or send it to the school counsellor."),
                ],
            ),
            (
                "links",
                [
                    (
                        "Guide for counsellors",
                        "https://aula-abierta.example.org/next-step/counsellors",
                    ),
                ],
            ),
        ],
        "materials": [
            ("link", "Open the planner", "https://aula-abierta.example.org/next-step"),
            (
                "document",
                "Flyer for families (PDF)",
                "Next step\nChoosing your path after lower secondary\nExplore, check, plan and share, in your language.\nFree, no account needed.\nFundación Aula Abierta",
            ),
        ],
    },
    {
        "slug": "education-in-displacement-guidelines",
        "title": "Continuing education in displacement: international guidelines for host schools",
        "summary": "International guidelines, with examples from several countries, on keeping refugee children in education when they move between host countries or arrive after long gaps.",
        "kind": "report-study",
        "level": "international",
        "countries": ["TR", "JO", "LB", "GR"],
        "education_levels": ["primary", "lower-secondary", "upper-secondary"],
        "target_groups": ["policy-makers", "community-organisations"],
        "themes": ["intercultural-inclusive", "psychosocial-support"],
        "learner_groups": ["refugee-asylum", "interrupted-schooling"],
        "stage": "intervention",
        "languages": ["en", "ar", "tr", "fr"],
        "organisation": "International Forum on Education in Displacement",
        "funding": "private-foundation",
        "year_started": 2020,
        "year_ended": 2020,
        "website": "https://ifed.example.org/guidelines",
        "contact_email": "guidelines@ifed.example.org",
        "evidence": "research-study",
        "evidence_summary": "Draws on case studies in eight host countries and consultations with ministries, NGOs and refugee youth.",
        "transfer": {
            "cost": "high",
            "time": "Implementation is a multi-year effort at system level.",
            "staff": "Ministries, education authorities and NGOs working together.",
            "adapt": "Each guideline includes questions to test it against national law and capacity.",
        },
        "partner": "kyklos",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                "Refugee children may change country two or three times before they settle, and lose a year at each move. Each new school often starts again from zero. The guidelines set out what host systems can do to make learning continue: recognise earlier learning without strict paperwork, offer accelerated programmes for those who missed years, provide psychosocial support inside schools, and keep records that travel with the child. Short case studies show how authorities in different countries have applied each point.",
            ),
            (
                "key_facts",
                [
                    ("Guidelines", "10, each with a case study"),
                    ("Countries covered", "8 host countries"),
                    ("Audience", "Ministries, authorities and NGOs"),
                ],
            ),
            (
                "quote",
                (
                    "A child should carry their learning with them, not leave it at every border.",
                    "From the introduction to the guidelines",
                ),
            ),
            (
                "links",
                [
                    (
                        "Case study collection",
                        "https://ifed.example.org/guidelines/case-studies",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Guidelines (PDF)",
                "Continuing education in displacement\nInternational guidelines for host schools and education systems\nTen guidelines, eight case studies\nInternational Forum on Education in Displacement",
            ),
            (
                "document",
                "Summary for school leaders (PDF)",
                "Continuing education in displacement: what school leaders can do\nA four-page summary of the guidelines that apply at school level.\nInternational Forum on Education in Displacement",
            ),
        ],
    },
    {
        "slug": "returning-learners-video-stories",
        "title": "Coming back: video stories of young people who returned to learning",
        "summary": "Short documentary films about young Roma and migrant people in central Europe who left school early and later came back through second-chance programmes, told in their own words.",
        "kind": "video",
        "level": "european",
        "countries": ["CZ", "SK", "HU"],
        "education_levels": ["second-chance-adult", "vocational"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["guidance-transitions", "mentoring-tutoring"],
        "learner_groups": ["roma-traveller", "interrupted-schooling"],
        "stage": "compensation",
        "languages": ["cs", "hu", "en"],
        "organisation": "Second Start Network",
        "funding": "erasmus-plus",
        "year_started": 2022,
        "year_ended": 2024,
        "website": "https://second-start.example.org/coming-back",
        "contact_email": "films@second-start.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "none",
            "time": "Each film lasts about eight minutes; a discussion session takes an hour.",
            "staff": "An educator or youth worker to lead the discussion.",
            "adapt": "Pair the films with information about second-chance options in your area.",
        },
        "partner": "horizons-ecole",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                "Young people who left school early often believe the door is closed for good. These films show that it is not. Six young people from the Czech Republic, Slovakia and Hungary tell why they left, what their life was like afterwards, and what made them return, often a mentor, a sibling or a programme that treated them as adults. The films are honest about setbacks and avoid easy happy endings. They are made for use in second-chance schools, youth centres and training for educators.",
            ),
            (
                "key_facts",
                [
                    ("Films", "6, about eight minutes each"),
                    ("Subtitles", "Czech, Hungarian, English"),
                    ("Discussion guide", "Included"),
                ],
            ),
            (
                "quote",
                (
                    "I was sure school was not for people like me. Then someone waited for me at the door every morning for a month.",
                    "A young woman in one of the films",
                ),
            ),
            (
                "links",
                [
                    (
                        "Discussion guide",
                        "https://second-start.example.org/coming-back/discussion-guide",
                    ),
                ],
            ),
        ],
        "image": (
            "Still from a documentary showing a young man in work clothes standing in front of a training centre at dawn",
            "Six young people tell how they came back to learning.",
        ),
        "materials": [
            (
                "link",
                "Watch the films",
                "https://second-start.example.org/coming-back/films",
            ),
            (
                "document",
                "Discussion guide (PDF)",
                "Coming back\nDiscussion guide for educators\nBefore watching: what does 'leaving school' mean to you?\nAfter watching: what made the difference for each person?\nSecond Start Network",
            ),
        ],
    },
]

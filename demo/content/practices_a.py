"""Demo practices, first half: southern Europe and multi-country entries."""

PRACTICES_A = [
    {
        "slug": "buddy-reading-circles-valencia-primary",
        "title": "Buddy reading circles for newcomers in Valencia primary schools",
        "summary": (
            "Older pupils read with younger children who have just arrived, twice a "
            "week in school time, so that reading in Spanish grows alongside the "
            "languages the newcomers already speak."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["ES"],
        "education_levels": ["primary"],
        "target_groups": ["teachers", "migrant-students", "families"],
        "themes": ["language-support", "mentoring-tutoring"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["es", "ar", "ro", "uk"],
        "organisation": "Les Moreres Primary Schools Network",
        "funding": "regional-public",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://les-moreres.example.org/reading-circles",
        "contact_email": "lectura@les-moreres.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Teachers compared simple reading checks at the start and end of three "
            "school years. Most newcomers in the circles moved up at least one reading "
            "band, and class teachers noted that quiet pupils spoke up more in lessons."
        ),
        "transfer": {
            "cost": "low",
            "time": (
                "One term to prepare; two 30-minute sessions a week during school "
                "hours."
            ),
            "staff": (
                "A coordinating teacher with about two hours a week, a shelf of simple "
                "picture books and the agreement of the older readers' families."
            ),
            "adapt": (
                "Map the home languages in the school before pairing. Where no older "
                "pupil shares a newcomer's language, pair children by interests and "
                "start with wordless picture books."
            ),
        },
        "partner": "aula-abierta",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "In each circle, a pupil from the last two years of primary school "
                    "is paired with a younger child who arrived in Spain within the "
                    "past two years. Twice a week, for half an hour, the pair reads "
                    "together in a quiet corner of the school library. Where possible "
                    "the older reader shares the younger child's home language and can "
                    "explain a word or a joke in it, but the book itself is in "
                    "Spanish. Class teachers choose the books with the librarian so "
                    "that they connect with topics the class is working on that term."
                ),
            ),
            (
                "key_facts",
                [
                    ("Participants", "About 60 reading pairs a year in four schools"),
                    ("Rhythm", "Two 30-minute sessions a week"),
                    ("Ages", "Readers aged 10 to 12; newcomers aged 6 to 9"),
                    ("Running since", "2016"),
                ],
            ),
            ("heading", "Why the pairs matter"),
            (
                "paragraph",
                (
                    "Newcomers often sit silently in class for months while they "
                    "listen and work out the new language. A reading buddy offers a "
                    "safer place to try out words with someone who has been through "
                    "the same experience, and who will not laugh at a mistake. The "
                    "older pupils, many of them children of migrants themselves, take "
                    "the role seriously and often improve their own reading and "
                    "confidence. Families are invited to a reading afternoon each "
                    "term, where pairs read aloud and parents can borrow books in "
                    "their own languages from a small shelf the school keeps for them."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Map the languages",
                        (
                            "List the home languages spoken in the school and find "
                            "older pupils who speak them, with their families' "
                            "agreement."
                        ),
                    ),
                    (
                        "Train the readers",
                        (
                            "Run two short sessions on listening, praising effort and "
                            "asking about pictures instead of correcting every word."
                        ),
                    ),
                    (
                        "Protect the time",
                        (
                            "Put the circles in the school timetable so that no child "
                            "misses them because of transport or care duties after "
                            "school."
                        ),
                    ),
                    (
                        "Celebrate the pairs",
                        (
                            "Hold a reading afternoon each term and give the older "
                            "readers a certificate they can take with them to "
                            "secondary school."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "7 in 10",
                        (
                            "newcomers in the circles moved up at least one reading "
                            "band within a school year, in the schools' own checks"
                        ),
                    ),
                    ("About 45", "older pupils trained as reading buddies each year"),
                ],
            ),
            (
                "quote",
                (
                    (
                        "At first she only pointed at the pictures. By spring she was "
                        "reading the dialogue to me in two different voices."
                    ),
                    "A year 6 reading buddy",
                ),
            ),
        ],
        "image": (
            (
                "Illustration of two children sharing a picture book on cushions in a "
                "school library"
            ),
            "Reading pairs meet twice a week in the school library.",
        ),
    },
    {
        "slug": "bilingual-teaching-assistants-lisbon-secondary",
        "title": "Bilingual teaching assistants in Lisbon lower secondary schools",
        "summary": (
            "Assistants who share a language with newly arrived pupils work beside "
            "subject teachers in mathematics, science and history, so that newcomers "
            "keep learning the content while their Portuguese develops."
        ),
        "kind": "project",
        "level": "local",
        "countries": ["PT"],
        "education_levels": ["lower-secondary"],
        "target_groups": ["teachers", "migrant-students", "school-leaders"],
        "themes": ["language-support", "intercultural-inclusive"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["pt", "uk", "ur", "en"],
        "organisation": "Escolas Abertas Lisboa Association",
        "funding": "amif",
        "year_started": 2019,
        "year_ended": 2023,
        "website": "https://escolas-abertas.example.org/assistants",
        "contact_email": "contacto@escolas-abertas.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A university team evaluated the final two years. Newcomers supported by "
            "an assistant passed slightly more subjects in their first year than "
            "newcomers in similar schools, and most teachers valued the co-teaching. "
            "The evaluators stressed that results depended on shared planning time."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Six months to recruit and train assistants; each works 20 to 25 hours "
                "a week in school."
            ),
            "staff": (
                "Assistants fluent in Portuguese and one of the main home languages, a "
                "contact teacher in each school and a weekly planning slot."
            ),
            "adapt": (
                "Choose the languages from enrolment data each year. Where a language "
                "is rare, one assistant can be shared between several schools or join "
                "lessons remotely for short periods."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "Pupils who arrive in Portugal at 12 or 13 often spend their first "
                    "year understanding very little of what happens in mathematics or "
                    "science lessons. This project placed bilingual assistants in six "
                    "lower secondary schools. They speak Portuguese and at least one "
                    "of the languages most common among new arrivals in the area, "
                    "including Ukrainian, Urdu, Nepali and Bengali. The assistants do "
                    "not run separate lessons. They sit with small groups in the "
                    "normal class, explain key words, translate instructions and help "
                    "pupils show what they already know from school in their home "
                    "country."
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "6 lower secondary schools"),
                    ("Assistants", "9, working 20 to 25 hours a week"),
                    ("Pupils supported", "About 240 over four years"),
                    ("Duration", "2019 to 2023"),
                ],
            ),
            ("heading", "A typical week"),
            (
                "paragraph",
                (
                    "On Monday the assistant meets the subject teachers for thirty "
                    "minutes to look at the week's topics and pick out the words and "
                    "ideas newcomers will find hardest. During lessons the assistant "
                    "moves between groups, often preparing a short glossary in two "
                    "languages that pupils keep in their folders. Once a week the "
                    "assistant also joins a meeting with families who need help "
                    "understanding reports, options or rules. Teachers said the "
                    "biggest change was that they could finally tell whether a silent "
                    "pupil did not understand the maths or only the Portuguese."
                ),
            ),
            (
                "outcomes",
                [
                    (
                        "+1",
                        (
                            "subject passed on average in the first year, compared "
                            "with newcomers in similar schools"
                        ),
                    ),
                    (
                        "About 85%",
                        (
                            "of the subject teachers involved wanted to keep working "
                            "with an assistant"
                        ),
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Read the enrolment data",
                        (
                            "Find out which languages new arrivals speak and how many "
                            "pupils are in each school."
                        ),
                    ),
                    (
                        "Recruit from the community",
                        (
                            "Look for bilingual graduates, trainee teachers or "
                            "experienced parents, and check their Portuguese and their "
                            "subject knowledge."
                        ),
                    ),
                    (
                        "Plan together",
                        (
                            "Give each teacher and assistant a fixed weekly slot to "
                            "prepare lessons, or the model turns into simple "
                            "translation."
                        ),
                    ),
                    (
                        "Hand over gradually",
                        (
                            "Reduce support for each pupil step by step as their "
                            "Portuguese grows, so that they do not become dependent on "
                            "one adult."
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Summary of the external evaluation",
                        "https://escolas-abertas.example.org/assistants/evaluation",
                    ),
                    (
                        "Job profile for bilingual assistants",
                        "https://escolas-abertas.example.org/assistants/job-profile",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "absence-early-warning-dashboard-palermo",
        "title": "An early-warning dashboard for absence in Palermo secondary schools",
        "summary": (
            "A shared dashboard flags pupils whose attendance, marks or behaviour "
            "start to slip, and a named member of staff follows up within a week, with "
            "a cultural mediator when the family needs one."
        ),
        "kind": "methodology",
        "level": "local",
        "countries": ["IT"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["school-leaders", "teachers"],
        "themes": ["early-warning", "family-engagement"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "intervention",
        "languages": ["it", "en"],
        "organisation": "Conca d'Oro School Network",
        "funding": "esf-plus",
        "year_started": 2018,
        "year_ended": None,
        "website": "https://conca-doro-schools.example.org/early-warning",
        "contact_email": "segnali@conca-doro-schools.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A three-year study by a regional research institute followed about 1,900 "
            "pupils. Schools using the dashboard had fewer pupils with long "
            "unexplained absences than comparable schools, although the authors note "
            "that the schools also added follow-up staff, so the dashboard's own "
            "effect is hard to separate."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "One term to agree the signals and set up the tool; one to two hours a "
                "week per school to review alerts."
            ),
            "staff": (
                "A teacher or administrator comfortable with data, a follow-up "
                "coordinator, access to cultural mediators and a clear data protection "
                "agreement."
            ),
            "adapt": (
                "Start from the data the school already records. Agree thresholds "
                "locally and keep the list of alerts short, so that every alert gets a "
                "response from a person."
            ),
        },
        "partner": "ponte-educativo",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Schools already hold most of the information that shows a pupil "
                    "is drifting away: registers, marks and notes about behaviour. The "
                    "problem is that these sit in different places and are seen by "
                    "different people. The Palermo network brought three signals into "
                    "one simple dashboard that the school's support team reviews every "
                    "week. The tool itself is modest, built on the school's existing "
                    "register software. What makes it work is the rule that every "
                    "flagged pupil is discussed and that one named adult takes "
                    "responsibility for the next step."
                ),
            ),
            ("heading", "Three signals, one response"),
            (
                "paragraph",
                (
                    "A pupil is flagged when they miss more than one day in ten over a "
                    "month, when their marks drop in two or more subjects, or when "
                    "they receive repeated behaviour notes. Pupils with one signal "
                    "appear in yellow and those with two or more in red. At the weekly "
                    "meeting the team decides who will speak to the pupil and who will "
                    "contact the family. For families who are still learning Italian, "
                    "the school calls on a cultural mediator, and the first contact is "
                    "a conversation, not a warning letter."
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "8 lower and upper secondary schools"),
                    ("Pupils covered", "About 5,200"),
                    ("Review meeting", "Weekly, about 20 minutes"),
                    ("Follow-up", "Within five school days of an alert"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 15% fewer",
                        (
                            "pupils with more than 20 days of unexplained absence than "
                            "in comparable schools, according to the study"
                        ),
                    ),
                    (
                        "3 in 4",
                        "alerts led to a conversation with the family within a week",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "List what you already record",
                        (
                            "Check which attendance, marks and behaviour data are "
                            "available and reliable before building anything new."
                        ),
                    ),
                    (
                        "Agree simple thresholds",
                        (
                            "Decide together what counts as a warning sign, and review "
                            "the thresholds after the first term."
                        ),
                    ),
                    (
                        "Name a person for each alert",
                        (
                            "Make sure every flagged pupil has one adult responsible "
                            "for follow-up, with a date."
                        ),
                    ),
                    (
                        "Reach families in their language",
                        (
                            "Plan for mediators or interpreters from the start, and "
                            "make the first contact supportive."
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "The screen does not keep anyone in school. It just makes sure "
                        "nobody slips away without an adult noticing."
                    ),
                    "A deputy head in Palermo",
                ),
            ),
        ],
        "image": (
            (
                "Illustration of a teacher looking at a simple chart of weekly "
                "attendance on a laptop"
            ),
            "The dashboard combines attendance, marks and behaviour notes.",
        ),
    },
    {
        "slug": "parent-cafes-interpreters-athens-primary",
        "title": "Parent cafés with interpreters in Athens primary schools",
        "summary": (
            "Monthly morning cafés in the school hall, with interpreters for Arabic, "
            "Farsi and Kurdish, where refugee parents meet teachers informally, ask "
            "questions about school life and pick up ideas for supporting learning at "
            "home."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["GR"],
        "education_levels": ["early-childhood", "primary"],
        "target_groups": ["families", "community-organisations", "teachers"],
        "themes": ["family-engagement", "intercultural-inclusive"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "prevention",
        "languages": ["el", "ar", "fa", "ckb"],
        "organisation": "Kypseli Parents' Forum",
        "funding": "private-foundation",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://kypseli-parents.example.org/cafes",
        "contact_email": "cafe@kypseli-parents.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Parents fill in short picture-based feedback cards after each café, and a "
            "group discussion is held at the end of each year. Parents report "
            "understanding school rules and reports better, and the schools recorded "
            "more parents coming to individual teacher meetings."
        ),
        "transfer": {
            "cost": "low",
            "time": "Two months to set up; one 90-minute café a month.",
            "staff": (
                "A coordinator from the school or a local association, two or three "
                "interpreters per session, a warm room, coffee and something to eat."
            ),
            "adapt": (
                "Ask parents which times and topics suit them and avoid turning the "
                "café into a lecture. Recruit interpreters the community trusts, "
                "ideally parents who have had some training."
            ),
        },
        "partner": "kyklos",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "Many refugee parents in central Athens want to be involved in "
                    "their children's schooling but find the school hard to approach. "
                    "Letters arrive in Greek, meetings happen at times that clash with "
                    "work, and it is not easy to ask a simple question at the office "
                    "window. The parent cafés began when a local parents' forum and "
                    "two primary schools asked families what would help. The answer "
                    "was simple: a regular, relaxed meeting in the school, with "
                    "someone who speaks their language."
                ),
            ),
            ("heading", "What happens at a café"),
            (
                "paragraph",
                (
                    "Each café opens with coffee and informal conversation, with "
                    "interpreters moving between tables. After half an hour, a teacher "
                    "or the head gives a short talk on a topic parents chose, such as "
                    "how school reports work, what happens at kindergarten enrolment "
                    "or how to help with reading without speaking Greek. Parents then "
                    "ask questions in small groups. Children from the kindergarten and "
                    "first grades sometimes join for the last part and show their "
                    "parents what they have been making in class."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Ask parents first",
                        (
                            "Hold a short meeting or survey with families to choose "
                            "days, times and the first topics."
                        ),
                    ),
                    (
                        "Find trusted interpreters",
                        (
                            "Work with a community association to recruit "
                            "interpreters, and brief them on the school system "
                            "beforehand."
                        ),
                    ),
                    (
                        "Keep it informal",
                        (
                            "Limit talks to 15 minutes and leave most of the time for "
                            "questions and conversation."
                        ),
                    ),
                    (
                        "Close the loop",
                        (
                            "Tell parents at the next café what the school changed "
                            "because of their questions."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 35",
                        "parents at an average café, from more than ten countries",
                    ),
                    (
                        "Around twice",
                        (
                            "as many parents came to individual teacher meetings after "
                            "two years, in the schools' records"
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "Here I can ask the question I was too embarrassed to ask at "
                        "the office window."
                    ),
                    "A parent at one of the cafés",
                ),
            ),
        ],
        "image": (
            (
                "Illustration of parents and teachers talking around small tables with "
                "coffee cups in a school hall"
            ),
            "Interpreters move between the tables during the cafés.",
        ),
    },
    {
        "slug": "national-reception-programme-malta-schools",
        "title": "A national reception programme for newcomers in Maltese schools",
        "summary": (
            "Newly arrived pupils spend up to one school year in an intensive "
            "reception class learning English and Maltese, with a growing share of "
            "time in a mainstream class, before moving into it fully."
        ),
        "kind": "policy",
        "level": "national",
        "countries": ["MT"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["policy-makers", "school-leaders", "teachers"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["newly-arrived", "interrupted-schooling"],
        "stage": "prevention",
        "languages": ["en", "ar", "it", "uk"],
        "organisation": "Malta Office for Newcomer Education",
        "funding": "national-public",
        "year_started": 2015,
        "year_ended": None,
        "website": "https://newcomer-education-mt.example.org/reception",
        "contact_email": "reception@newcomer-education-mt.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A review commissioned after five years found that most pupils moved to "
            "full mainstream placement within a year. It recommended stronger support "
            "after the move, especially for older pupils with gaps in their earlier "
            "schooling."
        ),
        "transfer": {
            "cost": "high",
            "time": (
                "A national roll-out over about three years; each reception class runs "
                "for the whole school year."
            ),
            "staff": (
                "Trained language teachers, a small team for first assessments, and "
                "mainstream schools ready to receive pupils step by step."
            ),
            "adapt": (
                "Smaller systems can run reception hubs in a few schools instead of "
                "nationally. Keep the time limit and the gradual transfer, which are "
                "the core of the model."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Malta's schools have received a growing number of pupils from "
                    "other countries, and many arrive in the middle of the year with "
                    "little or no English or Maltese. Under this national programme, "
                    "every newly arrived pupil of compulsory school age is assessed "
                    "within a few weeks and, if needed, joins a reception class. "
                    "Reception classes are small and focus on the two languages of "
                    "schooling, but they are not meant to be a separate track. From "
                    "the first term, pupils join a mainstream class for subjects such "
                    "as physical education, art and music."
                ),
            ),
            ("heading", "From assessment to the mainstream class"),
            (
                "paragraph",
                (
                    "The first assessment looks at more than language. Staff ask about "
                    "earlier schooling, literacy in the home language, mathematics and "
                    "any gaps caused by the journey. Pupils with interrupted schooling "
                    "get extra literacy and numeracy time. As their languages improve, "
                    "they spend more of the week in their mainstream class, where a "
                    "named teacher keeps track of their progress. The aim is full "
                    "transfer within one school year, and a follow-up check takes "
                    "place three months after the move."
                ),
            ),
            (
                "key_facts",
                [
                    ("Reception hubs", "12 across Malta and Gozo"),
                    ("Maximum stay", "One school year, with a review each term"),
                    ("Class size", "Usually 8 to 14 pupils"),
                    ("Introduced", "2015, expanded from 2018"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 80%",
                        (
                            "of pupils moved fully into a mainstream class within one "
                            "school year"
                        ),
                    ),
                    (
                        "3 months",
                        (
                            "after transfer, every pupil has a follow-up check with "
                            "their class teacher"
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Overview of the reception programme for schools",
                        "https://newcomer-education-mt.example.org/reception/overview",
                    ),
                    (
                        "Information for parents in several languages",
                        "https://newcomer-education-mt.example.org/reception/parents",
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a small group of children of different ages around a "
                "table with word cards in English and Maltese"
            ),
            "Reception classes mix ages and focus on the languages of schooling.",
        ),
    },
    {
        "slug": "summer-bridging-school-marseille",
        "title": "A summer bridging school before lower secondary in Marseille",
        "summary": (
            "Three weeks at the end of the summer for children moving from primary to "
            "lower secondary, mixing French, mathematics, outdoor activities and a "
            "visit to their new school, so that the first day of collège is not a step "
            "into the unknown."
        ),
        "kind": "project",
        "level": "local",
        "countries": ["FR"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["migrant-students", "educators-trainers", "families"],
        "themes": ["guidance-transitions", "extracurricular", "language-support"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["fr", "ar", "en"],
        "organisation": "Association Horizons École",
        "funding": "regional-public",
        "year_started": 2018,
        "year_ended": None,
        "website": "https://horizons-ecole.example.org/ecole-d-ete",
        "contact_email": "ete@horizons-ecole.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The association surveys pupils before and after the summer school and "
            "asks the receiving schools about attendance in the first term. Pupils "
            "report feeling less anxious about the move, and first-term attendance "
            "among participants has been similar to or slightly better than that of "
            "their classmates."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Six months of planning with the schools; three weeks in late August, "
                "mornings and early afternoons."
            ),
            "staff": (
                "Two teachers, three youth workers, a coordinator and access to school "
                "premises during the holidays."
            ),
            "adapt": (
                "Work out with primary schools which children would gain most, and "
                "involve the receiving secondary schools from the start. Timing "
                "matters: the last weeks before term start work best."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "The move to lower secondary school is a fragile moment for many "
                    "children, and more so for those who are still learning French or "
                    "whose parents did not go to school in France. Suddenly there are "
                    "ten teachers instead of one, a timetable to read and a much "
                    "larger building. The summer bridging school brings together about "
                    "70 children from the northern districts of Marseille during the "
                    "last three weeks of August. Mornings are spent on French and "
                    "mathematics in small groups; afternoons on sport, games, trips "
                    "around the city and project work."
                ),
            ),
            (
                "key_facts",
                [
                    ("Participants", "About 70 children a year"),
                    ("Duration", "Three weeks in late August"),
                    ("Group size", "10 to 12 children per group"),
                    ("Cost to families", "Free, including lunch"),
                ],
            ),
            ("heading", "Getting to know the new school"),
            (
                "paragraph",
                (
                    "In the last week, each group visits the collège the children will "
                    "attend. They find their way around using a map they drew "
                    "themselves, meet some of their future teachers and try the "
                    "canteen. Parents are invited to a closing afternoon where youth "
                    "workers explain, with an interpreter, how the timetable, homework "
                    "diary and parent meetings work. Each child leaves with a small "
                    "folder containing their timetable, a map and the name of one "
                    "adult they can turn to in September."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Choose the children with primary teachers",
                        (
                            "Ask year 6 teachers which pupils are most at risk of "
                            "struggling with the move, and explain the offer to "
                            "families in person."
                        ),
                    ),
                    (
                        "Agree with receiving schools",
                        (
                            "Plan the visits with the collèges and ask for one named "
                            "contact per school."
                        ),
                    ),
                    (
                        "Mix learning and fun",
                        (
                            "Keep lessons short and active; the outdoor activities are "
                            "what keep attendance high."
                        ),
                    ),
                    (
                        "Follow up in September",
                        (
                            "Youth workers visit each collège in the first month to "
                            "check how the children are settling in."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("9 in 10", "children attended at least two of the three weeks"),
                    (
                        "About 80%",
                        (
                            "of participants said they felt ready for the first day, "
                            "compared with about half before the summer school"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of children and a youth worker walking through a school "
                "gate on a sunny day"
            ),
            "Each summer school ends with a visit to the children's new collège.",
        ),
    },
    {
        "slug": "university-volunteer-homework-clubs-seville",
        "title": "Homework clubs run by university volunteers in Seville",
        "summary": (
            "University students run after-school homework clubs in two Seville "
            "neighbourhoods, matching each lower secondary pupil with the same "
            "volunteer for the whole school year."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["ES"],
        "education_levels": ["lower-secondary"],
        "target_groups": [
            "migrant-students",
            "educators-trainers",
            "community-organisations",
        ],
        "themes": ["mentoring-tutoring", "extracurricular"],
        "learner_groups": ["second-generation", "roma-traveller", "newly-arrived"],
        "stage": "intervention",
        "languages": ["es", "ar", "ro"],
        "organisation": "Tutoría Solidaria Student Association",
        "funding": "own-resources",
        "year_started": 2012,
        "year_ended": None,
        "website": "https://tutoria-solidaria.example.org/clubs",
        "contact_email": "clubs@tutoria-solidaria.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "low",
            "time": (
                "One term to set up with a school; two afternoons a week, 90 minutes "
                "each."
            ),
            "staff": (
                "A coordinator, volunteers who can commit for a full year, a room near "
                "the school and a simple safeguarding procedure."
            ),
            "adapt": (
                "Agree with the university that volunteering counts towards course "
                "credits, which helps volunteers stay all year. Check safeguarding "
                "rules in your country before starting."
            ),
        },
        "partner": "aula-abierta",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "The clubs started when a group of education students noticed that "
                    "many pupils in two neighbourhoods near their faculty had nowhere "
                    "quiet to study and no one at home who could help with secondary "
                    "school homework. Today the clubs meet twice a week in a community "
                    "centre and a parish hall. Pupils aged 12 to 16 are referred by "
                    "their schools or come with friends. Many are children of families "
                    "from Morocco, Romania and Latin America, and some are from local "
                    "Roma families."
                ),
            ),
            ("heading", "The same volunteer all year"),
            (
                "paragraph",
                (
                    "The main rule of the clubs is continuity. Each pupil works with "
                    "the same volunteer from October to June, usually in a group of "
                    "two or three pupils. Volunteers help with homework, but they also "
                    "talk about school, friendships and plans for the future. Once a "
                    "month the club runs an activity instead of homework, such as a "
                    "visit to the university campus, a football match between pupils "
                    "and volunteers, or a cooking afternoon. The coordinator keeps in "
                    "touch with the pupils' tutors at school and meets families at the "
                    "start and end of the year."
                ),
            ),
            (
                "key_facts",
                [
                    ("Pupils", "About 80 a year"),
                    ("Volunteers", "35 to 40 university students"),
                    ("Sessions", "Two afternoons a week, 90 minutes"),
                    ("Commitment", "One full school year per volunteer"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Partner with a faculty",
                        (
                            "Ask a faculty of education, psychology or social work to "
                            "recognise volunteering as part of students' practical "
                            "training."
                        ),
                    ),
                    (
                        "Prepare the volunteers",
                        (
                            "Run a short induction on safeguarding, intercultural "
                            "communication and how to help without doing the homework "
                            "for the pupil."
                        ),
                    ),
                    (
                        "Link with schools",
                        (
                            "Agree with schools how pupils are referred and how tutors "
                            "and the coordinator stay in contact."
                        ),
                    ),
                    (
                        "Plan for exam periods",
                        (
                            "University exams clash with school terms, so arrange "
                            "cover between volunteers in advance."
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "My volunteer is the first person from my street I know who "
                        "goes to university. Now I ask her everything."
                    ),
                    "A pupil aged 14",
                ),
            ),
        ],
    },
    {
        "slug": "school-cultural-mediators-cyprus",
        "title": "School-based cultural mediators across Cyprus",
        "summary": (
            "Trained mediators who speak the languages of refugee families work across "
            "groups of schools, joining parent meetings, explaining the school system "
            "and helping teachers understand what lies behind absence or silence."
        ),
        "kind": "project",
        "level": "national",
        "countries": ["CY"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["families", "school-leaders", "teachers"],
        "themes": ["family-engagement", "intercultural-inclusive"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "intervention",
        "languages": ["el", "ar", "fa", "en"],
        "organisation": "Gefyra Mediation in Education Project",
        "funding": "amif",
        "year_started": 2019,
        "year_ended": 2024,
        "website": "https://gefyra-mediation.example.org/schools",
        "contact_email": "info@gefyra-mediation.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An independent evaluation based on interviews, school records and a "
            "survey of heads found better communication with families and faster "
            "responses to long absences in schools with a mediator. It also found that "
            "mediators were stretched thin where they covered more than five schools."
        ),
        "transfer": {
            "cost": "high",
            "time": (
                "About a year to recruit, train and place mediators; each works full "
                "time across three to five schools."
            ),
            "staff": (
                "Mediators with relevant languages and lived experience, a training "
                "programme, supervision, and heads who give mediators a clear role."
            ),
            "adapt": (
                "Define the mediator's role in writing so that they are not used only "
                "as interpreters. Plan for long-term funding, as trust takes years to "
                "build."
            ),
        },
        "partner": "kyklos",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "Schools in Cyprus receive children from families who have fled "
                    "Syria, Afghanistan, Somalia and other countries, often after long "
                    "stays in reception centres. Teachers noticed that messages to "
                    "these families were often misunderstood, and that long absences "
                    "went unexplained. This project trained 22 cultural mediators, "
                    "most of them people with a refugee background themselves, and "
                    "placed them in groups of schools across the island. Mediators "
                    "speak Arabic, Farsi, Dari, Somali, French or English, and all of "
                    "them speak Greek."
                ),
            ),
            ("heading", "More than interpreting"),
            (
                "paragraph",
                (
                    "A mediator's work goes beyond translating words. When a pupil "
                    "stops coming to school, the mediator may visit the family with a "
                    "teacher and find out that the child is caring for a younger "
                    "sibling, or that the family fears being moved to another town. "
                    "Mediators also explain to teachers practices that may seem "
                    "strange, such as why a father answers for his wife, or why a "
                    "child is reluctant to take part in certain activities. They help "
                    "run welcome meetings for new families each term."
                ),
            ),
            (
                "key_facts",
                [
                    ("Mediators", "22, each covering three to five schools"),
                    ("Schools reached", "About 90 primary and lower secondary schools"),
                    (
                        "Training",
                        "120 hours before placement, plus monthly supervision",
                    ),
                    ("Duration", "2019 to 2024"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About two thirds",
                        (
                            "of heads surveyed said communication with refugee "
                            "families had clearly improved"
                        ),
                    ),
                    (
                        "Within 2 weeks",
                        (
                            "long absences were usually discussed with the family, "
                            "compared with a month or more before"
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "The mediator did not only translate my words. She told me "
                        "what the mother was not saying."
                    ),
                    "A primary teacher in Larnaca",
                ),
            ),
        ],
    },
    {
        "slug": "saturday-home-language-classes-porto",
        "title": "Saturday home-language classes in Porto",
        "summary": (
            "Community associations run Saturday morning classes in Ukrainian, "
            "Romanian and Arabic in a public school building, sharing a timetable, "
            "training for volunteer teachers and links with the pupils' weekday "
            "schools."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["PT"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["community-organisations", "families", "teachers"],
        "themes": ["language-support", "intercultural-inclusive"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["uk", "ro", "ar", "pt"],
        "organisation": "Porto Home Languages Alliance",
        "funding": "private-foundation",
        "year_started": 2014,
        "year_ended": None,
        "website": "https://porto-home-languages.example.org/",
        "contact_email": "ola@porto-home-languages.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The alliance runs a yearly survey of families and asks weekday teachers "
            "about participating pupils. Families value the classes highly, and "
            "weekday teachers often report more confidence and pride among pupils who "
            "attend, although the survey cannot show effects on results."
        ),
        "transfer": {
            "cost": "low",
            "time": (
                "One school year to bring associations together; classes run for three "
                "hours every Saturday morning."
            ),
            "staff": (
                "Volunteer or lightly paid teachers from each community, a "
                "coordinator, and a school willing to open its building on Saturdays."
            ),
            "adapt": (
                "Start with the communities that are already organised and add others "
                "over time. A written agreement with the school about rooms, keys and "
                "cleaning avoids most problems."
            ),
        },
        "partner": "aula-abierta",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "For years, several migrant associations in Porto ran "
                    "home-language classes on their own, in church halls and living "
                    "rooms, with little support. In 2014 they joined forces with a "
                    "public school that offered them its classrooms on Saturday "
                    "mornings. Today, about 150 children learn to read and write in "
                    "Ukrainian, Romanian or Arabic in the same building where many of "
                    "them study during the week. The classes also cover songs, history "
                    "and geography, taught in a playful way."
                ),
            ),
            ("heading", "Why home languages help children stay in school"),
            (
                "paragraph",
                (
                    "Children who can read and write in their first language tend to "
                    "find it easier to learn a second one, and they keep a strong bond "
                    "with their parents and grandparents. The classes also send a "
                    "message: the languages children bring with them are a strength, "
                    "not a problem to be solved. Weekday teachers are invited to visit "
                    "on Saturdays, and once a year the children present a bilingual "
                    "show for the whole school. Some weekday teachers now ask pupils "
                    "to bring texts in their home language into class."
                ),
            ),
            (
                "key_facts",
                [
                    ("Children", "About 150, aged 5 to 14"),
                    (
                        "Languages",
                        "Ukrainian, Romanian and Arabic, with others on a waiting list",
                    ),
                    ("Schedule", "Saturday mornings, 9:30 to 12:30"),
                    (
                        "Teachers",
                        "12, most with a teaching degree from their home country",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Bring associations together",
                        (
                            "Hold a meeting with community groups that already teach "
                            "languages and ask what they need most."
                        ),
                    ),
                    (
                        "Find a host school",
                        (
                            "Agree rooms, keys, insurance and cleaning in writing with "
                            "a school or municipality."
                        ),
                    ),
                    (
                        "Train the teachers",
                        (
                            "Offer joint training on child-centred teaching and the "
                            "Portuguese school system."
                        ),
                    ),
                    (
                        "Build bridges to weekday classes",
                        (
                            "Invite weekday teachers to visit and share a short note "
                            "each term about what the children are learning."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "9 in 10",
                        (
                            "families in the yearly survey said they would recommend "
                            "the classes"
                        ),
                    ),
                    ("3", "languages taught today, up from one association in 2014"),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a blackboard with greetings written in the Cyrillic, "
                "Latin and Arabic alphabets"
            ),
            "Three community schools share one building on Saturday mornings.",
        ),
    },
    {
        "slug": "trauma-informed-classrooms-thessaloniki",
        "title": "Trauma-informed classrooms in Thessaloniki schools",
        "summary": (
            "A year of training and coaching helps teachers recognise how fear and "
            "loss show up in behaviour, and build calm, predictable routines that help "
            "refugee pupils stay in class and keep learning."
        ),
        "kind": "pedagogical-approach",
        "level": "local",
        "countries": ["GR"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "educators-trainers", "school-leaders"],
        "themes": ["psychosocial-support", "teacher-training"],
        "learner_groups": ["refugee-asylum", "unaccompanied-minors"],
        "stage": "intervention",
        "languages": ["el", "en", "ar", "fa"],
        "organisation": "Thessaloniki Schools Wellbeing Initiative",
        "funding": "horizon",
        "year_started": 2021,
        "year_ended": 2024,
        "website": "https://schools-wellbeing-thess.example.org/",
        "contact_email": "team@schools-wellbeing-thess.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A research team compared 12 participating schools with 12 similar schools "
            "over two years, using teacher questionnaires, classroom observation and "
            "attendance records. Participating teachers reported more confidence in "
            "handling distress, and refugee pupils in those schools had somewhat fewer "
            "exclusions from class; effects on attendance were small."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "One school year: four training days and six coaching visits per "
                "school."
            ),
            "staff": (
                "Trainers with a background in child psychology and education, a link "
                "teacher in each school, and a referral route to mental health "
                "services."
            ),
            "adapt": (
                "Make clear that teachers are not therapists: the approach is about "
                "classroom routines and relationships. Agree a referral path before "
                "training starts."
            ),
        },
        "partner": "kyklos",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Many pupils who arrive in Greece after fleeing war or danger "
                    "carry experiences that affect how they learn. A sudden noise, a "
                    "raised voice or a change of plan can trigger fear, anger or "
                    "withdrawal. Teachers often read this as bad behaviour, and pupils "
                    "end up sent out of class or staying away. This approach helps "
                    "whole school staff understand what is happening and respond in "
                    "ways that make the classroom feel safe, so that learning can "
                    "continue."
                ),
            ),
            ("heading", "Routines that make the day predictable"),
            (
                "paragraph",
                (
                    "Teachers learn a small set of practices they can use every day: a "
                    "visual timetable on the wall, a calm greeting at the door, "
                    "warning before changes, a quiet corner pupils can use without "
                    "asking, and simple ways of naming feelings. They also learn to "
                    "notice signs that a pupil needs more help than the classroom can "
                    "offer and how to refer them. Coaches visit each school six times "
                    "during the year, observe lessons and help teachers adapt the "
                    "ideas to their own class."
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "12 primary and lower secondary schools"),
                    ("Staff trained", "About 260 teachers and support staff"),
                    ("Format", "Four training days and six coaching visits"),
                    ("Duration", "2021 to 2024"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 70%",
                        (
                            "of trained teachers felt confident handling a pupil's "
                            "distress, up from about 30% before"
                        ),
                    ),
                    (
                        "Around 20% fewer",
                        (
                            "exclusions from class for refugee pupils, compared with "
                            "similar schools"
                        ),
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Start with the whole staff",
                        (
                            "Train everyone who meets pupils, including assistants, "
                            "guards and canteen staff, not only class teachers."
                        ),
                    ),
                    (
                        "Pick a few routines",
                        (
                            "Introduce three or four practices at a time and check how "
                            "they work before adding more."
                        ),
                    ),
                    (
                        "Set up referrals",
                        (
                            "Agree with local health or psychosocial services how and "
                            "when to refer a pupil."
                        ),
                    ),
                    (
                        "Look after the staff",
                        (
                            "Offer regular peer discussion, because this work is "
                            "demanding for teachers too."
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a calm classroom with a visual timetable on the wall "
                "and a reading corner with cushions"
            ),
            "A visual timetable and a quiet corner are part of the daily routine.",
        ),
    },
    {
        "slug": "vocational-taster-weeks-turin",
        "title": "Vocational taster weeks for migrant pupils in Turin",
        "summary": (
            "In their last year of lower secondary school, pupils spend a week trying "
            "out courses in three vocational schools and one workplace before they "
            "choose a path, followed by a guidance talk that includes their parents."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["IT"],
        "education_levels": ["lower-secondary", "vocational"],
        "target_groups": ["migrant-students", "families", "school-leaders"],
        "themes": ["guidance-transitions"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["it", "ar", "sq", "ro"],
        "organisation": "Torino Next Steps Network",
        "funding": "esf-plus",
        "year_started": 2015,
        "year_ended": None,
        "website": "https://torino-next-steps.example.org/taster-weeks",
        "contact_email": "orientamento@torino-next-steps.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The network tracks how many participants are still enrolled in their "
            "chosen upper secondary or vocational course one year later, and compares "
            "this with city-wide figures. Retention among participants has been "
            "somewhat higher, although pupils were not chosen at random."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Four months to agree places with vocational schools and employers; "
                "one week per pupil in the spring term."
            ),
            "staff": (
                "A guidance coordinator, contacts in vocational schools and companies, "
                "mediators for parent talks, and transport for visits."
            ),
            "adapt": (
                "Match the courses on offer to local labour demand and to pupils' "
                "interests. Hold the parent talk in the family's language, since "
                "parents often decide or strongly influence the choice."
            ),
        },
        "partner": "ponte-educativo",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "In Italy, pupils choose their upper secondary path at around 14, "
                    "and a poor choice is one of the main reasons young people drop "
                    "out in the following year. Pupils from migrant families often "
                    "choose with little information: parents may not know the Italian "
                    "system, and advice at school can be brief. The taster weeks give "
                    "pupils first-hand experience of different options. Each pupil "
                    "spends a day in three vocational schools of their choice, for "
                    "example catering, mechanics and health care, and a fourth day in "
                    "a local workplace."
                ),
            ),
            ("heading", "Parents in the conversation"),
            (
                "paragraph",
                (
                    "On the last day, each pupil has a guidance talk with a counsellor "
                    "and their parents, with a cultural mediator where needed. The "
                    "counsellor goes through what the pupil liked and found difficult "
                    "during the week, explains what each path leads to, and answers "
                    "questions about costs, apprenticeships and the possibility of "
                    "going on to higher education later. Families say this talk is "
                    "often the first time they have understood that vocational routes "
                    "can lead to a diploma and further study."
                ),
            ),
            (
                "key_facts",
                [
                    ("Pupils", "About 300 a year from 18 lower secondary schools"),
                    ("Vocational schools", "14 taking part"),
                    ("Workplaces", "About 60 local employers"),
                    ("Timing", "February to April, before enrolment closes"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Map the local offer",
                        (
                            "List vocational courses and employers willing to host "
                            "pupils for a day, and check their capacity."
                        ),
                    ),
                    (
                        "Let pupils choose",
                        (
                            "Ask pupils to pick the schools they want to visit, with "
                            "at least one option they had not considered."
                        ),
                    ),
                    (
                        "Prepare the hosts",
                        (
                            "Give host teachers and employers a short guide on what "
                            "pupils should see and try."
                        ),
                    ),
                    (
                        "Invite families",
                        (
                            "Schedule the guidance talk at a time parents can attend, "
                            "with a mediator booked in advance."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 85%",
                        (
                            "of participants were still enrolled in their chosen "
                            "course a year later, compared with about 75% city-wide"
                        ),
                    ),
                    ("About 60%", "of parents took part in the guidance talk"),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a teenager in a workshop apron trying out a tool "
                "under the guidance of an instructor"
            ),
            "Pupils spend a day in each of three vocational schools.",
        ),
    },
    {
        "slug": "second-chance-school-language-strand-lyon",
        "title": (
            "A second-chance school with a language strand for young migrants in Lyon"
        ),
        "summary": (
            "Young people aged 16 to 25 who left school without a diploma follow an "
            "individual plan of French, basic skills and work placements, with a "
            "separate strand for those whose schooling was interrupted before they "
            "arrived."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["FR"],
        "education_levels": ["second-chance-adult", "vocational"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["guidance-transitions", "mentoring-tutoring", "language-support"],
        "learner_groups": [
            "interrupted-schooling",
            "unaccompanied-minors",
            "newly-arrived",
        ],
        "stage": "compensation",
        "languages": ["fr", "ar", "en", "fa"],
        "organisation": "Rhône Valley Second-Chance School",
        "funding": "esf-plus",
        "year_started": 2009,
        "year_ended": None,
        "website": "https://rhone-second-chance.example.org/",
        "contact_email": "accueil@rhone-second-chance.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A regional evaluation of second-chance schools followed learners for a "
            "year after they left. Just over half of the learners in the language "
            "strand moved into training, an apprenticeship or work, a result close to "
            "that of the school's other learners despite their shorter time in France."
        ),
        "transfer": {
            "cost": "high",
            "time": (
                "Programmes last 6 to 12 months per learner; setting up a language "
                "strand takes about a year."
            ),
            "staff": (
                "Trainers in French as a second language and in basic skills, a "
                "placement officer with employer contacts, and a referent for each "
                "learner."
            ),
            "adapt": (
                "Build links with youth services and reception centres, which refer "
                "most learners. Allow flexible entry dates, since young migrants "
                "arrive throughout the year."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Second-chance schools offer young people who left school without "
                    "qualifications a new route into training or work. In Lyon, staff "
                    "noticed a growing number of applicants who had arrived in France "
                    "at 15 or 16, often alone, and who had missed years of school "
                    "before or during their journey. They were too old for the regular "
                    "school system and too far from the basics for ordinary training "
                    "courses. In response the school set up a language strand that "
                    "combines intensive French with literacy, numeracy and short work "
                    "placements."
                ),
            ),
            ("heading", "An individual plan for each learner"),
            (
                "paragraph",
                (
                    "Every learner has a referent, a trainer who meets them each week "
                    "and adjusts their plan. At the start, learners spend most of "
                    "their time on French and basic skills in small groups. After two "
                    "or three months, placements of one or two weeks begin, in sectors "
                    "such as construction, logistics, catering and care. The referent "
                    "helps with practical matters too, such as housing, residence "
                    "papers and transport, working with youth services. Learners can "
                    "join at any point in the year."
                ),
            ),
            (
                "key_facts",
                [
                    ("Learners in the language strand", "About 60 a year"),
                    ("Age", "16 to 25"),
                    ("Length", "6 to 12 months, with flexible entry"),
                    ("Placements", "Two to four short placements per learner"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Just over half",
                        (
                            "of language-strand learners moved into training, an "
                            "apprenticeship or work within a year"
                        ),
                    ),
                    ("About 40", "employers regularly host learners on placement"),
                ],
            ),
            (
                "quote",
                (
                    (
                        "At school I was always behind. Here they start from what I "
                        "can already do, and they say it out loud."
                    ),
                    "A learner aged 19, originally from Guinea",
                ),
            ),
        ],
    },
    {
        "slug": "roma-school-mediators-european-network",
        "title": "A European network of Roma school mediators",
        "summary": (
            "School mediators from Roma communities in four countries share training, "
            "tools and case discussions, online and at yearly meetings, to keep Roma "
            "children enrolled and attending, especially across the move to secondary "
            "school."
        ),
        "kind": "project",
        "level": "european",
        "countries": ["ES", "PT", "IT", "GR"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["community-organisations", "families", "school-leaders"],
        "themes": ["family-engagement", "early-warning", "guidance-transitions"],
        "learner_groups": ["roma-traveller"],
        "stage": "prevention",
        "languages": ["es", "pt", "it", "el"],
        "organisation": "Romani Bridges Network",
        "funding": "erasmus-plus",
        "year_started": 2020,
        "year_ended": 2023,
        "website": "https://romani-bridges.example.org/",
        "contact_email": "network@romani-bridges.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An external evaluator reviewed the training, interviewed mediators and "
            "heads, and analysed attendance data from a sample of schools. Mediators "
            "reported feeling less isolated and better equipped, and sample schools "
            "saw modest improvements in attendance among Roma pupils in the first year "
            "of secondary school."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Three years for the full network; mediators meet online monthly and "
                "in person once a year."
            ),
            "staff": (
                "Mediators already working in schools, a coordinating partner in each "
                "country, and interpretation for joint meetings."
            ),
            "adapt": (
                "The network model works best where mediators already exist but work "
                "alone. Roma organisations should help lead it, not only take part."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Roma school mediators do important work: they build trust between "
                    "schools and families, help with enrolment, and follow up when "
                    "children stop attending. Yet they often work alone, on short "
                    "contracts, with little training or recognition. This network "
                    "connected about 50 mediators in Spain, Portugal, Italy and "
                    "Greece. Over three years they took part in a shared training "
                    "course, met online every month to discuss difficult cases, and "
                    "produced a set of practical tools, from a home visit guide to a "
                    "simple attendance tracker."
                ),
            ),
            ("heading", "Focus on the move to secondary school"),
            (
                "paragraph",
                (
                    "In all four countries, the biggest drop in attendance among Roma "
                    "pupils happens in the first years of secondary school. Mediators "
                    "therefore paid special attention to this step. They accompanied "
                    "families to open days, arranged meetings between pupils and older "
                    "Roma students who had stayed in school, and worked with secondary "
                    "schools to name a contact teacher for each Roma pupil. In some "
                    "schools, mediators also ran short sessions for staff about Roma "
                    "history and culture."
                ),
            ),
            (
                "key_facts",
                [
                    ("Countries", "Spain, Portugal, Italy and Greece"),
                    ("Mediators", "About 50"),
                    ("Training", "A 60-hour course, plus monthly online case meetings"),
                    ("Duration", "2020 to 2023"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 10%",
                        (
                            "better attendance among Roma pupils in year 1 of "
                            "secondary school in sample schools, year on year"
                        ),
                    ),
                    ("12", "practical tools published in four languages"),
                ],
            ),
            (
                "links",
                [
                    (
                        "The network's toolkit for mediators",
                        "https://romani-bridges.example.org/toolkit",
                    ),
                    (
                        "Final report of the external evaluation",
                        "https://romani-bridges.example.org/evaluation",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "unaccompanied-minors-school-pathway-catania",
        "title": "A shared school pathway for unaccompanied minors in Catania",
        "summary": (
            "Reception centres, an adult education centre and vocational schools agree "
            "a plan for each unaccompanied minor, so that the young person starts "
            "classes within weeks of arrival and can complete lower secondary before "
            "turning 18."
        ),
        "kind": "methodology",
        "level": "local",
        "countries": ["IT"],
        "education_levels": ["second-chance-adult", "vocational"],
        "target_groups": [
            "educators-trainers",
            "community-organisations",
            "policy-makers",
        ],
        "themes": [
            "reception-newcomers",
            "guidance-transitions",
            "psychosocial-support",
        ],
        "learner_groups": ["unaccompanied-minors", "interrupted-schooling"],
        "stage": "compensation",
        "languages": ["it", "en", "fr", "ar"],
        "organisation": "Catania Pathways Coalition",
        "funding": "amif",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://catania-pathways.example.org/",
        "contact_email": "percorsi@catania-pathways.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The coalition records how long each young person waits before starting "
            "classes and whether they complete the lower secondary diploma. Waiting "
            "times have fallen from several months to a few weeks, and completion has "
            "risen, though many young people still move away before finishing."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "About six months to agree the shared procedure; a monthly case "
                "meeting afterwards."
            ),
            "staff": (
                "A coordinator, a contact person in each reception centre and school, "
                "cultural mediators, and an agreed consent and data-sharing procedure."
            ),
            "adapt": (
                "Bring guardians and social services into the agreement from the "
                "start. Plan for young people who turn 18 or are transferred "
                "elsewhere, so that their records follow them."
            ),
        },
        "partner": "ponte-educativo",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "Young people who arrive in Italy alone, usually at 15 to 17, "
                    "often wait months before they sit in a classroom. By then some "
                    "have lost hope or been drawn into informal work. In Catania, "
                    "reception centres, the local adult education centre and three "
                    "vocational schools agreed a shared procedure. Within two weeks of "
                    "arrival, each young person meets a mediator and a teacher for a "
                    "first conversation about earlier schooling, languages and hopes. "
                    "Within a month they start Italian classes and a plan towards the "
                    "lower secondary diploma."
                ),
            ),
            ("heading", "One plan, several partners"),
            (
                "paragraph",
                (
                    "The plan is written with the young person and updated at a "
                    "monthly case meeting where all partners are present. It sets out "
                    "which classes they attend, when they can join a vocational "
                    "course, and what support they need. Reception centre staff make "
                    "sure the young person gets to class, and teachers report "
                    "attendance back to them each week. Because many of these young "
                    "people carry heavy experiences, a psychologist joins the case "
                    "meeting when needed, and teachers can ask for a quick "
                    "consultation."
                ),
            ),
            (
                "key_facts",
                [
                    ("Young people", "About 120 a year"),
                    (
                        "Partners",
                        (
                            "5 reception centres, 1 adult education centre, 3 "
                            "vocational schools"
                        ),
                    ),
                    ("First meeting", "Within two weeks of arrival"),
                    ("Case meeting", "Monthly"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Bring partners around one table",
                        (
                            "Invite reception centres, schools, guardians and social "
                            "services to agree a shared procedure and timeline."
                        ),
                    ),
                    (
                        "Agree what information is shared",
                        (
                            "Write down what can be shared, with whose consent, and "
                            "who keeps the records."
                        ),
                    ),
                    (
                        "Start quickly",
                        (
                            "Offer Italian classes before a full assessment is done; "
                            "waiting is the biggest risk."
                        ),
                    ),
                    (
                        "Plan for turning 18",
                        (
                            "Agree in advance how young people can continue their "
                            "studies when they leave the reception system."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 3 weeks",
                        (
                            "average wait before starting classes, down from several "
                            "months"
                        ),
                    ),
                    (
                        "About 55%",
                        (
                            "of those who stayed in Catania for at least a year "
                            "completed the lower secondary diploma"
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "Before, every centre did things its own way. Now a boy who "
                        "arrives on Monday knows by Friday where he will go to school."
                    ),
                    "A coordinator at a reception centre",
                ),
            ),
        ],
    },
    {
        "slug": "european-course-linguistically-diverse-classrooms",
        "title": "A European course on teaching in linguistically diverse classrooms",
        "summary": (
            "A blended course for teachers and school leaders combines six online "
            "modules with a week of job shadowing in a school abroad, on how to teach "
            "subject content to pupils who are still learning the language of "
            "schooling."
        ),
        "kind": "project",
        "level": "european",
        "countries": ["DE", "FR", "ES", "IT"],
        "education_levels": ["primary", "lower-secondary", "upper-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["teacher-training", "intercultural-inclusive", "language-support"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["en", "de", "fr", "es"],
        "organisation": "Classrooms Without Borders Consortium",
        "funding": "erasmus-plus",
        "year_started": 2021,
        "year_ended": 2024,
        "website": "https://classrooms-eu.example.org/course",
        "contact_email": "course@classrooms-eu.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Participants completed questionnaires before and after the course and "
            "submitted a lesson plan showing what they had changed. Most reported "
            "using new strategies in class, and partner schools have kept the "
            "job-shadowing exchanges going with other funding."
        ),
        "transfer": {
            "cost": "low",
            "time": (
                "About 40 hours over one school year: six online modules plus a week "
                "of job shadowing."
            ),
            "staff": (
                "A trainer team, host schools willing to receive visitors, and schools "
                "able to release teachers for a week."
            ),
            "adapt": (
                "The online modules are free to reuse. Regional authorities can "
                "replace the trip abroad with visits between schools in the same "
                "country if travel funding is not available."
            ),
        },
        "partner": "brueckenschule",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "Across Europe, subject teachers say they feel unprepared to teach "
                    "pupils who are still learning the language of instruction. This "
                    "course, developed by teacher trainers and schools in Germany, "
                    "France, Spain and Italy, focuses on practical strategies any "
                    "teacher can use: planning the language demands of a lesson, using "
                    "visuals and models, letting pupils draw on their home languages, "
                    "and assessing what pupils know rather than only how well they "
                    "write. School leaders follow a parallel module on organising "
                    "language support across the school."
                ),
            ),
            ("heading", "Learning from another school"),
            (
                "paragraph",
                (
                    "The most valued part of the course is a week of job shadowing in "
                    "a partner school in another country. Participants observe "
                    "lessons, talk with teachers and pupils, and take part in planning "
                    "meetings. They then write a short plan for one change they will "
                    "make in their own school and share it online with their group. "
                    "Seeing a colleague abroad use a strategy with a mixed class often "
                    "convinces teachers more than any lecture."
                ),
            ),
            (
                "key_facts",
                [
                    ("Participants", "About 180 teachers and school leaders"),
                    ("Format", "Six online modules and a week of job shadowing"),
                    ("Course languages", "English, German, French and Spanish"),
                    ("Duration", "2021 to 2024, modules still open"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 8 in 10",
                        (
                            "participants said they used at least two new strategies "
                            "in class six months later"
                        ),
                    ),
                    ("24", "schools hosted job-shadowing visits"),
                ],
            ),
            (
                "links",
                [
                    (
                        "Open online modules",
                        "https://classrooms-eu.example.org/course/modules",
                    ),
                    (
                        "Guide for host schools",
                        "https://classrooms-eu.example.org/course/host-schools",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "portable-learning-records-mediterranean-route",
        "title": "Portable learning records for children on the move",
        "summary": (
            "A short record of what a child has learned, written in plain language and "
            "several languages, travels with refugee families along the Mediterranean "
            "route so that each new school can place the child quickly and fairly."
        ),
        "kind": "methodology",
        "level": "international",
        "countries": ["GR", "IT", "MT", "TR"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["policy-makers", "school-leaders", "educators-trainers"],
        "themes": ["reception-newcomers", "guidance-transitions"],
        "learner_groups": ["refugee-asylum", "interrupted-schooling"],
        "stage": "intervention",
        "languages": ["en", "ar", "fa", "fr"],
        "organisation": "Mediterranean Learning Records Initiative",
        "funding": "private-foundation",
        "year_started": 2019,
        "year_ended": None,
        "website": "https://learning-records-med.example.org/",
        "contact_email": "records@learning-records-med.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A study with schools in three countries compared placement decisions for "
            "pupils with and without a record. Pupils with a record were placed sooner "
            "and less often put in a class far below their age, but many records were "
            "incomplete when families moved in a hurry."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "A year to agree the format with schools and education authorities; "
                "about 30 minutes to fill in a record for each pupil."
            ),
            "staff": (
                "Teachers or educators who fill in the records, a secure way to store "
                "and share them with the family's consent, and receiving schools "
                "willing to use them."
            ),
            "adapt": (
                "Keep the record short and give families their own copy. Agree with "
                "authorities that the record informs placement decisions but does not "
                "replace the school's own judgement."
            ),
        },
        "partner": "kyklos",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Refugee children often move several times: from a camp to a city, "
                    "from one country to another. At every step, a new school has to "
                    "decide where to place them, usually with no papers and little "
                    "time. Many end up in a class far below their level, or repeat the "
                    "same beginner lessons again and again, which is one of the "
                    "reasons older pupils give up. The learning record is a simple, "
                    "two-page summary of what the child can do, filled in by teachers "
                    "and educators who know them."
                ),
            ),
            ("heading", "What the record contains"),
            (
                "paragraph",
                (
                    "The record lists the languages the child speaks and reads, the "
                    "school years they have completed, and what they can do in "
                    "reading, writing and mathematics, described in plain examples "
                    "rather than grades. It notes interests and any support that "
                    "helped. The family keeps a paper copy and, with their consent, a "
                    "digital copy can be sent to the next school. The format is "
                    "available in English, Arabic, Farsi and French, and receiving "
                    "schools can read it without special training."
                ),
            ),
            (
                "key_facts",
                [
                    ("Pilot countries", "Greece, Italy, Malta and Türkiye"),
                    ("Records issued", "About 3,000 since 2019"),
                    ("Length", "Two pages"),
                    (
                        "Who fills it in",
                        "Teachers and educators in schools, camps and learning centres",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About a month sooner",
                        (
                            "placement in a class for pupils who arrived with a "
                            "record, in the study's sample"
                        ),
                    ),
                    (
                        "About a third fewer",
                        "pupils placed two or more years below their age group",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "The record template in four languages",
                        "https://learning-records-med.example.org/template",
                    ),
                    (
                        "Summary of the study",
                        "https://learning-records-med.example.org/study",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "kindergarten-language-nests-malta",
        "title": "Language nests in Maltese kindergartens",
        "summary": (
            "Kindergarten staff set up a daily play corner where children hear songs, "
            "stories and games in English, Maltese and their home languages, and "
            "parents are invited to lead a session in their own language."
        ),
        "kind": "pedagogical-approach",
        "level": "local",
        "countries": ["MT"],
        "education_levels": ["early-childhood"],
        "target_groups": ["teachers", "families"],
        "themes": ["language-support", "family-engagement"],
        "learner_groups": ["newly-arrived", "second-generation"],
        "stage": "prevention",
        "languages": ["en", "ar", "it", "uk"],
        "organisation": "Harbour Kindergartens Group",
        "funding": "own-resources",
        "year_started": 2022,
        "year_ended": None,
        "website": "https://harbour-kindergartens.example.org/language-nests",
        "contact_email": "nests@harbour-kindergartens.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "none",
            "time": (
                "A few weeks to set up the corner; 20 minutes a day within normal "
                "activities."
            ),
            "staff": (
                "Existing kindergarten staff, a collection of songs and picture books "
                "in several languages, and parents willing to take part."
            ),
            "adapt": (
                "Start with the languages parents offer, not with a fixed list. "
                "Recordings made by parents can stand in for languages no adult in the "
                "kindergarten speaks."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "In the harbour towns around Valletta, many kindergarten classes "
                    "include children who speak neither English nor Maltese at home. "
                    "Staff noticed that some of these children withdrew, and that "
                    "their parents rarely came inside the building. The language nest "
                    "is a corner of the classroom with cushions, picture books, "
                    "puppets and a small speaker. For about 20 minutes a day, a group "
                    "of children plays there with songs and stories in several "
                    "languages, including their own."
                ),
            ),
            ("heading", "Parents as guests"),
            (
                "paragraph",
                (
                    "Once a week, a parent is invited to lead the session in their "
                    "language: a lullaby, a counting game or a short story with "
                    "pictures. Other children join in, and the child whose parent is "
                    "visiting often takes on the proud role of helper. Parents who "
                    "cannot come during the day record a song or a story on their "
                    "phone, which staff add to the corner's playlist. The approach "
                    "costs almost nothing and uses the languages already present in "
                    "the class."
                ),
            ),
            (
                "key_facts",
                [
                    ("Kindergartens", "5, with about 20 classes"),
                    ("Children", "Aged 3 to 5"),
                    ("Daily time", "About 20 minutes"),
                    ("Languages heard", "More than 15 so far"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Ask families about their languages",
                        (
                            "Use a short picture-based form at enrolment to find out "
                            "which languages each child hears at home."
                        ),
                    ),
                    (
                        "Build the corner",
                        (
                            "Collect picture books, songs and recordings in those "
                            "languages, including some made by parents."
                        ),
                    ),
                    (
                        "Invite parents",
                        (
                            "Offer a simple weekly slot and make clear that no "
                            "teaching experience is needed."
                        ),
                    ),
                    (
                        "Link with the main language",
                        (
                            "Repeat a song or story in English or Maltese after the "
                            "home-language version, so all children follow."
                        ),
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "My son used to hide at drop-off. Now he asks every morning if "
                        "it is my turn to sing."
                    ),
                    "A mother whose family moved to Malta from Syria",
                ),
            ),
        ],
    },
    {
        "slug": "second-language-exam-route-portugal-upper-secondary",
        "title": "Portuguese as a second language in upper secondary courses and exams",
        "summary": (
            "A national rule lets pupils whose home language is not Portuguese take a "
            "second-language Portuguese course and final exam instead of the standard "
            "one, so that language alone is not the reason they fail to finish upper "
            "secondary school."
        ),
        "kind": "policy",
        "level": "national",
        "countries": ["PT"],
        "education_levels": ["upper-secondary", "lower-secondary"],
        "target_groups": ["policy-makers", "school-leaders", "teachers"],
        "themes": ["language-support", "guidance-transitions"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["pt", "en"],
        "organisation": "National Office for Curriculum and Assessment",
        "funding": "national-public",
        "year_started": 2008,
        "year_ended": None,
        "website": "https://curriculum-assessment-pt.example.org/second-language",
        "contact_email": "pl2@curriculum-assessment-pt.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A university study of exam records over several years found that pupils "
            "on the second-language route were more likely to complete upper secondary "
            "school than similar pupils who took the standard Portuguese course. It "
            "also found that many eligible pupils were not told about the option."
        ),
        "transfer": {
            "cost": "none",
            "time": (
                "Changing exam rules takes one to two years of preparation at national "
                "level; schools need a few weeks to set up classes."
            ),
            "staff": (
                "Teachers trained in teaching Portuguese as a second language, an exam "
                "board able to produce a separate paper, and clear rules on who is "
                "eligible."
            ),
            "adapt": (
                "Set eligibility by language level rather than by nationality, and "
                "require schools to inform families about the option. Review the exam "
                "each year to keep it demanding."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "For a pupil who arrives at 15, passing the standard national exam "
                    "in Portuguese, which includes literature written for native "
                    "speakers, can take many years. Before this rule, some capable "
                    "pupils left school without a diploma because of that one subject. "
                    "The policy allows pupils whose home language is not Portuguese, "
                    "and whose language level is assessed below a certain threshold, "
                    "to follow a Portuguese as a second language course. At the end of "
                    "upper secondary school they sit a separate exam at an appropriate "
                    "level."
                ),
            ),
            ("heading", "How schools put it into practice"),
            (
                "paragraph",
                (
                    "Schools assess new pupils' Portuguese on arrival using a common "
                    "test and group them by level, not by age. Pupils can move to the "
                    "standard course when they are ready. Where a school has only a "
                    "few eligible pupils, it can group them with pupils from other "
                    "schools or offer the course in shared sessions. The rule also "
                    "lets schools count progress in the second-language course towards "
                    "the pupil's overall results, so the pupil can keep moving up with "
                    "their class."
                ),
            ),
            (
                "key_facts",
                [
                    (
                        "Applies to",
                        (
                            "Pupils whose home language is not Portuguese, by assessed "
                            "level"
                        ),
                    ),
                    (
                        "School levels",
                        "Lower and upper secondary, with a separate final exam",
                    ),
                    ("In force since", "2008, revised twice"),
                    ("Cost to schools", "Covered by normal staffing"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 10 points higher",
                        (
                            "upper secondary completion rate for pupils on the route, "
                            "compared with similar pupils, in the study"
                        ),
                    ),
                    (
                        "Around 1 in 3",
                        (
                            "eligible pupils in the study's sample had not been told "
                            "about the option"
                        ),
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Define eligibility clearly",
                        (
                            "Base it on a language assessment rather than nationality "
                            "or years in the country."
                        ),
                    ),
                    (
                        "Train teachers",
                        (
                            "Offer short courses in teaching the language as a second "
                            "language."
                        ),
                    ),
                    (
                        "Inform families",
                        (
                            "Explain the option in simple language and in the main "
                            "home languages at enrolment."
                        ),
                    ),
                    (
                        "Keep the standard route open",
                        (
                            "Let pupils switch to the standard course when they are "
                            "ready, without penalty."
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "after-school-theatre-football-nicosia",
        "title": "After-school theatre and football for young refugees in Nicosia",
        "summary": (
            "A youth club runs football training and a theatre group twice a week for "
            "teenagers from refugee and local families, starting each session with a "
            "homework hour and keeping in touch with the young people's schools."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["CY"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": [
            "migrant-students",
            "community-organisations",
            "educators-trainers",
        ],
        "themes": ["extracurricular", "psychosocial-support"],
        "learner_groups": [
            "refugee-asylum",
            "unaccompanied-minors",
            "second-generation",
        ],
        "stage": "intervention",
        "languages": ["el", "en", "ar", "fa"],
        "organisation": "Green Line Youth Club",
        "funding": "private-foundation",
        "year_started": 2018,
        "year_ended": None,
        "website": "https://green-line-youth.example.org/",
        "contact_email": "hello@green-line-youth.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Youth workers keep attendance records for the club and, with consent, "
            "check school attendance with partner schools each term. Regular club "
            "members have generally kept up or improved their school attendance, and "
            "many describe the club as the main place where they have local friends."
        ),
        "transfer": {
            "cost": "low",
            "time": (
                "A few months to find a pitch, a hall and partner schools; two "
                "afternoons a week plus a weekend match or rehearsal."
            ),
            "staff": (
                "A football coach, a drama facilitator, youth workers, volunteers for "
                "the homework hour, and a simple way to share information with schools."
            ),
            "adapt": (
                "Let young people shape the activities and the play's themes. Keep the "
                "homework hour short and friendly, so that it does not feel like a "
                "second school day."
            ),
        },
        "partner": "kyklos",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "Many young refugees in Nicosia, including those who arrived "
                    "without their families, spend long afternoons alone in shelters "
                    "or small flats. School can feel like a place where they do not "
                    "fit in. The Green Line Youth Club offers them something to look "
                    "forward to: football training or theatre rehearsals twice a week, "
                    "together with local teenagers. Every session starts with an hour "
                    "of homework support, and the weekend match or performance is open "
                    "to everyone who has come along during the week."
                ),
            ),
            ("heading", "Building belonging on the pitch and on stage"),
            (
                "paragraph",
                (
                    "The theatre group writes its own short plays, often about "
                    "arriving in a new place, friendship and family, and performs them "
                    "at schools and community events. Facilitators are careful not to "
                    "push young people to tell painful stories; they can use fiction "
                    "and humour instead. The football team plays in a local youth "
                    "league. Youth workers use the informal time around training to "
                    "check how things are going at school, and contact the school's "
                    "counsellor if a young person seems to be struggling."
                ),
            ),
            (
                "key_facts",
                [
                    ("Young people", "About 70 a year, aged 13 to 18"),
                    ("Activities", "Football twice a week, theatre twice a week"),
                    ("Homework hour", "Before every session"),
                    ("Performances", "Three or four a year"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 75%",
                        (
                            "of regular members kept or improved their school "
                            "attendance over the year"
                        ),
                    ),
                    ("About 40%", "of members come from local Cypriot families"),
                ],
            ),
            (
                "quote",
                (
                    (
                        "On the team nobody asks where you are from. They ask if you "
                        "can pass the ball."
                    ),
                    "A club member aged 16",
                ),
            ),
        ],
        "image": (
            (
                "Illustration of teenagers in football shirts rehearsing a scene on a "
                "small stage"
            ),
            "The theatre group and the football team share the same club.",
        ),
    },
    {
        "slug": "attendance-tutors-barcelona-vocational",
        "title": "Attendance tutors in Barcelona vocational schools",
        "summary": (
            "In the first year of vocational training, each student at risk of "
            "dropping out is matched with an attendance tutor who meets them weekly, "
            "calls home after any unexplained absence and links learning with work "
            "placements that keep them motivated."
        ),
        "kind": "methodology",
        "level": "local",
        "countries": ["ES"],
        "education_levels": ["vocational", "upper-secondary"],
        "target_groups": ["school-leaders", "teachers", "migrant-students"],
        "themes": ["early-warning", "mentoring-tutoring", "guidance-transitions"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "intervention",
        "languages": ["es", "ar", "ur", "en"],
        "organisation": "Barcelona Vocational Schools Consortium",
        "funding": "regional-public",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://bcn-vocational.example.org/attendance-tutors",
        "contact_email": "tutors@bcn-vocational.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An evaluation commissioned by the regional education authority compared "
            "dropout in the first year of vocational courses before and after the "
            "tutors were introduced. Dropout among students with a tutor fell "
            "noticeably, and students valued having one adult who knew them well; the "
            "evaluators could not fully rule out other changes at the same time."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "One term to set up; each tutor has about two hours a week for every "
                "eight students."
            ),
            "staff": (
                "Teachers with reduced teaching hours to act as tutors, a screening "
                "routine at enrolment, and contacts with employers offering placements."
            ),
            "adapt": (
                "Identify students at risk at enrolment using a few simple signals, "
                "such as a repeated year or late arrival in the country. Give tutors "
                "protected time, or the weekly meeting is the first thing to go."
            ),
        },
        "partner": "aula-abierta",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "The first year of vocational training is when most students who "
                    "leave early actually drop out. Many students from migrant "
                    "families enter vocational courses after a difficult time in lower "
                    "secondary school, sometimes after repeating a year or arriving in "
                    "Spain late. The consortium's schools now screen new students at "
                    "enrolment and offer those with several risk signals an attendance "
                    "tutor: a teacher from the school who has time set aside to follow "
                    "a small group of students closely."
                ),
            ),
            ("heading", "A weekly check-in and a quick call"),
            (
                "paragraph",
                (
                    "Tutors meet each student for about fifteen minutes every week to "
                    "talk about attendance, marks and anything going on outside "
                    "school. When a student misses a day without explanation, the "
                    "tutor calls the student or the family the same day, with an "
                    "interpreter when needed. Tutors also work with the placement "
                    "officer so that students who are losing interest get early "
                    "contact with a workplace in their field, which often renews their "
                    "motivation. At the end of the year, tutor and student review "
                    "progress together."
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "7 vocational schools"),
                    ("Students with a tutor", "About 350 a year"),
                    ("Ratio", "One tutor for every 8 students"),
                    (
                        "Contact",
                        "Weekly meeting and same-day call after an unexplained absence",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Screen at enrolment",
                        (
                            "Agree three or four simple risk signals and check them "
                            "when students sign up."
                        ),
                    ),
                    (
                        "Protect tutors' time",
                        (
                            "Reduce tutors' teaching hours so that weekly meetings "
                            "really happen."
                        ),
                    ),
                    (
                        "Make the first call friendly",
                        (
                            "Train tutors to ask what is going on before talking about "
                            "rules."
                        ),
                    ),
                    (
                        "Use the workplace",
                        (
                            "Work with employers to offer early visits or short "
                            "placements to students who are losing interest."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About a quarter fewer",
                        (
                            "students with a tutor dropped out in the first year, "
                            "compared with similar students before the scheme"
                        ),
                    ),
                    (
                        "9 in 10",
                        "unexplained absences received a call home the same day",
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a teacher and a young person in overalls talking at a "
                "workbench"
            ),
            "Tutors meet their students every week, often in the workshop.",
        ),
    },
]

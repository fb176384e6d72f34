"""Demo practices, part B: Central and Northern Europe and beyond."""

PRACTICES_B = [
    {
        "slug": "welcome-classes-vienna-gradual-mainstreaming",
        "title": "Welcome classes with gradual mainstreaming in Vienna middle schools",
        "summary": (
            "Newly arrived pupils aged 10 to 15 spend their first months in a small "
            "welcome class and join regular lessons step by step, starting with the "
            "subjects that depend least on language."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["AT"],
        "education_levels": ["lower-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["de", "ar", "fa", "uk"],
        "organisation": "Donaustadt Middle Schools Cluster",
        "funding": "regional-public",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://welcome-vienna.example.org/classes",
        "contact_email": "info@welcome-vienna.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A university team followed two groups of about 170 pupils in total "
            "between 2021 and 2023. Pupils moved into regular classes sooner than "
            "under the old model and fewer changed school, although the sample was "
            "small and there was no control group."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Half a school year to plan; it then runs within the normal timetable."
            ),
            "staff": (
                "A welcome class teacher trained in German as a second language, a "
                "part-time bilingual assistant, and form teachers who agree to take "
                "part."
            ),
            "adapt": (
                "Schools with only a few newcomers can share one welcome class "
                "between several sites, with a clear plan for travel and for which "
                "school the pupil belongs to."
            ),
        },
        "partner": "brueckenschule",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Pupils who arrive in Vienna during the school year used to be "
                    "placed straight into a regular class, where they understood "
                    "little and often lost heart within weeks. A cluster of six "
                    "middle schools now starts every newcomer in a welcome class of "
                    "no more than fourteen pupils. The class has its own timetable "
                    "with daily German lessons, maths, and a weekly session on how "
                    "school works in Austria. From the first week, each pupil also "
                    "spends a few hours in the regular class they will later join, "
                    "so that they make friends there and the final move does not "
                    "come as a shock."
                ),
            ),
            (
                "key_facts",
                [
                    ("Participants", "About 90 pupils a year in six schools"),
                    ("Ages", "10 to 15"),
                    ("Class size", "Up to 14 pupils"),
                    ("Staff", "One teacher and one bilingual assistant per class"),
                ],
            ),
            ("heading", "From a few lessons to a full timetable"),
            (
                "paragraph",
                (
                    "Mainstreaming happens in steps. Pupils first join their regular "
                    "class for sport, art, music and maths, where they can take part "
                    "with little German. As their language grows, the welcome class "
                    "teacher and the form teacher meet every six weeks and add one "
                    "or two subjects. A short shared checklist guides the decision: "
                    "can the pupil follow simple instructions, read a short text "
                    "with support, and name a friend in the class? Most pupils move "
                    "fully to their regular class within four to twelve months, and "
                    "they keep a daily German support lesson for another year."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Agree the entry and exit rules",
                        (
                            "Write down who joins a welcome class, for how long at "
                            "most, and what a pupil should be able to do before "
                            "moving on. Share the rules with families in their "
                            "languages."
                        ),
                    ),
                    (
                        "Start with subjects that need less language",
                        (
                            "Plan the first regular hours around sport, the arts and "
                            "maths, and tell those teachers what the pupil can "
                            "already do."
                        ),
                    ),
                    (
                        "Choose the regular class on day one",
                        (
                            "Link each pupil to a form class from the start, not at "
                            "the end, and name a classmate as a buddy."
                        ),
                    ),
                    (
                        "Review every six weeks",
                        (
                            "Hold a short meeting between the welcome class teacher "
                            "and the form teacher, and record each step on the "
                            "checklist."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 4 in 5",
                        (
                            "pupils in the 2022-23 group were fully in a regular "
                            "class within a year"
                        ),
                    ),
                    (
                        "About 9 in 10",
                        (
                            "were still in the same school cluster a year later, "
                            "compared with about 7 in 10 before the change"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a small group of pupils around a table with a "
                "teacher holding up picture cards"
            ),
            (
                "A welcome class practises everyday school words before joining a "
                "maths lesson."
            ),
        ),
    },
    {
        "slug": "attendance-officers-home-visits-rotterdam",
        "title": "Attendance officers who visit families at home in Rotterdam",
        "summary": (
            "When a pupil misses school without a clear reason, an attendance "
            "officer visits the family within days, listens first and agrees a "
            "simple plan with the school, before any fine is considered."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["NL"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["families", "school-leaders"],
        "themes": ["early-warning", "family-engagement"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "intervention",
        "languages": ["nl", "ar", "tr", "pl"],
        "organisation": "Rotterdam-Zuid School Attendance Team",
        "funding": "regional-public",
        "year_started": 2014,
        "year_ended": None,
        "website": "https://attendance-zuid.example.org/home-visits",
        "contact_email": "contact@attendance-zuid.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The team compares each pupil's attendance before and after a home "
            "visit. Its own records for 2022-23 show that most pupils who had a "
            "visit were attending more regularly three months later."
        ),
        "transfer": {
            "cost": "medium",
            "time": "A few months to agree thresholds with schools and train officers.",
            "staff": (
                "Attendance officers with time for visits, access to telephone "
                "interpreters, and a named care coordinator in each school."
            ),
            "adapt": (
                "Where attendance officers mainly enforce the law, the authority "
                "must give them a clear mandate to support families first and "
                "sanction later."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "Every Dutch municipality employs attendance officers who "
                    "enforce the law on compulsory schooling. In the south of "
                    "Rotterdam, where many families have roots in Turkey, Morocco "
                    "and Cape Verde, and more recently in Poland and Syria, the "
                    "attendance team changed the way it works. Officers now see "
                    "themselves first as a link between home and school. When a "
                    "school reports a pattern of missed days, an officer calls the "
                    "family and offers a home visit within five working days. Fines "
                    "and formal procedures remain possible, but they come later, "
                    "once a plan has been agreed and not kept."
                ),
            ),
            ("heading", "What happens during a visit"),
            (
                "paragraph",
                (
                    "The officer comes alone or with an interpreter, never with the "
                    "police, and asks open questions. What makes mornings hard? Who "
                    "looks after the younger children? Is something happening at "
                    "school? The reasons are often practical: an older child caring "
                    "for siblings, a parent on night shifts, a long journey after a "
                    "move, or bullying the family did not know how to report. "
                    "Officer and family agree two or three small steps, written on "
                    "one page, which the officer shares with the school's care "
                    "coordinator. Follow-up calls are made after two weeks and again "
                    "after six."
                ),
            ),
            (
                "key_facts",
                [
                    ("Visits", "About 400 home visits a year"),
                    ("Response time", "Within 5 working days of a school report"),
                    (
                        "Team",
                        ("9 attendance officers, two of whom speak Turkish or Arabic"),
                    ),
                    ("Interpreting", "Telephone interpreters booked in advance"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Agree a threshold with schools",
                        (
                            "Decide together how many unexplained absences lead to a "
                            "report, so that schools report early and in the same "
                            "way."
                        ),
                    ),
                    (
                        "Train officers in conversation skills",
                        (
                            "Offer a short course on motivational interviewing and "
                            "on working with interpreters."
                        ),
                    ),
                    (
                        "Use a one-page plan",
                        (
                            "Keep the plan short and in plain language, and give the "
                            "family a copy in their own language where possible."
                        ),
                    ),
                    (
                        "Follow up on time",
                        (
                            "Put the two-week and six-week calls in the diary on the "
                            "day of the visit."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 7 in 10",
                        (
                            "pupils who had a home visit in 2022-23 attended more "
                            "regularly three months later, in the team's own records"
                        ),
                    ),
                    ("Fewer than 1 in 10", "cases went on to a formal procedure"),
                ],
            ),
            (
                "quote",
                (
                    (
                        "I expected a fine. Instead she asked how my son was "
                        "sleeping, and we worked out the problem together."
                    ),
                    "A mother of a pupil in his first year of secondary school",
                ),
            ),
        ],
    },
    {
        "slug": "school-social-workers-malmo-introductory-programmes",
        "title": "School social workers in Malmö's introductory programmes",
        "summary": (
            "Each introductory programme for newly arrived students aged 16 to 20 "
            "has a school social worker on site, who meets every student early, "
            "spots worries in time and links students to health, housing and youth "
            "services."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["SE"],
        "education_levels": ["upper-secondary"],
        "target_groups": ["migrant-students", "families"],
        "themes": ["psychosocial-support", "early-warning"],
        "learner_groups": ["refugee-asylum", "unaccompanied-minors"],
        "stage": "intervention",
        "languages": ["sv", "ar", "fa", "en"],
        "organisation": "Öresund Introductory College",
        "funding": "regional-public",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://oresund-college.example.org/student-health",
        "contact_email": "studenthealth@oresund-college.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A study by a regional university compared students at schools with and "
            "without a full-time social worker. Students with easy access to a "
            "social worker were somewhat more likely to move on to a national "
            "programme, though the authors stress that other factors also played a "
            "part."
        ),
        "transfer": {
            "cost": "high",
            "time": "One term to recruit and set up routines; ongoing salary costs.",
            "staff": (
                "At least one qualified social worker per 150 to 200 students, "
                "working inside the student health team."
            ),
            "adapt": (
                "Smaller schools can share a social worker, but the person should "
                "keep fixed days on site so that students know when to find them."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Sweden's introductory programmes give young people who arrive "
                    "after the age of about fifteen a route into upper secondary "
                    "education. Many students in these programmes came to Sweden "
                    "alone or lived through war and long journeys. Their lessons can "
                    "go well while life outside school is unsettled: a pending "
                    "decision on a residence permit, a move from a group home, money "
                    "worries or poor sleep. At Öresund Introductory College, a "
                    "school social worker is part of the student health team and has "
                    "an office next to the classrooms, not in a separate building."
                ),
            ),
            ("heading", "Early conversations, not only crisis work"),
            (
                "paragraph",
                (
                    "Every new student has a thirty-minute talk with the social "
                    "worker in their first month, with an interpreter if needed. The "
                    "talk covers housing, contact with family, money, sleep and free "
                    "time, and the student decides what may be shared with teachers. "
                    "Mentors meet the social worker every second week to go through "
                    "attendance and any concerns. When something serious comes up, "
                    "the social worker knows whom to call at social services, the "
                    "youth health clinic or the migration authority, and can go with "
                    "the student to a first appointment."
                ),
            ),
            (
                "key_facts",
                [
                    ("Students", "About 350 in introductory programmes"),
                    ("Staff", "2 full-time school social workers"),
                    ("First talk", "Within 4 weeks of starting"),
                    ("Team meetings", "Every second week with mentors"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Place the social worker close to students",
                        (
                            "An office near the classrooms makes a short visit easy "
                            "and ordinary."
                        ),
                    ),
                    (
                        "Make the first talk routine for everyone",
                        (
                            "Talking to every student avoids the feeling that only "
                            "students with problems are called in."
                        ),
                    ),
                    (
                        "Map local services",
                        (
                            "Keep an up-to-date list of named contacts in health, "
                            "social and migration services."
                        ),
                    ),
                    (
                        "Agree what is shared",
                        (
                            "Write clear rules on confidentiality together with "
                            "students and staff."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "94%",
                        ("of new students had a first talk within four weeks in 2023"),
                    ),
                    (
                        "About 1 in 4",
                        (
                            "students were referred to at least one outside service "
                            "during the year"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a young person and an adult talking on a bench in a "
                "school corridor"
            ),
            (
                "Short, regular talks help students raise worries before they become "
                "a reason to leave."
            ),
        ),
    },
    {
        "slug": "peer-mentoring-older-migrant-students-berlin-neukoelln",
        "title": "Peer mentoring by older migrant students in Berlin-Neukölln",
        "summary": (
            "Students in their last years of school, many of them once newcomers "
            "themselves, are trained to mentor younger migrant pupils for a school "
            "year, meeting weekly for homework, conversation and questions about "
            "school."
        ),
        "kind": "methodology",
        "level": "local",
        "countries": ["DE"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["mentoring-tutoring", "intercultural-inclusive"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["de", "tr", "ar"],
        "organisation": "Brückenschule e.V.",
        "funding": "private-foundation",
        "year_started": 2015,
        "year_ended": None,
        "website": "https://brueckenschule.example.org/peer-mentoring",
        "contact_email": "mentoring@brueckenschule.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An evaluation commissioned by the funding foundation in 2021 "
            "interviewed mentors, mentees and teachers and looked at school reports. "
            "Mentees said they felt more at home at school, and their attendance was "
            "slightly better than that of similar pupils in the same schools."
        ),
        "transfer": {
            "cost": "low",
            "time": "About three months to recruit, train and match the first mentors.",
            "staff": (
                "A youth worker or teacher with four to six hours a week to "
                "coordinate, and a quiet room after school."
            ),
            "adapt": (
                "Schools without older students of the same backgrounds can work "
                "with a nearby upper secondary school or with university students "
                "who grew up locally."
            ),
        },
        "partner": "brueckenschule",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Younger pupils who have recently arrived, or whose parents "
                    "cannot help with German homework, often listen more readily to "
                    "someone a few years older than to another adult. The programme "
                    "trains students aged 16 to 19 as mentors. Many arrived in "
                    "Berlin as children themselves, and some were mentees before. "
                    "Each mentor is paired with one or two pupils from Year 7 or 8 "
                    "and meets them once a week after school for an hour in the "
                    "school library. They do homework together, talk about what went "
                    "well and what did not, and set small goals for the next week."
                ),
            ),
            (
                "quote",
                (
                    (
                        "My mentor told me she also cried in her first German "
                        "lessons. After that I stopped thinking I was the only one."
                    ),
                    "A Year 7 mentee",
                ),
            ),
            ("heading", "Training and support for mentors"),
            (
                "paragraph",
                (
                    "Mentors take part in a training weekend before they start. It "
                    "covers active listening, how to help without doing the work for "
                    "someone, and when to pass a worry on to an adult. A youth "
                    "worker meets all mentors as a group every month to share "
                    "experiences and solve problems. Mentors receive a certificate "
                    "describing their skills, which many use when applying for "
                    "apprenticeships or university. A small allowance for each "
                    "session recognises their time, but most mentors say the main "
                    "reason they stay is the relationship with their mentee."
                ),
            ),
            (
                "key_facts",
                [
                    ("Pairs", "About 60 a year in three schools"),
                    ("Meetings", "1 hour a week for a school year"),
                    ("Mentor training", "A weekend, plus monthly group sessions"),
                    ("Allowance", "A small sum per session, paid by the foundation"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Find a coordinating adult",
                        (
                            "A youth worker or teacher with a few hours a week "
                            "recruits, matches and supports the mentors."
                        ),
                    ),
                    (
                        "Recruit mentors who know the journey",
                        (
                            "Invite older students who were newcomers or who speak "
                            "the younger pupils' languages, without making this a "
                            "condition."
                        ),
                    ),
                    (
                        "Match with care",
                        (
                            "Consider language, interests and timetables, and let "
                            "pairs change after a trial month if it does not work."
                        ),
                    ),
                    (
                        "Recognise the mentors",
                        (
                            "Give certificates, hold a closing event and offer "
                            "reference letters."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("About 85%", "of pairs completed the full school year in 2022-23"),
                    (
                        "2 in 3",
                        (
                            "mentees said they felt more confident asking teachers "
                            "for help"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "language-sensitive-subject-teaching-flanders",
        "title": "Language-sensitive subject teaching in Flemish secondary schools",
        "summary": (
            "Subject teachers learn to make the language of their lessons visible "
            "and learnable: they plan key words, use visuals and model texts, and "
            "let pupils use their home languages to think and talk."
        ),
        "kind": "pedagogical-approach",
        "level": "local",
        "countries": ["BE"],
        "education_levels": ["lower-secondary", "upper-secondary", "vocational"],
        "target_groups": ["teachers"],
        "themes": ["language-support", "teacher-training"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["nl", "fr", "en"],
        "organisation": "Centre for Language and Learning Ghent",
        "funding": "esf-plus",
        "year_started": 2012,
        "year_ended": None,
        "website": "https://lang-learning.example.org/subject-teaching",
        "contact_email": "info@lang-learning.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "A three-year study in twelve schools found that pupils whose teachers "
            "used the approach consistently scored a little higher on subject tests, "
            "with the largest gains for pupils who speak another language at home. "
            "Teachers also reported more pupils taking part in class discussion."
        ),
        "transfer": {
            "cost": "low",
            "time": "A school year of regular team meetings to get started.",
            "staff": (
                "Subject teachers willing to plan together, and ideally a language "
                "coach for the first year."
            ),
            "adapt": (
                "The approach works in any language of schooling; schools need to "
                "collect subject texts and model answers in their own language and "
                "curriculum."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "Many second-generation pupils speak Dutch fluently in the "
                    "playground but struggle with the language of textbooks and "
                    "exams: long sentences, abstract words and the particular way "
                    "each subject writes. When they fail in history or science, it "
                    "is often the language rather than the content that stops them. "
                    "Language-sensitive subject teaching asks every teacher, not "
                    "only the Dutch teacher, to take responsibility for the language "
                    "of their own subject. It rests on three ideas: give rich input "
                    "that pupils can understand, create many chances to speak and "
                    "write, and give feedback on language as well as content."
                ),
            ),
            ("heading", "What it looks like in a lesson"),
            (
                "paragraph",
                (
                    "A geography teacher opens a unit on rivers by showing a photo "
                    "and asking pupils to describe it in pairs, in any language they "
                    "choose. She then introduces six key words with pictures and "
                    "puts them on the wall. Pupils read a short model text and "
                    "underline how it explains cause and effect, before writing "
                    "their own paragraph with sentence starters. At the end she "
                    "gives feedback on the geography and on how pupils used the key "
                    "words. None of this needs extra lessons; it changes how "
                    "existing lessons are planned."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Start with a small team",
                        (
                            "Invite three or four subject teachers who want to try "
                            "it, and give them time to plan together."
                        ),
                    ),
                    (
                        "Pick the key language of each unit",
                        (
                            "List the words and sentence patterns pupils need to "
                            "understand and to produce."
                        ),
                    ),
                    (
                        "Add supports, then remove them",
                        (
                            "Use visuals, word walls, model texts and sentence "
                            "starters at first, and fade them out as pupils grow "
                            "more confident."
                        ),
                    ),
                    (
                        "Observe each other",
                        (
                            "Visit a colleague's lesson once a term and discuss what "
                            "helped pupils speak and write."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("12 schools", "took part in the three-year study"),
                    (
                        "Small but steady",
                        (
                            "gains in subject tests, largest for pupils with another "
                            "home language"
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Introduction to language-sensitive teaching",
                        "https://lang-learning.example.org/introduction",
                    ),
                    (
                        "Lesson planning checklist",
                        "https://lang-learning.example.org/lesson-checklist",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "apprenticeship-preparation-year-young-refugees-bavaria",
        "title": "Apprenticeship preparation classes for young refugees in Bavaria",
        "summary": (
            "Vocational schools offer refugees aged 16 to 21 a two-year class that "
            "combines German, general subjects and work placements, so that they can "
            "earn a school certificate and start a regular apprenticeship."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["DE"],
        "education_levels": ["vocational"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["guidance-transitions", "language-support"],
        "learner_groups": ["refugee-asylum", "unaccompanied-minors"],
        "stage": "intervention",
        "languages": ["de", "ar", "fa", "uk"],
        "organisation": "Mainfranken Vocational School Centre",
        "funding": "esf-plus",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://bsz-mainfranken.example.org/preparation-classes",
        "contact_email": "info@bsz-mainfranken.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A regional research institute followed three year groups. About half of "
            "the students started an apprenticeship or further schooling straight "
            "after the class, and language level and a good placement were the "
            "strongest predictors of success."
        ),
        "transfer": {
            "cost": "high",
            "time": "A year to build the employer pool and plan the curriculum.",
            "staff": (
                "Vocational teachers, teachers of German as a second language, a "
                "social worker and a job coach for every two classes."
            ),
            "adapt": (
                "The model depends on local employers; regions with few training "
                "firms may need longer placements in sheltered workshops or public "
                "services."
            ),
        },
        "partner": "brueckenschule",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "Young people who arrive in Germany at sixteen or older are "
                    "often too old for a general school but not yet ready for an "
                    "apprenticeship. Without a plan, many drift into unskilled work "
                    "or stay at home. The preparation classes, which last two years, "
                    "give them a place in a vocational school with classmates in the "
                    "same situation. In the first year the focus is on German and on "
                    "getting to know different trades through short workshops. In "
                    "the second year students spend two days a week on a company "
                    "placement and the rest at school, working towards a lower "
                    "secondary certificate."
                ),
            ),
            (
                "key_facts",
                [
                    ("Students", "About 120 in 8 classes"),
                    ("Duration", "Two school years"),
                    ("Placement", "2 days a week in the second year"),
                    (
                        "Support",
                        "A social worker, and a job coach for every two classes",
                    ),
                ],
            ),
            ("heading", "The job coach as a bridge"),
            (
                "paragraph",
                (
                    "A job coach works with each pair of classes. The coach visits "
                    "companies, matches students to placements, and helps employers "
                    "who have never trained a refugee with questions about work "
                    "permits, language and religious holidays. When a placement goes "
                    "well, the coach supports an application for an apprenticeship "
                    "in the same firm. Students keep their social worker for the "
                    "first months of the apprenticeship, because this is when many "
                    "young people drop out, often because of problems with housing, "
                    "money or the theory lessons at vocational school."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Build a pool of employers",
                        (
                            "Start with a few committed firms, for example through "
                            "the local chamber of crafts, and grow from there."
                        ),
                    ),
                    (
                        "Combine language with the trade",
                        (
                            "Teach German through the words and tasks of real "
                            "workplaces, together with the trade teachers."
                        ),
                    ),
                    (
                        "Keep support after the move",
                        (
                            "Plan at least six months of follow-up once students "
                            "start an apprenticeship."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About half",
                        (
                            "of students started an apprenticeship or further "
                            "schooling straight after the class"
                        ),
                    ),
                    (
                        "About 3 in 4",
                        (
                            "of those who started an apprenticeship were still in it "
                            "after the first year"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a young trainee in overalls at a workbench with an "
                "older instructor"
            ),
            (
                "Placements in local firms are often the step that leads to an "
                "apprenticeship."
            ),
        ),
    },
    {
        "slug": "youth-centre-homework-cafe-copenhagen-norrebro",
        "title": "Homework café and activities in a Copenhagen youth centre",
        "summary": (
            "A neighbourhood youth centre runs a homework café four afternoons a "
            "week with volunteer students, followed by sport, music and cooking, so "
            "that young people have a safe, friendly place to learn after school."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["DK"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["community-organisations", "migrant-students"],
        "themes": ["extracurricular", "mentoring-tutoring"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "ar", "ur", "tr"],
        "organisation": "Nørrebro Youth House",
        "funding": "own-resources",
        "year_started": 2011,
        "year_ended": None,
        "website": "https://norrebro-youth.example.org/homework-cafe",
        "contact_email": "hello@norrebro-youth.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The centre keeps attendance records and asks young people and "
            "volunteers for feedback each spring. Regular users say the café helps "
            "them finish homework and feel less alone with school, but effects on "
            "school results have not been measured."
        ),
        "transfer": {
            "cost": "low",
            "time": "One term to recruit volunteers and set up the room.",
            "staff": (
                "One paid youth worker each afternoon, volunteer students, and a "
                "room with tables, Wi-Fi and a few laptops."
            ),
            "adapt": (
                "Any youth or community centre can start a homework café; it works "
                "best where young people already come for activities they enjoy."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "Many young people in the neighbourhood live in small flats with "
                    "several siblings and have nowhere quiet to work. Their parents "
                    "want them to do well but may not know the Danish school system "
                    "or be able to help with maths. The youth house opens its "
                    "homework café from Monday to Thursday straight after school. "
                    "University students volunteer in pairs, and a paid youth worker "
                    "is always present. After homework, the same young people stay "
                    "for football, the music studio or cooking a shared meal, which "
                    "is often what brings them through the door in the first place."
                ),
            ),
            (
                "quote",
                (
                    (
                        "They come for the football and the food. Then they discover "
                        "that the homework part is not so bad."
                    ),
                    "A youth worker at the centre",
                ),
            ),
            (
                "key_facts",
                [
                    ("Users", "25 to 40 young people each afternoon"),
                    ("Ages", "11 to 17"),
                    ("Volunteers", "About 30 university students a year"),
                    ("Opening", "Monday to Thursday, 3 to 7 pm"),
                ],
            ),
            ("heading", "Keeping volunteers and schools on board"),
            (
                "paragraph",
                (
                    "Volunteers sign up for one afternoon a week for at least a term "
                    "and attend a short introduction on explaining without giving "
                    "the answers and on the centre's rules. The youth worker keeps a "
                    "simple log of who comes and what they work on. Twice a year, "
                    "with the young people's agreement, she meets staff from the "
                    "nearby schools to hear about coming exams and projects, so that "
                    "volunteers can prepare. Parents are invited to a dinner each "
                    "term, where young people show what they have made in the studio "
                    "or the kitchen."
                ),
            ),
            (
                "steps",
                [
                    (
                        "Lead with what young people enjoy",
                        ("Link homework time to activities they already want to join."),
                    ),
                    (
                        "Recruit volunteers through universities",
                        (
                            "Contact student unions and teacher training colleges, "
                            "and offer a volunteering certificate."
                        ),
                    ),
                    (
                        "Keep one paid adult",
                        (
                            "A paid youth worker gives continuity when volunteers "
                            "change each term."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("About 200", "different young people used the café in 2023"),
                    (
                        "3 in 4",
                        ("regular users said it helped them hand in homework on time"),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of teenagers doing homework at long tables while a "
                "volunteer explains a maths problem"
            ),
            ("The homework café opens straight after school, before sport and music."),
        ),
    },
    {
        "slug": "flexible-basic-education-over-age-newcomers-finland",
        "title": (
            "Flexible basic education for over-age newcomers in Finnish adult education"
        ),
        "summary": (
            "Newcomers aged 17 and over who did not finish basic education can "
            "complete it in adult education centres, with a personal study plan, "
            "literacy classes for those who need them and study at their own pace."
        ),
        "kind": "good-practice",
        "level": "national",
        "countries": ["FI"],
        "education_levels": ["second-chance-adult"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["guidance-transitions", "reception-newcomers"],
        "learner_groups": ["interrupted-schooling", "newly-arrived"],
        "stage": "compensation",
        "languages": ["sv", "en", "ar", "fa"],
        "organisation": "Network of Adult Basic Education Providers in Finland",
        "funding": "national-public",
        "year_started": 2018,
        "year_ended": None,
        "website": "https://adult-basic-fi.example.org/flexible-pathways",
        "contact_email": "info@adult-basic-fi.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "A national evaluation in 2022 found that the flexible model kept more "
            "learners studying than earlier courses did. It also noted long waiting "
            "lists in some regions and too little guidance after learners received "
            "their certificate."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Two to three years for a national reform; a single centre can pilot "
                "it in one year."
            ),
            "staff": (
                "Teachers of literacy and of the language of schooling, subject "
                "teachers and a guidance counsellor."
            ),
            "adapt": (
                "Countries need a legal basis that lets adults earn the basic "
                "education certificate subject by subject, rather than in a full "
                "school year."
            ),
        },
        "partner": "kyklos",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Young people who arrive in their late teens with little "
                    "schooling fall between systems: they are too old for "
                    "comprehensive school but lack the certificate needed for upper "
                    "secondary or vocational education. Finland responded by "
                    "reforming adult basic education so that learners from the age "
                    "of seventeen can complete the basic education syllabus in adult "
                    "education centres. Studies are divided into a literacy stage, a "
                    "core stage and a final stage. Each learner has a personal study "
                    "plan that recognises what they already know, so someone who is "
                    "strong in maths but new to reading can move at different speeds "
                    "in each subject."
                ),
            ),
            ("heading", "How a learner moves through the stages"),
            (
                "paragraph",
                (
                    "Learners start with an interview and a skills check in their "
                    "strongest language. Those who cannot yet read and write join "
                    "the literacy stage, where they learn to read in Finnish or "
                    "Swedish alongside basic maths. In the core and final stages "
                    "they take courses in subjects such as science, history and "
                    "social studies, with morning or evening groups so that some can "
                    "work. A guidance counsellor meets each learner at least once a "
                    "term to update the plan and, near the end, to apply for "
                    "vocational or upper secondary education."
                ),
            ),
            (
                "key_facts",
                [
                    ("Age", "17 and over"),
                    ("Stages", "Literacy, core and final"),
                    ("Length", "Usually 1 to 4 years, depending on the learner"),
                    ("Cost to learners", "Free, including meals and materials"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Assess skills in the strongest language",
                        (
                            "Use interpreters or bilingual staff so that earlier "
                            "learning is not missed."
                        ),
                    ),
                    (
                        "Let learners advance by subject",
                        (
                            "Allow different paces in different subjects instead of "
                            "a single class level."
                        ),
                    ),
                    (
                        "Plan the next step early",
                        (
                            "Talk about vocational and upper secondary options from "
                            "the first term."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 6 in 10",
                        (
                            "learners who started the core stage completed their "
                            "certificate within three years, in the national "
                            "evaluation"
                        ),
                    ),
                    (
                        "Over half",
                        (
                            "of those with a certificate moved on to vocational or "
                            "upper secondary education within a year"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "home-school-community-liaison-dublin-primary",
        "title": "Home-school-community liaison in Dublin primary schools",
        "summary": (
            "A teacher freed from class duties works full time with families and "
            "local groups: visiting homes, running courses for parents and linking "
            "the school with Traveller and migrant organisations in the area."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["IE"],
        "education_levels": ["primary"],
        "target_groups": ["families", "community-organisations", "school-leaders"],
        "themes": ["family-engagement", "intercultural-inclusive"],
        "learner_groups": ["roma-traveller", "second-generation"],
        "stage": "prevention",
        "languages": ["en", "ro", "pl", "ar"],
        "organisation": "North Inner City Schools Partnership",
        "funding": "national-public",
        "year_started": 2009,
        "year_ended": None,
        "website": "https://nics-partnership.example.org/liaison",
        "contact_email": "liaison@nics-partnership.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Each school reviews the work yearly with parents and staff. The reviews "
            "point to more parents taking part in school life and better contact "
            "with Traveller families, though effects on attendance have not been "
            "measured separately."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "One term to free a teacher and build first contacts; results grow "
                "over several years."
            ),
            "staff": (
                "A respected teacher released from class duties, at least half time, "
                "with support from the school leader."
            ),
            "adapt": (
                "Where no national scheme funds the post, several small schools can "
                "share one liaison teacher, each with fixed days."
            ),
        },
        "partner": "aula-abierta",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "Children whose families feel unwelcome or unsure at school are "
                    "more likely to miss days and to drift away later. In this "
                    "partnership of four primary schools, each school has a liaison "
                    "teacher who spends no time in the classroom. Their task is to "
                    "build trust with families, especially those who had bad "
                    "experiences of school themselves, as many Traveller parents "
                    "did, and those who are new to Ireland and do not yet know how "
                    "schools work. The liaison teacher visits homes, greets parents "
                    "at the gate in the morning and runs a parents' room with tea "
                    "and a noticeboard."
                ),
            ),
            ("heading", "Working with the wider community"),
            (
                "paragraph",
                (
                    "The liaison teachers meet every month with a local Traveller "
                    "support group, a Romanian community association, a family "
                    "resource centre and the public library. Together they plan "
                    "courses for parents, for example on reading with children, on "
                    "using the school's messaging app, or on English for everyday "
                    "school situations. Some courses are led by parents who took "
                    "them earlier. When a family has a problem the school cannot "
                    "solve, such as housing or debt, the liaison teacher knows which "
                    "organisation to call and can go with the parent to the first "
                    "meeting."
                ),
            ),
            (
                "quote",
                (
                    (
                        "I didn't go past the gate for two years. Now I help run the "
                        "Tuesday coffee morning."
                    ),
                    "A parent at one of the schools",
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "4 primary schools, about 900 pupils"),
                    ("Staff", "1 liaison teacher per school"),
                    ("Parent courses", "About 12 a year"),
                    ("Local partners", "5 community organisations"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Free a teacher from class duties",
                        (
                            "Even half a post makes a difference if the time is "
                            "protected."
                        ),
                    ),
                    (
                        "Start at the gate",
                        (
                            "Be visible where parents already are before inviting "
                            "them in."
                        ),
                    ),
                    (
                        "Share the planning",
                        (
                            "Plan courses with community groups and parents, not "
                            "only for them."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About twice as many",
                        (
                            "parents attended school events in 2023 as in 2018, by "
                            "the schools' own counts"
                        ),
                    ),
                    ("About 150", "parents took part in at least one course in 2023"),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of parents and a teacher sharing tea in a bright room "
                "with children's drawings on the walls"
            ),
            "The parents' room is open every morning after drop-off.",
        ),
    },
    {
        "slug": "anti-bullying-programme-ukrainian-pupils-poland",
        "title": (
            "Anti-bullying and anti-discrimination programme for schools welcoming "
            "Ukrainian pupils"
        ),
        "summary": (
            "A whole-school programme in Polish schools trains staff and pupils to "
            "recognise and stop bullying and prejudice, with class workshops, a "
            "pupil welcome team and a simple way to report incidents."
        ),
        "kind": "good-practice",
        "level": "national",
        "countries": ["PL"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "migrant-students"],
        "themes": ["intercultural-inclusive", "psychosocial-support"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "prevention",
        "languages": ["pl", "uk", "ru"],
        "organisation": "Open Classroom Foundation",
        "funding": "private-foundation",
        "year_started": 2022,
        "year_ended": None,
        "website": "https://open-classroom.example.org/respect",
        "contact_email": "contact@open-classroom.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "Schools run a short pupil survey before and after the programme. In the "
            "first 40 schools, more pupils said they knew whom to tell about "
            "bullying and fewer said they had seen name-calling about someone's "
            "origin, although results varied a lot between schools."
        ),
        "transfer": {
            "cost": "low",
            "time": "One school year, starting with staff training in the first month.",
            "staff": (
                "A coordinating teacher with a few hours a week, and half a day of "
                "training for all adults in the school."
            ),
            "adapt": (
                "Translate the workshop materials into the languages of the pupils "
                "concerned and check them with pupils from those communities."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "From 2022, many Polish schools received large numbers of "
                    "Ukrainian pupils within a short time. Most classes welcomed "
                    "them warmly, but in some places tensions grew: jokes about "
                    "accents, exclusion from groups, arguments that echoed the news "
                    "and social media. Ukrainian pupils who feel rejected are more "
                    "likely to switch to online Ukrainian schooling only, or to stop "
                    "attending altogether. The programme helps schools act before "
                    "this happens. It treats bullying based on origin as part of the "
                    "school's overall anti-bullying work rather than a separate "
                    "issue, so that no group feels singled out."
                ),
            ),
            ("heading", "Three strands"),
            (
                "paragraph",
                (
                    "First, all staff, including caretakers and canteen workers, "
                    "take half a day of training on recognising bullying and "
                    "responding on the spot. Second, each class has four workshops "
                    "during the year in which pupils discuss belonging, stereotypes "
                    "and what a bystander can do; the materials exist in Polish and "
                    "Ukrainian. Third, a pupil team of volunteers from different "
                    "backgrounds is trained to welcome new pupils and pass on "
                    "concerns. Each school agrees one simple way to report an "
                    "incident, including anonymously, and a named teacher follows up "
                    "every report within a week."
                ),
            ),
            (
                "key_facts",
                [
                    ("Schools", "40 in the first phase"),
                    ("Staff training", "Half a day for all adults in the school"),
                    ("Class workshops", "4 a year, 45 minutes each"),
                    ("Reporting", "A box and an online form, in Polish and Ukrainian"),
                ],
            ),
            (
                "quote",
                (
                    (
                        "The workshop was the first time my class talked about what "
                        "happened to us. After that they asked me to play football."
                    ),
                    "A Ukrainian pupil, aged 13",
                ),
            ),
            (
                "steps",
                [
                    (
                        "Involve all adults",
                        (
                            "Include non-teaching staff, who often see what happens "
                            "in corridors and at lunch."
                        ),
                    ),
                    (
                        "Test the materials with pupils",
                        (
                            "Ask pupils from the communities concerned to check the "
                            "workshop materials before use."
                        ),
                    ),
                    (
                        "Make reporting simple and visible",
                        (
                            "Put the reporting box where pupils pass every day and "
                            "explain what happens after a report."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "From 48% to 71%",
                        (
                            "of pupils said they knew whom to tell about bullying, "
                            "on average across the first schools"
                        ),
                    ),
                    (
                        "About 1 in 5",
                        (
                            "fewer pupils said they had seen name-calling about "
                            "someone's origin"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "newcomer-funding-grant-dutch-schools",
        "title": (
            "Extra funding for schools that receive newly arrived pupils in the "
            "Netherlands"
        ),
        "summary": (
            "Schools receive an extra grant for each newcomer during their first two "
            "years in the country, higher in the first year, which they can spend on "
            "reception classes, language teaching and extra staff."
        ),
        "kind": "policy",
        "level": "national",
        "countries": ["NL"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["policy-makers", "school-leaders"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["nl", "en"],
        "organisation": "National Support Office for Newcomer Education",
        "funding": "national-public",
        "year_started": 2010,
        "year_ended": None,
        "website": "https://newcomer-support-nl.example.org/funding",
        "contact_email": "info@newcomer-support-nl.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "Studies found that the grant allows schools to set up specialised "
            "reception, but that small schools with only a few newcomers struggle to "
            "organise good provision with the money alone. Researchers recommend "
            "regional cooperation between schools."
        ),
        "transfer": {
            "cost": "high",
            "time": (
                "One to two years to design the rules and the registration of "
                "arrival dates."
            ),
            "staff": (
                "A ministry or regional authority able to fund schools per pupil, "
                "and a support office that advises schools."
            ),
            "adapt": (
                "Countries that fund schools centrally can add a newcomer weighting "
                "to the existing formula; where municipalities fund schools, a "
                "shared national rate avoids big local differences."
            ),
        },
        "partner": "inclusive-schools-network",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Teaching a pupil who arrives without the language of "
                    "instruction costs more than teaching one who already speaks it: "
                    "smaller groups, specialised teachers, interpreters and learning "
                    "materials. Without extra money, schools may hesitate to admit "
                    "newcomers, or place them in regular classes without support. "
                    "Under this model, schools receive a grant per newly arrived "
                    "pupil for the first two years after arrival. The amount is "
                    "higher in the first year, when needs are greatest. Schools "
                    "register the pupil's arrival date and can spend the grant "
                    "freely within their own plan for newcomer education."
                ),
            ),
            ("heading", "How schools use the grant"),
            (
                "paragraph",
                (
                    "In cities with many newcomers, schools often pool their grants "
                    "to run reception schools or reception classes, where pupils "
                    "spend one to two years before moving to a regular school. In "
                    "smaller towns, a school may use the grant to employ a "
                    "second-language teacher who works with pupils for part of the "
                    "day. A national support office helps schools with examples, "
                    "assessment tools and advice on which model suits their numbers. "
                    "A recurring concern is that very small schools receive too "
                    "little in total to organise good support, which is why regional "
                    "pooling is encouraged."
                ),
            ),
            (
                "key_facts",
                [
                    ("Who receives it", "Primary and secondary schools"),
                    ("Period", "The first two years after a pupil's arrival"),
                    ("Amount", "Higher in year one, lower in year two"),
                    ("Condition", "Arrival date registered by the school"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Link the grant to arrival, not status",
                        (
                            "Fund every newly arrived pupil, whatever their "
                            "residence status, to keep the rules simple."
                        ),
                    ),
                    (
                        "Encourage pooling",
                        (
                            "Make it easy for schools in a region to combine grants "
                            "for shared reception classes."
                        ),
                    ),
                    (
                        "Add expert support",
                        (
                            "Pair the money with advice, so that schools know how to "
                            "spend it well."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 4 in 5",
                        (
                            "school leaders in one regional survey said the grant "
                            "was essential to their newcomer provision"
                        ),
                    ),
                    (
                        "About 1 in 3",
                        (
                            "small schools in the same survey said the grant alone "
                            "was not enough for specialised teaching"
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Overview of the funding model",
                        "https://newcomer-support-nl.example.org/funding/overview",
                    ),
                    (
                        "Examples of regional reception arrangements",
                        "https://newcomer-support-nl.example.org/funding/examples",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "teacher-network-multilingual-classrooms-nordic-belgian",
        "title": "Cross-border teacher network on multilingual classrooms",
        "summary": (
            "Teachers from Sweden, Finland, Denmark and Belgium met online every "
            "month and visited each other twice to try out ways of using pupils' "
            "home languages in class, and wrote up what worked as short case "
            "studies."
        ),
        "kind": "project",
        "level": "european",
        "countries": ["SE", "FI", "DK", "BE"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "school-leaders"],
        "themes": ["teacher-training", "language-support", "intercultural-inclusive"],
        "learner_groups": ["second-generation", "newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "sv", "nl", "ar"],
        "organisation": "Multilingual Classrooms Network",
        "funding": "erasmus-plus",
        "year_started": 2019,
        "year_ended": 2022,
        "website": "https://ml-classrooms.example.org/",
        "contact_email": "network@ml-classrooms.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An external evaluator surveyed and interviewed the teachers at the "
            "start and the end. Most reported using home languages more often and "
            "with more confidence, and school leaders noted better contact with "
            "families; effects on pupils were not measured directly."
        ),
        "transfer": {
            "cost": "low",
            "time": "Two school years for a full cycle of trials, visits and writing.",
            "staff": (
                "Groups of three or four teachers per school, a coordinator, and a "
                "teacher educator to support the writing."
            ),
            "adapt": (
                "A network can also work within one country or region; study visits "
                "to nearby schools replace travel abroad."
            ),
        },
        "partner": "kyklos",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Teachers often know that pupils' home languages are a resource, "
                    "but few have seen how to use them in a lesson without losing "
                    "the thread or leaving other pupils out. The network brought "
                    "together 32 teachers from eight schools in Sweden, Finland, "
                    "Denmark and Belgium. Each teacher chose one small change to "
                    "try, such as letting pupils plan a text in their home language "
                    "before writing it in the school language, building multilingual "
                    "word walls, or inviting parents to read stories in their "
                    "languages. The group met online every month to discuss how it "
                    "was going."
                ),
            ),
            ("heading", "Case studies written by teachers"),
            (
                "paragraph",
                (
                    "Instead of a long final report, each teacher wrote a four-page "
                    "case study: the class, the idea, what happened and what they "
                    "would do differently. A teacher educator from each country "
                    "helped with the writing and gave feedback. Two study visits let "
                    "teachers see each other's classrooms. Many said this was the "
                    "most useful part, because they saw that colleagues abroad had "
                    "the same doubts. The case studies are now used in initial "
                    "teacher education in two of the partner countries."
                ),
            ),
            (
                "key_facts",
                [
                    ("Teachers", "32 from 8 schools"),
                    ("Countries", "Sweden, Finland, Denmark, Belgium"),
                    ("Duration", "2019 to 2022"),
                    ("Output", "30 case studies in English, some translated"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "28 of 32",
                        (
                            "teachers said they used pupils' home languages more "
                            "often by the end"
                        ),
                    ),
                    ("30", "case studies published and used in teacher education"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Keep each change small",
                        (
                            "Ask teachers to try one idea in one class, so that it "
                            "fits into normal work."
                        ),
                    ),
                    (
                        "Meet regularly, even briefly",
                        (
                            "A monthly hour online keeps the momentum going between "
                            "visits."
                        ),
                    ),
                    (
                        "Write it down",
                        (
                            "Short case studies help others learn and give teachers "
                            "recognition."
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Case study collection",
                        "https://ml-classrooms.example.org/case-studies",
                    )
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a classroom wall covered with word cards in several "
                "scripts"
            ),
            (
                "A multilingual word wall, one of the ideas teachers tried in the "
                "network."
            ),
        ),
    },
    {
        "slug": "roma-school-mediators-romania",
        "title": "School mediators for Roma communities in Romania",
        "summary": (
            "Trained mediators, most of them from Roma communities, are employed to "
            "build trust between schools and families, follow up absences and help "
            "children enrol and stay in school, including children returning from "
            "abroad."
        ),
        "kind": "policy",
        "level": "national",
        "countries": ["RO"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["families", "community-organisations"],
        "themes": ["family-engagement", "early-warning"],
        "learner_groups": ["roma-traveller"],
        "stage": "intervention",
        "languages": ["ro", "hu", "en"],
        "organisation": "Romanian Network of School Mediators",
        "funding": "esf-plus",
        "year_started": 2008,
        "year_ended": None,
        "website": "https://school-mediators-ro.example.org/",
        "contact_email": "info@school-mediators-ro.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "External evaluations of mediator programmes report better enrolment and "
            "attendance where mediators are in post, especially in primary school. "
            "They also found that mediators' job security and training vary widely "
            "between counties."
        ),
        "transfer": {
            "cost": "medium",
            "time": "Six months to recruit and train the first mediators.",
            "staff": (
                "Mediators with a salary and a contract of several years, a short "
                "initial training, and a county coordinator."
            ),
            "adapt": (
                "Other countries can adapt the role for any community with low trust "
                "in schools; selection should involve the community's own "
                "organisations."
            ),
        },
        "partner": "ponte-educativo",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "Many Roma children in Romania face barriers to school: poverty, "
                    "distance, discrimination and, for some, years spent abroad with "
                    "parents who migrated for work and then came back. A school "
                    "mediator is someone from the community, or who knows it well, "
                    "employed to connect families and teachers. Mediators visit "
                    "families when a child misses school, help parents with "
                    "enrolment papers, explain school decisions, and tell teachers "
                    "when a family's situation affects a child. Many children who "
                    "return from Italy or Spain read and write Romanian poorly, and "
                    "mediators help them find a place in a suitable class."
                ),
            ),
            ("heading", "What makes mediation work"),
            (
                "paragraph",
                (
                    "Mediators do best when the school treats them as members of "
                    "staff, with a desk, a place in staff meetings and a clear job "
                    "description. A short initial training covers child protection, "
                    "communication and the school system, followed by regular "
                    "meetings with other mediators in the county. Mediators should "
                    "not be used as cleaners, on-call translators or attendance "
                    "police. Where the role is respected, families begin to contact "
                    "the school themselves, and teachers learn to adjust their "
                    "expectations, for example about homework or school supplies."
                ),
            ),
            (
                "quote",
                (
                    (
                        "At first parents saw me as someone from the school. Now "
                        "teachers see me as someone from the community. That is the "
                        "job."
                    ),
                    "A school mediator in central Romania",
                ),
            ),
            (
                "key_facts",
                [
                    ("Employer", "The school or the local authority"),
                    ("Training", "An initial course plus monthly county meetings"),
                    ("Typical workload", "One mediator for one to three schools"),
                    ("Languages", "Romanian, Romani and sometimes Hungarian"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Recruit from the community",
                        "Involve local Roma organisations in selecting mediators.",
                    ),
                    (
                        "Give the role status",
                        (
                            "Include mediators in staff meetings and in decisions "
                            "about pupils."
                        ),
                    ),
                    (
                        "Protect the job",
                        (
                            "Secure funding for several years, so that the trust "
                            "built with families is not lost when a contract ends."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Up to 10 points",
                        (
                            "higher attendance rates in primary schools with a "
                            "mediator, in the evaluations reviewed"
                        ),
                    ),
                    (
                        "About 1 in 3",
                        ("mediators said they had no contract lasting beyond one year"),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "bridge-playgroups-newcomer-families-brussels",
        "title": "Bridge playgroups for newly arrived families in Brussels",
        "summary": (
            "Playgroups twice a week for children aged 2 to 5 and their parents help "
            "refugee and newcomer families get to know pre-school, so that children "
            "start nursery school on time and parents feel at ease there."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["BE"],
        "education_levels": ["early-childhood"],
        "target_groups": ["families", "educators-trainers"],
        "themes": ["family-engagement", "language-support", "reception-newcomers"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "prevention",
        "languages": ["fr", "nl", "ar", "ckb"],
        "organisation": "Maison des Petits Ponts",
        "funding": "amif",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://petits-ponts.example.org/playgroups",
        "contact_email": "hello@petits-ponts.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The organisation records whether children enrol in nursery school and "
            "asks parents about their confidence. Most children who attended for at "
            "least three months went on to enrol, and parents said they felt more at "
            "ease with teachers."
        ),
        "transfer": {
            "cost": "low",
            "time": "A few months to find a room near a school and agree visits.",
            "staff": (
                "Two early years workers, a parent volunteer, and interpreters on call."
            ),
            "adapt": (
                "Where nursery school starts later or is less common, the playgroup "
                "can focus on the first weeks of primary school instead."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "In Belgium most children start nursery school at two and a "
                    "half, long before school is compulsory. Families who have just "
                    "arrived often do not know this, or they worry about leaving "
                    "young children with strangers after a difficult journey. "
                    "Children who miss these years may start primary school without "
                    "the language and routines their classmates already have. The "
                    "bridge playgroups meet twice a week in a community centre close "
                    "to a nursery school. Children play, sing and listen to stories "
                    "in French and Dutch, while parents stay in the room or have "
                    "coffee with other parents next door."
                ),
            ),
            ("heading", "Step by step into nursery school"),
            (
                "paragraph",
                (
                    "After a few weeks, the playgroup visits the nearby nursery "
                    "school together. Parents see the classroom, meet the teachers "
                    "and ask questions with the help of an interpreter. Later, "
                    "children spend a morning in the nursery class with a playgroup "
                    "worker they know. The workers help parents with enrolment forms "
                    "and explain practical matters such as snacks, nappies and sick "
                    "days. Songs and picture books are shared with the nursery "
                    "teachers, so that children find familiar things on their first "
                    "day."
                ),
            ),
            (
                "key_facts",
                [
                    ("Children", "About 60 a year, aged 2 to 5"),
                    ("Sessions", "Twice a week, 2 hours each"),
                    ("Staff", "2 early years workers and a parent volunteer"),
                    (
                        "Interpreting",
                        "Arabic, Sorani Kurdish and other languages on request",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Meet near a school",
                        (
                            "Choose a venue close to a nursery school and agree "
                            "regular visits with it."
                        ),
                    ),
                    (
                        "Welcome parents in the room",
                        (
                            "Let parents stay as long as they wish; trust grows "
                            "faster that way."
                        ),
                    ),
                    (
                        "Share songs and books",
                        (
                            "Give nursery teachers the same materials the playgroup "
                            "uses."
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
                            "of children who attended for three months or more "
                            "enrolled in nursery school within a term"
                        ),
                    ),
                    (
                        "4 in 5",
                        (
                            "parents said they felt confident speaking to the "
                            "nursery teacher"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of toddlers playing with wooden blocks on a rug while "
                "parents sit nearby"
            ),
            "Parents are welcome to stay for the whole playgroup session.",
        ),
    },
    {
        "slug": "accelerated-learning-refugee-children-turkiye",
        "title": (
            "Accelerated learning classes for out-of-school refugee children in Türkiye"
        ),
        "summary": (
            "A research and practice project tested a ten-month catch-up programme "
            "for refugee children aged 10 to 14 who had missed years of school, "
            "helping them rejoin regular classes at or near the right level."
        ),
        "kind": "project",
        "level": "international",
        "countries": ["TR"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers", "migrant-students"],
        "themes": ["reception-newcomers", "language-support"],
        "learner_groups": ["interrupted-schooling", "refugee-asylum"],
        "stage": "compensation",
        "languages": ["tr", "ar", "en"],
        "organisation": "Bridges to Learning Research Consortium",
        "funding": "horizon",
        "year_started": 2018,
        "year_ended": 2021,
        "website": "https://bridges-learning.example.org/accelerated-classes",
        "contact_email": "research@bridges-learning.example.org",
        "evidence": "research-study",
        "evidence_summary": (
            "The project compared children in the programme with children on a "
            "waiting list. Children in the programme made clearly larger gains in "
            "reading and maths, and more of them were in a regular school a year "
            "later; the study covered only two cities."
        ),
        "transfer": {
            "cost": "high",
            "time": (
                "A year to prepare materials and train teachers; ten months per "
                "group of children."
            ),
            "staff": (
                "Teachers with coaching, bilingual assistants, mentors who keep "
                "contact with families, and agreements with regular schools."
            ),
            "adapt": (
                "Materials must follow the host country's curriculum, and the "
                "regular schools must agree in advance to accept children at their "
                "new level."
            ),
        },
        "partner": "kyklos",
        "origin": "partner-project",
        "body": [
            (
                "paragraph",
                (
                    "Türkiye hosts one of the largest refugee populations in the "
                    "world, and many children arrived after losing two, three or "
                    "more years of school. Placing a thirteen-year-old who cannot "
                    "yet read fluently in a class of thirteen-year-olds often ends "
                    "with the child leaving; placing them with eight-year-olds is "
                    "humiliating. The project worked with local schools and "
                    "community centres to test another route: a ten-month "
                    "accelerated class that covers the core of several school years "
                    "in reading, maths and Turkish, so that children can join a "
                    "regular class at or near their age."
                ),
            ),
            ("heading", "Teaching at the right level"),
            (
                "paragraph",
                (
                    "Children were grouped by what they could do, not by age, and "
                    "reassessed every six weeks. Teachers used short, structured "
                    "lessons with plenty of practice in small groups, and bilingual "
                    "assistants explained in Arabic when needed. Each child had an "
                    "adult mentor who kept in touch with the family and helped with "
                    "the move to a regular school. Teachers received two weeks of "
                    "initial training and coaching visits during the year. The "
                    "research team worked alongside them and changed the materials "
                    "when something did not work."
                ),
            ),
            (
                "key_facts",
                [
                    ("Children", "About 1,200 in two cities"),
                    ("Ages", "10 to 14"),
                    ("Duration", "10 months, 4 hours a day"),
                    ("Research design", "Comparison with a waiting-list group"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Roughly double",
                        (
                            "the reading gains of children on the waiting list over "
                            "the same period"
                        ),
                    ),
                    (
                        "About 2 in 3",
                        (
                            "children were in a regular school a year later, "
                            "compared with about 2 in 5 in the comparison group"
                        ),
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Assess by skill, not age",
                        (
                            "Use a short reading and maths test in the child's "
                            "strongest language."
                        ),
                    ),
                    (
                        "Plan the exit from the start",
                        (
                            "Agree with regular schools how and when children will "
                            "join them."
                        ),
                    ),
                    (
                        "Coach the teachers",
                        (
                            "Initial training is not enough on its own; regular "
                            "classroom coaching keeps the quality up."
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of children of different heights reading together in a "
                "small group with a teacher"
            ),
            "Children are grouped by what they can do, not by their age.",
        ),
    },
    {
        "slug": "blended-schooling-displaced-ukrainian-teenagers",
        "title": (
            "Blended schooling for displaced Ukrainian teenagers in host-country "
            "schools"
        ),
        "summary": (
            "Ukrainian teenagers abroad attend their local school full time and "
            "follow a few key Ukrainian subjects online, with a coordinator who "
            "helps families avoid choosing between the two systems."
        ),
        "kind": "project",
        "level": "international",
        "countries": ["UA", "PL", "DE", "RO"],
        "education_levels": ["lower-secondary", "upper-secondary"],
        "target_groups": ["migrant-students", "families", "teachers"],
        "themes": ["guidance-transitions", "psychosocial-support"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "intervention",
        "languages": ["uk", "pl", "de", "ro"],
        "organisation": "Two Schools, One Future",
        "funding": "private-foundation",
        "year_started": 2022,
        "year_ended": 2025,
        "website": "https://two-schools.example.org/",
        "contact_email": "hello@two-schools.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "The project asked pupils, parents and host schools about attendance and "
            "workload each term. Families reported less pressure than when following "
            "two full school programmes, and host schools saw regular attendance "
            "among participants, but the data were self-reported."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "A term to agree the reduced online programme and the recognition of "
                "marks."
            ),
            "staff": (
                "Online teachers from the country of origin, a coordinator who "
                "speaks the pupils' language for about ten host schools, and a "
                "psychologist for group sessions."
            ),
            "adapt": (
                "The model suits any group of displaced pupils who may return home; "
                "it needs an agreement with the education authority of the country "
                "of origin."
            ),
        },
        "partner": "ponte-educativo",
        "origin": "stakeholder",
        "body": [
            (
                "paragraph",
                (
                    "After 2022, many Ukrainian teenagers in host countries were "
                    "enrolled in a local school while also following the full online "
                    "Ukrainian programme in the evenings. Some gave up one of the "
                    "two; many became exhausted, and some stopped attending both. "
                    "The project brought Ukrainian education partners together with "
                    "host schools in Poland, Germany and Romania to reduce this "
                    "double load. Pupils attend their local school full time. "
                    "Online, they follow only the subjects needed to keep a "
                    "Ukrainian certificate within reach, such as Ukrainian language, "
                    "literature and history, in three short sessions a week."
                ),
            ),
            ("heading", "A coordinator for each group of schools"),
            (
                "paragraph",
                (
                    "A Ukrainian-speaking coordinator works with each group of host "
                    "schools. The coordinator helps families understand both "
                    "systems, arranges for host-school marks in subjects such as "
                    "maths and science to be recognised, and talks with teachers "
                    "when a pupil seems overloaded or withdrawn. Pupils meet in "
                    "small groups once a month with a psychologist who speaks "
                    "Ukrainian. Teachers in host schools receive a short guide to "
                    "the Ukrainian school system and to what pupils have usually "
                    "covered at each age."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Before, I slept four hours a night. Now I have one school "
                        "in the day and only a little Ukrainian school in the "
                        "evening, and I can see friends."
                    ),
                    "A 15-year-old pupil in Poland",
                ),
            ),
            (
                "key_facts",
                [
                    ("Pupils", "About 700 at the peak"),
                    ("Host countries", "Poland, Germany, Romania"),
                    ("Online sessions", "3 a week, 45 minutes each"),
                    ("Coordinators", "1 for about 10 host schools"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 8 in 10",
                        ("families said the workload was more manageable than before"),
                    ),
                    (
                        "About 9 in 10",
                        (
                            "participants attended their host school regularly, "
                            "according to host-school records"
                        ),
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Guide for teachers in host schools",
                        "https://two-schools.example.org/guide-for-teachers",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "education-coaches-unaccompanied-minors-tyrol",
        "title": "Education coaches for unaccompanied minors in Tyrolean group homes",
        "summary": (
            "Each young person in a group home has an education coach who helps them "
            "choose a school path, keeps in touch with teachers and supports them "
            "past their 18th birthday, when many lose their other support."
        ),
        "kind": "methodology",
        "level": "local",
        "countries": ["AT"],
        "education_levels": ["upper-secondary", "vocational"],
        "target_groups": ["educators-trainers", "migrant-students"],
        "themes": ["mentoring-tutoring", "guidance-transitions"],
        "learner_groups": ["unaccompanied-minors", "interrupted-schooling"],
        "stage": "intervention",
        "languages": ["de", "fa", "ar", "en"],
        "organisation": "Alpine Youth Support Association",
        "funding": "amif",
        "year_started": 2017,
        "year_ended": None,
        "website": "https://alpine-youth.example.org/education-coaching",
        "contact_email": "coaching@alpine-youth.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An external review of case files and interviews found that young people "
            "with a coach were more often in education or training at 19, and that "
            "the contact after their 18th birthday was the part they valued most."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Three months to recruit coaches and agree roles with group homes "
                "and schools."
            ),
            "staff": (
                "Coaches with a background in social work or guidance, each working "
                "with about 25 young people."
            ),
            "adapt": (
                "The coach needs the legal guardian's agreement to deal with "
                "schools; check the rules on guardianship and data sharing in each "
                "country."
            ),
        },
        "partner": "brueckenschule",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "Young people who arrive alone face school decisions without a "
                    "parent to guide them. Care workers in group homes are busy with "
                    "daily life, and teachers rarely know the full picture. At "
                    "eighteen, many young people leave the group home and lose much "
                    "of their support, often in the middle of a course. The "
                    "education coach method gives each young person one adult whose "
                    "only task is their education and training path. The coach is "
                    "employed by the youth welfare association, works with four "
                    "group homes, and follows each young person until the age of 21 "
                    "if they wish."
                ),
            ),
            ("heading", "How coaches work"),
            (
                "paragraph",
                (
                    "The coach meets the young person every two weeks, at the group "
                    "home, at school or in a café. Together they build a picture of "
                    "earlier schooling, skills and hopes, and look at realistic "
                    "routes: a transition class, a vocational school, an "
                    "apprenticeship or a course to complete compulsory schooling. "
                    "With the young person's consent, the coach attends school "
                    "meetings in place of a parent and helps with applications, "
                    "travel passes and exam registration. Before the 18th birthday, "
                    "coach and young person write a plan for the months after "
                    "leaving the group home."
                ),
            ),
            (
                "key_facts",
                [
                    ("Young people", "About 70 a year"),
                    ("Coaches", "3, each linked to 4 group homes"),
                    ("Meetings", "Every two weeks"),
                    ("Support after 18", "Up to age 21, if the young person wishes"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Separate coaching from care",
                        (
                            "A coach who is not responsible for house rules can "
                            "build a different kind of trust."
                        ),
                    ),
                    (
                        "Agree roles with schools",
                        (
                            "Tell teachers that the coach may attend meetings and "
                            "receive reports with the young person's consent."
                        ),
                    ),
                    (
                        "Plan for 18 early",
                        (
                            "Start preparing the move to adult life at least six "
                            "months before the birthday."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 3 in 4",
                        (
                            "young people with a coach were in education or training "
                            "at 19, compared with about half before the method began"
                        ),
                    ),
                    (
                        "Most",
                        (
                            "young people kept in contact with their coach after "
                            "leaving the group home"
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of a young man and a coach looking at a course "
                "brochure together at a café table"
            ),
            (
                "Coaches meet young people where they feel comfortable, often "
                "outside the group home."
            ),
        ),
    },
    {
        "slug": "trauma-aware-routines-danish-reception-classes",
        "title": "Trauma-aware daily routines in Danish reception classes",
        "summary": (
            "Teachers in reception classes use simple, predictable routines, calm "
            "corners and short check-ins to help pupils who have lived through war "
            "and flight feel safe enough to learn."
        ),
        "kind": "pedagogical-approach",
        "level": "local",
        "countries": ["DK"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["teachers"],
        "themes": ["psychosocial-support", "teacher-training"],
        "learner_groups": ["refugee-asylum", "newly-arrived"],
        "stage": "prevention",
        "languages": ["en", "ar", "uk", "fa"],
        "organisation": "Aarhus Reception Class Teachers' Group",
        "funding": "regional-public",
        "year_started": 2023,
        "year_ended": None,
        "website": "https://aarhus-reception.example.org/trauma-aware",
        "contact_email": "contact@aarhus-reception.example.org",
        "evidence": "none",
        "evidence_summary": "",
        "transfer": {
            "cost": "none",
            "time": "Half a day of training and a few weeks to settle the routines.",
            "staff": (
                "Reception class teachers and assistants, with an introduction from "
                "a school or child psychologist."
            ),
            "adapt": (
                "The routines suit any class with pupils who have lived through hard "
                "experiences; agree them across the whole team so that every adult "
                "responds in the same way."
            ),
        },
        "partner": "horizons-ecole",
        "origin": "focus-group",
        "body": [
            (
                "paragraph",
                (
                    "Children who have lived through war, loss or a dangerous "
                    "journey may find it hard to concentrate, to sleep or to trust "
                    "adults. In class this can look like daydreaming, sudden anger "
                    "or refusal, and it is easily mistaken for a lack of motivation. "
                    "Teachers are not therapists, but the way a school day is "
                    "organised can either calm or unsettle a child. A group of "
                    "reception class teachers in Aarhus agreed on a small set of "
                    "trauma-aware routines and began using them in 2023, after a "
                    "short training session with a local child psychologist."
                ),
            ),
            ("heading", "Five routines"),
            (
                "paragraph",
                (
                    "Each day follows the same structure, shown with pictures on the "
                    "wall, and changes are announced in advance. Lessons begin with "
                    "a two-minute check-in in which pupils point to a colour that "
                    "shows how they feel, without having to explain. A calm corner "
                    "with cushions and headphones is available, and pupils may use "
                    "it for a few minutes without asking. Sudden loud sounds, such "
                    "as bells or announcements, are reduced where possible. Finally, "
                    "teachers agree a short, calm script for moments when a pupil is "
                    "upset, so that every adult responds in the same way."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Nothing here is new or expensive. What changed is that we "
                        "all do it the same way, every day."
                    ),
                    "A reception class teacher in the group",
                ),
            ),
            (
                "key_facts",
                [
                    ("Classes", "7 reception classes in 4 schools"),
                    ("Training", "Half a day, with a follow-up after 3 months"),
                    ("Extra cost", "None beyond staff time and a few cushions"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Train everyone together",
                        (
                            "A half-day session with a psychologist gives a shared "
                            "language; invite assistants and after-school staff too."
                        ),
                    ),
                    (
                        "Start with two routines",
                        (
                            "Begin with the visual timetable and the check-in, then "
                            "add the others."
                        ),
                    ),
                    (
                        "Know when to refer",
                        (
                            "Agree with the school psychologist which signs call for "
                            "professional help."
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "second-chance-learning-centre-early-leavers-cork",
        "title": "Second-chance learning centre for early school leavers in Cork",
        "summary": (
            "A small centre offers young people aged 16 to 20 who left school early "
            "a full-time programme of practical courses, literacy and guidance, with "
            "a training allowance, leading to recognised qualifications."
        ),
        "kind": "good-practice",
        "level": "local",
        "countries": ["IE"],
        "education_levels": ["second-chance-adult", "vocational"],
        "target_groups": ["migrant-students", "educators-trainers"],
        "themes": ["guidance-transitions", "extracurricular"],
        "learner_groups": ["roma-traveller", "interrupted-schooling"],
        "stage": "compensation",
        "languages": ["en", "ro", "pl"],
        "organisation": "Lee Valley Learning Centre",
        "funding": "esf-plus",
        "year_started": 2006,
        "year_ended": None,
        "website": "https://leevalley-learning.example.org/",
        "contact_email": "info@leevalley-learning.example.org",
        "evidence": "external-evaluation",
        "evidence_summary": (
            "An external inspection in 2022 praised the centre's relationships with "
            "learners and its guidance, and found that most learners completed at "
            "least one qualification. It recommended better tracking of where "
            "learners go afterwards."
        ),
        "transfer": {
            "cost": "high",
            "time": "At least a year to find premises, staff and accredited courses.",
            "staff": (
                "A coordinator, tutors for practical and core subjects, key workers "
                "and links to community organisations."
            ),
            "adapt": (
                "Where no training allowance exists, look for other ways to make "
                "attendance affordable, such as free meals, travel passes or paid "
                "placements."
            ),
        },
        "partner": "aula-abierta",
        "origin": "expert-board",
        "body": [
            (
                "paragraph",
                (
                    "Some young people leave school before finishing because school "
                    "never worked for them: they fell behind after moving between "
                    "countries, faced prejudice as Travellers or Roma, or had to "
                    "earn money for their family. A second-chance centre offers a "
                    "different setting. Groups are small, staff are called by their "
                    "first names, and the day mixes practical work, such as "
                    "catering, hairdressing, woodwork and digital media, with "
                    "English, maths and personal development. Learners receive a "
                    "weekly training allowance, which helps those who would "
                    "otherwise need to work."
                ),
            ),
            ("heading", "Belonging first"),
            (
                "paragraph",
                (
                    "The centre puts time into relationships before qualifications. "
                    "Each learner has a key worker who meets them every week. There "
                    "is a breakfast club, and a music and sport programme on Friday "
                    "afternoons that learners help to plan. A Traveller community "
                    "worker visits weekly, and some courses take place in a local "
                    "Traveller centre. When a learner stops coming, staff call the "
                    "same day. Only when a learner feels settled does the centre "
                    "discuss qualification goals, which range from basic "
                    "certificates to the equivalent of a full upper secondary "
                    "qualification."
                ),
            ),
            (
                "key_facts",
                [
                    ("Learners", "About 45 at any time"),
                    ("Ages", "16 to 20"),
                    ("Hours", "Full time, 9.30 am to 3.30 pm"),
                    ("Allowance", "A weekly training allowance linked to attendance"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 7 in 10",
                        (
                            "learners completed at least one recognised "
                            "qualification in 2021-22"
                        ),
                    ),
                    (
                        "About half",
                        (
                            "went on to further training or work, in the centre's "
                            "own follow-up"
                        ),
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Keep groups small",
                        (
                            "Groups of about twelve let staff notice quickly who is "
                            "struggling."
                        ),
                    ),
                    (
                        "Make it practical",
                        (
                            "Choose courses linked to local jobs and to learners' "
                            "interests."
                        ),
                    ),
                    (
                        "Work with community organisations",
                        (
                            "Invite Traveller and migrant organisations to co-run "
                            "activities."
                        ),
                    ),
                ],
            ),
        ],
        "image": (
            (
                "Illustration of young adults in aprons preparing food in a training "
                "kitchen"
            ),
            (
                "Practical courses such as catering often bring learners back to "
                "learning."
            ),
        ),
    },
    {
        "slug": "intercultural-assistants-polish-schools",
        "title": "Intercultural assistants in Polish schools",
        "summary": (
            "Schools can employ an assistant who speaks the language of newly "
            "arrived pupils to support them in class, pass messages between teachers "
            "and families, and help the school understand each pupil's situation."
        ),
        "kind": "policy",
        "level": "national",
        "countries": ["PL"],
        "education_levels": ["primary", "lower-secondary"],
        "target_groups": ["school-leaders", "policy-makers"],
        "themes": ["intercultural-inclusive", "reception-newcomers"],
        "learner_groups": ["newly-arrived", "refugee-asylum"],
        "stage": "prevention",
        "languages": ["pl", "uk", "ru", "en"],
        "organisation": "Lower Silesia Centre for Teacher Development",
        "funding": "national-public",
        "year_started": 2016,
        "year_ended": None,
        "website": "https://lower-silesia-teachers.example.org/assistants",
        "contact_email": "assistants@lower-silesia-teachers.example.org",
        "evidence": "self-evaluation",
        "evidence_summary": (
            "A regional centre surveyed schools that employ assistants. School "
            "leaders described the role as essential in the first months after a "
            "pupil arrives, but reported difficulty finding suitable candidates and "
            "little training for them."
        ),
        "transfer": {
            "cost": "medium",
            "time": (
                "Hiring can be quick; allow a term for training and for agreeing the "
                "role with teachers."
            ),
            "staff": (
                "An assistant who speaks the pupils' language and the language of "
                "schooling, and a teacher who plans with them."
            ),
            "adapt": (
                "A legal basis for employing assistants without a teaching degree "
                "helps; without it, schools can work through municipalities or NGOs."
            ),
        },
        "partner": "aula-abierta",
        "origin": "desk-research",
        "body": [
            (
                "paragraph",
                (
                    "Rules in Poland allow schools to employ an assistant for pupils "
                    "who do not yet speak Polish well enough to follow lessons, "
                    "ideally someone who speaks the pupil's own language. The number "
                    "of assistants has grown quickly in recent years, above all for "
                    "Ukrainian pupils. The assistant sits in lessons with newcomers, "
                    "explains tasks and helps them learn the school's routines. They "
                    "pass messages between teachers and families and notice when a "
                    "pupil is unhappy or absent. A regional centre for teacher "
                    "development in Lower Silesia supports schools that use the "
                    "role."
                ),
            ),
            ("heading", "Support for assistants and schools"),
            (
                "paragraph",
                (
                    "The centre runs a thirty-hour course for new assistants on the "
                    "school system, classroom support, confidentiality and working "
                    "with families. Assistants meet in a regional network once a "
                    "term to share problems and ideas. School leaders receive a "
                    "short guide on including the assistant in the school team. The "
                    "most common pitfalls are using assistants only as translators "
                    "for the whole school, giving them no time to plan with "
                    "teachers, and offering contracts so short that pupils lose a "
                    "trusted adult just when they need them."
                ),
            ),
            (
                "key_facts",
                [
                    (
                        "Employer",
                        "The school, with funding through the local authority",
                    ),
                    ("Course for assistants", "30 hours"),
                    ("Network meetings", "Once a term"),
                    ("Main languages", "Ukrainian, Russian, Belarusian and Vietnamese"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Describe the role in writing",
                        (
                            "List what the assistant does and does not do, and share "
                            "it with staff and families."
                        ),
                    ),
                    (
                        "Plan time with teachers",
                        (
                            "Set aside at least one hour a week for the assistant "
                            "and the main teachers to plan together."
                        ),
                    ),
                    (
                        "Train and connect assistants",
                        (
                            "Offer an initial course and a network where assistants "
                            "from different schools meet."
                        ),
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "About 9 in 10",
                        (
                            "school leaders in the regional survey said the "
                            "assistant was important or essential"
                        ),
                    ),
                    ("About 1 in 2", "said it was hard to find a suitable candidate"),
                ],
            ),
        ],
    },
]

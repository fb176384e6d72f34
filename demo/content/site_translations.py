"""The home page and the two listings in every language of the demo."""

SITE_TRANSLATIONS = {
    "es": {
        "home": {
            "title": "Que el alumnado migrante siga en la escuela",
            "intro": "Una colección libre y con buscador de prácticas y recursos que ayudan al alumnado migrante a seguir en la escuela y terminar sus estudios. Descubra qué han probado centros, organizaciones y administraciones de toda Europa, qué ha funcionado y cómo adaptarlo a su propio contexto.",
            "featured_heading": "Prácticas y recursos destacados",
        },
        "practices": {
            "title": "Prácticas",
            "intro": "Buenas prácticas, proyectos, políticas, metodologías y enfoques pedagógicos que ayudan al alumnado migrante a seguir en la escuela. Fíltrelas para encontrar lo que encaja con su situación.",
        },
        "resources": {
            "title": "Recursos",
            "intro": "Manuales, kits de herramientas, materiales didácticos, cursos, vídeos, estudios y herramientas de evaluación para usar en su centro.",
        },
    },
    "it": {
        "home": {
            "title": "Tenere a scuola gli studenti con background migratorio",
            "intro": "Una raccolta gratuita e consultabile di pratiche e risorse che aiutano gli studenti con background migratorio a restare a scuola e a concludere gli studi. Scopra che cosa hanno sperimentato scuole, organizzazioni e amministrazioni in tutta Europa, che cosa ha funzionato e come adattarlo alla propria realtà.",
            "featured_heading": "Pratiche e risorse in evidenza",
        },
        "practices": {
            "title": "Pratiche",
            "intro": "Buone pratiche, progetti, politiche, metodologie e approcci didattici che aiutano gli studenti con background migratorio a restare a scuola. Usi i filtri per trovare ciò che fa al caso suo.",
        },
        "resources": {
            "title": "Risorse",
            "intro": "Manuali, kit di strumenti, materiali didattici, corsi, video, studi e strumenti di valutazione da usare nella propria scuola.",
        },
    },
    "el": {
        "home": {
            "title": "Να μείνουν στο σχολείο οι μαθητές με μεταναστευτικό υπόβαθρο",
            "intro": "Μια δωρεάν συλλογή πρακτικών και υλικού, με δυνατότητα αναζήτησης, που βοηθούν τους μαθητές με μεταναστευτικό υπόβαθρο να μείνουν στο σχολείο και να ολοκληρώσουν τις σπουδές τους. Δείτε τι έχουν δοκιμάσει σχολεία, οργανισμοί και αρχές σε όλη την Ευρώπη, τι λειτούργησε και πώς να το προσαρμόσετε στο δικό σας πλαίσιο.",
            "featured_heading": "Επιλεγμένες πρακτικές και υλικό",
        },
        "practices": {
            "title": "Πρακτικές",
            "intro": "Καλές πρακτικές, έργα, πολιτικές, μεθοδολογίες και παιδαγωγικές προσεγγίσεις που βοηθούν τους μαθητές με μεταναστευτικό υπόβαθρο να μείνουν στο σχολείο. Χρησιμοποιήστε τα φίλτρα για να βρείτε ό,τι ταιριάζει στην περίπτωσή σας.",
        },
        "resources": {
            "title": "Υλικό",
            "intro": "Οδηγοί, εργαλειοθήκες, εκπαιδευτικό υλικό, σεμινάρια, βίντεο, μελέτες και εργαλεία αξιολόγησης για χρήση στο σχολείο σας.",
        },
    },
    "de": {
        "home": {
            "title": "Damit Schülerinnen und Schüler mit Migrationsgeschichte in der Schule bleiben",
            "intro": "Eine frei zugängliche, durchsuchbare Sammlung von Praxisbeispielen und Materialien, die Lernenden mit Migrationsgeschichte helfen, in der Schule zu bleiben und ihren Abschluss zu machen. Hier steht, was Schulen, Organisationen und Behörden in ganz Europa ausprobiert haben, was gewirkt hat und wie es sich auf die eigene Situation übertragen lässt.",
            "featured_heading": "Ausgewählte Praxisbeispiele und Materialien",
        },
        "practices": {
            "title": "Praxisbeispiele",
            "intro": "Gute Praxis, Projekte, politische Maßnahmen, Methoden und pädagogische Ansätze, die Lernenden mit Migrationsgeschichte helfen, in der Schule zu bleiben. Mit den Filtern lässt sich finden, was zur eigenen Situation passt.",
        },
        "resources": {
            "title": "Materialien",
            "intro": "Handbücher, Werkzeugsammlungen, Unterrichtsmaterial, Kurse, Videos, Studien und Instrumente zur Selbsteinschätzung für den Einsatz an der eigenen Schule.",
        },
    },
    "fr": {
        "home": {
            "title": "Garder les élèves issus de l’immigration à l’école",
            "intro": "Une collection libre et consultable de pratiques et de ressources qui aident les élèves issus de l’immigration à rester à l’école et à terminer leur scolarité. Découvrez ce que des écoles, des associations et des administrations de toute l’Europe ont essayé, ce qui a fonctionné et comment l’adapter à votre situation.",
            "featured_heading": "Pratiques et ressources à la une",
        },
        "practices": {
            "title": "Pratiques",
            "intro": "Bonnes pratiques, projets, politiques, méthodologies et approches pédagogiques qui aident les élèves issus de l’immigration à rester à l’école. Filtrez-les pour trouver ce qui correspond à votre situation.",
        },
        "resources": {
            "title": "Ressources",
            "intro": "Guides, boîtes à outils, supports de cours, formations, vidéos, études et outils d’évaluation à utiliser dans votre établissement.",
        },
    },
    "ar": {
        "home": {
            "title": "لكي يبقى التلاميذ المهاجرون في المدرسة",
            "intro": "مجموعة مجانية قابلة للبحث من الممارسات والموارد التي تساعد التلاميذ المهاجرين على البقاء في المدرسة وإتمام تعليمهم. اكتشفوا ما جرّبته المدارس والمنظمات والسلطات في أنحاء أوروبا، وما الذي نجح، وكيف يمكن تكييفه مع ظروفكم.",
            "featured_heading": "ممارسات وموارد مختارة",
        },
        "practices": {
            "title": "الممارسات",
            "intro": "ممارسات جيدة ومشاريع وسياسات ومنهجيات ومقاربات تربوية تساعد التلاميذ المهاجرين على البقاء في المدرسة. استخدموا عوامل التصفية للعثور على ما يناسب وضعكم.",
        },
        "resources": {
            "title": "الموارد",
            "intro": "أدلة ومجموعات أدوات ومواد تعليمية ودورات ومقاطع فيديو ودراسات وأدوات تقييم لاستخدامها في مدرستكم.",
        },
    },
}

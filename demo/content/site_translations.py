"""Translations of the site's own pages.

The home page and the practice and resource listings are translated into every
language of the demo. The listings of news, events, outputs and websites of
interest, and the "about" page, are translated into Spanish, Italian and
Arabic; in the other languages they stay aliases of the English pages until a
partner translates them.

Each text has the shape of its English original in site_pages.py or
dissemination.py; None keeps the English value (addresses, categories).
"""

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
        "news": {
            "title": "Noticias",
            "intro": "En qué ha estado trabajando el equipo del proyecto: reuniones, nuevos materiales, informes de nuestros grupos focales y cada número del boletín. Suscríbase al canal para saber cuándo se publica algo nuevo.",
        },
        "events": {
            "title": "Eventos",
            "intro": "Reuniones de los socios, eventos en los que presentamos la base de datos a docentes y equipos directivos, grupos focales y seminarios web. Primero aparecen los próximos eventos; debajo siguen disponibles los resúmenes, las presentaciones y las grabaciones de los eventos pasados.",
        },
        "outputs": {
            "title": "Resultados del proyecto",
            "intro": "Los resultados que el proyecto se ha comprometido a entregar en el marco de Erasmus+: para qué sirve cada uno, en qué punto se encuentra y, cuando esté listo, dónde conseguirlo. Todos pueden usarse libremente con una licencia abierta.",
        },
        "websites": {
            "title": "Sitios web de interés",
            "intro": "Otros lugares donde buscar ideas, datos y apoyo para que el alumnado migrante siga en la escuela. El equipo editorial ha elegido cada sitio por su utilidad práctica para los centros educativos y las familias. No somos responsables del contenido de los sitios externos.",
            "websites": [
                (
                    None,
                    "Caja de herramientas europea para los centros escolares",
                    None,
                    "Una colección de la Comisión Europea con ideas y ejemplos para abordar la inclusión y el abandono escolar temprano desde todo el centro. Un comité editorial selecciona los recursos y los ordena por ámbitos, desde la dirección del centro y la docencia hasta el apoyo al alumnado y la participación de las familias.",
                ),
                (
                    None,
                    "Herramientas de FP contra el abandono temprano (Cedefop)",
                    None,
                    "La caja de herramientas del Cedefop para centros y entidades de formación profesional. Ofrece buenas prácticas, medidas rápidas, herramientas de reflexión y planes de evaluación para detectar al alumnado en riesgo y lograr que quienes abandonaron vuelvan a formarse.",
                ),
                (
                    None,
                    "Sitio web europeo sobre integración",
                    None,
                    "El sitio de la Comisión Europea sobre la integración de las personas migrantes, con noticias, convocatorias de financiación, perfiles por país y una amplia biblioteca de prácticas de integración, muchas de ellas sobre la escuela y la juventud.",
                ),
                (
                    None,
                    "Itinerarios hacia el éxito escolar",
                    None,
                    "El marco político de la Unión Europea para mejorar los resultados escolares y reducir el abandono temprano. La página explica la Recomendación del Consejo y enlaza con el apoyo que la Comisión ofrece a los países para aplicarla.",
                ),
                (
                    None,
                    "Eurydice",
                    None,
                    "La red europea que describe cómo se organiza el sistema educativo de cada país. Sus descripciones por país y sus informes comparativos son la forma más rápida de entender un sistema escolar desconocido, incluido el modo en que acoge al alumnado recién llegado.",
                ),
                (
                    None,
                    "PISA (OCDE)",
                    None,
                    "La evaluación internacional de la OCDE al alumnado de 15 años. Sus informes comparan, en muchos países, los resultados, el bienestar y el sentimiento de pertenencia del alumnado con y sin origen migrante.",
                ),
                (
                    None,
                    "SIRIUS – Red de políticas sobre la educación de migrantes",
                    None,
                    "Una red europea de investigadores, responsables políticos, profesionales y organizaciones de migrantes que trabaja por una educación más inclusiva. Publica notas de política e informes anuales sobre la educación del alumnado migrante y refugiado.",
                ),
                (
                    None,
                    "Plataforma de resultados de proyectos Erasmus+",
                    None,
                    "El archivo público de los proyectos financiados por Erasmus+ y por los programas anteriores. Busque en él proyectos sobre inclusión y abandono escolar temprano y descargue los resultados que han publicado.",
                ),
                (
                    None,
                    "Guía de la escuela española para familias",
                    None,
                    "Una breve guía de la Fundación Aula Abierta para familias recién llegadas a España: cómo matricular a un hijo o una hija, cómo funcionan las etapas educativas, qué becas existen y a quién pedir ayuda. Disponible en ocho idiomas.",
                ),
                (
                    None,
                    "Palabras de la escuela en doce idiomas",
                    None,
                    "Un glosario ilustrado para imprimir, de Brückenschule e.V., con las palabras que las familias encuentran más a menudo en las cartas del colegio, desde la reunión de familias hasta la excursión escolar.",
                ),
            ],
        },
        "about": {
            "title": "Sobre la base de datos",
            "intro": "Qué es esta base de datos, a quién se dirige y cómo se eligen sus entradas.",
            "body": [
                (
                    "paragraph",
                    "Tenga en cuenta que las entradas que hay ahora en este sitio son contenido de muestra, redactado por el equipo del proyecto solo a modo de demostración. Las prácticas, los recursos y las organizaciones que describen son ficticios, igual que todas las direcciones web y los datos de contacto. Las entradas reales los sustituirán cuando se abra la base de datos.",
                ),
                ("heading", "Qué es la base de datos"),
                (
                    "paragraph",
                    "En la mayoría de los países europeos, el alumnado de origen migrante abandona la escuela antes de tiempo con más frecuencia que sus compañeros. Ya se hace mucho al respecto, pero el conocimiento está disperso en sitios web de proyectos, informes y la memoria de quienes participaron en ellos. Esta base de datos lo reúne en un solo lugar. Recoge buenas prácticas, proyectos, políticas, metodologías y enfoques pedagógicos, así como recursos prácticos como manuales, kits de herramientas, materiales didácticos, cursos, vídeos y herramientas de evaluación, de ámbito local, nacional, europeo e internacional.",
                ),
                ("heading", "A quién se dirige"),
                (
                    "paragraph",
                    "La base de datos está pensada para las personas que pueden cambiar el rumbo de un estudiante: docentes, equipos directivos, educadores y formadores, pero también responsables políticos, organizaciones comunitarias y familias. Cada entrada describe con un lenguaje sencillo qué se hizo, para quién, qué pruebas hay de que funciona y qué tendría que adaptar otro centro u organización para aplicarlo. Puede filtrar las entradas por etapa educativa, tema, destinatarios, grupo de alumnado, país y fase del abandono escolar que abordan.",
                ),
                ("heading", "Cómo se seleccionan las entradas"),
                (
                    "paragraph",
                    "Las entradas proceden de varias fuentes: proyectos anteriores de las organizaciones socias, recomendaciones del comité de expertos del proyecto, grupos focales con docentes, alumnado y familias, aportaciones de otras partes interesadas e investigación documental. Una persona de una organización socia redacta o revisa cada entrada, y el equipo coordinador la revisa antes de publicarla.",
                ),
                (
                    "steps",
                    [
                        (
                            "Pertinencia",
                            "La entrada ayuda a prevenir el abandono escolar temprano del alumnado migrante o a que vuelva a estudiar.",
                        ),
                        (
                            "Claridad",
                            "Está descrita con el detalle suficiente para que otra persona la entienda y la reutilice.",
                        ),
                        (
                            "Honestidad sobre las pruebas",
                            "Indicamos qué tipo de evaluación existe, también cuando todavía no hay ninguna.",
                        ),
                        (
                            "Transferibilidad",
                            "Decimos cuánto cuesta, cuánto tiempo lleva y qué hay que cambiar para usarla en otro lugar.",
                        ),
                    ],
                ),
                ("heading", "Proponga una entrada"),
                (
                    "paragraph",
                    "¿Conoce una práctica o un recurso que debería estar aquí, quizá uno propio? Nos gustaría conocerlo. Rellene el formulario «Sugerir una práctica», al que se llega desde el enlace que hay al pie de cada página: indíquenos el nombre de la práctica, qué hace y para quién, el país donde se lleva a cabo y una página web, si la tiene. No necesita una cuenta y recibirá una confirmación por correo electrónico. El equipo del proyecto lee todas las sugerencias y puede escribirle para hacerle alguna pregunta; si la sugerencia se convierte en una entrada, le pediremos que revise el texto antes de publicarlo. Si no puede usar el formulario, escriba a database@inclusive-schools.example.org.",
                ),
            ],
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
        "news": {
            "title": "Notizie",
            "intro": "Le attività del gruppo di progetto: incontri, nuovi materiali, resoconti dei nostri focus group e ogni numero della newsletter. Si iscriva al feed per sapere quando viene pubblicato qualcosa di nuovo.",
        },
        "events": {
            "title": "Eventi",
            "intro": "Incontri del partenariato, eventi in cui presentiamo la banca dati a docenti e dirigenti scolastici, focus group e webinar. In cima trova gli eventi in programma; più sotto restano disponibili sintesi, presentazioni e registrazioni degli eventi passati.",
        },
        "outputs": {
            "title": "Risultati del progetto",
            "intro": "I risultati che il progetto si è impegnato a realizzare nell'ambito di Erasmus+: a che cosa serve ciascuno, a che punto è e, quando è pronto, dove trovarlo. Tutti sono liberamente utilizzabili con una licenza aperta.",
        },
        "websites": {
            "title": "Siti di interesse",
            "intro": "Altri luoghi in cui cercare idee, dati e sostegno per tenere a scuola gli studenti con background migratorio. La redazione ha scelto ogni sito per la sua utilità pratica per scuole e famiglie. Non siamo responsabili dei contenuti dei siti esterni.",
            "websites": [
                (
                    None,
                    "Toolkit europeo per le scuole",
                    None,
                    "Una raccolta della Commissione europea di idee ed esempi per affrontare l'inclusione e l'abbandono scolastico precoce coinvolgendo tutta la scuola. Un comitato editoriale seleziona le risorse e le ordina per ambito, dalla gestione della scuola e dall'insegnamento fino al sostegno agli studenti e al coinvolgimento dei genitori.",
                ),
                (
                    None,
                    "Toolkit IFP per contrastare l'abbandono precoce (Cedefop)",
                    None,
                    "Il toolkit del Cedefop per le scuole e gli enti di istruzione e formazione professionale. Offre buone pratiche, soluzioni rapide, strumenti di riflessione e piani di valutazione per individuare gli studenti a rischio e riportare in formazione chi ha abbandonato.",
                ),
                (
                    None,
                    "Sito web europeo sull'integrazione",
                    None,
                    "Il sito della Commissione europea sull'integrazione dei migranti, con notizie, bandi di finanziamento, schede per paese e un'ampia raccolta di pratiche di integrazione, molte delle quali dedicate alla scuola e ai giovani.",
                ),
                (
                    None,
                    "Percorsi per il successo scolastico",
                    None,
                    "Il quadro politico dell'Unione europea per migliorare i risultati scolastici e ridurre l'abbandono precoce. La pagina illustra la Raccomandazione del Consiglio e rimanda al sostegno che la Commissione offre ai paesi per attuarla.",
                ),
                (
                    None,
                    "Eurydice",
                    None,
                    "La rete europea che descrive come è organizzato il sistema educativo di ogni paese. Le schede nazionali e i rapporti comparativi sono il modo più rapido per capire un sistema scolastico che non si conosce, compreso il modo in cui accoglie gli alunni appena arrivati.",
                ),
                (
                    None,
                    "OCSE PISA",
                    None,
                    "L'indagine internazionale dell'OCSE sui quindicenni. I suoi rapporti confrontano, in molti paesi, i risultati, il benessere e il senso di appartenenza degli studenti con e senza background migratorio.",
                ),
                (
                    None,
                    "SIRIUS – Rete europea per le politiche sull'istruzione dei migranti",
                    None,
                    "Una rete europea di ricercatori, decisori politici, operatori e organizzazioni di migranti che lavora per un'istruzione più inclusiva. Pubblica documenti di indirizzo e rapporti annuali sull'istruzione degli alunni migranti e rifugiati.",
                ),
                (
                    None,
                    "Piattaforma dei risultati dei progetti Erasmus+",
                    None,
                    "L'archivio pubblico dei progetti finanziati da Erasmus+ e dai programmi che lo hanno preceduto. Vi si possono cercare progetti su inclusione e abbandono scolastico precoce e scaricare i risultati che hanno pubblicato.",
                ),
                (
                    None,
                    "Guida alla scuola spagnola per le famiglie",
                    None,
                    "Una breve guida della Fundación Aula Abierta per i genitori appena arrivati in Spagna: come iscrivere un figlio a scuola, come funzionano i cicli scolastici, quali borse di studio esistono e a chi chiedere aiuto. Disponibile in otto lingue.",
                ),
                (
                    None,
                    "Le parole della scuola in dodici lingue",
                    None,
                    "Un glossario illustrato da stampare, a cura di Brückenschule e.V., con le parole che le famiglie incontrano più spesso nelle comunicazioni della scuola, dal colloquio con i genitori alla gita scolastica.",
                ),
            ],
        },
        "about": {
            "title": "Informazioni sulla banca dati",
            "intro": "Che cos'è questa banca dati, a chi si rivolge e come vengono scelte le sue schede.",
            "body": [
                (
                    "paragraph",
                    "Attenzione: le schede attualmente presenti su questo sito sono contenuti di esempio, scritti dal gruppo di progetto solo a scopo dimostrativo. Le pratiche, le risorse e le organizzazioni che descrivono sono fittizie, come tutti gli indirizzi web e i recapiti. Saranno sostituite da schede reali quando la banca dati verrà aperta.",
                ),
                ("heading", "Che cos'è la banca dati"),
                (
                    "paragraph",
                    "Nella maggior parte dei paesi europei gli studenti con background migratorio lasciano la scuola precocemente più spesso dei loro compagni. Molto si sta già facendo, ma le conoscenze sono sparse tra siti di progetto, rapporti e la memoria delle persone coinvolte. Questa banca dati le riunisce in un unico luogo. Raccoglie buone pratiche, progetti, politiche, metodologie e approcci didattici, oltre a risorse pratiche come manuali, kit di strumenti, materiali didattici, corsi, video e strumenti di valutazione, a livello locale, nazionale, europeo e internazionale.",
                ),
                ("heading", "A chi si rivolge"),
                (
                    "paragraph",
                    "La banca dati è scritta per le persone che possono cambiare il percorso di uno studente: insegnanti, dirigenti scolastici, educatori e formatori, ma anche decisori politici, organizzazioni del territorio e famiglie. Ogni scheda descrive con parole semplici che cosa è stato fatto, per chi, quali prove ci sono della sua efficacia e che cosa dovrebbe adattare un'altra scuola o organizzazione per riprenderla. Può filtrare le schede per livello di istruzione, tema, destinatari, gruppo di studenti, paese e fase dell'abbandono scolastico che affrontano.",
                ),
                ("heading", "Come vengono selezionate le schede"),
                (
                    "paragraph",
                    "Le schede provengono da diverse fonti: progetti precedenti delle organizzazioni partner, raccomandazioni del comitato di esperti del progetto, focus group con insegnanti, studenti e famiglie, contributi di altri soggetti interessati e ricerca documentale. Un redattore di un'organizzazione partner scrive o verifica ogni scheda, e il gruppo di coordinamento la rivede prima della pubblicazione.",
                ),
                (
                    "steps",
                    [
                        (
                            "Pertinenza",
                            "La scheda aiuta a prevenire l'abbandono scolastico precoce degli studenti con background migratorio o a farli rientrare nell'istruzione.",
                        ),
                        (
                            "Chiarezza",
                            "È descritta abbastanza bene perché altri possano capirla e riutilizzarla.",
                        ),
                        (
                            "Onestà sulle prove",
                            "Indichiamo quale tipo di valutazione esiste, anche quando non ce n'è ancora nessuna.",
                        ),
                        (
                            "Trasferibilità",
                            "Diciamo quanto costa, quanto tempo richiede e che cosa va cambiato per usarla altrove.",
                        ),
                    ],
                ),
                ("heading", "Segnali una scheda"),
                (
                    "paragraph",
                    "Conosce una pratica o una risorsa che dovrebbe essere qui, magari una sua? Ci farebbe piacere saperlo. Compili il modulo «Segnala una pratica», raggiungibile dal link in fondo a ogni pagina: ci indichi il nome della pratica, che cosa fa e per chi, il paese in cui si svolge e un sito web, se c'è. Non serve un account e riceverà una conferma per email. Il gruppo di progetto legge ogni segnalazione e potrebbe scriverle per farle qualche domanda; se la segnalazione diventa una scheda, le chiederemo di controllare il testo prima della pubblicazione. Se non può usare il modulo, scriva a database@inclusive-schools.example.org.",
                ),
            ],
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
        "news": {
            "title": "الأخبار",
            "intro": "ما يعمل عليه فريق المشروع: الاجتماعات والمواد الجديدة وتقارير مجموعات النقاش المركّزة وكل عدد من النشرة الإخبارية. اشتركوا في الموجز لتعرفوا متى يُنشر شيء جديد.",
        },
        "events": {
            "title": "الفعاليات",
            "intro": "اجتماعات الشركاء، وفعاليات نعرّف فيها المعلمين ومديري المدارس بقاعدة البيانات، ومجموعات نقاش مركّزة، وندوات عبر الإنترنت. تظهر الفعاليات القادمة أولاً، وتبقى تحتها ملخصات الفعاليات السابقة وعروضها وتسجيلاتها متاحة.",
        },
        "outputs": {
            "title": "مخرجات المشروع",
            "intro": "النتائج التي التزم المشروع بتقديمها في إطار برنامج إيراسموس+: الغرض من كل منها، والمرحلة التي بلغها، ومن أين يمكن الحصول عليه عندما يصبح جاهزاً. جميع المخرجات متاحة للاستخدام مجاناً بموجب ترخيص مفتوح.",
        },
        "websites": {
            "title": "مواقع مفيدة",
            "intro": "أماكن أخرى للبحث عن أفكار وأدلة ودعم لإبقاء التلاميذ المهاجرين في المدرسة. اختار فريق التحرير كل موقع لفائدته العملية للمدارس والأسر. لسنا مسؤولين عن محتوى المواقع الخارجية.",
            "websites": [
                (
                    None,
                    "مجموعة الأدوات الأوروبية للمدارس",
                    None,
                    "مجموعة من الأفكار والأمثلة أعدّتها المفوضية الأوروبية لمعالجة الإدماج والانقطاع المبكر عن الدراسة بمقاربة تشمل المدرسة كلها. تختار هيئة تحرير الموارد وترتّبها حسب المجال، من إدارة المدرسة والتدريس إلى دعم المتعلمين وإشراك الأهل.",
                ),
                (
                    None,
                    "أدوات التعليم والتدريب المهني لمكافحة الانقطاع المبكر (Cedefop)",
                    None,
                    "مجموعة أدوات من المركز الأوروبي لتطوير التدريب المهني (Cedefop) موجّهة إلى مدارس ومؤسسات التعليم والتدريب المهني. تقدّم ممارسات جيدة وحلولاً سريعة وأدوات للتأمل وخطط تقييم لاكتشاف المتعلمين المعرّضين للخطر وإعادة المنقطعين إلى التدريب.",
                ),
                (
                    None,
                    "الموقع الأوروبي للاندماج",
                    None,
                    "موقع المفوضية الأوروبية حول اندماج المهاجرين، وفيه أخبار ودعوات للتمويل ولمحات عن البلدان ومكتبة واسعة من ممارسات الاندماج، يتعلق كثير منها بالمدرسة والشباب.",
                ),
                (
                    None,
                    "مسارات النجاح المدرسي",
                    None,
                    "إطار الاتحاد الأوروبي لتحسين النتائج المدرسية والحدّ من الانقطاع المبكر. تشرح الصفحة توصية المجلس وتحيل إلى الدعم الذي تقدّمه المفوضية للدول من أجل تطبيقها.",
                ),
                (
                    None,
                    "يوريديس (Eurydice)",
                    None,
                    "الشبكة الأوروبية التي تصف طريقة تنظيم النظام التعليمي في كل بلد. أوصافها القُطرية وتقاريرها المقارنة هي أسرع طريقة لفهم نظام مدرسي لا تعرفونه، بما في ذلك طريقة استقباله للتلاميذ الوافدين حديثاً.",
                ),
                (
                    None,
                    "برنامج PISA لمنظمة التعاون الاقتصادي والتنمية",
                    None,
                    "التقييم الدولي الذي تجريه منظمة التعاون الاقتصادي والتنمية للطلاب في سن الخامسة عشرة. تقارن تقاريره في بلدان كثيرة نتائج الطلاب ورفاههم وشعورهم بالانتماء، بين من لهم خلفية مهاجرة ومن ليست لهم.",
                ),
                (
                    None,
                    "SIRIUS – شبكة السياسات الخاصة بتعليم المهاجرين",
                    None,
                    "شبكة أوروبية من الباحثين وصانعي السياسات والممارسين ومنظمات المهاجرين تعمل من أجل تعليم أكثر شمولاً. تنشر موجزات سياسات وتقارير سنوية عن تعليم التلاميذ المهاجرين واللاجئين.",
                ),
                (
                    None,
                    "منصة نتائج مشاريع إيراسموس+",
                    None,
                    "الأرشيف العام للمشاريع التي موّلها برنامج إيراسموس+ والبرامج التي سبقته. ابحثوا فيه عن مشاريع حول الإدماج والانقطاع المبكر عن الدراسة، ونزّلوا النتائج التي نشرتها.",
                ),
                (
                    None,
                    "دليل المدارس الإسبانية للأسر",
                    None,
                    "دليل قصير من Fundación Aula Abierta للأهل الوافدين حديثاً إلى إسبانيا: كيف يُسجَّل الطفل في المدرسة، وكيف تسير المراحل الدراسية، وما المنح المتاحة، وممّن يُطلب العون. متوفر بثماني لغات.",
                ),
                (
                    None,
                    "كلمات المدرسة باثنتي عشرة لغة",
                    None,
                    "معجم مصوّر قابل للطباعة من إعداد Brückenschule e.V.، يضم الكلمات التي تصادفها الأسر أكثر من غيرها في رسائل المدرسة، من اجتماع أولياء الأمور إلى الرحلة المدرسية.",
                ),
            ],
        },
        "about": {
            "title": "عن قاعدة البيانات",
            "intro": "ما هي قاعدة البيانات هذه، ولمن هي موجّهة، وكيف تُختار مداخلها.",
            "body": [
                (
                    "paragraph",
                    "يُرجى الانتباه: المداخل الموجودة حالياً على هذا الموقع محتوى تجريبي كتبه فريق المشروع لأغراض العرض فقط. الممارسات والموارد والمنظمات التي تصفها وهمية، وكذلك جميع عناوين المواقع الإلكترونية وبيانات الاتصال. ستحلّ محلّها مداخل حقيقية عند افتتاح قاعدة البيانات.",
                ),
                ("heading", "ما هي قاعدة البيانات"),
                (
                    "paragraph",
                    "في معظم البلدان الأوروبية، يترك التلاميذ ذوو الخلفية المهاجرة المدرسة مبكراً أكثر من زملائهم. يُبذل الكثير بالفعل لمواجهة ذلك، لكن المعرفة موزعة بين مواقع المشاريع والتقارير وذاكرة الأشخاص الذين شاركوا فيها. تجمع قاعدة البيانات هذه المعرفة في مكان واحد، فهي تضم ممارسات جيدة ومشاريع وسياسات ومنهجيات ومقاربات تربوية، إلى جانب موارد عملية مثل الأدلة ومجموعات الأدوات والمواد التعليمية والدورات ومقاطع الفيديو وأدوات التقييم، على المستوى المحلي والوطني والأوروبي والدولي.",
                ),
                ("heading", "لمن هي موجّهة"),
                (
                    "paragraph",
                    "كُتبت قاعدة البيانات للأشخاص القادرين على إحداث فرق في مسار التلميذ: المعلمين ومديري المدارس والمربّين والمدرّبين، وكذلك صانعي السياسات والمنظمات المجتمعية والأسر. يصف كل مدخل بلغة بسيطة ما الذي أُنجز، ولمن، وما الأدلة على نجاحه، وما الذي تحتاج إليه مدرسة أو منظمة أخرى لتكييفه. يمكنكم تصفية المداخل حسب المرحلة التعليمية والموضوع والفئة المستهدفة وفئة المتعلمين والبلد ومرحلة الانقطاع المبكر التي تعالجها.",
                ),
                ("heading", "كيف تُختار المداخل"),
                (
                    "paragraph",
                    "تأتي المداخل من مصادر عدة: مشاريع سابقة للمنظمات الشريكة، وتوصيات مجلس الخبراء في المشروع، ومجموعات نقاش مركّزة مع المعلمين والتلاميذ والأسر، ومساهمات من الجهات المعنية، والبحث المكتبي. يكتب محرر من إحدى المنظمات الشريكة كل مدخل أو يراجعه، ثم يراجعه فريق التنسيق قبل نشره.",
                ),
                (
                    "steps",
                    [
                        (
                            "الصلة بالموضوع",
                            "يساعد المدخل على منع الانقطاع المبكر للتلاميذ المهاجرين عن الدراسة، أو على عودتهم إلى التعليم.",
                        ),
                        (
                            "الوضوح",
                            "وُصف بما يكفي ليفهمه شخص آخر ويعيد استخدامه.",
                        ),
                        (
                            "الصدق بشأن الأدلة",
                            "نذكر نوع التقييم الموجود، حتى عندما لا يوجد أي تقييم بعد.",
                        ),
                        (
                            "قابلية النقل",
                            "نوضح كلفته والوقت الذي يستغرقه وما يجب تغييره لاستخدامه في مكان آخر.",
                        ),
                    ],
                ),
                ("heading", "اقترحوا مدخلاً"),
                (
                    "paragraph",
                    "هل تعرفون ممارسة أو مورداً مكانه هنا، وربما يكون من عملكم؟ يسعدنا أن نسمع عنه. املؤوا استمارة «اقترح ممارسة» التي تجدون رابطها في أسفل كل صفحة: أخبرونا باسم الممارسة، وما الذي تفعله ولمن، والبلد الذي تُطبَّق فيه، وموقعها الإلكتروني إن وُجد. لا تحتاجون إلى حساب، وستصلكم رسالة تأكيد بالبريد الإلكتروني. يقرأ فريق المشروع كل اقتراح وقد يراسلكم ببعض الأسئلة، وإذا أصبح الاقتراح مدخلاً في قاعدة البيانات فسنطلب منكم مراجعة النص قبل نشره. إذا تعذّر عليكم استخدام الاستمارة، فاكتبوا إلى database@inclusive-schools.example.org.",
                ),
            ],
        },
    },
}

"""Italian translations of selected demo practices and resources."""

TRANSLATIONS = {
    "buddy-reading-circles-valencia-primary": {
        "title": "Circoli di lettura in coppia per neoarrivati nelle scuole primarie di Valencia",
        "summary": "Gli alunni più grandi leggono con i bambini più piccoli appena arrivati, due volte a settimana in orario scolastico, perché la lettura in spagnolo cresca insieme alle lingue che i neoarrivati già parlano.",
        "evidence_summary": "Gli insegnanti hanno confrontato semplici verifiche di lettura all'inizio e alla fine di tre anni scolastici. La maggior parte dei neoarrivati coinvolti nei circoli è salita di almeno un livello di lettura, e gli insegnanti di classe hanno notato che gli alunni più silenziosi intervenivano di più durante le lezioni.",
        "transfer": {
            "time": "Un trimestre di preparazione; due incontri di 30 minuti a settimana in orario scolastico.",
            "staff": "Un insegnante coordinatore con circa due ore a settimana, uno scaffale di semplici albi illustrati e il consenso delle famiglie dei lettori più grandi.",
            "adapt": "Prima di formare le coppie, fare una mappa delle lingue parlate a casa dagli alunni della scuola. Se nessun alunno più grande condivide la lingua di un neoarrivato, abbinare i bambini in base agli interessi e iniziare con albi illustrati senza parole.",
        },
        "body": [
            (
                "paragraph",
                "In ogni circolo, un alunno degli ultimi due anni della scuola primaria viene abbinato a un bambino più piccolo arrivato in Spagna negli ultimi due anni. Due volte a settimana, per mezz'ora, la coppia legge insieme in un angolo tranquillo della biblioteca scolastica. Quando possibile, il lettore più grande parla la stessa lingua di casa del più piccolo e può spiegargli in quella lingua una parola o una battuta, ma il libro è in spagnolo. Gli insegnanti di classe scelgono i libri insieme al bibliotecario, in modo che si colleghino agli argomenti che la classe sta affrontando in quel trimestre.",
            ),
            (
                "key_facts",
                [
                    (
                        "Partecipanti",
                        "Circa 60 coppie di lettura all'anno in quattro scuole",
                    ),
                    ("Frequenza", "Due incontri di 30 minuti a settimana"),
                    ("Età", "Lettori dai 10 ai 12 anni; neoarrivati dai 6 ai 9 anni"),
                    ("Attivo dal", "2016"),
                ],
            ),
            ("heading", "Perché le coppie sono importanti"),
            (
                "paragraph",
                "Spesso i neoarrivati restano in silenzio in classe per mesi, mentre ascoltano e cercano di decifrare la nuova lingua. Un compagno di lettura offre uno spazio più sicuro per provare le parole con qualcuno che ha vissuto la stessa esperienza e che non riderà di un errore. Gli alunni più grandi, molti dei quali sono a loro volta figli di migranti, prendono il ruolo sul serio e spesso migliorano la propria lettura e la fiducia in sé stessi. Ogni trimestre le famiglie sono invitate a un pomeriggio di lettura, in cui le coppie leggono ad alta voce e i genitori possono prendere in prestito libri nelle proprie lingue da un piccolo scaffale che la scuola tiene apposta per loro.",
            ),
            (
                "steps",
                [
                    (
                        "Mappare le lingue",
                        "Elencare le lingue parlate a casa dagli alunni della scuola e individuare gli alunni più grandi che le parlano, con il consenso delle loro famiglie.",
                    ),
                    (
                        "Formare i lettori",
                        "Organizzare due brevi incontri su come ascoltare, lodare l'impegno e fare domande sulle immagini invece di correggere ogni parola.",
                    ),
                    (
                        "Proteggere il tempo",
                        "Inserire i circoli nell'orario scolastico, così che nessun bambino li perda per problemi di trasporto o per impegni di cura dopo la scuola.",
                    ),
                    (
                        "Festeggiare le coppie",
                        "Organizzare un pomeriggio di lettura ogni trimestre e consegnare ai lettori più grandi un attestato da portare con sé alla scuola secondaria.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "7 su 10",
                        "neoarrivati dei circoli sono saliti di almeno un livello di lettura entro un anno scolastico, secondo le verifiche interne delle scuole",
                    ),
                    (
                        "Circa 45",
                        "alunni più grandi formati ogni anno come compagni di lettura",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "All'inizio indicava solo le figure. In primavera mi leggeva i dialoghi con due voci diverse.",
                    "Un compagno di lettura di sesta classe",
                ),
            ),
        ],
        "image": (
            "Illustrazione di due bambini che sfogliano insieme un albo illustrato, seduti su dei cuscini nella biblioteca della scuola",
            "Le coppie di lettura si incontrano due volte a settimana nella biblioteca della scuola.",
        ),
    },
    "bilingual-teaching-assistants-lisbon-secondary": {
        "title": "Assistenti didattici bilingui nelle scuole secondarie di primo grado di Lisbona",
        "summary": "Assistenti che parlano la stessa lingua degli alunni neoarrivati affiancano gli insegnanti di matematica, scienze e storia, così che i neoarrivati continuino ad apprendere i contenuti mentre il loro portoghese si sviluppa.",
        "evidence_summary": "Un gruppo universitario ha valutato gli ultimi due anni. I neoarrivati seguiti da un assistente hanno superato nel primo anno un numero leggermente maggiore di materie rispetto ai neoarrivati di scuole simili, e la maggior parte degli insegnanti ha apprezzato la co-docenza. I valutatori hanno sottolineato che i risultati dipendevano dal tempo dedicato alla programmazione condivisa.",
        "transfer": {
            "time": "Sei mesi per reclutare e formare gli assistenti; ciascuno lavora a scuola dalle 20 alle 25 ore a settimana.",
            "staff": "Assistenti che parlino correntemente il portoghese e una delle principali lingue d'origine, un insegnante referente in ogni scuola e uno spazio settimanale per la programmazione.",
            "adapt": "Scegliere ogni anno le lingue in base ai dati sulle iscrizioni. Se una lingua è poco diffusa, un assistente può essere condiviso tra più scuole oppure partecipare alle lezioni a distanza per brevi periodi.",
        },
        "body": [
            (
                "paragraph",
                "Gli alunni che arrivano in Portogallo a 12 o 13 anni spesso trascorrono il primo anno capendo ben poco di ciò che succede nelle lezioni di matematica o di scienze. Il progetto ha inserito assistenti bilingui in sei scuole secondarie di primo grado. Gli assistenti parlano portoghese e almeno una delle lingue più diffuse tra i nuovi arrivati della zona, tra cui ucraino, urdu, nepalese e bengalese. Non tengono lezioni separate: si siedono con piccoli gruppi nella classe normale, spiegano le parole chiave, traducono le consegne e aiutano gli alunni a mostrare ciò che già sanno grazie alla scuola frequentata nel loro paese d'origine.",
            ),
            (
                "key_facts",
                [
                    ("Scuole", "6 scuole secondarie di primo grado"),
                    ("Assistenti", "9, con un orario di 20-25 ore a settimana"),
                    ("Alunni seguiti", "Circa 240 in quattro anni"),
                    ("Durata", "Dal 2019 al 2023"),
                ],
            ),
            ("heading", "Una settimana tipo"),
            (
                "paragraph",
                "Il lunedì l'assistente incontra per trenta minuti gli insegnanti delle varie materie per esaminare gli argomenti della settimana e individuare le parole e i concetti che i neoarrivati troveranno più difficili. Durante le lezioni l'assistente si sposta tra i gruppi e spesso prepara un breve glossario bilingue che gli alunni conservano nelle loro cartelline. Una volta a settimana l'assistente partecipa anche a un incontro con le famiglie che hanno bisogno di aiuto per capire pagelle, scelte di indirizzo o regolamenti. Secondo gli insegnanti, il cambiamento più grande è stato poter finalmente capire se un alunno silenzioso non comprendeva la matematica o soltanto il portoghese.",
            ),
            (
                "outcomes",
                [
                    (
                        "+1",
                        "materia superata in media nel primo anno, rispetto ai neoarrivati di scuole simili",
                    ),
                    (
                        "Circa l'85%",
                        "degli insegnanti coinvolti voleva continuare a lavorare con un assistente",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Leggere i dati sulle iscrizioni",
                        "Verificare quali lingue parlano i nuovi arrivati e quanti alunni ci sono in ogni scuola.",
                    ),
                    (
                        "Reclutare nella comunità",
                        "Cercare laureati bilingui, futuri insegnanti in formazione o genitori con esperienza, e verificare il loro livello di portoghese e la loro conoscenza della materia.",
                    ),
                    (
                        "Programmare insieme",
                        "Dare a ogni insegnante e al suo assistente uno spazio settimanale fisso per preparare le lezioni, altrimenti il modello si riduce a una semplice traduzione.",
                    ),
                    (
                        "Ridurre il supporto gradualmente",
                        "Diminuire passo dopo passo il supporto a ciascun alunno man mano che il suo portoghese migliora, perché non diventi dipendente da un solo adulto.",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Sintesi della valutazione esterna",
                        "https://escolas-abertas.example.org/assistants/evaluation",
                    ),
                    (
                        "Profilo professionale degli assistenti bilingui",
                        "https://escolas-abertas.example.org/assistants/job-profile",
                    ),
                ],
            ),
        ],
    },
    "absence-early-warning-dashboard-palermo": {
        "title": "Un cruscotto di allerta precoce sulle assenze nelle scuole secondarie di Palermo",
        "summary": "Un cruscotto condiviso segnala gli alunni la cui frequenza, i cui voti o il cui comportamento iniziano a peggiorare, e un membro del personale designato interviene entro una settimana, con un mediatore culturale quando la famiglia ne ha bisogno.",
        "evidence_summary": "Uno studio triennale di un istituto di ricerca regionale ha seguito circa 1.900 alunni. Nelle scuole che usavano il cruscotto gli alunni con lunghe assenze ingiustificate erano meno numerosi che in scuole comparabili, anche se gli autori osservano che quelle scuole avevano anche aggiunto personale dedicato al follow-up, per cui è difficile isolare l'effetto del solo cruscotto.",
        "transfer": {
            "time": "Un trimestre per concordare i segnali e predisporre lo strumento; da una a due ore a settimana per scuola per esaminare le segnalazioni.",
            "staff": "Un docente o un amministrativo a proprio agio con i dati, un coordinatore per il follow-up, l'accesso a mediatori culturali e un chiaro accordo sulla protezione dei dati.",
            "adapt": "Partire dai dati che la scuola già registra. Concordare le soglie a livello locale e mantenere breve l'elenco delle segnalazioni, così che ognuna riceva una risposta da una persona.",
        },
        "body": [
            (
                "paragraph",
                "Le scuole possiedono già gran parte delle informazioni che indicano che un alunno si sta allontanando: registri delle presenze, voti e note disciplinari. Il problema è che questi dati si trovano in luoghi diversi e li vedono persone diverse. La rete di Palermo ha riunito tre segnali in un unico cruscotto semplice, che il gruppo di supporto della scuola esamina ogni settimana. Lo strumento in sé è modesto e si basa sul software del registro già in uso nella scuola. Ciò che lo fa funzionare è la regola per cui ogni alunno segnalato viene discusso e un adulto designato si assume la responsabilità del passo successivo.",
            ),
            ("heading", "Tre segnali, una sola risposta"),
            (
                "paragraph",
                "Un alunno viene segnalato quando in un mese perde più di un giorno su dieci, quando i suoi voti calano in due o più materie o quando riceve ripetute note disciplinari. Gli alunni con un solo segnale compaiono in giallo, quelli con due o più in rosso. Nella riunione settimanale il gruppo decide chi parlerà con l'alunno e chi contatterà la famiglia. Per le famiglie che stanno ancora imparando l'italiano la scuola si rivolge a un mediatore culturale, e il primo contatto è una conversazione, non una lettera di richiamo.",
            ),
            (
                "key_facts",
                [
                    ("Scuole", "8 scuole secondarie di primo e secondo grado"),
                    ("Alunni coinvolti", "Circa 5.200"),
                    ("Riunione di verifica", "Settimanale, circa 20 minuti"),
                    ("Follow-up", "Entro cinque giorni di scuola dalla segnalazione"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa il 15% in meno",
                        "di alunni con più di 20 giorni di assenze ingiustificate rispetto a scuole comparabili, secondo lo studio",
                    ),
                    (
                        "3 su 4",
                        "segnalazioni hanno portato a un colloquio con la famiglia entro una settimana",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Elencare ciò che si registra già",
                        "Verificare quali dati su frequenza, voti e comportamento sono disponibili e affidabili prima di costruire qualcosa di nuovo.",
                    ),
                    (
                        "Concordare soglie semplici",
                        "Decidere insieme che cosa conta come segnale d'allarme e rivedere le soglie dopo il primo trimestre.",
                    ),
                    (
                        "Assegnare una persona a ogni segnalazione",
                        "Fare in modo che ogni alunno segnalato abbia un adulto responsabile del follow-up, con una data precisa.",
                    ),
                    (
                        "Raggiungere le famiglie nella loro lingua",
                        "Prevedere fin dall'inizio mediatori o interpreti e fare in modo che il primo contatto sia di sostegno.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Lo schermo non tiene nessuno a scuola. Fa solo in modo che nessuno si allontani senza che un adulto se ne accorga.",
                    "Un vicepreside di Palermo",
                ),
            ),
        ],
        "image": (
            "Illustrazione di un insegnante che guarda su un portatile un semplice grafico della frequenza settimanale",
            "Il cruscotto riunisce frequenza, voti e note disciplinari.",
        ),
    },
    "parent-cafes-interpreters-athens-primary": {
        "title": "Caffè dei genitori con interpreti nelle scuole primarie di Atene",
        "summary": "Ogni mese, di mattina, un caffè nell'aula magna della scuola, con interpreti di arabo, farsi e curdo, dove i genitori rifugiati incontrano gli insegnanti in modo informale, fanno domande sulla vita scolastica e raccolgono idee per sostenere l'apprendimento a casa.",
        "evidence_summary": "Dopo ogni caffè i genitori compilano brevi schede di valutazione basate su immagini, e alla fine di ogni anno si tiene una discussione di gruppo. I genitori dichiarano di capire meglio le regole della scuola e le pagelle, e le scuole hanno registrato un aumento dei genitori presenti ai colloqui individuali con gli insegnanti.",
        "transfer": {
            "time": "Due mesi per l'avvio; un caffè di 90 minuti al mese.",
            "staff": "Un coordinatore della scuola o di un'associazione locale, due o tre interpreti per incontro, una sala accogliente, caffè e qualcosa da mangiare.",
            "adapt": "Chiedere ai genitori quali orari e argomenti preferiscono ed evitare di trasformare il caffè in una lezione frontale. Reclutare interpreti di cui la comunità si fida, idealmente genitori che abbiano ricevuto una formazione.",
        },
        "body": [
            (
                "paragraph",
                "Molti genitori rifugiati del centro di Atene vogliono partecipare alla vita scolastica dei figli, ma trovano la scuola difficile da avvicinare. Le comunicazioni arrivano in greco, le riunioni si svolgono in orari che coincidono con il lavoro e non è facile fare una semplice domanda allo sportello della segreteria. I caffè dei genitori sono nati quando un forum locale dei genitori e due scuole primarie hanno chiesto alle famiglie che cosa sarebbe stato utile. La risposta è stata semplice: un incontro regolare e rilassato a scuola, con qualcuno che parli la loro lingua.",
            ),
            ("heading", "Che cosa succede a un caffè"),
            (
                "paragraph",
                "Ogni incontro si apre con un caffè e qualche chiacchiera informale, mentre gli interpreti passano da un tavolo all'altro. Dopo mezz'ora un insegnante o il dirigente scolastico tiene un breve intervento su un tema scelto dai genitori, per esempio come funzionano le pagelle, che cosa succede al momento dell'iscrizione alla scuola dell'infanzia o come aiutare nella lettura senza parlare greco. Poi i genitori fanno domande in piccoli gruppi. A volte i bambini della scuola dell'infanzia e delle prime classi si uniscono per l'ultima parte e mostrano ai genitori ciò che hanno realizzato in classe.",
            ),
            (
                "steps",
                [
                    (
                        "Chiedere prima ai genitori",
                        "Organizzare un breve incontro o un sondaggio con le famiglie per scegliere giorni, orari e primi argomenti.",
                    ),
                    (
                        "Trovare interpreti di fiducia",
                        "Collaborare con un'associazione della comunità per reclutare gli interpreti e spiegare loro in anticipo il funzionamento del sistema scolastico.",
                    ),
                    (
                        "Mantenere un tono informale",
                        "Limitare gli interventi a 15 minuti e lasciare la maggior parte del tempo a domande e conversazione.",
                    ),
                    (
                        "Chiudere il cerchio",
                        "Al caffè successivo, raccontare ai genitori che cosa la scuola ha cambiato in seguito alle loro domande.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa 35",
                        "genitori in media a ogni caffè, provenienti da più di dieci paesi",
                    ),
                    (
                        "Circa il doppio",
                        "dei genitori ha partecipato ai colloqui individuali con gli insegnanti dopo due anni, secondo i registri delle scuole",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Qui posso fare la domanda che mi vergognavo di fare allo sportello della segreteria.",
                    "Un genitore che partecipa a uno dei caffè",
                ),
            ),
        ],
        "image": (
            "Illustrazione di genitori e insegnanti che parlano attorno a piccoli tavoli con tazze di caffè nell'aula magna di una scuola",
            "Durante i caffè gli interpreti passano da un tavolo all'altro.",
        ),
    },
    "national-reception-programme-malta-schools": {
        "title": "Un programma nazionale di accoglienza per i neoarrivati nelle scuole maltesi",
        "summary": "Gli alunni neoarrivati trascorrono fino a un anno scolastico in una classe di accoglienza intensiva, dove imparano l'inglese e il maltese, con una quota crescente di tempo in una classe ordinaria, prima di entrarvi a tempo pieno.",
        "evidence_summary": "Una revisione commissionata dopo cinque anni ha rilevato che la maggior parte degli alunni è passata a tempo pieno in una classe ordinaria entro un anno. La revisione ha raccomandato un sostegno più forte dopo il passaggio, soprattutto per gli alunni più grandi con lacune nella scolarizzazione precedente.",
        "transfer": {
            "time": "Un'estensione a livello nazionale in circa tre anni; ogni classe di accoglienza dura l'intero anno scolastico.",
            "staff": "Insegnanti di lingua formati, una piccola équipe per le prime valutazioni e scuole ordinarie pronte ad accogliere gli alunni in modo graduale.",
            "adapt": "I sistemi più piccoli possono attivare poli di accoglienza in alcune scuole invece che a livello nazionale. Vanno mantenuti il limite di tempo e il passaggio graduale, che sono il cuore del modello.",
        },
        "body": [
            (
                "paragraph",
                "Le scuole di Malta accolgono un numero crescente di alunni provenienti da altri paesi, e molti arrivano a metà anno con una conoscenza scarsa o nulla dell'inglese e del maltese. Con questo programma nazionale, ogni alunno neoarrivato in età di obbligo scolastico viene valutato entro poche settimane e, se necessario, inserito in una classe di accoglienza. Le classi di accoglienza sono piccole e si concentrano sulle due lingue di scolarizzazione, ma non sono pensate come un percorso separato. Fin dal primo trimestre gli alunni frequentano una classe ordinaria per materie come educazione fisica, arte e musica.",
            ),
            ("heading", "Dalla valutazione alla classe ordinaria"),
            (
                "paragraph",
                "La prima valutazione non riguarda solo la lingua. Il personale si informa sulla scolarizzazione precedente, sull'alfabetizzazione nella lingua d'origine, sulla matematica e su eventuali lacune dovute al viaggio. Gli alunni con una scolarizzazione interrotta ricevono ore aggiuntive di alfabetizzazione e di calcolo. Man mano che le loro competenze linguistiche migliorano, trascorrono una parte maggiore della settimana nella classe ordinaria, dove un insegnante designato segue i loro progressi. L'obiettivo è il passaggio completo entro un anno scolastico, e tre mesi dopo il passaggio si svolge una verifica di controllo.",
            ),
            (
                "key_facts",
                [
                    ("Poli di accoglienza", "12 tra Malta e Gozo"),
                    (
                        "Permanenza massima",
                        "Un anno scolastico, con una revisione ogni trimestre",
                    ),
                    ("Dimensione delle classi", "Di solito da 8 a 14 alunni"),
                    ("Introduzione", "2015, ampliato dal 2018"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa l'80%",
                        "degli alunni è passato completamente in una classe ordinaria entro un anno scolastico",
                    ),
                    (
                        "3 mesi",
                        "dopo il passaggio, ogni alunno ha una verifica di controllo con il proprio insegnante di classe",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Presentazione del programma di accoglienza per le scuole",
                        "https://newcomer-education-mt.example.org/reception/overview",
                    ),
                    (
                        "Informazioni per i genitori in diverse lingue",
                        "https://newcomer-education-mt.example.org/reception/parents",
                    ),
                ],
            ),
        ],
        "image": (
            "Illustrazione di un piccolo gruppo di bambini di età diverse attorno a un tavolo con cartoncini di parole in inglese e in maltese",
            "Le classi di accoglienza riuniscono età diverse e si concentrano sulle lingue di scolarizzazione.",
        ),
    },
    "welcome-classes-vienna-gradual-mainstreaming": {
        "title": "Classi di accoglienza con inserimento graduale nelle scuole medie di Vienna",
        "summary": "Gli alunni neoarrivati tra i 10 e i 15 anni trascorrono i primi mesi in una piccola classe di accoglienza e si inseriscono gradualmente nelle lezioni ordinarie, a partire dalle materie che dipendono meno dalla lingua.",
        "evidence_summary": "Un gruppo universitario ha seguito tra il 2021 e il 2023 due gruppi per un totale di circa 170 alunni. Gli alunni sono passati alle classi ordinarie prima che con il vecchio modello e un numero minore di loro ha cambiato scuola, anche se il campione era ridotto e mancava un gruppo di controllo.",
        "transfer": {
            "time": "Mezzo anno scolastico di programmazione; poi il modello funziona all'interno del normale orario.",
            "staff": "Un insegnante della classe di accoglienza formato nell'insegnamento del tedesco come seconda lingua, un assistente bilingue a tempo parziale e coordinatori di classe disposti a partecipare.",
            "adapt": "Le scuole con pochi neoarrivati possono condividere una classe di accoglienza tra più sedi, con un piano chiaro per gli spostamenti e per stabilire a quale scuola appartiene l'alunno.",
        },
        "body": [
            (
                "paragraph",
                "In passato gli alunni che arrivavano a Vienna durante l'anno scolastico venivano inseriti direttamente in una classe ordinaria, dove capivano poco e spesso si scoraggiavano nel giro di qualche settimana. Oggi una rete di sei scuole medie fa iniziare ogni neoarrivato in una classe di accoglienza di non più di quattordici alunni. La classe ha un proprio orario, con lezioni quotidiane di tedesco, matematica e un incontro settimanale su come funziona la scuola in Austria. Fin dalla prima settimana ogni alunno trascorre anche qualche ora nella classe ordinaria in cui entrerà più avanti, così da farsi degli amici e da non vivere il passaggio finale come uno shock.",
            ),
            (
                "key_facts",
                [
                    ("Partecipanti", "Circa 90 alunni all'anno in sei scuole"),
                    ("Età", "Dai 10 ai 15 anni"),
                    ("Dimensione delle classi", "Fino a 14 alunni"),
                    ("Personale", "Un insegnante e un assistente bilingue per classe"),
                ],
            ),
            ("heading", "Da poche lezioni all'orario completo"),
            (
                "paragraph",
                "L'inserimento avviene per tappe. All'inizio gli alunni seguono con la loro classe ordinaria educazione fisica, arte, musica e matematica, dove possono partecipare anche con poco tedesco. Man mano che la lingua migliora, l'insegnante della classe di accoglienza e il coordinatore di classe si incontrano ogni sei settimane e aggiungono una o due materie. Una breve lista di controllo condivisa orienta la decisione: l'alunno riesce a seguire consegne semplici, a leggere un breve testo con un aiuto e a indicare un amico nella classe? La maggior parte degli alunni passa completamente alla classe ordinaria nel giro di quattro-dodici mesi e mantiene per un altro anno un'ora quotidiana di sostegno in tedesco.",
            ),
            (
                "steps",
                [
                    (
                        "Concordare le regole di ingresso e di uscita",
                        "Mettere per iscritto chi entra in una classe di accoglienza, per quanto tempo al massimo e che cosa un alunno deve saper fare prima di passare oltre. Condividere le regole con le famiglie nelle loro lingue.",
                    ),
                    (
                        "Iniziare dalle materie che richiedono meno lingua",
                        "Organizzare le prime ore nella classe ordinaria intorno a educazione fisica, materie artistiche e matematica, e comunicare a quegli insegnanti che cosa l'alunno sa già fare.",
                    ),
                    (
                        "Scegliere la classe ordinaria dal primo giorno",
                        "Collegare ogni alunno a una classe fin dall'inizio, non alla fine, e indicare un compagno che gli faccia da tutor.",
                    ),
                    (
                        "Fare il punto ogni sei settimane",
                        "Organizzare un breve incontro tra l'insegnante della classe di accoglienza e il coordinatore di classe, e registrare ogni passo nella lista di controllo.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa 4 su 5",
                        "alunni del gruppo 2022-23 erano completamente inseriti in una classe ordinaria entro un anno",
                    ),
                    (
                        "Circa 9 su 10",
                        "erano ancora nella stessa rete di scuole un anno dopo, rispetto a circa 7 su 10 prima del cambiamento",
                    ),
                ],
            ),
        ],
        "image": (
            "Illustrazione di un piccolo gruppo di alunni attorno a un tavolo con un insegnante che mostra delle carte illustrate",
            "Una classe di accoglienza si esercita con le parole quotidiane della scuola prima di partecipare a una lezione di matematica.",
        ),
    },
    "attendance-officers-home-visits-rotterdam": {
        "title": "Funzionari dell'obbligo scolastico che fanno visita alle famiglie a Rotterdam",
        "summary": "Quando un alunno manca da scuola senza un motivo chiaro, un funzionario dell'obbligo scolastico fa visita alla famiglia entro pochi giorni, prima di tutto ascolta e concorda un piano semplice con la scuola, prima che si prenda in considerazione qualsiasi multa.",
        "evidence_summary": "L'équipe confronta la frequenza di ogni alunno prima e dopo la visita a domicilio. I suoi registri per il 2022-23 mostrano che la maggior parte degli alunni che avevano ricevuto una visita frequentava con più regolarità tre mesi dopo.",
        "transfer": {
            "time": "Qualche mese per concordare le soglie con le scuole e formare i funzionari.",
            "staff": "Funzionari dell'obbligo scolastico con tempo a disposizione per le visite, accesso a interpreti telefonici e un referente per il supporto agli alunni designato in ogni scuola.",
            "adapt": "Dove i funzionari dell'obbligo scolastico si occupano soprattutto di far rispettare la legge, l'ente competente deve dare loro un mandato chiaro: prima sostenere le famiglie, e solo dopo sanzionare.",
        },
        "body": [
            (
                "paragraph",
                "Ogni comune dei Paesi Bassi impiega funzionari dell'obbligo scolastico che fanno rispettare la legge sull'istruzione obbligatoria. Nel sud di Rotterdam, dove molte famiglie hanno origini in Turchia, Marocco e Capo Verde e, più di recente, in Polonia e Siria, l'équipe che si occupa della frequenza ha cambiato modo di lavorare. Oggi i funzionari si considerano prima di tutto un ponte tra casa e scuola. Quando una scuola segnala una serie di assenze, un funzionario telefona alla famiglia e propone una visita a domicilio entro cinque giorni lavorativi. Multe e procedure formali restano possibili, ma arrivano dopo, quando un piano è stato concordato e non è stato rispettato.",
            ),
            ("heading", "Che cosa succede durante una visita"),
            (
                "paragraph",
                "Il funzionario si presenta da solo o con un interprete, mai con la polizia, e fa domande aperte. Che cosa rende difficili le mattine? Chi si occupa dei bambini più piccoli? Sta succedendo qualcosa a scuola? Spesso i motivi sono pratici: un figlio più grande che accudisce i fratelli, un genitore che fa i turni di notte, un tragitto lungo dopo un trasloco, oppure episodi di bullismo che la famiglia non sapeva come segnalare. Funzionario e famiglia concordano due o tre piccoli passi, scritti su una sola pagina, che il funzionario condivide con il referente per il supporto agli alunni della scuola. Le telefonate di controllo si fanno dopo due settimane e di nuovo dopo sei.",
            ),
            (
                "key_facts",
                [
                    ("Visite", "Circa 400 visite a domicilio all'anno"),
                    (
                        "Tempi di risposta",
                        "Entro 5 giorni lavorativi dalla segnalazione della scuola",
                    ),
                    (
                        "Équipe",
                        "9 funzionari dell'obbligo scolastico, due dei quali parlano turco o arabo",
                    ),
                    ("Interpretariato", "Interpreti telefonici prenotati in anticipo"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Concordare una soglia con le scuole",
                        "Decidere insieme quante assenze ingiustificate fanno scattare una segnalazione, così che le scuole segnalino presto e tutte allo stesso modo.",
                    ),
                    (
                        "Formare i funzionari alla conduzione dei colloqui",
                        "Offrire un breve corso sul colloquio motivazionale e sul lavoro con gli interpreti.",
                    ),
                    (
                        "Usare un piano di una pagina",
                        "Tenere il piano breve e in linguaggio semplice, e dare alla famiglia una copia nella sua lingua quando possibile.",
                    ),
                    (
                        "Richiamare nei tempi previsti",
                        "Il giorno stesso della visita, segnare in agenda le telefonate a due e a sei settimane.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa 7 su 10",
                        "alunni che hanno ricevuto una visita a domicilio nel 2022-23 frequentavano con più regolarità tre mesi dopo, secondo i registri dell'équipe",
                    ),
                    ("Meno di 1 su 10", "dei casi è arrivato a una procedura formale"),
                ],
            ),
            (
                "quote",
                (
                    "Mi aspettavo una multa. Invece lei mi ha chiesto come dormiva mio figlio, e abbiamo risolto il problema insieme.",
                    "La madre di un alunno al primo anno di scuola secondaria",
                ),
            ),
        ],
    },
    "school-social-workers-malmo-introductory-programmes": {
        "title": "Assistenti sociali scolastici nei programmi introduttivi di Malmö",
        "summary": "Ogni programma introduttivo per studenti neoarrivati tra i 16 e i 20 anni ha un assistente sociale scolastico in sede, che incontra presto ogni studente, coglie per tempo le preoccupazioni e mette gli studenti in contatto con i servizi sanitari, abitativi e per i giovani.",
        "evidence_summary": "Uno studio di un'università regionale ha confrontato gli studenti di scuole con e senza un assistente sociale a tempo pieno. Gli studenti che potevano rivolgersi facilmente a un assistente sociale avevano una probabilità un po' più alta di passare a un programma nazionale, anche se gli autori sottolineano che hanno contato anche altri fattori.",
        "transfer": {
            "time": "Un trimestre per il reclutamento e per impostare le routine; costi salariali continuativi.",
            "staff": "Almeno un assistente sociale qualificato ogni 150-200 studenti, inserito nell'équipe per la salute degli studenti.",
            "adapt": "Le scuole più piccole possono condividere un assistente sociale, ma questa persona dovrebbe essere presente in sede in giorni fissi, così che gli studenti sappiano quando trovarla.",
        },
        "body": [
            (
                "paragraph",
                "In Svezia i programmi introduttivi offrono ai giovani arrivati dopo i quindici anni circa un percorso verso l'istruzione secondaria di secondo grado. Molti studenti di questi programmi sono arrivati in Svezia da soli o hanno vissuto guerre e lunghi viaggi. Le lezioni possono andare bene mentre la vita fuori dalla scuola resta incerta: una decisione sul permesso di soggiorno ancora in sospeso, il trasferimento da una comunità di accoglienza, problemi economici o un sonno disturbato. All'Öresund Introductory College un assistente sociale scolastico fa parte dell'équipe per la salute degli studenti e ha un ufficio accanto alle aule, non in un edificio separato.",
            ),
            ("heading", "Colloqui precoci, non solo interventi di crisi"),
            (
                "paragraph",
                "Nel primo mese ogni nuovo studente ha un colloquio di trenta minuti con l'assistente sociale, con un interprete se serve. Il colloquio riguarda l'alloggio, i contatti con la famiglia, il denaro, il sonno e il tempo libero, ed è lo studente a decidere che cosa può essere condiviso con gli insegnanti. I tutor incontrano l'assistente sociale ogni due settimane per esaminare la frequenza ed eventuali preoccupazioni. Quando emerge qualcosa di serio, l'assistente sociale sa chi chiamare ai servizi sociali, al consultorio per i giovani o all'autorità per l'immigrazione, e può accompagnare lo studente al primo appuntamento.",
            ),
            (
                "key_facts",
                [
                    ("Studenti", "Circa 350 nei programmi introduttivi"),
                    ("Personale", "2 assistenti sociali scolastici a tempo pieno"),
                    ("Primo colloquio", "Entro 4 settimane dall'inizio"),
                    ("Riunioni d'équipe", "Ogni due settimane con i tutor"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Collocare l'assistente sociale vicino agli studenti",
                        "Un ufficio vicino alle aule rende una breve visita facile e normale.",
                    ),
                    (
                        "Rendere il primo colloquio una routine per tutti",
                        "Parlare con ogni studente evita l'impressione che vengano convocati solo quelli con problemi.",
                    ),
                    (
                        "Mappare i servizi del territorio",
                        "Tenere aggiornato un elenco di referenti nominativi nei servizi sanitari, sociali e per l'immigrazione.",
                    ),
                    (
                        "Concordare che cosa si condivide",
                        "Stabilire per iscritto, insieme a studenti e personale, regole chiare sulla riservatezza.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "94%",
                        "dei nuovi studenti ha avuto un primo colloquio entro quattro settimane nel 2023",
                    ),
                    (
                        "Circa 1 su 4",
                        "studenti è stato indirizzato ad almeno un servizio esterno durante l'anno",
                    ),
                ],
            ),
        ],
        "image": (
            "Illustrazione di un ragazzo e di un adulto che parlano seduti su una panchina nel corridoio di una scuola",
            "Colloqui brevi e regolari aiutano gli studenti a esprimere le proprie preoccupazioni prima che diventino un motivo per lasciare la scuola.",
        ),
    },
    "peer-mentoring-older-migrant-students-berlin-neukoelln": {
        "title": "Mentoring tra pari affidato a studenti migranti più grandi a Berlino-Neukölln",
        "summary": "Gli studenti degli ultimi anni di scuola, molti dei quali sono stati a loro volta neoarrivati, vengono formati per fare da mentor ad alunni migranti più giovani per un anno scolastico, con incontri settimanali dedicati ai compiti, alla conversazione e alle domande sulla scuola.",
        "evidence_summary": "Una valutazione commissionata nel 2021 dalla fondazione finanziatrice ha raccolto interviste a mentor, mentee e insegnanti e ha esaminato le pagelle. I mentee hanno detto di sentirsi più a loro agio a scuola, e la loro frequenza era leggermente migliore di quella di alunni simili nelle stesse scuole.",
        "transfer": {
            "time": "Circa tre mesi per reclutare, formare e abbinare i primi mentor.",
            "staff": "Un educatore o un insegnante con quattro-sei ore a settimana per il coordinamento e un'aula tranquilla dopo le lezioni.",
            "adapt": "Le scuole che non hanno studenti più grandi con le stesse origini possono collaborare con una vicina scuola secondaria di secondo grado o con studenti universitari cresciuti nel quartiere.",
        },
        "body": [
            (
                "paragraph",
                "Gli alunni più giovani arrivati da poco, o i cui genitori non possono aiutarli con i compiti in tedesco, spesso ascoltano più volentieri qualcuno di qualche anno più grande che un altro adulto. Il programma forma come mentor studenti tra i 16 e i 19 anni. Molti di loro sono arrivati a Berlino da bambini e alcuni sono stati a loro volta mentee. Ogni mentor viene abbinato a uno o due alunni della settima o dell'ottava classe e li incontra una volta a settimana, dopo le lezioni, per un'ora nella biblioteca della scuola. Fanno i compiti insieme, parlano di ciò che è andato bene e di ciò che non ha funzionato, e fissano piccoli obiettivi per la settimana successiva.",
            ),
            (
                "quote",
                (
                    "La mia mentor mi ha detto che anche lei piangeva alle prime lezioni di tedesco. Da quel momento ho smesso di pensare di essere l'unico.",
                    "Un mentee della settima classe",
                ),
            ),
            ("heading", "Formazione e sostegno per i mentor"),
            (
                "paragraph",
                "Prima di iniziare, i mentor partecipano a un fine settimana di formazione dedicato all'ascolto attivo, a come aiutare senza fare il lavoro al posto dell'altro e a quando riferire una preoccupazione a un adulto. Ogni mese un educatore incontra tutti i mentor in gruppo per condividere esperienze e risolvere problemi. I mentor ricevono un attestato che descrive le loro competenze e che molti usano quando si candidano per un apprendistato o per l'università. Un piccolo compenso per ogni incontro riconosce il loro tempo, ma la maggior parte dei mentor dice che il motivo principale per cui resta è il rapporto con il proprio mentee.",
            ),
            (
                "key_facts",
                [
                    ("Coppie", "Circa 60 all'anno in tre scuole"),
                    ("Incontri", "1 ora a settimana per un anno scolastico"),
                    (
                        "Formazione dei mentor",
                        "Un fine settimana, più incontri mensili di gruppo",
                    ),
                    (
                        "Compenso",
                        "Una piccola somma per incontro, pagata dalla fondazione",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Trovare un adulto che coordini",
                        "Un educatore o un insegnante con qualche ora a settimana recluta, abbina e sostiene i mentor.",
                    ),
                    (
                        "Reclutare mentor che conoscono il percorso",
                        "Invitare studenti più grandi che sono stati neoarrivati o che parlano le lingue degli alunni più giovani, senza farne una condizione.",
                    ),
                    (
                        "Abbinare con cura",
                        "Tenere conto di lingua, interessi e orari, e permettere alle coppie di cambiare dopo un mese di prova se l'abbinamento non funziona.",
                    ),
                    (
                        "Dare riconoscimento ai mentor",
                        "Consegnare attestati, organizzare un evento di chiusura e offrire lettere di referenze.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Circa l'85%",
                        "delle coppie ha completato l'intero anno scolastico nel 2022-23",
                    ),
                    (
                        "2 su 3",
                        "mentee hanno detto di sentirsi più sicuri nel chiedere aiuto agli insegnanti",
                    ),
                ],
            ),
        ],
    },
    "language-sensitive-subject-teaching-flanders": {
        "title": "Insegnamento disciplinare attento alla lingua nelle scuole secondarie delle Fiandre",
        "summary": "Gli insegnanti delle varie discipline imparano a rendere visibile e apprendibile la lingua delle loro lezioni: pianificano le parole chiave, usano supporti visivi e testi modello, e lasciano che gli alunni usino le lingue d'origine per ragionare e parlare.",
        "evidence_summary": "Uno studio triennale in dodici scuole ha rilevato che gli alunni i cui insegnanti applicavano l'approccio in modo costante ottenevano risultati un po' più alti nelle prove disciplinari, con i progressi maggiori per gli alunni che a casa parlano un'altra lingua. Gli insegnanti hanno anche riferito che un numero maggiore di alunni partecipava alle discussioni in classe.",
        "transfer": {
            "time": "Un anno scolastico di incontri regolari di gruppo per avviare il lavoro.",
            "staff": "Insegnanti delle varie discipline disposti a programmare insieme e, idealmente, un consulente linguistico per il primo anno.",
            "adapt": "L'approccio funziona con qualsiasi lingua di scolarizzazione; le scuole devono raccogliere testi disciplinari e risposte modello nella propria lingua e in base al proprio curricolo.",
        },
        "body": [
            (
                "paragraph",
                "Molti alunni di seconda generazione parlano fluentemente il nederlandese in cortile, ma fanno fatica con la lingua dei libri di testo e degli esami: frasi lunghe, parole astratte e il modo particolare in cui si scrive in ogni disciplina. Quando non superano storia o scienze, spesso a fermarli è la lingua più che il contenuto. L'insegnamento disciplinare attento alla lingua chiede a ogni insegnante, non solo a quello di nederlandese, di assumersi la responsabilità della lingua della propria materia. Si basa su tre idee: offrire un input ricco che gli alunni possano capire, creare molte occasioni per parlare e scrivere, e dare un riscontro sia sulla lingua sia sul contenuto.",
            ),
            ("heading", "Come si presenta in una lezione"),
            (
                "paragraph",
                "Un'insegnante di geografia apre un'unità sui fiumi mostrando una foto e chiedendo agli alunni di descriverla a coppie, nella lingua che preferiscono. Poi presenta sei parole chiave con delle immagini e le appende alla parete. Gli alunni leggono un breve testo modello e sottolineano il modo in cui spiega cause ed effetti, prima di scrivere un proprio paragrafo con l'aiuto di inizi di frase. Alla fine l'insegnante dà un riscontro sia sulla geografia sia sull'uso delle parole chiave da parte degli alunni. Niente di tutto questo richiede lezioni aggiuntive: cambia il modo in cui si programmano le lezioni già esistenti.",
            ),
            (
                "steps",
                [
                    (
                        "Iniziare con un piccolo gruppo",
                        "Invitare tre o quattro insegnanti di diverse discipline che vogliono provarci e dare loro il tempo di programmare insieme.",
                    ),
                    (
                        "Scegliere la lingua chiave di ogni unità",
                        "Elencare le parole e le strutture di frase che gli alunni devono capire e produrre.",
                    ),
                    (
                        "Aggiungere supporti, poi toglierli",
                        "All'inizio usare immagini, pareti di parole, testi modello e inizi di frase, e ridurli gradualmente man mano che gli alunni acquistano sicurezza.",
                    ),
                    (
                        "Osservarsi a vicenda",
                        "Una volta a trimestre assistere alla lezione di un collega e discutere di che cosa ha aiutato gli alunni a parlare e a scrivere.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("12 scuole", "hanno partecipato allo studio triennale"),
                    (
                        "Piccoli ma costanti",
                        "progressi nelle prove disciplinari, maggiori per gli alunni con un'altra lingua d'origine",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Introduzione all'insegnamento attento alla lingua",
                        "https://lang-learning.example.org/introduction",
                    ),
                    (
                        "Lista di controllo per programmare le lezioni",
                        "https://lang-learning.example.org/lesson-checklist",
                    ),
                ],
            ),
        ],
    },
    "welcome-handbook-newly-arrived-pupils": {
        "title": "Le prime settimane a scuola: un manuale per accogliere gli alunni neoarrivati",
        "summary": "Un manuale pratico che accompagna la scuola nelle prime sei settimane di un alunno neoarrivato, dal primo incontro con la famiglia fino a un orario stabile.",
        "evidence_summary": "Dodici scuole pilota hanno usato la bozza per un trimestre e hanno risposto a brevi questionari. I loro commenti hanno portato a liste di controllo più brevi e a un capitolo più semplice per le famiglie.",
        "transfer": {
            "time": "Una riunione del personale di due ore per concordare chi fa che cosa; in seguito il manuale serve come riferimento.",
            "staff": "Un coordinatore dell'accoglienza designato e un insegnante di classe disposto a essere il primo punto di riferimento dell'alunno.",
            "adapt": "Sostituire il capitolo sulle regole di iscrizione spagnole con le proprie procedure e tradurre le lettere per le famiglie nelle lingue presenti nella propria scuola.",
        },
        "body": [
            (
                "paragraph",
                "Molte scuole accolgono alunni neoarrivati in qualsiasi momento dell'anno, spesso con un solo giorno di preavviso. Questo manuale trasforma l'esperienza di dodici scuole primarie e secondarie spagnole in un piano sereno, passo dopo passo. Tratta il primo incontro con la famiglia, una breve rilevazione di ciò che l'alunno già sa, la scelta di un compagno tutor, un primo orario che alterna il tempo nella classe ordinaria e il supporto linguistico, e una verifica dopo sei settimane. Ogni capitolo si chiude con una lista di controllo di una pagina che un coordinatore pieno di impegni può stampare e spuntare.",
            ),
            (
                "key_facts",
                [
                    ("Lunghezza", "64 pagine, 9 liste di controllo"),
                    ("Formato", "PDF e copia stampata"),
                    (
                        "Destinatari",
                        "Coordinatori dell'accoglienza, insegnanti di classe e dirigenti scolastici",
                    ),
                ],
            ),
            ("heading", "Che cosa contiene"),
            (
                "steps",
                [
                    (
                        "Prima del primo giorno",
                        "Preparare un kit di benvenuto, scegliere un compagno tutor e informare l'insegnante di classe.",
                    ),
                    (
                        "Il primo incontro",
                        "Parlare con la famiglia, con un interprete se necessario, delle routine, della scolarizzazione precedente e delle aspettative.",
                    ),
                    (
                        "Le prime sei settimane",
                        "Seguire un orario graduale e annotare i progressi in un semplice registro.",
                    ),
                    (
                        "La verifica",
                        "Incontrare di nuovo la famiglia e concordare il supporto per il resto dell'anno.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Abbiamo smesso di improvvisare. Ora ogni nuovo alunno ha lo stesso inizio curato, chiunque sia di turno quel giorno.",
                    "Un dirigente di scuola primaria a Valencia",
                ),
            ),
        ],
        "image": (
            "Illustrazione di un insegnante e di una bambina con lo zaino che camminano lungo un corridoio scolastico decorato con disegni di bambini",
            "Il manuale comincia prima del primo giorno di scuola dell'alunno.",
        ),
        "materials": [
            (
                "document",
                "Manuale (PDF)",
                "Le prime settimane a scuola\nUn manuale per accogliere gli alunni neoarrivati\nFundación Aula Abierta\nPer coordinatori dell'accoglienza, insegnanti di classe e dirigenti scolastici.\nLeggete insieme il capitolo 1 come gruppo, poi tenete a portata di mano le liste di controllo.",
            ),
            (
                "link",
                "Lettere per le famiglie in quattro lingue",
                "https://aula-abierta.example.org/first-weeks-handbook/letters",
            ),
        ],
    },
    "inclusive-school-self-reflection-grid": {
        "title": "La nostra scuola è un luogo in cui tutti si sentono a casa? Una griglia di autoriflessione",
        "summary": "Una griglia di 40 affermazioni che il gruppo di lavoro di una scuola valuta insieme per capire in che misura la cultura, la didattica e i rapporti con le famiglie includono gli alunni con background migratorio.",
        "evidence_summary": "Un valutatore esterno ha seguito 18 scuole in tre paesi. I gruppi di lavoro hanno detto che la griglia li ha aiutati a concordare le priorità, e un anno dopo due terzi avevano cambiato almeno una routine scolastica.",
        "transfer": {
            "time": "Due incontri di circa 90 minuti, a qualche settimana di distanza.",
            "staff": "Un gruppo misto di cinque-otto persone, idealmente con un genitore e uno studente.",
            "adapt": "Verificare che le affermazioni sulla politica linguistica siano coerenti con le norme nazionali e aggiungere esempi locali.",
        },
        "body": [
            (
                "paragraph",
                "Le scuole spesso percepiscono che alcuni alunni non si sentono a casa, ma faticano a capire da dove cominciare. Questa griglia scompone la questione in cinque aree: accoglienza e senso di appartenenza, didattica e valutazione, lingue, famiglie e comunità, attenzione ai primi segnali di disimpegno. Per ogni affermazione il gruppo decide se non è ancora vera, se è vera in parte o se è del tutto vera, e annota un elemento concreto a sostegno. Il risultato non è un punteggio per confrontare le scuole, ma un quadro condiviso che aiuta il gruppo a scegliere due o tre obiettivi realistici.",
            ),
            ("heading", "Come la usa una scuola"),
            (
                "steps",
                [
                    (
                        "Formare un gruppo",
                        "Invitare personale con ruoli diversi e, se possibile, un genitore e uno studente.",
                    ),
                    (
                        "Valutare da soli, poi insieme",
                        "Ognuno compila la griglia, poi il gruppo confronta i risultati e discute le differenze.",
                    ),
                    (
                        "Scegliere le priorità",
                        "Individuare due o tre affermazioni su cui lavorare durante l'anno.",
                    ),
                    (
                        "Riguardare la griglia",
                        "Ripetere l'esercizio dopo dodici mesi per vedere che cosa è cambiato.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "18",
                        "scuole in Belgio, nei Paesi Bassi e in Svezia hanno partecipato alla sperimentazione",
                    ),
                    (
                        "67%",
                        "delle scuole aveva cambiato almeno una routine scolastica un anno dopo",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Note per il facilitatore",
                        "https://inclusive-schools.example.org/self-reflection-grid/facilitator-notes",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Griglia di autoriflessione (PDF)",
                "La nostra scuola è un luogo in cui tutti si sentono a casa?\nUna griglia di autoriflessione per i gruppi di lavoro delle scuole\nCinque aree, 40 affermazioni, un quadro condiviso.\nCompilatela prima da soli, poi confrontatevi con i colleghi.\nInclusive Schools Network",
            ),
            (
                "link",
                "Versione online con spazio di lavoro per il gruppo",
                "https://inclusive-schools.example.org/self-reflection-grid/online",
            ),
        ],
    },
    "classroom-routines-picture-dictionary": {
        "title": "Dizionario illustrato delle routine di classe",
        "summary": "Un dizionario illustrato di circa 300 parole ed espressioni quotidiane della scuola, da «mettetevi in fila» a «consegnate i compiti», con uno spazio in cui l'alunno può scrivere la parola nella propria lingua.",
        "evidence_summary": "Gli insegnanti di nove scuole di Bologna hanno preso appunti per un trimestre. Hanno riferito che i neoarrivati seguivano le routine più presto e chiedevano meno spesso ai compagni di tradurre.",
        "transfer": {
            "time": "Stampa e plastificazione richiedono un giorno; l'uso in classe è immediato.",
            "staff": "Qualsiasi insegnante di classe; nella prima settimana è utile l'aiuto di un collega che parli la lingua dell'alunno.",
            "adapt": "Sostituire le immagini degli ambienti e degli oggetti scolastici con foto della propria scuola.",
        },
        "body": [
            (
                "paragraph",
                "Nei primi giorni un bambino neoarrivato deve capire decine di piccole istruzioni prima che possa cominciare un vero apprendimento. Questo dizionario illustrato raggruppa in dodici temi le parole che un bambino sente più spesso, come l'aula, la mensa, il cortile, le emozioni e il chiedere aiuto. Ogni pagina presenta un disegno chiaro, la parola in italiano e una riga vuota dove il bambino, un genitore o un compagno scrive la parola nella lingua d'origine. Il libretto completato appartiene al bambino e spesso diventa la prima cosa che mostra con orgoglio a casa.",
            ),
            (
                "key_facts",
                [
                    ("Parole ed espressioni", "Circa 300, in 12 temi"),
                    ("Età", "Dai 4 ai 10 anni"),
                    ("Formato", "Libretto stampabile e schede da parete"),
                ],
            ),
            (
                "quote",
                (
                    "Il secondo giorno, invece di piangere, ha indicato la figura del bagno. Quel piccolo gesto ha cambiato tutta la sua settimana.",
                    "Un insegnante di classe prima della scuola primaria",
                ),
            ),
            (
                "paragraph",
                "Le schede da parete riprendono in formato più grande le venti espressioni più utili, così che tutta la classe possa usarle. Diversi insegnanti hanno notato che agli alunni italofoni piaceva imparare le stesse parole in arabo, ucraino o urdu: così le schede sono diventate una piccola lezione di lingua per tutti, invece che un segno di diversità.",
            ),
        ],
        "image": (
            "Disegno di un libretto illustrato aperto che mostra una matita, un vassoio della mensa e una campanella, ciascuno con una parola scritta sotto",
            "Ogni bambino completa il libretto nella propria lingua.",
        ),
        "materials": [
            (
                "document",
                "Dizionario illustrato (PDF)",
                "Le mie parole della scuola\nUn dizionario illustrato delle routine di classe\nScrivi qui il tuo nome: ______________\nLe mie lingue: ______________\nCentro Studi Ponte Educativo",
            ),
            (
                "document",
                "Schede da parete (PDF)",
                "Schede da parete: le 20 espressioni scolastiche più utili\nStampare su A4, ritagliare lungo le linee e plastificare.\nAppenderle all'altezza degli occhi dei bambini, vicino alla porta e alla lavagna.",
            ),
        ],
    },
    "language-sensitive-subject-teaching-mooc": {
        "title": "Insegnare con attenzione alla lingua in ogni materia: un corso online aperto",
        "summary": "Un corso online gratuito di sei settimane che mostra agli insegnanti di matematica, scienze e materie professionali come rendere apprendibile la lingua della propria disciplina per gli alunni che stanno ancora imparando la lingua di scolarizzazione.",
        "evidence_summary": "Un gruppo universitario ha esaminato due edizioni del corso con 2.400 partecipanti. Nelle lezioni osservate, gli insegnanti che avevano completato il corso usavano più tecniche di scaffolding rispetto a un gruppo di confronto.",
        "transfer": {
            "time": "Sei settimane, circa tre ore a settimana per partecipante.",
            "staff": "Gli insegnanti partecipano individualmente; una scuola ne trae il massimo beneficio quando un piccolo gruppo segue il corso insieme.",
            "adapt": "Le scuole possono aggiungere un gruppo di studio locale che si riunisce dopo ogni unità per provare le idee nelle proprie lezioni.",
        },
        "body": [
            (
                "paragraph",
                "Gli alunni che in cortile parlano bene la lingua della scuola possono comunque avere difficoltà con frasi da libro di testo come «il volume è inversamente proporzionale alla pressione». Gli insegnanti delle discipline raramente sono formati per accorgersene. Il corso spiega, con brevi video girati in classi reali, come individuare le richieste linguistiche di un compito, come costruire il lessico e le strutture di frase prima del contenuto e come permettere agli alunni di usare le lingue d'origine come ponte. Ogni unità si chiude con un piccolo compito da provare in classe e da condividere nel forum.",
            ),
            (
                "key_facts",
                [
                    ("Durata", "6 settimane, circa 3 ore a settimana"),
                    ("Costo", "Gratuito, con attestato facoltativo"),
                    ("Partecipanti finora", "Più di 5.000 insegnanti"),
                ],
            ),
            ("heading", "Le sei unità"),
            (
                "steps",
                [
                    (
                        "Vedere la lingua",
                        "Analizzare la lingua nascosta in un compito della propria materia.",
                    ),
                    (
                        "Parole e blocchi lessicali",
                        "Insegnare nel contesto il lessico chiave e le espressioni utili.",
                    ),
                    (
                        "Scaffolding",
                        "Usare schemi per la scrittura, diagrammi e inizi di frase.",
                    ),
                    (
                        "Lingue d'origine",
                        "Lasciare che gli alunni ragionino e discutano nella lingua che conoscono meglio.",
                    ),
                    (
                        "Valutazione",
                        "Distinguere ciò che un alunno sa da quanto bene riesce a esprimerlo.",
                    ),
                    (
                        "Programmazione",
                        "Costruire una lezione completa attenta alla lingua e ricevere un riscontro dai colleghi.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Pensavo che fosse compito dell'insegnante di tedesco. Ora programmo le parole prima di programmare l'esperimento.",
                    "Un insegnante di chimica di Linz",
                ),
            ),
        ],
        "materials": [
            (
                "link",
                "Iscriviti al corso",
                "https://brueckenschule.example.org/mooc-language-sensitive-teaching/enrol",
            ),
            (
                "document",
                "Guida al corso (PDF)",
                "Insegnare con attenzione alla lingua in ogni materia\nGuida al corso per partecipanti e gruppi di studio\nSei unità, un compito in classe per ogni unità.\nBrückenschule e.V. e partner",
            ),
        ],
    },
    "school-system-explained-parent-videos": {
        "title": "Come funziona la scuola qui: brevi video per i genitori",
        "summary": "Dieci brevi video animati, doppiati in diverse lingue, che spiegano il sistema scolastico francese ai genitori che sono andati a scuola altrove: iscrizione, pagelle, incontri con i genitori e scelte dopo la scuola secondaria di primo grado.",
        "evidence_summary": "I genitori che hanno visto i video in sei gruppi di genitori hanno compilato un breve questionario illustrato. La maggior parte ha detto che, dopo la visione, capiva meglio la pagella e le scelte di orientamento.",
        "transfer": {
            "time": "Ogni video dura da tre a cinque minuti; un incontro con i genitori con due video e discussione dura un'ora.",
            "staff": "Un insegnante o un mediatore che conduca gli incontri di visione e risponda alle domande.",
            "adapt": "I video descrivono la Francia; altri paesi possono riutilizzare i testi e gli storyboard per realizzare le proprie versioni.",
        },
        "body": [
            (
                "paragraph",
                "I genitori che sono andati a scuola in un altro paese spesso sanno poco di come funzionano le cose qui: perché in alcune città il mercoledì pomeriggio non c'è scuola, che cosa decide il «conseil de classe» o quando un figlio deve scegliere un percorso dopo la scuola secondaria di primo grado. Perdere questi momenti può chiudere delle porte a un ragazzo senza che nessuno se ne accorga. I video sono stati scritti insieme a genitori che hanno partecipato a focus group a Lione e Marsiglia, che hanno scelto gli argomenti e provato le bozze. Ogni video segue una famiglia in una situazione reale, con un linguaggio semplice e con i sottotitoli.",
            ),
            (
                "key_facts",
                [
                    ("Video", "10, da tre a cinque minuti ciascuno"),
                    ("Lingue", "Francese, arabo, dari/farsi, ucraino"),
                    (
                        "Uso",
                        "A casa, nelle sale d'attesa o negli incontri con i genitori",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Finalmente ho capito che la riunione di marzo era quella in cui si decideva il futuro di mio figlio. Ci sono andata e ho fatto domande.",
                    "Una madre che ha partecipato a un incontro di visione",
                ),
            ),
            (
                "links",
                [
                    (
                        "Playlist di tutti e dieci i video",
                        "https://horizons-ecole.example.org/how-school-works/playlist",
                    ),
                    (
                        "Guida per condurre un incontro con i genitori",
                        "https://horizons-ecole.example.org/how-school-works/host-guide",
                    ),
                ],
            ),
        ],
        "image": (
            "Fotogramma animato di un padre e di sua figlia seduti al tavolo della cucina mentre guardano insieme una pagella",
            "Un fotogramma del video sulle pagelle.",
        ),
        "materials": [
            (
                "link",
                "Guarda i video",
                "https://horizons-ecole.example.org/how-school-works/playlist",
            ),
            (
                "document",
                "Guida per chi conduce gli incontri (PDF)",
                "Come funziona la scuola qui\nUna guida per condurre un incontro di visione con i genitori\nScegliete due video, lasciate tempo per le domande, offrite un tè.\nInvitate un interprete o un genitore che possa tradurre.\nAssociation Horizons École",
            ),
        ],
    },
}

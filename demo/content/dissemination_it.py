"""Italian translations of the demo's news, events and outputs.

Each item has the shape of its English original in dissemination.py; None
keeps the English value (times, URLs, the text of generated PDF files).
"""

TRANSLATIONS = {
    # News ----------------------------------------------------------------------
    "project-kick-off": {
        "title": "Sei partner avviano una banca dati comune di pratiche",
        "summary": "Il partenariato si è riunito a Bruxelles per avviare un progetto Erasmus+ di tre anni per tenere a scuola gli studenti con background migratorio. Primo compito: stabilire che cosa rende una pratica degna di essere condivisa e come descriverla perché altri possano riprenderla.",
        "body": [
            (
                "paragraph",
                "I rappresentanti delle sei organizzazioni partner hanno trascorso due giorni nella sede dell'Inclusive Schools Network a Bruxelles per avviare il progetto. Molti di noi avevano già collaborato in scambi più piccoli, ma è la prima volta che costruiamo qualcosa destinato a durare oltre il progetto: una banca dati pubblica che insegnanti, dirigenti scolastici e decisori politici possano consultare nella propria lingua.\n\nIl primo giorno è stato dedicato alla domanda da cui dipende tutto il resto: che cosa deve dire una scheda? Abbiamo concordato che una descrizione è utile solo se dice a chi era rivolta la pratica, quanto è costata, quali prove ci sono della sua efficacia e che cosa dovrebbe cambiare un'altra scuola. Questi punti sono diventati le sezioni fisse che oggi ha ogni scheda.",
            ),
            ("heading", "Che cosa è stato deciso"),
            (
                "key_facts",
                [
                    (
                        "Partner",
                        "Sei organizzazioni di Belgio, Spagna, Italia, Grecia, Germania e Francia",
                    ),
                    ("Durata", "Tre anni"),
                    ("Lingue", "Sette, con l'inglese come lingua di partenza"),
                    (
                        "Primo compito",
                        "Ogni partner propone dieci pratiche della propria regione",
                    ),
                ],
            ),
            (
                "paragraph",
                "Ora ogni partner esaminerà i propri progetti precedenti e i contatti con le scuole per proporre dieci pratiche candidate. Il comitato di esperti si riunirà online per esaminare le prime proposte e aiutarci a decidere quali sono descritte abbastanza bene da essere pubblicate.",
            ),
            (
                "quote",
                (
                    "Abbiamo visto tutti dei buoni progetti sparire alla fine dei finanziamenti. Questa volta vogliamo che ciò che le scuole hanno imparato resti facile da trovare.",
                    "La coordinatrice del progetto",
                ),
            ),
        ],
    },
    "database-opens": {
        "title": "La banca dati è aperta a tutti",
        "summary": "Chiunque può ora consultare pratiche e risorse che aiutano gli studenti con background migratorio a restare a scuola e filtrarle per paese, tema e livello di istruzione. Nuove schede arriveranno ogni una o due settimane, e le traduzioni sono in corso.",
        "body": [
            (
                "paragraph",
                "Dopo mesi di raccolta, scrittura e verifica, la banca dati è online. Parte con le sue prime schede: pratiche sperimentate da scuole, organizzazioni e amministrazioni, e risorse come manuali, materiali didattici e corsi. Altre arriveranno ogni una o due settimane, man mano che i partner finiranno di scriverle e verificarle. Un redattore di uno dei partner scrive o verifica ogni scheda, e il gruppo di coordinamento la rivede prima della pubblicazione.\n\nNon serve un account. Cerchi una parola oppure restringa l'elenco per livello di istruzione, tema, destinatari, gruppo di studenti, paese e fase dell'abbandono scolastico affrontata da ciascuna scheda.",
            ),
            ("heading", "Da dove cominciare"),
            (
                "steps",
                [
                    (
                        "Esplori per tema",
                        "La pagina iniziale mostra i temi e i paesi con più schede. Ne scelga uno per vedere un elenco filtrato.",
                    ),
                    (
                        "Legga prima la sezione sul trasferimento",
                        "Ogni scheda si chiude spiegando quanto costa, quanto tempo richiede e che cosa dovrebbe adattare un'altra scuola. Parta da lì se sta decidendo se provarla.",
                    ),
                    (
                        "Ci dica che cosa manca",
                        "Scriva al gruppo di coordinamento per proporre una pratica o una risorsa, anche una sua.",
                    ),
                ],
            ),
            (
                "paragraph",
                "Le traduzioni in spagnolo, italiano e arabo sono in corso, e seguiranno le altre lingue dei partner. Le pagine non ancora tradotte sono mostrate in inglese, con un breve avviso in alto.",
            ),
        ],
    },
    "focus-group-with-families-report": {
        "title": "Che cosa ci hanno detto le famiglie: resoconto del focus group di Valencia",
        "summary": "Quattordici genitori con background migratorio hanno raccontato che cosa ha aiutato i loro figli a restare a scuola e che cosa li ha ostacolati. Le loro risposte orienteranno le prossime schede che cercheremo e il corso di formazione per insegnanti.",
        "body": [
            (
                "paragraph",
                "Il focus group si è svolto una sera infrasettimanale presso la Fundación Aula Abierta di Valencia, con un servizio di custodia dei bambini e interpreti di arabo, rumeno e urdu. Hanno partecipato quattordici madri e padri i cui figli frequentano scuole primarie e secondarie della città e dei comuni vicini. Abbiamo posto tre domande aperte: quando si è sentito accolto nella scuola di suo figlio, quando si è sentito escluso e che cosa cambierebbe per prima cosa?",
            ),
            ("heading", "Tre cose che abbiamo sentito più volte"),
            (
                "steps",
                [
                    (
                        "Le informazioni arrivano troppo tardi",
                        "Diversi genitori hanno saputo di scelte importanti, come l'indirizzo da seguire nella scuola secondaria, solo dopo la scadenza.",
                    ),
                    (
                        "Una persona di fiducia cambia tutto",
                        "Le famiglie che avevano un referente a scuola, spesso un insegnante o una mediatrice che parlava la loro lingua, si sentivano in grado di fare domande prima che i piccoli problemi crescessero.",
                    ),
                    (
                        "I compiti alzano un muro",
                        "I genitori volevano aiutare ma non riuscivano a seguire i compiti. I doposcuola e brevi guide scritte per i genitori sono stati indicati come il sostegno più utile.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Quando la scuola mi telefonava, era sempre perché qualcosa non andava. La prima volta che mi hanno chiamato per dirmi che mio figlio era andato bene, mi sono messo a piangere.",
                    "Un padre di due figli",
                ),
            ),
            (
                "paragraph",
                "Una sintesi della discussione si può scaricare dalla pagina dell'evento. I nostri partner in Italia e in Grecia organizzeranno focus group simili, così potremo confrontare ciò che dicono le famiglie di sistemi scolastici diversi.",
            ),
        ],
    },
    "newsletter-issue-5": {
        "title": "Newsletter n. 5: nuove schede, un webinar e la conferenza finale",
        "summary": "È uscito il quinto numero della newsletter del progetto. Presenta le ultime aggiunte alla banca dati, racconta il focus group con le famiglie e la invita ai nostri prossimi eventi.",
        "body": [
            (
                "paragraph",
                "La nostra newsletter esce due volte l'anno e viene inviata per email nelle sette lingue del progetto. Questo numero presenta le schede aggiunte alla banca dati dall'ultima uscita, tra cui diverse pratiche di scuole professionali e una serie di lettere che le scuole possono inviare alle famiglie nella loro lingua. Racconta inoltre il focus group con le famiglie a Valencia e il corso di formazione per insegnanti, i cui primi moduli sono in fase di sperimentazione nelle scuole partner. E ora c'è un modo più rapido per proporre una pratica: il modulo «Segnala una pratica», raggiungibile dal link in fondo a ogni pagina della banca dati.",
            ),
            ("heading", "Date da segnare in agenda"),
            (
                "paragraph",
                "Invitiamo il personale scolastico a un webinar gratuito su come usare la banca dati per pianificare il sostegno agli alunni appena arrivati, a un evento moltiplicatore a Bologna e alla conferenza finale del progetto a Bruxelles. Li trova tutti e tre nella nostra pagina degli eventi, dove può anche iscriversi.",
            ),
            (
                "links",
                [
                    ("Newsletter n. 5, versione web", None),
                    ("Iscriversi alla newsletter", None),
                ],
            ),
        ],
    },
    # Events --------------------------------------------------------------------
    "transnational-meeting-leipzig": {
        "title": "Incontro transnazionale di progetto a Lipsia",
        "summary": "I partner si sono riuniti presso Brückenschule e.V. a Lipsia per fare il punto sulla crescita della banca dati, pianificare le prossime traduzioni e concordare la struttura del corso di formazione per insegnanti.",
        "city": "Lipsia",
        "programme": [
            (
                None,
                "La banca dati in cifre",
                "Il gruppo di coordinamento presenta il numero di schede, visite e traduzioni, e ciò che i redattori hanno trovato più difficile da scrivere.",
            ),
            (
                None,
                "Visita a una classe di accoglienza",
                "Una classe per alunni appena arrivati in una scuola partner e il doposcuola che Brückenschule vi organizza con i volontari.",
            ),
            (
                None,
                "Laboratorio sul corso di formazione per insegnanti",
                "Scegliere i moduli, le scuole pilota e chi scrive che cosa.",
            ),
            (
                None,
                "Secondo giorno: traduzioni ed eventi",
                "Quali schede tradurre per prime e come ogni partner presenterà la banca dati nel proprio paese.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Gli incontri di progetto sono riunioni di lavoro del partenariato e non sono aperti al pubblico. Ne pubblichiamo il programma e le decisioni principali perché chiunque segua il progetto sappia a che punto è.",
            ),
            ("heading", "Decisioni principali"),
            (
                "steps",
                [
                    (
                        "Corso di formazione",
                        "Il corso per insegnanti avrà cinque moduli, ciascuno costruito su schede della banca dati, e sarà sperimentato in otto scuole.",
                    ),
                    (
                        "Traduzioni",
                        "Prima del prossimo incontro saranno tradotte altre dieci pratiche in ciascuna lingua dei partner.",
                    ),
                    (
                        "Eventi moltiplicatori",
                        "Ogni partner presenterà la banca dati in un evento per insegnanti e dirigenti scolastici nel proprio paese.",
                    ),
                ],
            ),
        ],
    },
    "focus-group-families-valencia": {
        "title": "Focus group con le famiglie a Valencia",
        "summary": "Una conversazione serale con genitori con background migratorio su ciò che aiuta i loro figli a restare a scuola, con interpreti e custodia dei bambini.",
        "city": "Valencia",
        "programme": [
            (
                None,
                "Accoglienza, tè e custodia dei bambini",
                "I bambini giocano con due educatrici nella stanza accanto.",
            ),
            (
                None,
                "Conversazione in piccoli gruppi",
                "Tre domande aperte, con interpreti di arabo, rumeno e urdu.",
            ),
            (
                None,
                "Che cosa dovrebbe cambiare per primo?",
                "Ogni gruppo condivide con tutti il punto più importante.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "I genitori hanno partecipato su invito di scuole e associazioni del territorio che collaborano con Aula Abierta. La conversazione è stata registrata senza nomi e ogni partecipante ha ricevuto una breve sintesi nella propria lingua.",
            ),
        ],
        "materials": [(None, "Sintesi della discussione (PDF)", None)],
    },
    "webinar-planning-support-with-the-database": {
        "title": "Webinar: pianificare il sostegno agli alunni appena arrivati con la banca dati",
        "summary": "Un'ora online e gratuita per insegnanti e dirigenti scolastici: come trovare le pratiche adatte alla propria scuola, come leggere le sezioni su prove di efficacia e trasferimento e come segnalare il proprio lavoro.",
        "city": "",
        "programme": [
            (
                None,
                "Come è organizzata la banca dati",
                "Schede, filtri e lingue in dieci minuti.",
            ),
            (
                None,
                "Un esempio concreto",
                "Il team di una scuola secondaria cerca modi per sostenere gli alunni che arrivano a metà anno scolastico.",
            ),
            (
                None,
                "Domande e risposte",
                "Invii le sue domande con l'iscrizione oppure le ponga nella chat.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Il webinar si tiene in inglese con sottotitoli in diretta. La registrazione e le slide saranno pubblicate in seguito su questa pagina, e chi partecipa può richiedere un attestato di partecipazione.",
            ),
        ],
    },
    "multiplier-event-bologna": {
        "title": "Evento moltiplicatore a Bologna: che cosa aiuta gli studenti a restare a scuola",
        "summary": "Una mattinata per insegnanti, dirigenti scolastici ed enti locali. Alcune scuole presentano pratiche della banca dati e i partecipanti provano il primo modulo del corso di formazione per insegnanti.",
        "city": "Bologna",
        "programme": [
            (None, "Accoglienza e visita guidata della banca dati", ""),
            (
                None,
                "Tre scuole, tre pratiche",
                "Insegnanti di tre scuole della regione raccontano che cosa hanno fatto, quanto è costato e che cosa farebbero diversamente.",
            ),
            (
                None,
                "Laboratorio: il primo modulo del corso di formazione",
                "I partecipanti lavorano sul modulo dedicato all'accoglienza degli alunni appena arrivati e ci dicono che cosa migliorare.",
            ),
            (None, "Pranzo e tempo per conoscersi", ""),
        ],
        "body": [
            (
                "paragraph",
                "L'evento si svolge in italiano. La partecipazione è gratuita, ma i posti sono limitati a 80: la preghiamo quindi di iscriversi. Gli insegnanti possono farsi riconoscere la mattinata come formazione in servizio.",
            ),
        ],
    },
    "final-conference-brussels": {
        "title": "Conferenza finale: tenere a scuola gli studenti con background migratorio",
        "summary": "La conferenza conclusiva del progetto presenta la banca dati, il corso di formazione, il toolkit per i dirigenti scolastici e le nostre raccomandazioni politiche, con insegnanti, ricercatori e decisori politici di tutta Europa.",
        "city": "Bruxelles",
        "programme": [
            (
                None,
                "Apertura",
                "Saluto della coordinatrice e un breve video realizzato dagli alunni delle scuole partner.",
            ),
            (
                None,
                "Tavola rotonda: che cosa ci hanno insegnato due anni di raccolta di pratiche",
                "Partner e insegnanti discutono delle pratiche che altre scuole hanno ripreso più spesso, e del perché.",
            ),
            (
                None,
                "Laboratori paralleli",
                "Il corso di formazione per insegnanti, il toolkit per i dirigenti scolastici e il lavoro con le famiglie.",
            ),
            (
                None,
                "Raccomandazioni politiche",
                "Presentiamo le nostre raccomandazioni, seguite dalle risposte di decisori politici nazionali ed europei.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "La conferenza si tiene in inglese con interpretazione in francese. Le sessioni del mattino sono trasmesse in diretta per chi non può viaggiare. L'iscrizione è gratuita e resta aperta fino a due settimane prima della conferenza.",
            ),
        ],
    },
    # Outputs -------------------------------------------------------------------
    "database-of-practices": {
        "title": "Banca dati di pratiche e risorse",
        "summary": "Una raccolta online gratuita e multilingue di pratiche e risorse che aiutano gli studenti con background migratorio a restare a scuola, con filtri per livello di istruzione, tema, destinatari, paese e fase dell'abbandono scolastico.",
        "body": [
            (
                "paragraph",
                "La banca dati è il risultato principale del progetto e la base di tutti gli altri. Riunisce buone pratiche, progetti, politiche e approcci didattici, insieme a risorse pratiche come manuali e materiali didattici, dal livello locale a quello internazionale. Tutte le schede seguono la stessa struttura, così che si possano confrontare e valutare che cosa servirebbe per applicarne una nella propria scuola.",
            ),
            ("heading", "Che cosa contiene"),
            (
                "key_facts",
                [
                    ("Schede", "Oltre sessanta, e in aumento"),
                    ("Lingue", "Inglese, con traduzioni nelle lingue dei partner"),
                    ("Licenza", "Testi con licenza CC BY 4.0"),
                    (
                        "Aggiornamenti",
                        "Ogni mese nuove schede vengono riviste e pubblicate",
                    ),
                ],
            ),
            (
                "paragraph",
                "I partner manterranno la banca dati online e aggiornata anche dopo la fine del progetto. Tutte le schede si possono inoltre scaricare come dati aperti, per usarle in altri strumenti e studi.",
            ),
        ],
        "downloads": [
            (None, "Consultare la banca dati online", None),
            (None, "Tutte le schede come dati aperti", None),
            (None, "Come si scrive una scheda (PDF)", None),
        ],
    },
    "training-course-for-teachers": {
        "title": "Corso di formazione per insegnanti: sostegno precoce agli studenti con background migratorio",
        "summary": "Un corso misto in cinque moduli che aiuta gli insegnanti a cogliere i primi segnali di distacco dalla scuola e a rispondere con pratiche della banca dati. È in fase di sperimentazione in otto scuole partner.",
        "body": [
            (
                "paragraph",
                "Gli insegnanti sono di solito i primi ad accorgersi che uno studente comincia ad allontanarsi dalla scuola, ma pochi sono stati formati per intervenire, tanto meno quando lo studente sta ancora imparando la lingua di insegnamento. Il corso unisce brevi unità online a incontri dei team di ciascuna scuola, e ogni modulo si basa su schede della banca dati.",
            ),
            (
                "steps",
                [
                    (
                        "Accogliere gli alunni appena arrivati",
                        "Le prime settimane a scuola: compagni tutor, prime valutazioni e un orario che l'alunno possa sostenere.",
                    ),
                    (
                        "La lingua in ogni materia",
                        "Modi semplici per rendere più facili da seguire le lezioni di qualsiasi materia per chi sta ancora imparando la lingua.",
                    ),
                    (
                        "Lavorare con le famiglie",
                        "Contatti che non si limitino ai problemi, interpreti e mediatori, e informazioni che arrivino in tempo.",
                    ),
                    (
                        "Segnali d'allarme precoci",
                        "Assenze, voti in calo e chiusura: a che cosa fare attenzione e chi coinvolgere.",
                    ),
                    (
                        "Pianificare il sostegno in team",
                        "Trasformare ciò che la scuola ha imparato in un piano con ruoli chiari.",
                    ),
                ],
            ),
            (
                "paragraph",
                "La sperimentazione dura un periodo scolastico. Useremo i riscontri degli insegnanti per rivedere i moduli prima di pubblicarli come risorse educative aperte nelle lingue del partenariato.",
            ),
        ],
    },
    "toolkit-for-school-leaders": {
        "title": "Toolkit per i dirigenti scolastici",
        "summary": "Strumenti pratici che aiutano dirigenti e staff di direzione a costruire un approccio di tutta la scuola per tenere a scuola gli studenti con background migratorio: una griglia di autovalutazione, modelli per la pianificazione ed esempi delle scuole partner.",
        "body": [
            (
                "paragraph",
                "Ciò che può fare un singolo insegnante ha dei limiti. Che una scuola riesca a trattenere i suoi studenti con background migratorio dipende spesso da decisioni che solo la dirigenza può prendere: come i nuovi alunni vengono assegnati alle classi, come viene distribuito il tempo del personale, come la scuola collabora con le famiglie e con i servizi del territorio. Il toolkit aiuterà i team di direzione a rivedere queste decisioni e a pianificare i cambiamenti passo dopo passo.",
            ),
            (
                "key_facts",
                [
                    (
                        "Per",
                        "Dirigenti scolastici, collaboratori del dirigente e consigli d'istituto",
                    ),
                    ("Formato", "Strumenti online e modelli da stampare"),
                    (
                        "Si basa su",
                        "La banca dati e la sperimentazione del corso di formazione",
                    ),
                ],
            ),
            (
                "paragraph",
                "Il lavoro sul toolkit inizierà dopo la sperimentazione del corso di formazione, così da poter attingere a ciò che hanno imparato le scuole pilota. I dirigenti che desiderano provare una prima versione possono scrivere al gruppo di coordinamento.",
            ),
        ],
    },
    "policy-recommendations": {
        "title": "Raccomandazioni politiche",
        "summary": "Raccomandazioni brevi e concrete per i decisori locali, nazionali ed europei, basate sulla banca dati, sui focus group e sull'esperienza delle scuole partner.",
        "body": [
            (
                "paragraph",
                "Molte pratiche della banca dati funzionano bene in una scuola, ma si fermano quando un insegnante motivato se ne va o finisce un finanziamento. Le raccomandazioni indicheranno che cosa possono fare le amministrazioni perché la buona pratica diventi la regola e non l'eccezione: nei finanziamenti, nella formazione degli insegnanti, nel modo in cui le scuole accolgono gli alunni appena arrivati e nella raccolta dei dati sull'abbandono precoce.",
            ),
            (
                "paragraph",
                "Scriveremo una versione breve per ciascun paese partner, nella sua lingua, e discuteremo le raccomandazioni con i decisori politici alla conferenza finale del progetto.",
            ),
        ],
    },
}

"""Spanish (Spain) translations of the demo's news, events and outputs.

Each item has the shape of its English original in dissemination.py; None
keeps the English value (times, URLs, the text of generated PDF files).
"""

TRANSLATIONS = {
    # News ----------------------------------------------------------------------
    "project-kick-off": {
        "title": "Seis socios empiezan a construir una base de datos común de prácticas",
        "summary": "Los socios se reunieron en Bruselas para poner en marcha un proyecto Erasmus+ de tres años para que el alumnado migrante siga en la escuela. Primera tarea: acordar qué hace que una práctica merezca compartirse y cómo describirla para que otros puedan reutilizarla.",
        "body": [
            (
                "paragraph",
                "Representantes de las seis organizaciones socias pasaron dos días en la oficina de la Inclusive Schools Network en Bruselas para arrancar el proyecto. La mayoría ya habíamos colaborado en intercambios más pequeños, pero es la primera vez que construimos algo pensado para durar más que el propio proyecto: una base de datos pública que docentes, equipos directivos y responsables políticos puedan consultar en su propio idioma.\n\nEl primer día se dedicó a la pregunta de la que depende todo lo demás: ¿qué debe contar una entrada? Acordamos que una descripción solo es útil si dice a quién iba dirigida la práctica, cuánto costó, qué pruebas hay de que funciona y qué tendría que cambiar otro centro. Esos puntos son hoy los apartados fijos de todas las entradas.",
            ),
            ("heading", "Qué se acordó"),
            (
                "key_facts",
                [
                    (
                        "Socios",
                        "Seis organizaciones de Bélgica, España, Italia, Grecia, Alemania y Francia",
                    ),
                    ("Duración", "Tres años"),
                    ("Idiomas", "Siete, con el inglés como lengua de origen"),
                    (
                        "Primera tarea",
                        "Cada socio propone diez prácticas de su propia región",
                    ),
                ],
            ),
            (
                "paragraph",
                "Ahora cada socio revisará sus proyectos anteriores y sus contactos con centros educativos para proponer diez prácticas candidatas. El comité de expertos se reunirá en línea para revisar las primeras propuestas y ayudarnos a decidir cuáles están lo bastante bien descritas para publicarlas.",
            ),
            (
                "quote",
                (
                    "Todos hemos visto desaparecer buenos proyectos cuando se acabó la financiación. Esta vez queremos que lo que han aprendido los centros siga siendo fácil de encontrar.",
                    "La coordinadora del proyecto",
                ),
            ),
        ],
    },
    "database-opens": {
        "title": "La base de datos ya está abierta a todo el mundo",
        "summary": "Cualquier persona puede consultar ya prácticas y recursos que ayudan al alumnado migrante a seguir en la escuela y filtrarlos por país, tema y etapa educativa. Cada una o dos semanas se añadirán nuevas entradas, y las traducciones están en marcha.",
        "body": [
            (
                "paragraph",
                "Tras meses de recopilar, redactar y revisar, la base de datos está en línea. Se abre con sus primeras entradas: prácticas que han probado centros, organizaciones y administraciones, y recursos como manuales, materiales didácticos y cursos. Llegarán más cada una o dos semanas, a medida que los socios terminen de redactarlas y revisarlas. Una persona de una de las organizaciones socias redacta o revisa cada entrada, y el equipo coordinador la revisa antes de publicarla.\n\nNo hace falta tener una cuenta. Busque una palabra o acote la lista por etapa educativa, tema, destinatarios, grupo de alumnado, país y fase del abandono escolar que aborda cada entrada.",
            ),
            ("heading", "Por dónde empezar"),
            (
                "steps",
                [
                    (
                        "Explore por temas",
                        "La página de inicio muestra los temas y países con más entradas. Elija uno para ver una lista filtrada.",
                    ),
                    (
                        "Lea primero el apartado de transferencia",
                        "Cada entrada termina explicando cuánto cuesta, cuánto tiempo lleva y qué tendría que adaptar otro centro. Empiece por ahí si está decidiendo si probarla.",
                    ),
                    (
                        "Díganos qué falta",
                        "Escriba al equipo coordinador para proponer una práctica o un recurso, también uno propio.",
                    ),
                ],
            ),
            (
                "paragraph",
                "Las traducciones al español, el italiano y el árabe están en marcha, y después llegarán los demás idiomas de los socios. Las páginas que aún no están traducidas se muestran en inglés, con un breve aviso al principio.",
            ),
        ],
    },
    "focus-group-with-families-report": {
        "title": "Lo que nos contaron las familias: informe del grupo focal de Valencia",
        "summary": "Catorce madres y padres de origen migrante hablaron de lo que ayudó a sus hijos e hijas a seguir en la escuela y de lo que se lo puso difícil. Sus respuestas orientarán las próximas entradas que busquemos y el curso de formación para docentes.",
        "body": [
            (
                "paragraph",
                "El grupo focal se celebró una tarde entre semana en la Fundación Aula Abierta de Valencia, con servicio de cuidado infantil e intérpretes de árabe, rumano y urdu. Participaron catorce madres y padres cuyos hijos van a centros de primaria y secundaria de la ciudad y de pueblos cercanos. Planteamos tres preguntas abiertas: ¿cuándo se sintió bienvenido en el centro de su hijo o hija?, ¿cuándo se sintió excluido? y ¿qué cambiaría en primer lugar?",
            ),
            ("heading", "Tres ideas que escuchamos una y otra vez"),
            (
                "steps",
                [
                    (
                        "La información llega demasiado tarde",
                        "Varias familias se enteraron de decisiones importantes, como qué itinerario seguir en secundaria, cuando el plazo ya había terminado.",
                    ),
                    (
                        "Una persona de confianza lo cambia todo",
                        "Las familias que tenían un contacto concreto en el centro, a menudo un docente o una mediadora que hablaba su idioma, se sentían capaces de preguntar antes de que los pequeños problemas crecieran.",
                    ),
                    (
                        "Los deberes levantan un muro",
                        "Las familias querían ayudar, pero no entendían las tareas. Los clubes de deberes y las guías breves escritas para familias fueron los apoyos más valorados.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Cuando el colegio me llamaba, siempre era porque algo iba mal. La primera vez que me llamaron para decirme que a mi hijo le había ido bien, me eché a llorar.",
                    "Un padre de dos hijos",
                ),
            ),
            (
                "paragraph",
                "En la página del evento puede descargarse un resumen del encuentro. Nuestros socios de Italia y Grecia organizarán grupos focales parecidos, para que podamos comparar lo que dicen las familias sobre sistemas escolares distintos.",
            ),
        ],
    },
    "newsletter-issue-5": {
        "title": "Boletín n.º 5: nuevas entradas, un seminario web y la conferencia final",
        "summary": "Ya está disponible el quinto número del boletín del proyecto. Presenta las últimas incorporaciones a la base de datos, informa sobre el grupo focal con familias y le invita a nuestros próximos eventos.",
        "body": [
            (
                "paragraph",
                "Nuestro boletín se publica dos veces al año y se envía por correo electrónico en los siete idiomas del proyecto. Este número presenta las entradas añadidas a la base de datos desde el anterior, entre ellas varias prácticas de centros de formación profesional y un conjunto de cartas que los centros pueden enviar a las familias en su propio idioma. También informa sobre el grupo focal con familias de Valencia y sobre el curso de formación para docentes, cuyos primeros módulos se están probando en centros socios. Y ahora hay una forma más rápida de proponer una práctica: el formulario «Sugerir una práctica», enlazado al pie de cada página de la base de datos.",
            ),
            ("heading", "Fechas para la agenda"),
            (
                "paragraph",
                "Invitamos al personal de los centros a un seminario web gratuito sobre cómo usar la base de datos para planificar el apoyo al alumnado recién llegado, a un evento multiplicador en Bolonia y a la conferencia final del proyecto en Bruselas. Encontrará los tres en nuestra página de eventos, donde también puede inscribirse.",
            ),
            (
                "links",
                [
                    ("Boletín n.º 5, versión web", None),
                    ("Suscribirse al boletín", None),
                ],
            ),
        ],
    },
    # Events --------------------------------------------------------------------
    "transnational-meeting-leipzig": {
        "title": "Reunión transnacional del proyecto en Leipzig",
        "summary": "Los socios se reunieron en Brückenschule e.V., en Leipzig, para hacer balance de cómo ha crecido la base de datos, planificar las próximas traducciones y acordar el esquema del curso de formación para docentes.",
        "city": "Leipzig",
        "programme": [
            (
                None,
                "La base de datos en cifras",
                "El equipo coordinador presenta el número de entradas, visitas y traducciones, y lo que más les costó redactar a los editores.",
            ),
            (
                None,
                "Visita a un aula de acogida",
                "Un aula para alumnado recién llegado en un centro socio y el club de deberes que Brückenschule organiza allí con voluntariado.",
            ),
            (
                None,
                "Taller sobre el curso de formación para docentes",
                "Elegir los módulos, los centros piloto y quién redacta cada parte.",
            ),
            (
                None,
                "Segundo día: traducciones y eventos",
                "Qué entradas traducir a continuación y cómo presentará cada socio la base de datos en su país.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Las reuniones del proyecto son reuniones de trabajo de los socios y no están abiertas al público. Publicamos su programa y sus principales decisiones para que cualquiera que siga el proyecto sepa en qué punto está.",
            ),
            ("heading", "Principales decisiones"),
            (
                "steps",
                [
                    (
                        "Curso de formación",
                        "El curso para docentes tendrá cinco módulos, cada uno construido a partir de entradas de la base de datos, y se probará en ocho centros.",
                    ),
                    (
                        "Traducciones",
                        "Antes de la próxima reunión se traducirán diez prácticas más a cada idioma de los socios.",
                    ),
                    (
                        "Eventos multiplicadores",
                        "Cada socio presentará la base de datos en un evento para docentes y equipos directivos de su país.",
                    ),
                ],
            ),
        ],
    },
    "focus-group-families-valencia": {
        "title": "Grupo focal con familias en Valencia",
        "summary": "Una conversación de tarde con madres y padres de origen migrante sobre lo que ayuda a sus hijos e hijas a seguir en la escuela, con intérpretes y cuidado infantil.",
        "city": "Valencia",
        "programme": [
            (
                None,
                "Bienvenida, té y cuidado infantil",
                "Los niños juegan con dos educadoras en la sala de al lado.",
            ),
            (
                None,
                "Conversación en grupos pequeños",
                "Tres preguntas abiertas, con intérpretes de árabe, rumano y urdu.",
            ),
            (
                None,
                "¿Qué debería cambiar primero?",
                "Cada grupo comparte con todos su idea más importante.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "Las familias participaron por invitación de centros educativos y asociaciones del barrio que colaboran con Aula Abierta. La conversación se registró sin nombres, y cada participante recibió un breve resumen en su idioma.",
            ),
        ],
        "materials": [(None, "Resumen del encuentro (PDF)", None)],
    },
    "webinar-planning-support-with-the-database": {
        "title": "Seminario web: planificar el apoyo al alumnado recién llegado con la base de datos",
        "summary": "Una hora en línea y gratuita para docentes y equipos directivos: cómo encontrar prácticas que encajen con su centro, cómo leer los apartados sobre pruebas y transferencia, y cómo proponer su propio trabajo.",
        "city": "",
        "programme": [
            (
                None,
                "Cómo está organizada la base de datos",
                "Entradas, filtros e idiomas en diez minutos.",
            ),
            (
                None,
                "Un ejemplo práctico",
                "El equipo de un instituto busca formas de apoyar al alumnado que llega a mitad de curso.",
            ),
            (
                None,
                "Preguntas y respuestas",
                "Envíe sus preguntas con la inscripción o plantéelas en el chat.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "El seminario web se imparte en inglés con subtítulos en directo. Después publicaremos en esta página la grabación y las diapositivas, y quienes participen pueden pedir un certificado de asistencia.",
            ),
        ],
    },
    "multiplier-event-bologna": {
        "title": "Evento multiplicador en Bolonia: qué ayuda al alumnado a seguir en la escuela",
        "summary": "Una mañana para docentes, equipos directivos y administraciones locales. Varios centros presentan prácticas de la base de datos y los participantes prueban el primer módulo del curso de formación para docentes.",
        "city": "Bolonia",
        "programme": [
            (None, "Bienvenida y recorrido por la base de datos", ""),
            (
                None,
                "Tres centros, tres prácticas",
                "Docentes de tres centros de la región explican qué hicieron, cuánto costó y qué harían de otra manera.",
            ),
            (
                None,
                "Taller: el primer módulo del curso de formación",
                "Los participantes trabajan el módulo sobre la acogida del alumnado recién llegado y nos dicen qué mejorar.",
            ),
            (None, "Comida y tiempo para conocerse", ""),
        ],
        "body": [
            (
                "paragraph",
                "El evento se desarrolla en italiano. La participación es gratuita, pero las plazas están limitadas a 80, así que le rogamos que se inscriba. El profesorado puede obtener el reconocimiento de la mañana como formación permanente.",
            ),
        ],
    },
    "final-conference-brussels": {
        "title": "Conferencia final: que el alumnado migrante siga en la escuela",
        "summary": "La conferencia de clausura del proyecto presenta la base de datos, el curso de formación, la caja de herramientas para equipos directivos y nuestras recomendaciones políticas, con docentes, investigadores y responsables políticos de toda Europa.",
        "city": "Bruselas",
        "programme": [
            (
                None,
                "Apertura",
                "Bienvenida de la coordinación y un breve vídeo realizado por alumnado de los centros socios.",
            ),
            (
                None,
                "Mesa redonda: lo que nos han enseñado dos años recopilando prácticas",
                "Socios y docentes comentan qué prácticas han reutilizado más otros centros, y por qué.",
            ),
            (
                None,
                "Talleres paralelos",
                "El curso de formación para docentes, la caja de herramientas para equipos directivos y el trabajo con las familias.",
            ),
            (
                None,
                "Recomendaciones políticas",
                "Presentamos nuestras recomendaciones, seguidas de las respuestas de responsables políticos nacionales y europeos.",
            ),
        ],
        "body": [
            (
                "paragraph",
                "La conferencia se celebra en inglés, con interpretación al francés. Las sesiones de la mañana se retransmiten en directo para quienes no puedan desplazarse. La inscripción es gratuita y permanece abierta hasta dos semanas antes de la conferencia.",
            ),
        ],
    },
    # Outputs -------------------------------------------------------------------
    "database-of-practices": {
        "title": "Base de datos de prácticas y recursos",
        "summary": "Una colección en línea, gratuita y multilingüe de prácticas y recursos que ayudan al alumnado migrante a seguir en la escuela, con filtros por etapa educativa, tema, destinatarios, país y fase del abandono escolar.",
        "body": [
            (
                "paragraph",
                "La base de datos es el resultado principal del proyecto y la base de todos los demás. Reúne buenas prácticas, proyectos, políticas y enfoques pedagógicos, junto con recursos prácticos como manuales y materiales didácticos, desde el ámbito local hasta el internacional. Todas las entradas siguen la misma estructura, para que se puedan comparar y se pueda valorar qué haría falta para aplicar una de ellas en el propio centro.",
            ),
            ("heading", "Qué contiene"),
            (
                "key_facts",
                [
                    ("Entradas", "Más de sesenta, y en aumento"),
                    ("Idiomas", "Inglés, con traducciones a los idiomas de los socios"),
                    ("Licencia", "Textos con licencia CC BY 4.0"),
                    (
                        "Actualización",
                        "Cada mes se revisan y publican nuevas entradas",
                    ),
                ],
            ),
            (
                "paragraph",
                "Los socios mantendrán la base de datos en línea y actualizada cuando termine el proyecto. Todas las entradas pueden descargarse también como datos abiertos, para usarlas en otras herramientas y estudios.",
            ),
        ],
        "downloads": [
            (None, "Consultar la base de datos en línea", None),
            (None, "Todas las entradas como datos abiertos", None),
            (None, "Cómo se redacta una entrada (PDF)", None),
        ],
    },
    "training-course-for-teachers": {
        "title": "Curso de formación para docentes: apoyo temprano al alumnado migrante",
        "summary": "Un curso semipresencial de cinco módulos que ayuda al profesorado a detectar pronto las señales de que un estudiante se está desenganchando de la escuela y a responder con prácticas de la base de datos. Se está probando en ocho centros socios.",
        "body": [
            (
                "paragraph",
                "El profesorado suele ser el primero en notar que un estudiante empieza a alejarse de la escuela, pero pocos docentes han recibido formación para actuar, y menos aún cuando ese estudiante todavía está aprendiendo la lengua de enseñanza. El curso combina unidades breves en línea con reuniones de los equipos de cada centro, y cada módulo se apoya en entradas de la base de datos.",
            ),
            (
                "steps",
                [
                    (
                        "Acoger al alumnado recién llegado",
                        "Las primeras semanas en el centro: compañeros de acogida, primeras evaluaciones y un horario que el alumno pueda asumir.",
                    ),
                    (
                        "La lengua en todas las materias",
                        "Maneras sencillas de hacer más fáciles de seguir las clases de cualquier materia para quien aún está aprendiendo la lengua.",
                    ),
                    (
                        "Trabajar con las familias",
                        "Un contacto que no se limite a los problemas, intérpretes y mediadores, e información que llegue a tiempo.",
                    ),
                    (
                        "Señales de alerta temprana",
                        "Faltas de asistencia, notas que bajan y aislamiento: en qué fijarse y a quién implicar.",
                    ),
                    (
                        "Planificar el apoyo en equipo",
                        "Convertir lo que ha aprendido el centro en un plan con funciones claras.",
                    ),
                ],
            ),
            (
                "paragraph",
                "La prueba piloto dura un trimestre. Usaremos las opiniones del profesorado para revisar los módulos antes de publicarlos como recursos educativos abiertos en los idiomas de los socios.",
            ),
        ],
    },
    "toolkit-for-school-leaders": {
        "title": "Caja de herramientas para equipos directivos",
        "summary": "Herramientas prácticas para que directores y equipos directivos construyan un enfoque de todo el centro que ayude al alumnado migrante a seguir en la escuela: una tabla de autoevaluación, plantillas de planificación y ejemplos de centros socios.",
        "body": [
            (
                "paragraph",
                "Lo que puede hacer un solo docente tiene límites. Que un centro consiga que su alumnado migrante siga estudiando depende a menudo de decisiones que solo puede tomar la dirección: cómo se asigna a los nuevos alumnos a los grupos, cómo se reparte el tiempo del personal, cómo trabaja el centro con las familias y los servicios locales. La caja de herramientas ayudará a los equipos directivos a revisar esas decisiones y a planificar los cambios paso a paso.",
            ),
            (
                "key_facts",
                [
                    ("Para", "Directores, jefes de estudios y consejos escolares"),
                    ("Formato", "Herramientas en línea y plantillas para imprimir"),
                    (
                        "Se basa en",
                        "La base de datos y la prueba piloto del curso de formación",
                    ),
                ],
            ),
            (
                "paragraph",
                "El trabajo en la caja de herramientas empezará cuando se haya probado el curso de formación, para que pueda aprovechar lo que aprendieron los centros piloto. Los equipos directivos que quieran probar una primera versión pueden escribir al equipo coordinador.",
            ),
        ],
    },
    "policy-recommendations": {
        "title": "Recomendaciones políticas",
        "summary": "Recomendaciones breves y concretas para responsables de decisiones locales, nacionales y europeos, basadas en la base de datos, los grupos focales y la experiencia de los centros socios.",
        "body": [
            (
                "paragraph",
                "Muchas prácticas de la base de datos funcionan bien en un centro, pero se detienen cuando se marcha un docente comprometido o se acaba una subvención. Las recomendaciones explicarán qué pueden hacer las administraciones para que la buena práctica sea la norma y no la excepción: en la financiación, en la formación del profesorado, en la forma en que los centros acogen al alumnado recién llegado y en cómo se recogen los datos sobre el abandono temprano.",
            ),
            (
                "paragraph",
                "Redactaremos una versión breve para cada país socio, en su propio idioma, y debatiremos las recomendaciones con responsables políticos en la conferencia final del proyecto.",
            ),
        ],
    },
}

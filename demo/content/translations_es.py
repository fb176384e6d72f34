"""Spanish (Spain) translations of selected demo practices and resources."""

TRANSLATIONS = {
    "buddy-reading-circles-valencia-primary": {
        "title": "Círculos de lectura en pareja para recién llegados en la primaria de Valencia",
        "summary": "Alumnos mayores leen con niños más pequeños que acaban de llegar, dos veces por semana en horario escolar, para que la lectura en español crezca junto a las lenguas que los recién llegados ya hablan.",
        "evidence_summary": "El profesorado comparó pruebas sencillas de lectura al principio y al final de tres cursos escolares. La mayoría de los recién llegados de los círculos subió al menos un nivel de lectura, y los tutores observaron que los alumnos más callados participaban más en clase.",
        "transfer": {
            "time": "Un trimestre de preparación; dos sesiones de 30 minutos a la semana en horario escolar.",
            "staff": "Un docente coordinador con unas dos horas semanales, una estantería de libros ilustrados sencillos y el consentimiento de las familias de los lectores mayores.",
            "adapt": "Identificar las lenguas familiares del colegio antes de formar las parejas. Si ningún alumno mayor comparte la lengua de un recién llegado, emparejar a los niños por intereses y empezar con libros ilustrados sin texto.",
        },
        "body": [
            (
                "paragraph",
                "En cada círculo, un alumno de los dos últimos cursos de primaria forma pareja con un niño más pequeño que llegó a España en los últimos dos años. Dos veces por semana, durante media hora, la pareja lee junta en un rincón tranquilo de la biblioteca del colegio. Siempre que es posible, el lector mayor comparte la lengua materna del pequeño y puede explicarle en ella una palabra o un chiste, pero el libro en sí está en español. Los tutores eligen los libros con la bibliotecaria para que conecten con los temas que la clase trabaja ese trimestre.",
            ),
            (
                "key_facts",
                [
                    (
                        "Participantes",
                        "Unas 60 parejas de lectura al año en cuatro colegios",
                    ),
                    ("Ritmo", "Dos sesiones de 30 minutos a la semana"),
                    (
                        "Edades",
                        "Lectores de 10 a 12 años; recién llegados de 6 a 9 años",
                    ),
                    ("En marcha desde", "2016"),
                ],
            ),
            ("heading", "Por qué importan las parejas"),
            (
                "paragraph",
                "Los recién llegados suelen pasar meses callados en clase mientras escuchan y van descifrando la nueva lengua. Un compañero de lectura les ofrece un espacio más seguro para probar palabras con alguien que ha vivido la misma experiencia y que no se reirá de un error. Los alumnos mayores, muchos de ellos también hijos de familias migrantes, se toman el papel en serio y a menudo mejoran su propia lectura y su confianza. Cada trimestre se invita a las familias a una tarde de lectura, en la que las parejas leen en voz alta y los padres pueden llevarse en préstamo libros en sus propias lenguas de una pequeña estantería que el colegio mantiene para ellos.",
            ),
            (
                "steps",
                [
                    (
                        "Identificar las lenguas",
                        "Elaborar una lista de las lenguas familiares que se hablan en el colegio y buscar alumnos mayores que las hablen, con el acuerdo de sus familias.",
                    ),
                    (
                        "Formar a los lectores",
                        "Organizar dos sesiones breves sobre cómo escuchar, elogiar el esfuerzo y preguntar por las ilustraciones en lugar de corregir cada palabra.",
                    ),
                    (
                        "Proteger el tiempo",
                        "Incluir los círculos en el horario escolar para que ningún niño se los pierda por el transporte o por tener que cuidar de alguien después de clase.",
                    ),
                    (
                        "Celebrar las parejas",
                        "Organizar una tarde de lectura cada trimestre y entregar a los lectores mayores un certificado que puedan llevarse al instituto.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "7 de cada 10",
                        "recién llegados de los círculos subieron al menos un nivel de lectura en un curso escolar, según las pruebas internas de los colegios",
                    ),
                    (
                        "Unos 45",
                        "alumnos mayores se forman cada año como compañeros de lectura",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Al principio solo señalaba los dibujos. En primavera ya me leía los diálogos poniendo dos voces distintas.",
                    "Un compañero de lectura de 6.º de primaria",
                ),
            ),
        ],
        "image": (
            "Ilustración de dos niños que comparten un libro ilustrado sentados en cojines en la biblioteca de un colegio",
            "Las parejas de lectura se reúnen dos veces por semana en la biblioteca del colegio.",
        ),
    },
    "bilingual-teaching-assistants-lisbon-secondary": {
        "title": "Auxiliares docentes bilingües en el primer ciclo de secundaria de Lisboa",
        "summary": "Auxiliares que comparten lengua con el alumnado recién llegado trabajan junto al profesorado de matemáticas, ciencias e historia, para que los recién llegados sigan aprendiendo los contenidos mientras mejora su portugués.",
        "evidence_summary": "Un equipo universitario evaluó los dos últimos años. Los recién llegados que contaron con un auxiliar aprobaron algunas materias más en su primer curso que los de centros similares, y la mayoría del profesorado valoró la docencia compartida. Los evaluadores subrayaron que los resultados dependían del tiempo de planificación conjunta.",
        "transfer": {
            "time": "Seis meses para contratar y formar a los auxiliares; cada uno trabaja de 20 a 25 horas semanales en el centro.",
            "staff": "Auxiliares con dominio del portugués y de una de las principales lenguas familiares, un docente de referencia en cada centro y una franja semanal de planificación.",
            "adapt": "Elegir las lenguas cada año a partir de los datos de matrícula. Cuando una lengua es poco frecuente, varios centros pueden compartir un auxiliar, o este puede unirse a las clases a distancia durante periodos cortos.",
        },
        "body": [
            (
                "paragraph",
                "El alumnado que llega a Portugal con 12 o 13 años suele pasar su primer curso entendiendo muy poco de lo que ocurre en las clases de matemáticas o ciencias. Este proyecto incorporó auxiliares bilingües en seis centros de primer ciclo de secundaria. Hablan portugués y al menos una de las lenguas más comunes entre los recién llegados de la zona, como el ucraniano, el urdu, el nepalí y el bengalí. Los auxiliares no imparten clases aparte. Se sientan con grupos pequeños dentro del aula ordinaria, explican palabras clave, traducen instrucciones y ayudan al alumnado a demostrar lo que ya sabe de la escuela en su país de origen.",
            ),
            (
                "key_facts",
                [
                    ("Centros", "6 centros de primer ciclo de secundaria"),
                    ("Auxiliares", "9, con jornadas de 20 a 25 horas semanales"),
                    ("Alumnado atendido", "Unos 240 alumnos en cuatro años"),
                    ("Duración", "De 2019 a 2023"),
                ],
            ),
            ("heading", "Una semana típica"),
            (
                "paragraph",
                "El lunes, el auxiliar se reúne media hora con el profesorado de cada materia para revisar los temas de la semana y señalar las palabras e ideas que más costarán a los recién llegados. Durante las clases, el auxiliar pasa de un grupo a otro y a menudo prepara un breve glosario bilingüe que el alumnado guarda en su carpeta. Una vez a la semana, el auxiliar participa también en una reunión con las familias que necesitan ayuda para entender los boletines de notas, las opciones de estudio o las normas. El profesorado señaló que el mayor cambio fue poder saber por fin si un alumno callado no entendía las matemáticas o solo el portugués.",
            ),
            (
                "outcomes",
                [
                    (
                        "+1",
                        "materia aprobada de media en el primer curso, en comparación con recién llegados de centros similares",
                    ),
                    (
                        "Cerca del 85 %",
                        "del profesorado participante quería seguir trabajando con un auxiliar",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Analizar los datos de matrícula",
                        "Averiguar qué lenguas hablan los recién llegados y cuántos alumnos hay en cada centro.",
                    ),
                    (
                        "Contratar en la comunidad",
                        "Buscar titulados bilingües, docentes en formación o padres y madres con experiencia, y comprobar su nivel de portugués y sus conocimientos de la materia.",
                    ),
                    (
                        "Planificar en equipo",
                        "Dar a cada docente y a cada auxiliar una franja semanal fija para preparar las clases; de lo contrario, el modelo se queda en simple traducción.",
                    ),
                    (
                        "Retirar el apoyo poco a poco",
                        "Reducir gradualmente el apoyo a cada alumno a medida que mejora su portugués, para que no dependa de un solo adulto.",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Resumen de la evaluación externa",
                        "https://escolas-abertas.example.org/assistants/evaluation",
                    ),
                    (
                        "Perfil del puesto de auxiliar bilingüe",
                        "https://escolas-abertas.example.org/assistants/job-profile",
                    ),
                ],
            ),
        ],
    },
    "absence-early-warning-dashboard-palermo": {
        "title": "Un panel de alerta temprana sobre el absentismo en institutos de Palermo",
        "summary": "Un panel compartido señala al alumnado cuya asistencia, notas o conducta empiezan a empeorar, y un miembro del personal designado hace el seguimiento en el plazo de una semana, con un mediador cultural cuando la familia lo necesita.",
        "evidence_summary": "Un estudio de tres años realizado por un instituto regional de investigación siguió a unos 1900 alumnos. Los centros que usaban el panel tenían menos alumnado con ausencias largas injustificadas que otros centros comparables, aunque los autores señalan que esos centros también incorporaron personal de seguimiento, por lo que es difícil aislar el efecto del propio panel.",
        "transfer": {
            "time": "Un trimestre para acordar las señales y poner en marcha la herramienta; de una a dos horas semanales por centro para revisar las alertas.",
            "staff": "Un docente o un administrativo que se maneje bien con los datos, un coordinador de seguimiento, acceso a mediadores culturales y un acuerdo claro de protección de datos.",
            "adapt": "Partir de los datos que el centro ya registra. Acordar los umbrales a nivel local y mantener corta la lista de alertas, para que cada una reciba respuesta de una persona.",
        },
        "body": [
            (
                "paragraph",
                "Los centros ya tienen casi toda la información que indica que un alumno se está alejando: registros de asistencia, notas y partes de conducta. El problema es que están en lugares distintos y los consultan personas distintas. La red de Palermo reunió tres señales en un único panel sencillo que el equipo de apoyo del centro revisa cada semana. La herramienta en sí es modesta y se basa en el programa de registro que el centro ya utilizaba. Lo que la hace funcionar es la norma de que se habla de cada alumno señalado y de que un adulto concreto se responsabiliza del siguiente paso.",
            ),
            ("heading", "Tres señales, una respuesta"),
            (
                "paragraph",
                "Se señala a un alumno cuando falta más de uno de cada diez días a lo largo de un mes, cuando sus notas bajan en dos o más materias o cuando acumula partes de conducta. El alumnado con una señal aparece en amarillo y el que tiene dos o más, en rojo. En la reunión semanal, el equipo decide quién hablará con el alumno y quién se pondrá en contacto con la familia. Con las familias que todavía están aprendiendo italiano, el centro recurre a un mediador cultural, y el primer contacto es una conversación, no una carta de advertencia.",
            ),
            (
                "key_facts",
                [
                    ("Centros", "8 centros de secundaria inferior y superior"),
                    ("Alumnado cubierto", "Unos 5200 alumnos"),
                    ("Reunión de revisión", "Semanal, de unos 20 minutos"),
                    (
                        "Seguimiento",
                        "En un plazo de cinco días lectivos desde la alerta",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Alrededor de un 15 % menos",
                        "de alumnos con más de 20 días de ausencia injustificada que en centros comparables, según el estudio",
                    ),
                    (
                        "3 de cada 4",
                        "alertas dieron lugar a una conversación con la familia en menos de una semana",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Hacer inventario de lo que ya se registra",
                        "Comprobar qué datos de asistencia, notas y conducta están disponibles y son fiables antes de crear nada nuevo.",
                    ),
                    (
                        "Acordar umbrales sencillos",
                        "Decidir entre todos qué se considera una señal de alerta y revisar los umbrales después del primer trimestre.",
                    ),
                    (
                        "Asignar una persona a cada alerta",
                        "Asegurarse de que cada alumno señalado tenga un adulto responsable del seguimiento, con una fecha.",
                    ),
                    (
                        "Llegar a las familias en su lengua",
                        "Prever desde el principio mediadores o intérpretes y procurar que el primer contacto sea de apoyo.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "La pantalla no retiene a nadie en el centro. Solo garantiza que nadie se escape sin que un adulto se dé cuenta.",
                    "Un subdirector de un centro de Palermo",
                ),
            ),
        ],
        "image": (
            "Ilustración de una docente que mira en un portátil un gráfico sencillo de la asistencia semanal",
            "El panel reúne la asistencia, las notas y los partes de conducta.",
        ),
    },
    "parent-cafes-interpreters-athens-primary": {
        "title": "Cafés para familias con intérpretes en colegios de primaria de Atenas",
        "summary": "Cafés mensuales por la mañana en el salón del colegio, con intérpretes de árabe, farsi y kurdo, donde las familias refugiadas se reúnen de manera informal con el profesorado, preguntan sobre la vida escolar y se llevan ideas para apoyar el aprendizaje en casa.",
        "evidence_summary": "Después de cada café, las familias rellenan breves fichas de valoración con imágenes, y al final de cada curso se celebra un debate en grupo. Las familias afirman entender mejor las normas del colegio y los boletines de notas, y los colegios registraron que más padres y madres acudían a las reuniones individuales con el profesorado.",
        "transfer": {
            "time": "Dos meses de preparación; un café de 90 minutos al mes.",
            "staff": "Una persona coordinadora del colegio o de una asociación local, dos o tres intérpretes por sesión, una sala acogedora, café y algo de comer.",
            "adapt": "Preguntar a las familias qué horarios y temas les convienen y evitar que el café se convierta en una conferencia. Contar con intérpretes en quienes confíe la comunidad, idealmente padres y madres que hayan recibido algo de formación.",
        },
        "body": [
            (
                "paragraph",
                "Muchos padres y madres refugiados del centro de Atenas quieren implicarse en la escolarización de sus hijos, pero les cuesta acercarse al colegio. Las cartas llegan en griego, las reuniones coinciden con el horario de trabajo y no es fácil hacer una simple pregunta en la ventanilla de secretaría. Los cafés para familias nacieron cuando un foro local de padres y dos colegios de primaria preguntaron a las familias qué les ayudaría. La respuesta fue sencilla: un encuentro periódico y distendido en el colegio, con alguien que hable su lengua.",
            ),
            ("heading", "Qué ocurre en un café"),
            (
                "paragraph",
                "Cada encuentro empieza con un café y una conversación informal, mientras los intérpretes van de mesa en mesa. Al cabo de media hora, un docente o la dirección da una charla breve sobre un tema elegido por las familias, como el funcionamiento de los boletines de notas, el proceso de matrícula en educación infantil o cómo ayudar con la lectura sin hablar griego. Después, las familias plantean sus preguntas en grupos pequeños. A veces los niños de infantil y de los primeros cursos se unen en la última parte y enseñan a sus padres lo que han hecho en clase.",
            ),
            (
                "steps",
                [
                    (
                        "Preguntar primero a las familias",
                        "Organizar una reunión breve o una encuesta con las familias para elegir los días, los horarios y los primeros temas.",
                    ),
                    (
                        "Buscar intérpretes de confianza",
                        "Colaborar con una asociación de la comunidad para encontrar intérpretes e informarles antes sobre el sistema educativo.",
                    ),
                    (
                        "Mantener un tono informal",
                        "Limitar las charlas a 15 minutos y dedicar la mayor parte del tiempo a preguntas y conversación.",
                    ),
                    (
                        "Cerrar el círculo",
                        "Contar a las familias en el siguiente café qué ha cambiado el colegio a raíz de sus preguntas.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Unos 35",
                        "padres y madres en un café medio, de más de diez países",
                    ),
                    (
                        "Casi el doble",
                        "de familias acudieron a reuniones individuales con el profesorado al cabo de dos años, según los registros de los colegios",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Aquí puedo hacer la pregunta que me daba vergüenza hacer en la ventanilla.",
                    "Una madre que asiste a uno de los cafés",
                ),
            ),
        ],
        "image": (
            "Ilustración de familias y docentes conversando alrededor de mesas pequeñas con tazas de café en el salón de un colegio",
            "Durante los cafés, los intérpretes van de una mesa a otra.",
        ),
    },
    "national-reception-programme-malta-schools": {
        "title": "Un programa nacional de acogida para recién llegados en los centros educativos de Malta",
        "summary": "El alumnado recién llegado pasa hasta un curso escolar en un aula de acogida intensiva aprendiendo inglés y maltés, con cada vez más tiempo en un aula ordinaria, hasta incorporarse a ella por completo.",
        "evidence_summary": "Una revisión encargada a los cinco años concluyó que la mayoría del alumnado se incorporaba plenamente al aula ordinaria en menos de un año. Recomendó reforzar el apoyo tras el cambio, sobre todo para el alumnado de más edad con lagunas en su escolarización previa.",
        "transfer": {
            "time": "Una implantación nacional de unos tres años; cada aula de acogida funciona durante todo el curso escolar.",
            "staff": "Profesorado de lenguas con formación específica, un pequeño equipo para las primeras evaluaciones y centros ordinarios preparados para recibir al alumnado de forma progresiva.",
            "adapt": "Los sistemas más pequeños pueden organizar núcleos de acogida en unos pocos centros en lugar de a escala nacional. Conviene mantener el límite de tiempo y la incorporación gradual, que son el núcleo del modelo.",
        },
        "body": [
            (
                "paragraph",
                "Los centros educativos de Malta reciben cada vez más alumnado de otros países, y muchos alumnos llegan a mitad de curso sabiendo poco o nada de inglés o maltés. Con este programa nacional, todo alumno recién llegado en edad de escolarización obligatoria es evaluado en pocas semanas y, si lo necesita, se incorpora a un aula de acogida. Las aulas de acogida son pequeñas y se centran en las dos lenguas de escolarización, pero no pretenden ser un itinerario aparte. Desde el primer trimestre, el alumnado se une a un aula ordinaria en materias como educación física, plástica y música.",
            ),
            ("heading", "De la evaluación al aula ordinaria"),
            (
                "paragraph",
                "La primera evaluación va más allá de la lengua. El personal pregunta por la escolarización previa, la alfabetización en la lengua materna, las matemáticas y cualquier laguna causada por el viaje. El alumnado con escolarización interrumpida recibe tiempo adicional de lectoescritura y cálculo. A medida que mejora en las lenguas, pasa más horas a la semana en su aula ordinaria, donde un docente de referencia sigue su progreso. El objetivo es la incorporación plena en un curso escolar, y tres meses después del cambio se hace una revisión de seguimiento.",
            ),
            (
                "key_facts",
                [
                    ("Núcleos de acogida", "12 en Malta y Gozo"),
                    (
                        "Estancia máxima",
                        "Un curso escolar, con una revisión cada trimestre",
                    ),
                    ("Tamaño del grupo", "Normalmente de 8 a 14 alumnos"),
                    ("Implantación", "2015, ampliado desde 2018"),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Cerca del 80 %",
                        "del alumnado se incorporó plenamente a un aula ordinaria en un curso escolar",
                    ),
                    (
                        "3 meses",
                        "después del cambio, cada alumno tiene una revisión de seguimiento con su tutor",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Presentación del programa de acogida para centros",
                        "https://newcomer-education-mt.example.org/reception/overview",
                    ),
                    (
                        "Información para familias en varias lenguas",
                        "https://newcomer-education-mt.example.org/reception/parents",
                    ),
                ],
            ),
        ],
        "image": (
            "Ilustración de un pequeño grupo de niños de distintas edades alrededor de una mesa con tarjetas de palabras en inglés y maltés",
            "Las aulas de acogida mezclan edades y se centran en las lenguas de escolarización.",
        ),
    },
    "welcome-classes-vienna-gradual-mainstreaming": {
        "title": "Aulas de bienvenida con incorporación gradual al aula ordinaria en Viena",
        "summary": "El alumnado recién llegado de 10 a 15 años pasa sus primeros meses en una pequeña aula de bienvenida y se incorpora poco a poco a las clases ordinarias, empezando por las materias que menos dependen de la lengua.",
        "evidence_summary": "Un equipo universitario siguió a dos grupos de unos 170 alumnos en total entre 2021 y 2023. El alumnado pasó antes a las aulas ordinarias que con el modelo anterior y menos alumnos cambiaron de escuela, aunque la muestra era pequeña y no había grupo de control.",
        "transfer": {
            "time": "Medio curso escolar de planificación; después funciona dentro del horario normal.",
            "staff": "Un docente para el aula de bienvenida con formación en alemán como segunda lengua, un auxiliar bilingüe a tiempo parcial y tutores dispuestos a participar.",
            "adapt": "Las escuelas con pocos recién llegados pueden compartir un aula de bienvenida entre varios centros, con un plan claro para los desplazamientos y para determinar a qué escuela pertenece el alumno.",
        },
        "body": [
            (
                "paragraph",
                "Hasta hace poco, el alumnado que llegaba a Viena durante el curso se incorporaba directamente a un aula ordinaria, donde entendía poco y a menudo se desanimaba en pocas semanas. Ahora, una agrupación de seis escuelas medias empieza con cada recién llegado en un aula de bienvenida de no más de catorce alumnos. El aula tiene su propio horario, con clases diarias de alemán, matemáticas y una sesión semanal sobre cómo funciona la escuela en Austria. Desde la primera semana, cada alumno pasa además algunas horas en el aula ordinaria a la que se incorporará más adelante, para que haga amigos allí y el paso definitivo no le resulte un choque.",
            ),
            (
                "key_facts",
                [
                    ("Participantes", "Unos 90 alumnos al año en seis escuelas"),
                    ("Edades", "De 10 a 15 años"),
                    ("Tamaño del grupo", "Hasta 14 alumnos"),
                    ("Personal", "Un docente y un auxiliar bilingüe por aula"),
                ],
            ),
            ("heading", "De unas pocas clases al horario completo"),
            (
                "paragraph",
                "La incorporación se hace por etapas. Primero, el alumnado se une a su aula ordinaria en educación física, plástica, música y matemáticas, donde puede participar con poco alemán. A medida que progresa en la lengua, el docente del aula de bienvenida y el tutor se reúnen cada seis semanas y añaden una o dos materias. Una breve lista de comprobación compartida orienta la decisión: ¿puede el alumno seguir instrucciones sencillas, leer un texto corto con apoyo y nombrar a un amigo de la clase? La mayoría pasa por completo a su aula ordinaria en un plazo de cuatro a doce meses y mantiene una clase diaria de refuerzo de alemán durante un año más.",
            ),
            (
                "steps",
                [
                    (
                        "Acordar las normas de entrada y salida",
                        "Dejar por escrito quién entra en un aula de bienvenida, durante cuánto tiempo como máximo y qué debe saber hacer un alumno antes de dar el paso. Compartir estas normas con las familias en sus lenguas.",
                    ),
                    (
                        "Empezar por las materias que exigen menos lengua",
                        "Organizar las primeras horas en el aula ordinaria en torno a educación física, las artes y las matemáticas, e informar a esos docentes de lo que el alumno ya sabe hacer.",
                    ),
                    (
                        "Asignar el aula ordinaria desde el primer día",
                        "Vincular a cada alumno a un grupo desde el principio, no al final, y designar a un compañero de clase como acompañante.",
                    ),
                    (
                        "Revisar cada seis semanas",
                        "Celebrar una breve reunión entre el docente del aula de bienvenida y el tutor, y anotar cada paso en la lista de comprobación.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Unos 4 de cada 5",
                        "alumnos del grupo de 2022-2023 estaban plenamente en un aula ordinaria en menos de un año",
                    ),
                    (
                        "Unos 9 de cada 10",
                        "seguían en la misma agrupación de escuelas un año después, frente a unos 7 de cada 10 antes del cambio",
                    ),
                ],
            ),
        ],
        "image": (
            "Ilustración de un pequeño grupo de alumnos alrededor de una mesa con una docente que muestra tarjetas con imágenes",
            "Un aula de bienvenida practica palabras cotidianas de la escuela antes de unirse a una clase de matemáticas.",
        ),
    },
    "attendance-officers-home-visits-rotterdam": {
        "title": "Agentes de absentismo que visitan a las familias en su casa en Róterdam",
        "summary": "Cuando un alumno falta a clase sin un motivo claro, un agente de absentismo visita a la familia en pocos días, escucha primero y acuerda un plan sencillo con el centro, antes de plantearse cualquier multa.",
        "evidence_summary": "El equipo compara la asistencia de cada alumno antes y después de una visita a domicilio. Sus propios registros de 2022-2023 muestran que la mayoría del alumnado que recibió una visita asistía con más regularidad tres meses después.",
        "transfer": {
            "time": "Unos meses para acordar umbrales con los centros y formar a los agentes.",
            "staff": "Agentes de absentismo con tiempo para las visitas, acceso a intérpretes telefónicos y un coordinador de atención al alumnado designado en cada centro.",
            "adapt": "Donde los agentes de absentismo se dedican sobre todo a hacer cumplir la ley, la administración debe darles un mandato claro para apoyar primero a las familias y sancionar después.",
        },
        "body": [
            (
                "paragraph",
                "Todos los municipios neerlandeses cuentan con agentes de absentismo que velan por el cumplimiento de la ley de escolarización obligatoria. En el sur de Róterdam, donde muchas familias tienen raíces en Turquía, Marruecos y Cabo Verde, y más recientemente en Polonia y Siria, el equipo de absentismo cambió su forma de trabajar. Ahora los agentes se ven ante todo como un enlace entre la familia y la escuela. Cuando un centro comunica un patrón de faltas, un agente llama a la familia y le ofrece una visita a domicilio en un plazo de cinco días laborables. Las multas y los procedimientos formales siguen siendo posibles, pero llegan después, cuando se ha acordado un plan y no se ha cumplido.",
            ),
            ("heading", "Qué ocurre durante una visita"),
            (
                "paragraph",
                "El agente acude solo o con un intérprete, nunca con la policía, y hace preguntas abiertas. ¿Qué hace difíciles las mañanas? ¿Quién cuida de los hermanos pequeños? ¿Está pasando algo en el colegio? Los motivos suelen ser prácticos: un hijo mayor que cuida de sus hermanos, un padre o una madre con turnos de noche, un trayecto largo tras una mudanza o un acoso escolar que la familia no sabía cómo denunciar. El agente y la familia acuerdan dos o tres pasos pequeños, por escrito en una sola página, que el agente comparte con el coordinador de atención al alumnado del centro. Se hacen llamadas de seguimiento a las dos semanas y de nuevo a las seis.",
            ),
            (
                "key_facts",
                [
                    ("Visitas", "Unas 400 visitas a domicilio al año"),
                    (
                        "Tiempo de respuesta",
                        "En un plazo de 5 días laborables desde el aviso del centro",
                    ),
                    (
                        "Equipo",
                        "9 agentes de absentismo, dos de los cuales hablan turco o árabe",
                    ),
                    (
                        "Interpretación",
                        "Intérpretes telefónicos reservados con antelación",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Acordar un umbral con los centros",
                        "Decidir juntos cuántas faltas injustificadas dan lugar a un aviso, para que los centros avisen pronto y de la misma manera.",
                    ),
                    (
                        "Formar a los agentes en habilidades de conversación",
                        "Ofrecer un curso breve sobre entrevista motivacional y sobre el trabajo con intérpretes.",
                    ),
                    (
                        "Usar un plan de una página",
                        "Mantener el plan breve y en lenguaje sencillo, y entregar a la familia una copia en su propia lengua siempre que sea posible.",
                    ),
                    (
                        "Hacer el seguimiento a tiempo",
                        "Anotar en la agenda, el mismo día de la visita, las llamadas de las dos y las seis semanas.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Unos 7 de cada 10",
                        "alumnos que recibieron una visita a domicilio en 2022-2023 asistían con más regularidad tres meses después, según los registros del propio equipo",
                    ),
                    (
                        "Menos de 1 de cada 10",
                        "casos acabaron en un procedimiento formal",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Esperaba una multa. En cambio, me preguntó cómo dormía mi hijo, y juntas encontramos cuál era el problema.",
                    "La madre de un alumno de primer curso de secundaria",
                ),
            ),
        ],
    },
    "school-social-workers-malmo-introductory-programmes": {
        "title": "Trabajadores sociales escolares en los programas de introducción de Malmö",
        "summary": "Cada programa de introducción para estudiantes recién llegados de 16 a 20 años cuenta con un trabajador social escolar en el propio centro, que se reúne pronto con cada estudiante, detecta a tiempo las preocupaciones y los pone en contacto con servicios de salud, vivienda y juventud.",
        "evidence_summary": "Un estudio de una universidad regional comparó a estudiantes de centros con y sin trabajador social a tiempo completo. Los estudiantes con fácil acceso a un trabajador social tenían algo más de probabilidades de pasar a un programa nacional, aunque los autores subrayan que también influyeron otros factores.",
        "transfer": {
            "time": "Un trimestre para contratar y establecer rutinas; costes salariales continuos.",
            "staff": "Al menos un trabajador social titulado por cada 150 a 200 estudiantes, integrado en el equipo de salud estudiantil.",
            "adapt": "Los centros más pequeños pueden compartir un trabajador social, pero esa persona debe tener días fijos en el centro para que el alumnado sepa cuándo encontrarla.",
        },
        "body": [
            (
                "paragraph",
                "Los programas de introducción de Suecia ofrecen a los jóvenes que llegan con más de unos quince años una vía de acceso a la educación secundaria superior. Muchos estudiantes de estos programas llegaron a Suecia solos o vivieron guerras y largos viajes. Sus clases pueden ir bien mientras su vida fuera del centro es inestable: una decisión pendiente sobre el permiso de residencia, el traslado desde un centro de acogida, problemas de dinero o falta de sueño. En Öresund Introductory College, un trabajador social escolar forma parte del equipo de salud estudiantil y tiene su despacho junto a las aulas, no en otro edificio.",
            ),
            ("heading", "Conversaciones tempranas, no solo intervención en crisis"),
            (
                "paragraph",
                "Cada estudiante nuevo tiene una conversación de media hora con el trabajador social durante su primer mes, con intérprete si es necesario. La conversación trata de la vivienda, el contacto con la familia, el dinero, el sueño y el tiempo libre, y es el estudiante quien decide qué se puede compartir con el profesorado. Los mentores se reúnen con el trabajador social cada dos semanas para revisar la asistencia y cualquier preocupación. Cuando surge algo grave, el trabajador social sabe a quién llamar en los servicios sociales, el centro de salud juvenil o la autoridad de migración, y puede acompañar al estudiante a una primera cita.",
            ),
            (
                "key_facts",
                [
                    ("Estudiantes", "Unos 350 en programas de introducción"),
                    ("Personal", "2 trabajadores sociales escolares a tiempo completo"),
                    ("Primera conversación", "En las 4 primeras semanas"),
                    ("Reuniones de equipo", "Cada dos semanas con los mentores"),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Situar al trabajador social cerca del alumnado",
                        "Un despacho junto a las aulas hace que una visita breve sea fácil y normal.",
                    ),
                    (
                        "Hacer de la primera conversación una rutina para todos",
                        "Hablar con todos los estudiantes evita la sensación de que solo se llama a quienes tienen problemas.",
                    ),
                    (
                        "Identificar los servicios locales",
                        "Mantener al día una lista de contactos concretos en los servicios de salud, sociales y de migración.",
                    ),
                    (
                        "Acordar qué se comparte",
                        "Redactar normas claras de confidencialidad junto con el alumnado y el personal.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "94 %",
                        "de los estudiantes nuevos tuvo una primera conversación en las cuatro primeras semanas en 2023",
                    ),
                    (
                        "Alrededor de 1 de cada 4",
                        "estudiantes fue derivado al menos a un servicio externo durante el curso",
                    ),
                ],
            ),
        ],
        "image": (
            "Ilustración de un joven y un adulto conversando en un banco del pasillo de un centro educativo",
            "Las conversaciones breves y periódicas ayudan al alumnado a expresar sus preocupaciones antes de que se conviertan en un motivo para dejar los estudios.",
        ),
    },
    "peer-mentoring-older-migrant-students-berlin-neukoelln": {
        "title": "Mentoría entre iguales a cargo de estudiantes migrantes mayores en Berlín-Neukölln",
        "summary": "Estudiantes de los últimos cursos, muchos de ellos recién llegados en su día, se forman para ofrecer mentoría a alumnos migrantes más jóvenes durante un curso escolar, con encuentros semanales para hacer los deberes, conversar y resolver dudas sobre la escuela.",
        "evidence_summary": "Una evaluación encargada por la fundación financiadora en 2021 entrevistó a mentores, alumnos mentorizados y docentes, y analizó los boletines de notas. Los alumnos mentorizados dijeron sentirse más a gusto en el centro, y su asistencia fue algo mejor que la de alumnos similares de los mismos centros.",
        "transfer": {
            "time": "Unos tres meses para captar, formar y emparejar a los primeros mentores.",
            "staff": "Un educador juvenil o un docente con cuatro a seis horas semanales para coordinar, y un aula tranquila después de clase.",
            "adapt": "Los centros sin estudiantes mayores de los mismos orígenes pueden colaborar con un instituto de secundaria superior cercano o con universitarios que se hayan criado en la zona.",
        },
        "body": [
            (
                "paragraph",
                "Los alumnos más jóvenes que han llegado hace poco, o cuyos padres no pueden ayudarles con los deberes de alemán, suelen escuchar con más facilidad a alguien unos años mayor que a otro adulto. El programa forma como mentores a estudiantes de 16 a 19 años. Muchos llegaron a Berlín de niños y algunos fueron antes alumnos mentorizados. Cada mentor forma pareja con uno o dos alumnos de 7.º u 8.º curso y se reúne con ellos una vez a la semana, durante una hora después de clase, en la biblioteca del centro. Hacen juntos los deberes, hablan de lo que ha ido bien y de lo que no, y se fijan pequeños objetivos para la semana siguiente.",
            ),
            (
                "quote",
                (
                    "Mi mentora me contó que ella también lloraba en sus primeras clases de alemán. A partir de ahí dejé de pensar que era la única.",
                    "Una alumna mentorizada de 7.º curso",
                ),
            ),
            ("heading", "Formación y apoyo para los mentores"),
            (
                "paragraph",
                "Antes de empezar, los mentores participan en un fin de semana de formación. En él trabajan la escucha activa, cómo ayudar sin hacer el trabajo por otra persona y cuándo trasladar una preocupación a un adulto. Un educador juvenil se reúne cada mes con todos los mentores en grupo para compartir experiencias y resolver problemas. Los mentores reciben un certificado que describe sus competencias, y muchos lo utilizan al solicitar una plaza de formación profesional dual o de universidad. Una pequeña gratificación por sesión reconoce su tiempo, pero la mayoría de los mentores afirma que lo que más les hace seguir es la relación con su alumno mentorizado.",
            ),
            (
                "key_facts",
                [
                    ("Parejas", "Unas 60 al año en tres centros"),
                    ("Encuentros", "1 hora a la semana durante un curso escolar"),
                    (
                        "Formación de mentores",
                        "Un fin de semana, más sesiones mensuales en grupo",
                    ),
                    (
                        "Gratificación",
                        "Una pequeña cantidad por sesión, pagada por la fundación",
                    ),
                ],
            ),
            (
                "steps",
                [
                    (
                        "Buscar un adulto coordinador",
                        "Un educador juvenil o un docente con unas horas a la semana capta, empareja y apoya a los mentores.",
                    ),
                    (
                        "Captar mentores que conozcan el camino",
                        "Invitar a estudiantes mayores que fueron recién llegados o que hablan las lenguas de los alumnos más jóvenes, sin convertirlo en un requisito.",
                    ),
                    (
                        "Emparejar con cuidado",
                        "Tener en cuenta la lengua, los intereses y los horarios, y permitir que las parejas cambien tras un mes de prueba si no funcionan.",
                    ),
                    (
                        "Reconocer a los mentores",
                        "Entregar certificados, organizar un acto de clausura y ofrecer cartas de recomendación.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "Cerca del 85 %",
                        "de las parejas completó el curso escolar entero en 2022-2023",
                    ),
                    (
                        "2 de cada 3",
                        "alumnos mentorizados dijeron sentirse con más confianza para pedir ayuda al profesorado",
                    ),
                ],
            ),
        ],
    },
    "language-sensitive-subject-teaching-flanders": {
        "title": "Enseñanza de las materias sensible a la lengua en centros de secundaria de Flandes",
        "summary": "El profesorado de cada materia aprende a hacer visible y asequible la lengua de sus clases: planifica las palabras clave, usa apoyos visuales y textos modelo, y deja que el alumnado use sus lenguas familiares para pensar y hablar.",
        "evidence_summary": "Un estudio de tres años en doce centros concluyó que el alumnado cuyos docentes aplicaban el enfoque de forma sistemática obtenía resultados algo mejores en las pruebas de las materias, con las mayores mejoras entre quienes hablan otra lengua en casa. El profesorado también observó que más alumnos participaban en los debates de clase.",
        "transfer": {
            "time": "Un curso escolar de reuniones de equipo periódicas para ponerlo en marcha.",
            "staff": "Docentes de distintas materias dispuestos a planificar juntos e, idealmente, un asesor lingüístico durante el primer año.",
            "adapt": "El enfoque funciona en cualquier lengua de escolarización; los centros tienen que reunir textos de las materias y respuestas modelo en su propia lengua y conforme a su currículo.",
        },
        "body": [
            (
                "paragraph",
                "Muchos alumnos de segunda generación hablan neerlandés con fluidez en el patio, pero tienen dificultades con la lengua de los libros de texto y los exámenes: frases largas, palabras abstractas y la forma particular de escribir de cada materia. Cuando suspenden historia o ciencias, a menudo es la lengua, y no el contenido, lo que les frena. La enseñanza de las materias sensible a la lengua pide a cada docente, no solo al de neerlandés, que asuma la responsabilidad de la lengua de su propia materia. Se basa en tres ideas: ofrecer abundante lengua que el alumnado pueda comprender, crear muchas oportunidades para hablar y escribir, y dar retroalimentación tanto sobre la lengua como sobre el contenido.",
            ),
            ("heading", "Cómo se ve en una clase"),
            (
                "paragraph",
                "Una profesora de geografía empieza una unidad sobre los ríos mostrando una foto y pidiendo al alumnado que la describa por parejas, en la lengua que prefiera. Después presenta seis palabras clave con imágenes y las cuelga en la pared. El alumnado lee un texto modelo breve y subraya cómo explica las causas y los efectos, antes de escribir su propio párrafo con ayuda de inicios de frase. Al final, la profesora comenta tanto la geografía como el uso que el alumnado ha hecho de las palabras clave. Nada de esto requiere clases adicionales; lo que cambia es cómo se planifican las clases que ya existen.",
            ),
            (
                "steps",
                [
                    (
                        "Empezar con un equipo pequeño",
                        "Invitar a tres o cuatro docentes de distintas materias que quieran probarlo y darles tiempo para planificar juntos.",
                    ),
                    (
                        "Elegir la lengua clave de cada unidad",
                        "Hacer una lista de las palabras y estructuras de frase que el alumnado necesita entender y producir.",
                    ),
                    (
                        "Añadir apoyos y luego retirarlos",
                        "Usar al principio apoyos visuales, murales de palabras, textos modelo e inicios de frase, e ir retirándolos a medida que el alumnado gana confianza.",
                    ),
                    (
                        "Observarse mutuamente",
                        "Asistir a una clase de un compañero una vez por trimestre y comentar qué ayudó al alumnado a hablar y escribir.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    ("12 centros", "participaron en el estudio de tres años"),
                    (
                        "Pequeñas pero constantes",
                        "mejoras en las pruebas de las materias, mayores en el alumnado con otra lengua familiar",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Introducción a la enseñanza sensible a la lengua",
                        "https://lang-learning.example.org/introduction",
                    ),
                    (
                        "Lista de comprobación para planificar clases",
                        "https://lang-learning.example.org/lesson-checklist",
                    ),
                ],
            ),
        ],
    },
    "welcome-handbook-newly-arrived-pupils": {
        "title": "Las primeras semanas en la escuela: manual para acoger al alumnado recién llegado",
        "summary": "Un manual práctico que acompaña al centro durante las seis primeras semanas de un alumno recién llegado, desde la primera reunión con la familia hasta un horario ya asentado.",
        "evidence_summary": "Doce centros piloto usaron el borrador durante un trimestre y respondieron a breves encuestas. Sus comentarios llevaron a acortar las listas de comprobación y a simplificar el capítulo dedicado a las familias.",
        "transfer": {
            "time": "Una reunión de claustro de dos horas para acordar quién hace qué; después, el manual sirve de consulta.",
            "staff": "Un coordinador de acogida designado y un tutor dispuesto a ser el primer contacto del alumno.",
            "adapt": "Sustituir el capítulo sobre las normas de matriculación en España por los procedimientos propios y traducir las cartas para las familias a las lenguas presentes en el centro.",
        },
        "body": [
            (
                "paragraph",
                "Muchos centros reciben alumnado recién llegado en cualquier momento del año, a menudo con un solo día de antelación. Este manual convierte la experiencia de doce centros españoles de primaria y secundaria en un plan sereno, paso a paso. Abarca la primera reunión con la familia, una breve exploración de lo que el alumno ya sabe, la elección de un compañero de acogida, un primer horario que combina tiempo en el aula ordinaria con apoyo lingüístico y una revisión a las seis semanas. Cada capítulo termina con una lista de comprobación de una página que un coordinador con poco tiempo puede imprimir e ir marcando.",
            ),
            (
                "key_facts",
                [
                    ("Extensión", "64 páginas, 9 listas de comprobación"),
                    ("Formato", "PDF y ejemplar impreso"),
                    (
                        "Dirigido a",
                        "Coordinadores de acogida, tutores y equipos directivos",
                    ),
                ],
            ),
            ("heading", "Qué contiene"),
            (
                "steps",
                [
                    (
                        "Antes del primer día",
                        "Preparar un paquete de bienvenida, elegir a un compañero de acogida e informar al tutor.",
                    ),
                    (
                        "La primera reunión",
                        "Hablar con la familia, con intérprete si hace falta, sobre las rutinas, la escolarización previa y sus expectativas.",
                    ),
                    (
                        "Las seis primeras semanas",
                        "Seguir un horario gradual y anotar los progresos en un registro sencillo.",
                    ),
                    (
                        "La revisión",
                        "Volver a reunirse con la familia y acordar el apoyo para el resto del curso.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Dejamos de improvisar. Ahora cada alumno nuevo tiene el mismo comienzo cuidadoso, esté quien esté de guardia ese día.",
                    "Una directora de un colegio de primaria de Valencia",
                ),
            ),
        ],
        "image": (
            "Ilustración de una docente y una niña con mochila caminando por un pasillo escolar decorado con dibujos infantiles",
            "El manual empieza antes del primer día del alumno.",
        ),
        "materials": [
            (
                "document",
                "Manual (PDF)",
                "Las primeras semanas en la escuela\nManual para acoger al alumnado recién llegado\nFundación Aula Abierta\nPara coordinadores de acogida, tutores y equipos directivos.\nLeed juntos el capítulo 1 como equipo y tened a mano las listas de comprobación.",
            ),
            (
                "link",
                "Cartas para las familias en cuatro lenguas",
                "https://aula-abierta.example.org/first-weeks-handbook/letters",
            ),
        ],
    },
    "inclusive-school-self-reflection-grid": {
        "title": "¿Es nuestro centro un lugar donde todos se sienten parte? Una tabla de autorreflexión",
        "summary": "Una tabla de 40 afirmaciones que el equipo de un centro valora en conjunto para ver hasta qué punto su cultura, su enseñanza y su relación con las familias incluyen al alumnado de origen migrante.",
        "evidence_summary": "Un evaluador externo siguió a 18 centros de tres países. Los equipos dijeron que la tabla les ayudó a ponerse de acuerdo en las prioridades, y dos tercios habían cambiado al menos una rutina del centro un año después.",
        "transfer": {
            "time": "Dos reuniones de unos 90 minutos, con unas semanas de separación.",
            "staff": "Un equipo mixto de cinco a ocho personas, a ser posible con un padre o una madre y un alumno.",
            "adapt": "Comprobar que las afirmaciones sobre política lingüística se ajustan a la normativa nacional y añadir ejemplos locales.",
        },
        "body": [
            (
                "paragraph",
                "Los centros a menudo intuyen que algunos alumnos no se sienten como en casa, pero les cuesta saber por dónde empezar. Esta tabla divide la cuestión en cinco ámbitos: acogida y pertenencia, enseñanza y evaluación, lenguas, familias y comunidad, y atención a las primeras señales de desvinculación. Para cada afirmación, el equipo decide si todavía no se cumple, se cumple en parte o se cumple del todo, y anota una prueba que lo respalde. El resultado no es una puntuación para comparar centros, sino una imagen compartida que ayuda al equipo a elegir dos o tres objetivos realistas.",
            ),
            ("heading", "Cómo la usa un centro"),
            (
                "steps",
                [
                    (
                        "Formar un equipo",
                        "Invitar a personal con funciones diferentes y, si es posible, a un padre o una madre y a un alumno.",
                    ),
                    (
                        "Valorar primero por separado y luego en conjunto",
                        "Cada persona rellena la tabla; después, el equipo compara los resultados y comenta las diferencias.",
                    ),
                    (
                        "Elegir prioridades",
                        "Escoger dos o tres afirmaciones en las que trabajar durante el curso.",
                    ),
                    (
                        "Volver a mirar",
                        "Repetir el ejercicio al cabo de doce meses para ver qué ha cambiado.",
                    ),
                ],
            ),
            (
                "outcomes",
                [
                    (
                        "18",
                        "centros de Bélgica, los Países Bajos y Suecia participaron en la experiencia piloto",
                    ),
                    (
                        "67 %",
                        "había cambiado al menos una rutina del centro un año después",
                    ),
                ],
            ),
            (
                "links",
                [
                    (
                        "Notas para la persona facilitadora",
                        "https://inclusive-schools.example.org/self-reflection-grid/facilitator-notes",
                    ),
                ],
            ),
        ],
        "materials": [
            (
                "document",
                "Tabla de autorreflexión (PDF)",
                "¿Es nuestro centro un lugar donde todos se sienten parte?\nUna tabla de autorreflexión para equipos de centro\nCinco ámbitos, 40 afirmaciones, una imagen compartida.\nRellénala primero por tu cuenta y después compárala con tus compañeros.\nInclusive Schools Network",
            ),
            (
                "link",
                "Versión en línea con espacio de trabajo para el equipo",
                "https://inclusive-schools.example.org/self-reflection-grid/online",
            ),
        ],
    },
    "classroom-routines-picture-dictionary": {
        "title": "Diccionario ilustrado de las rutinas del aula",
        "summary": "Un diccionario ilustrado con unas 300 palabras y expresiones escolares de uso diario, desde «poneos en fila» hasta «entregad los deberes», con espacio para que el alumno escriba la palabra en su propia lengua.",
        "evidence_summary": "Docentes de nueve centros de Bolonia tomaron notas durante un trimestre. Observaron que los recién llegados seguían antes las rutinas y pedían menos a sus compañeros que les tradujeran.",
        "transfer": {
            "time": "Imprimir y plastificar lleva un día; se puede usar en clase de inmediato.",
            "staff": "Cualquier tutor; un compañero que hable la lengua del alumno ayuda durante la primera semana.",
            "adapt": "Sustituir los dibujos de las dependencias y los objetos escolares por fotos del propio centro.",
        },
        "body": [
            (
                "paragraph",
                "En los primeros días, un niño recién llegado tiene que entender decenas de pequeñas instrucciones antes de que pueda empezar cualquier aprendizaje real. Este diccionario ilustrado agrupa en doce temas las palabras que un niño oye con más frecuencia, como el aula, el comedor, el patio, los sentimientos y cómo pedir ayuda. Cada página muestra un dibujo claro, la palabra en italiano y una línea en blanco donde el niño, un familiar o un compañero escribe la palabra en la lengua materna. El cuadernillo terminado pertenece al niño y a menudo se convierte en lo primero que enseña con orgullo en casa.",
            ),
            (
                "key_facts",
                [
                    ("Palabras y expresiones", "Unas 300, en 12 temas"),
                    ("Edad", "De 4 a 10 años"),
                    ("Formato", "Cuadernillo imprimible y tarjetas murales"),
                ],
            ),
            (
                "quote",
                (
                    "El segundo día señaló el dibujo del baño en vez de echarse a llorar. Ese pequeño detalle le cambió toda la semana.",
                    "Una maestra de primer curso de primaria",
                ),
            ),
            (
                "paragraph",
                "Las tarjetas murales repiten en tamaño grande las veinte expresiones más útiles, para que toda la clase pueda usarlas. Varios docentes comprobaron que al alumnado italohablante le gustaba aprender esas mismas palabras en árabe, ucraniano o urdu, lo que convirtió las tarjetas en una pequeña clase de lenguas para todos en lugar de una marca de diferencia.",
            ),
        ],
        "image": (
            "Dibujo de un cuadernillo ilustrado abierto que muestra un lápiz, una bandeja de comedor y un timbre escolar, cada uno con una palabra escrita debajo",
            "Cada niño completa el cuadernillo en su propia lengua.",
        ),
        "materials": [
            (
                "document",
                "Diccionario ilustrado (PDF)",
                "Mis palabras de la escuela\nUn diccionario ilustrado de las rutinas del aula\nEscribe aquí tu nombre: ______________\nMis lenguas: ______________\nCentro Studi Ponte Educativo",
            ),
            (
                "document",
                "Tarjetas murales (PDF)",
                "Tarjetas murales: las 20 expresiones escolares más útiles\nImprimir en A4, recortar por las líneas y plastificar.\nColgarlas a la altura de los ojos del niño, cerca de la puerta y de la pizarra.",
            ),
        ],
    },
    "language-sensitive-subject-teaching-mooc": {
        "title": "Enseñanza sensible a la lengua en todas las materias: un curso abierto en línea",
        "summary": "Un curso en línea gratuito de seis semanas que muestra al profesorado de matemáticas, ciencias y formación profesional cómo hacer asequible la lengua de su materia al alumnado que aún está aprendiendo la lengua de escolarización.",
        "evidence_summary": "Un equipo universitario analizó dos ediciones del curso con 2400 participantes. Los docentes que terminaron el curso usaban más técnicas de andamiaje en las clases observadas que un grupo de comparación.",
        "transfer": {
            "time": "Seis semanas, unas tres horas semanales por participante.",
            "staff": "Los docentes participan por su cuenta; un centro saca más provecho cuando un pequeño grupo lo sigue a la vez.",
            "adapt": "Los centros pueden añadir un grupo de estudio local que se reúna después de cada unidad para probar las ideas en sus propias clases.",
        },
        "body": [
            (
                "paragraph",
                "El alumnado que habla bien la lengua de escolarización en el patio puede seguir teniendo dificultades con frases de libro de texto como «el volumen es inversamente proporcional a la presión». El profesorado de las distintas materias rara vez recibe formación para darse cuenta de ello. El curso explica, con vídeos breves grabados en aulas reales, cómo detectar las exigencias lingüísticas de una tarea, cómo trabajar el vocabulario y las estructuras de frase antes del contenido y cómo dejar que el alumnado use sus lenguas familiares como puente. Cada unidad termina con una pequeña tarea para probar en clase y compartir en el foro.",
            ),
            (
                "key_facts",
                [
                    ("Duración", "6 semanas, unas 3 horas a la semana"),
                    ("Coste", "Gratuito, con certificado opcional"),
                    ("Participantes hasta ahora", "Más de 5000 docentes"),
                ],
            ),
            ("heading", "Las seis unidades"),
            (
                "steps",
                [
                    (
                        "Ver la lengua",
                        "Analizar la lengua oculta en una tarea de la propia materia.",
                    ),
                    (
                        "Palabras y bloques",
                        "Enseñar en contexto el vocabulario clave y expresiones útiles.",
                    ),
                    (
                        "Andamiaje",
                        "Usar plantillas de escritura, diagramas e inicios de frase.",
                    ),
                    (
                        "Lenguas familiares",
                        "Dejar que el alumnado piense y debata en la lengua que mejor conoce.",
                    ),
                    (
                        "Evaluación",
                        "Distinguir lo que sabe un alumno de lo bien que sabe expresarlo.",
                    ),
                    (
                        "Planificación",
                        "Diseñar una clase completa atenta a la lengua y recibir comentarios de los compañeros.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    "Pensaba que esto era tarea del profesor de alemán. Ahora planifico las palabras antes de planificar el experimento.",
                    "Una profesora de química de Linz",
                ),
            ),
        ],
        "materials": [
            (
                "link",
                "Inscribirse en el curso",
                "https://brueckenschule.example.org/mooc-language-sensitive-teaching/enrol",
            ),
            (
                "document",
                "Guía del curso (PDF)",
                "Enseñanza sensible a la lengua en todas las materias\nGuía del curso para participantes y grupos de estudio\nSeis unidades, una tarea de aula por unidad.\nBrückenschule e.V. y socios",
            ),
        ],
    },
    "school-system-explained-parent-videos": {
        "title": "Cómo funciona aquí la escuela: vídeos breves para familias",
        "summary": "Diez vídeos animados breves, doblados a varias lenguas, que explican el sistema educativo francés a las familias que estudiaron en otro país: la matrícula, los boletines de notas, las reuniones con las familias y las opciones al terminar el primer ciclo de secundaria.",
        "evidence_summary": "Las familias que vieron los vídeos en seis grupos rellenaron un breve cuestionario con imágenes. La mayoría dijo que después entendía mejor el boletín de notas y las opciones de orientación.",
        "transfer": {
            "time": "Cada vídeo dura de tres a cinco minutos; una sesión con familias con dos vídeos y debate dura una hora.",
            "staff": "Un docente o un mediador que organice las sesiones de visionado y responda a las preguntas.",
            "adapt": "Los vídeos describen Francia; otros países pueden reutilizar los guiones y los guiones gráficos para hacer sus propias versiones.",
        },
        "body": [
            (
                "paragraph",
                "Los padres y madres que fueron a la escuela en otro país a menudo saben poco de cómo funcionan aquí las cosas: por qué en algunas localidades no hay clase el miércoles por la tarde, qué decide un «conseil de classe» o cuándo tiene que elegir un alumno un itinerario al terminar el primer ciclo de secundaria. Perderse estos momentos puede cerrar puertas a un niño sin que nadie se dé cuenta. Los vídeos se escribieron con familias de grupos focales de Lyon y Marsella, que eligieron los temas y probaron los borradores. Cada uno sigue a una familia en una situación real, con un lenguaje sencillo y subtítulos.",
            ),
            (
                "key_facts",
                [
                    ("Vídeos", "10, de tres a cinco minutos cada uno"),
                    ("Lenguas", "Francés, árabe, dari/farsi, ucraniano"),
                    ("Uso", "En casa, en salas de espera o en sesiones con familias"),
                ],
            ),
            (
                "quote",
                (
                    "Por fin entendí que en la reunión de marzo se decidía el futuro de mi hijo. Fui e hice preguntas.",
                    "Una madre que participó en una sesión de visionado",
                ),
            ),
            (
                "links",
                [
                    (
                        "Lista de reproducción con los diez vídeos",
                        "https://horizons-ecole.example.org/how-school-works/playlist",
                    ),
                    (
                        "Guía para organizar una sesión con familias",
                        "https://horizons-ecole.example.org/how-school-works/host-guide",
                    ),
                ],
            ),
        ],
        "image": (
            "Fotograma animado de un padre y su hija sentados a la mesa de la cocina mirando juntos un boletín de notas",
            "Fotograma del vídeo sobre los boletines de notas.",
        ),
        "materials": [
            (
                "link",
                "Ver los vídeos",
                "https://horizons-ecole.example.org/how-school-works/playlist",
            ),
            (
                "document",
                "Guía de la sesión para anfitriones (PDF)",
                "Cómo funciona aquí la escuela\nGuía para organizar una sesión de visionado con familias\nElige dos vídeos, deja tiempo para las preguntas y ofrece té.\nInvita a un intérprete o a un padre o una madre que pueda traducir.\nAssociation Horizons École",
            ),
        ],
    },
}

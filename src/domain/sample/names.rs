//! Names, places and words the sample data is made of: mostly German, with the
//! international mix a German rep's contact list really has.

pub const GERMAN_GIVEN: &[&str] = &[
    "Anna", "Lena", "Jürgen", "Sören", "Björn", "Käthe", "Jörg", "Maximilian", "Sophie", "Lukas",
    "Marie", "Felix", "Hannah", "Jonas", "Lea", "Paul", "Mia", "Leon", "Emma", "Tim", "Laura",
    "Sabine", "Thomas", "Petra", "Andreas", "Claudia", "Michael", "Birgit", "Stefan", "Ute",
    "Günter", "Renate", "Dieter", "Heike", "Frank", "Katrin", "Uwe", "Susanne", "Matthias",
    "Jana", "Tobias", "Nina", "Florian", "Zoë", "Maren", "Ole", "Fiete", "Anke", "Gisela", "Hans",
];

pub const GERMAN_FAMILY: &[&str] = &[
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang",
    "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Strauß", "Groß", "Jäger", "Böhm",
];

pub const INTERNATIONAL: &[(&str, &str)] = &[
    ("Ayşe", "Yılmaz"), ("Mehmet", "Demir"), ("Elif", "Kaya"), ("Emre", "Öztürk"),
    ("Łukasz", "Nowak"), ("Agnieszka", "Kowalska"), ("Piotr", "Wiśniewski"),
    ("Giulia", "Rossi"), ("Marco", "Bianchi"), ("Sofia", "Esposito"), ("José", "García"),
    ("Lucía", "Fernández"), ("Nikos", "Papadopoulos"), ("Eleni", "Georgiou"),
    ("Olga", "Iwanowa"), ("Dmitri", "Petrow"), ("Fatima", "Al-Hassan"), ("Omar", "Haddad"),
    ("Chloé", "Dubois"), ("François", "Lefèvre"), ("Sarah", "Johnson"), ("James", "O'Brien"),
    ("Nguyễn", "Văn An"), ("Mai", "Tran"), ("Ana", "Horvat"), ("Ivan", "Kovačević"),
    ("Zsófia", "Nagy"), ("Bence", "Szabó"), ("Ingrid", "Johansson"), ("Søren", "Nielsen"),
];

/// German towns with a postal code each, and the landline area code without its leading 0.
pub const GERMAN_TOWNS: &[(&str, &str, &str)] = &[
    ("Berlin", "10115", "30"), ("Hamburg", "20095", "40"), ("München", "80331", "89"),
    ("Köln", "50667", "221"), ("Frankfurt am Main", "60311", "69"), ("Stuttgart", "70173", "711"),
    ("Düsseldorf", "40213", "211"), ("Leipzig", "04109", "341"), ("Dortmund", "44135", "231"),
    ("Essen", "45127", "201"), ("Bremen", "28195", "421"), ("Dresden", "01067", "351"),
    ("Hannover", "30159", "511"), ("Nürnberg", "90403", "911"), ("Münster", "48143", "251"),
    ("Göttingen", "37073", "551"), ("Lübeck", "23552", "451"), ("Würzburg", "97070", "931"),
    ("Saarbrücken", "66111", "681"), ("Osnabrück", "49074", "541"),
];

pub const STREETS: &[&str] = &[
    "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
    "Lindenstraße", "Mühlenweg", "Am Markt", "Kirchplatz", "Rosenweg", "Goethestraße",
    "Schillerstraße", "Birkenallee", "Ringstraße", "Waldweg",
];

pub const EMAIL_DOMAINS: &[&str] = &[
    "gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "icloud.com", "posteo.de",
    "freenet.de", "yahoo.de",
];

pub const MOBILE_PREFIXES: &[&str] = &["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177", "178", "179"];

/// Country calling codes for contacts abroad, with a typical national number length.
pub const FOREIGN_PHONES: &[(&str, usize)] = &[("43", 10), ("41", 9), ("31", 9), ("48", 9), ("90", 10), ("39", 10), ("44", 10)];

pub const TAGS: &[&str] = &[
    "Hautpflege", "Nahrungsergänzung", "Party", "Messe", "Nachbarschaft", "Sportverein",
    "VIP", "Newsletter", "Kita", "Arbeit", "Online",
];

pub const SOURCES: &[&str] = &["Empfehlung", "Party", "Instagram", "Messe", "Facebook", "Nachbarschaft", "Website"];

pub const INTERACTION_SUMMARIES: &[&str] = &[
    "Produktprobe besprochen", "Nach Zufriedenheit gefragt", "Termin für Präsentation vereinbart",
    "Hat Fragen zur Lieferung", "Interesse am Geschäftsmodell", "Nachbestellung angefragt",
    "Einladung zur Party", "Rückruf erbeten", "Katalog geschickt", "Kurz gesprochen, meldet sich",
    "Feedback zur Creme: sehr zufrieden", "Geburtstagsgrüße geschickt",
];

pub const TASK_TITLES: &[&str] = &[
    "Nachfassen nach Präsentation", "Probe abholen", "Rückruf", "Bestellung bestätigen",
    "Einladung zur Teamschulung", "Katalog vorbeibringen",
];

pub const LEAD_TITLES_SALE: &[&str] = &["Pflegeset", "Jahresabo Vitamine", "Party-Bestellung", "Starterpaket Küche", "Duft-Set"];
pub const LEAD_TITLES_RECRUIT: &[&str] = &["Nebenberuflich einsteigen", "Teampartner", "Beraterin werden", "Gesprächsrunde Geschäft"];

pub const CAMPAIGNS: &[&str] = &[
    "Frühlingsaktion Hautpflege", "Nachbestell-Erinnerung", "Einladung Produktparty",
    "Neukunden-Willkommen", "Info-Abend Geschäftsmöglichkeit", "Weihnachtsgrüße",
];

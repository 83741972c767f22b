//! Every text the UI shows, in German and English. Components name a [`Msg`]; they never
//! hold text themselves. A text with a number is a [`Counted`]: its singular and plural
//! forms, one chosen by the number's plural rule; `{n}` stands for the number.

use crate::domain::locale::language::Language;

macro_rules! messages {
    ($($key:ident => $de:expr, $en:expr;)*) => {
        /// A text in German and English. Each message is a constant of its own rather
        /// than a row of one table, so the wasm splitter puts a text into the file of the
        /// code that shows it: a lazily loaded area's texts load with the area.
        #[derive(Clone, Copy, PartialEq, Eq)]
        pub struct Msg(&'static [&'static str; 2]);

        #[allow(non_upper_case_globals)]
        impl Msg {
            $(pub const $key: Msg = Msg(&[$de, $en]);)*

            #[cfg(test)]
            pub const ALL: &[Msg] = &[$(Msg::$key,)*];
        }
    };
}

impl Msg {
    pub fn text(self, lang: Language) -> &'static str {
        self.0[lang as usize]
    }
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Msg({:?})", self.0[0])
    }
}

messages! {
    AppName => "Teamline", "Teamline";
    NavDashboard => "Übersicht", "Dashboard";
    NavContacts => "Kontakte", "Contacts";
    NavLeads => "Chancen", "Leads";
    NavTeam => "Team", "Downline";
    NavCampaigns => "Kampagnen", "Campaigns";
    NavSettings => "Einstellungen", "Settings";
    MainNavigation => "Hauptnavigation", "Main navigation";
    Loading => "Teamline wird geladen …", "Loading Teamline …";
    PageLoading => "Seite wird geladen …", "Loading the page …";
    PartUnavailable => "Dieser Teil von Teamline ist auf dem Gerät noch nicht gespeichert und konnte nicht geladen werden. Versuche es noch einmal, sobald du wieder Netz hast.", "This part of Teamline is not stored on the device yet and could not be loaded. Try again once you are back online.";

    WelcomeTitle => "Willkommen bei Teamline", "Welcome to Teamline";
    WelcomeIntro => "Dein Kundenbuch und dein Team – auf deinem Gerät, auch ohne Netz. Deine Daten verlassen das Gerät nur, wenn du sie selbst exportierst.",
        "Your customers and your team, on your device, even without signal. Your data leaves the device only when you export it yourself.";
    YourName => "Dein Name", "Your name";
    YourCountry => "Dein Land (für Telefonnummern)", "Your country (for phone numbers)";
    NameRequired => "Bitte gib deinen Namen ein.", "Please enter your name.";
    StartEmpty => "Leer beginnen", "Start empty";
    TrySample => "Mit Beispieldaten ausprobieren", "Try with sample data";
    LoadingSample => "Beispieldaten werden angelegt …", "Creating sample data …";

    DashboardTitle => "Übersicht", "Dashboard";
    Greeting => "Hallo, {}!", "Hello, {}!";
    StatSalesThisMonth => "Umsatz diesen Monat", "Sales this month";
    EmptyDashboard => "Noch keine Daten. Lege Kontakte an oder lade Beispieldaten in den Einstellungen.",
        "No data yet. Add contacts, or load sample data in Settings.";

    ContactsTitle => "Kontakte", "Contacts";
    SearchContacts => "Kontakte durchsuchen", "Search contacts";
    NoMatches => "Kein Kontakt passt zu „{}“.", "No contact matches “{}”.";
    NoContacts => "Noch keine Kontakte.", "No contacts yet.";
    ContactListLabel => "Kontaktliste", "Contact list";
    ContactNotFound => "Diesen Kontakt gibt es nicht (mehr).", "This contact does not exist (any more).";
    BackToContacts => "Alle Kontakte", "All contacts";
    QuickActions => "Kontakt aufnehmen", "Get in touch";
    QuickCall => "Anrufen", "Call";
    QuickSms => "SMS", "SMS";
    QuickWhatsApp => "WhatsApp", "WhatsApp";
    QuickEmail => "E-Mail", "Email";
    PhonesLabel => "Telefon", "Phone";
    EmailsLabel => "E-Mail", "Email";
    AddressLabel => "Adresse", "Address";
    BirthdayLabel => "Geburtstag", "Birthday";
    TagsLabel => "Schlagwörter", "Tags";
    SourceLabel => "Quelle", "Source";
    NotesLabel => "Notizen", "Notes";
    ReferralsHeading => "Empfehlungen", "Referrals";
    ReferredByLabel => "Empfohlen von", "Referred by";
    ReferralChainLabel => "Empfehlungskette", "Referral chain";
    HasReferredLabel => "Hat empfohlen", "Has referred";
    NoReferrals => "Keine Empfehlungen erfasst.", "No referrals recorded.";
    TellAFriend => "Freunde einladen", "Invite friends";
    TellAFriendExplain => "{} gibt diesen Text selbst an Freunde weiter; Teamline schreibt den Freunden nie. Wer sich mit dem Code {} meldet – in der ersten Nachricht oder in den Notizen eines neuen Kontakts –, wird als Empfehlung von {} erfasst.",
        "{} passes this text on to friends themselves; Teamline never writes to the friends. Whoever gets in touch with the code {} – in their first message or in a new contact’s notes – is recorded as referred by {}.";
    CopyText => "Kopieren", "Copy";
    TextCopied => "Kopiert.", "Copied.";
    CopyFailed => "Kopieren ging nicht – markiere den Text und kopiere ihn selbst.", "Copying did not work – select the text and copy it yourself.";
    ShareText => "Teilen …", "Share …";
    NewContact => "Neuer Kontakt", "New contact";
    NewContactTitle => "Neuer Kontakt", "New contact";
    EditContactTitle => "Kontakt bearbeiten", "Edit contact";
    Edit => "Bearbeiten", "Edit";
    Delete => "Löschen", "Delete";
    Cancel => "Abbrechen", "Cancel";
    Remove => "Entfernen", "Remove";
    Undo => "Rückgängig", "Undo";
    ContactDeleted => "„{}“ wurde gelöscht.", "“{}” was deleted.";
    FixMarkedFields => "Bitte prüfe die markierten Felder. Es wurde nichts gespeichert.", "Please check the marked fields. Nothing was saved.";
    NameLegend => "Name", "Name";
    GivenName => "Vorname", "First name";
    FamilyName => "Nachname", "Last name";
    PhoneNumber => "Nummer", "Number";
    EmailAddress => "Adresse", "Address";
    LabelLabel => "Bezeichnung", "Label";
    PhoneLabelDefault => "mobil", "mobile";
    EmailLabelDefault => "privat", "home";
    AddPhone => "Weitere Telefonnummer", "Add phone number";
    AddEmail => "Weitere E-Mail-Adresse", "Add email address";
    RolesLegend => "Rollen", "Roles";
    FindReferrer => "Kontakt suchen", "Find a contact";
    Street => "Straße und Hausnummer", "Street and number";
    PoBox => "Postfach", "PO box";
    PostalCode => "PLZ", "Postcode";
    City => "Ort", "Town";
    Region => "Bundesland / Region", "State / region";
    Nickname => "Spitzname", "Nickname";
    Company => "Firma", "Company";
    Department => "Abteilung", "Department";
    JobTitle => "Position", "Job title";
    WorkLegend => "Arbeit", "Work";
    MoreLegend => "Weiteres", "More";
    PreferredLanguage => "Bevorzugte Sprache", "Preferred language";
    NotSet => "Keine Angabe", "Not set";
    TagsHint => "Schlagwörter (durch Komma getrennt)", "Tags (separated by commas)";
    FollowUpLegend => "Wiedervorlage", "Follow-up";
    StayInTouchDays => "In Kontakt bleiben alle … Tage", "Stay in touch every … days";
    ReorderAfterDays => "Nachbestell-Erinnerung nach … Tagen", "Reorder reminder after … days";
    StayInTouchLabel => "In Kontakt bleiben", "Stay in touch";

    ProblemNameMissing => "Bitte gib einen Vor- oder Nachnamen ein.", "Please enter a first or last name.";
    ProblemNameOrCompanyMissing => "Bitte gib einen Vor- oder Nachnamen oder eine Firma ein.", "Please enter a first or last name, or a company.";
    ProblemPhoneNoSuchPrefix => "In Deutschland beginnt keine Telefonnummer mit {}.", "No German phone number starts with {}.";
    ProblemPhoneEmpty => "Bitte gib eine Telefonnummer ein.", "Please enter a phone number.";
    ProblemPhoneCharacter => "„{}“ gehört nicht in eine Telefonnummer.", "“{}” does not belong in a phone number.";
    ProblemPhoneAreaCode => "Die Nummer braucht eine Vorwahl, z. B. 0171 … oder +49 171 …", "The number needs an area code, e.g. 0171 … or +49 171 …";
    ProblemPhoneShort => "Zu kurz für eine Telefonnummer.", "Too short for a phone number.";
    ProblemPhoneLong => "Länger als jede Telefonnummer (höchstens 15 Ziffern).", "Longer than any phone number (15 digits at most).";
    ProblemEmailEmpty => "Bitte gib eine E-Mail-Adresse ein.", "Please enter an email address.";
    ProblemEmailAt => "Eine E-Mail-Adresse hat genau ein @.", "An email address has exactly one @.";
    ProblemEmailLocal => "Vor dem @ fehlt etwas oder es ist ungültig.", "The part before the @ is missing or invalid.";
    ProblemEmailDomain => "Nach dem @ muss eine Domain wie beispiel.de stehen.", "After the @ there must be a domain like example.com.";
    ProblemEmailSpace => "Eine E-Mail-Adresse enthält keine Leerzeichen.", "An email address has no spaces.";
    ProblemDate => "Bitte gib ein gültiges Datum ein.", "Please enter a valid date.";
    ProblemDateTime => "Bitte gib Datum und Uhrzeit ein.", "Please enter a date and time.";
    ProblemBirthdayFuture => "Der Geburtstag liegt in der Zukunft.", "The birthday is in the future.";
    ProblemSelfReferral => "Ein Kontakt kann sich nicht selbst empfohlen haben.", "A contact cannot have referred themselves.";
    ProblemReferralCycle => "Das ergäbe einen Kreis: diese Person wurde (über andere) von diesem Kontakt empfohlen.", "That would make a circle: this person was referred (through others) by this contact.";
    ProblemDayCount => "Bitte eine ganze Zahl von 1 bis 3650 eingeben.", "Please enter a whole number from 1 to 3650.";
    ProblemAmount => "Bitte einen Betrag über 0 eingeben, z. B. 49,90.", "Please enter an amount above 0, e.g. 49.90.";
    ProblemPoints => "Bitte Punkte als Zahl eingeben, z. B. 25 oder 12,5.", "Please enter points as a number, e.g. 25 or 12.5.";
    ProblemProofMissing => "Bitte halte fest, wie und mit welchem Wortlaut zugestimmt wurde.", "Please record how and with which wording it was given.";
    ProblemTitleMissing => "Bitte beschreibe kurz, was zu tun ist.", "Please say briefly what to do.";

    LogInteraction => "Kontakt erfassen", "Log interaction";
    LogPrompt => "{} mit {} erfassen?", "Log {} with {}?";
    InteractionKindLabel => "Art", "Kind";
    DirectionLabel => "Richtung", "Direction";
    WhenLabel => "Wann", "When";
    SummaryLabel => "Worum ging es?", "What was it about?";
    OutcomeLabel => "Ergebnis", "Outcome";
    KindCall => "Anruf", "Call";
    KindSms => "SMS", "SMS";
    KindWhatsApp => "WhatsApp", "WhatsApp";
    KindEmail => "E-Mail", "Email";
    KindMeeting => "Treffen", "Meeting";
    KindNote => "Notiz", "Note";
    DirectionOutgoing => "ausgehend", "outgoing";
    DirectionIncoming => "eingehend", "incoming";
    DirectionInternal => "ohne Richtung", "no direction";
    OutcomeReached => "Erreicht", "Reached";
    OutcomeNotReached => "Nicht erreicht", "Not reached";
    OutcomeFollowUpAgreed => "Wiedervorlage vereinbart", "Follow-up agreed";
    OutcomeNotInterested => "Kein Interesse", "Not interested";
    OutcomeOrdered => "Hat bestellt", "Ordered";

    TimelineHeading => "Verlauf", "Timeline";
    TimelineEmpty => "Noch nichts erfasst.", "Nothing logged yet.";
    TimelineOrder => "Bestellung", "Order";
    TimelineLead => "Chance: {}", "Lead: {}";
    TimelineTaskDone => "Aufgabe erledigt", "Task done";
    TimelineTaskDue => "Aufgabe fällig", "Task due";
    StageNew => "Neu", "New";
    StageContacted => "Kontaktiert", "Contacted";
    StageQualified => "Qualifiziert", "Qualified";
    StagePresentation => "Präsentation", "Presentation";
    StageFollowUp => "Nachfassen", "Follow-up";
    StageDecision => "Entscheidung", "Decision";
    StageNegotiating => "In Verhandlung", "Negotiating";
    StageWon => "Gewonnen", "Won";
    StageLost => "Verloren", "Lost";

    OrdersHeading => "Bestellungen", "Orders";
    RecordOrder => "Bestellung erfassen", "Record an order";
    DateLabel => "Datum", "Date";
    AmountLabel => "Betrag (€)", "Amount (€)";
    PointsLabel => "Punkte", "Points";

    ConsentHeading => "Einwilligungen", "Consent";
    ConsentExplain => "Werbung per E-Mail, SMS, WhatsApp und Telefon braucht die vorherige ausdrückliche Einwilligung (UWG § 7). Ohne Eintrag gilt: unbekannt.",
        "Advertising by email, SMS, WhatsApp and phone needs prior express consent (German UWG § 7). Without an entry it is unknown.";
    ChannelEmail => "E-Mail", "Email";
    ChannelPhone => "Telefon", "Phone";
    ChannelSms => "SMS", "SMS";
    ChannelWhatsApp => "WhatsApp", "WhatsApp";
    ChannelPost => "Post", "Post";
    ConsentGranted => "erteilt", "granted";
    ConsentRefused => "abgelehnt", "refused";
    ConsentUnknown => "unbekannt", "unknown";
    ConsentStateLabel => "Entscheidung", "Decision";
    RecordConsent => "Erfassen", "Record";
    RecordConsentFor => "Einwilligung {} erfassen", "Record consent: {}";
    Withdraw => "Widerrufen", "Withdraw";
    WithdrawFor => "Einwilligung {} widerrufen", "Withdraw consent: {}";
    WithdrawalHow => "Wie kam der Widerruf?", "How did the withdrawal come in?";
    WithdrawalNote => "Notiz (optional)", "Note (optional)";
    WithdrawalNoteHint => "z. B. „Antwort STOP auf die SMS vom 3. Mai“", "e.g. “Replied STOP to the text of 3 May”";
    ConsentMethodLabel => "Wie", "How";
    MethodInPerson => "persönlich", "in person";
    MethodWritten => "schriftlich", "in writing";
    MethodWebForm => "Webformular", "web form";
    MethodDoubleOptIn => "Double-Opt-in", "double opt-in";
    MethodByPhone => "telefonisch", "by phone";
    MethodEmailReply => "Antwort per E-Mail", "email reply";
    MethodStopReply => "Antwort „STOP“", "“STOP” reply";
    ConsentProofLabel => "Nachweis (Wortlaut)", "Proof (wording)";
    ConsentProofHint => "z. B. „Ja, ich möchte Angebote per WhatsApp erhalten.“", "e.g. “Yes, I would like offers by WhatsApp.”";
    ConsentHistory => "Verlauf der Einwilligungen", "Consent history";
    NoConsentHistory => "Noch keine Einwilligung erfasst.", "No consent recorded yet.";

    PrivacyHeading => "Datenschutz", "Privacy";
    AccessExplain => "Auskunft (Art. 15 DSGVO): alle gespeicherten Daten dieser Person als eine JSON-Datei.",
        "Right of access (GDPR Art. 15): all data stored about this person as one JSON file.";
    ExportPerson => "Daten exportieren", "Export data";
    ExportStarted => "Datei wird heruntergeladen.", "The file is downloading.";
    AccessFilePrefix => "auskunft", "access";
    ErasureExplain => "Löschung (Art. 17 DSGVO): entfernt die Person mit Verlauf, Aufgaben und Einwilligungen. Summen wie Umsatz bleiben ohne Personenbezug erhalten.",
        "Erasure (GDPR Art. 17): removes the person with their timeline, tasks and consent. Totals such as sales stay, without the person.";
    ErasePerson => "Person endgültig löschen", "Erase this person";
    EraseConfirm => "„{}“ wirklich endgültig löschen? Das kann nicht rückgängig gemacht werden.", "Really erase “{}”? This cannot be undone.";
    EraseForever => "Endgültig löschen", "Erase for good";

    TasksTitle => "Aufgaben", "Tasks";
    Overdue => "Überfällig", "Overdue";
    Today => "Heute", "Today";
    Upcoming => "Demnächst", "Upcoming";
    NothingOverdue => "Nichts überfällig.", "Nothing overdue.";
    NothingToday => "Heute steht nichts an.", "Nothing due today.";
    NothingUpcoming => "Nichts geplant.", "Nothing planned.";
    TaskDone => "Erledigt", "Done";
    TaskSnooze => "+1 Tag", "+1 day";
    TaskMove => "Verschieben", "Reschedule";
    TaskFollowUp => "Wiedervorlage", "Follow-up";
    TaskStayInTouch => "In Kontakt bleiben", "Stay in touch";
    TaskBirthday => "Geburtstag", "Birthday";
    TaskReorder => "Nachbestellung", "Reorder";
    FollowUpsHeading => "Wiedervorlagen", "Follow-ups";
    NoOpenTasks => "Keine offenen Aufgaben.", "No open tasks.";
    NewFollowUp => "Neue Wiedervorlage", "New follow-up";
    FollowUpWhat => "Was", "What";
    FollowUpHint => "z. B. Probe nachfragen", "e.g. ask about the sample";
    DueLabel => "Fällig am", "Due";
    CalendarExport => "Kalender-Datei (.ics)", "Calendar file (.ics)";
    CalendarName => "Teamline-Aufgaben", "Teamline tasks";
    CalendarFilePrefix => "teamline-aufgaben", "teamline-tasks";

    FilterAndSort => "Filtern und sortieren", "Filter and sort";
    FilterRole => "Rolle", "Role";
    FilterTag => "Schlagwort", "Tag";
    FilterConsent => "Einwilligung", "Consent";
    AnyOption => "Alle", "All";
    SortLabel => "Sortieren nach", "Sort by";
    SortName => "Name", "Name";
    SortLastContact => "Letzter Kontakt", "Last contact";
    SortNextFollowUp => "Nächste Wiedervorlage", "Next follow-up";
    NoFilterMatches => "Kein Kontakt passt zu diesem Filter.", "No contact matches this filter.";
    RoleCustomer => "Kunde", "Customer";
    RoleProspect => "Interessent", "Prospect";
    RoleRep => "Partner", "Rep";
    RoleHost => "Gastgeber", "Host";
    LeadsTitle => "Chancen", "Leads";
    LeadKinds => "Art der Chance", "Kind of lead";
    LeadKindSale => "Verkauf", "Sale";
    LeadKindRecruit => "Neue Partner", "Recruit";
    NewLead => "Neue Chance", "New lead";
    LeadTitleLabel => "Worum geht es?", "What is it about?";
    LeadContactLabel => "Kontakt", "Contact";
    LeadValueLabel => "Erwarteter Wert in €", "Expected value in €";
    LeadPointsLabel => "Erwartete Punkte", "Expected points";
    LeadCloseLabel => "Abschluss erwartet am", "Expected to close on";
    LeadSourceLabel => "Woher kommt die Chance?", "Where did the lead come from?";
    SourceUnknown => "weiß nicht", "not known";
    SourceWarmMarket => "Bekanntenkreis", "Someone I know";
    SourceReferral => "Empfehlung", "Referral";
    SourceEvent => "Veranstaltung oder Party", "Event or party";
    SourceSocialMedia => "Soziale Medien", "Social media";
    SourceCampaign => "Kampagne", "Campaign";
    SourceOther => "anders", "Other";
    SaveLead => "Chance speichern", "Save lead";
    ProblemLeadContact => "Wähle den Kontakt, um den es geht.", "Choose the contact this lead is about.";
    ProblemLeadValue => "Gib einen Betrag wie 49,90 ein oder lass das Feld leer.", "Enter an amount such as 49.90, or leave the field empty.";
    LeadSaved => "Chance gespeichert", "Lead saved";
    LeadChanged => "Chance geändert", "Lead changed";
    EditLead => "Chance bearbeiten", "Edit lead";
    LeadMoved => "Chance verschoben", "Lead moved";
    LeadMovedTo => "„{}“ ist jetzt in „{}“.", "“{}” is now in “{}”.";
    LeadLostDone => "Chance verloren", "Lead lost";
    MoveLeadTo => "Verschieben nach", "Move to";
    LeadNotFound => "Diese Chance gibt es nicht mehr.", "This lead no longer exists.";
    BackToLeads => "Zurück zu den Chancen", "Back to leads";
    BackToLead => "Zurück zur Chance", "Back to the lead";
    StageHistory => "Phasen", "Stages";
    NoLeadsInStage => "Keine Chancen in dieser Phase.", "No leads in this stage.";
    ShownStage => "Gezeigte Phase", "Stage shown";
    LeadViewLabel => "Ansicht", "View";
    ViewBoard => "Tafel", "Board";
    ViewList => "Liste", "List";
    LeadFiltersHeading => "Filter und Reihenfolge", "Filters and order";
    FilterKind => "Art", "Kind";
    AnyKind => "alle Arten", "all kinds";
    FilterStage => "Phase", "Stage";
    AnyStage => "alle Phasen", "all stages";
    StageNeedsKind => "Wähle erst eine Art, dann eine ihrer Phasen.", "Choose a kind first, then one of its stages.";
    FilterBand => "Chance", "Chance";
    AnyBand => "jede Chance", "any chance";
    FilterSource => "Herkunft", "Source";
    AnySource => "jede Herkunft", "any source";
    OnlyOverdue => "nur mit überfälliger Wiedervorlage", "only with an overdue follow-up";
    WithClosed => "auch gewonnene und verlorene", "won and lost ones too";
    SortBy => "Sortieren nach", "Sort by";
    OrderChance => "Chance, beste zuerst", "Chance, best first";
    OrderValue => "Wert, höchster zuerst", "Value, highest first";
    OrderClose => "Abschluss, nächster zuerst", "Close date, soonest first";
    OrderLongestInStage => "am längsten in der Phase", "longest in its stage";
    OrderTitle => "Titel, A bis Z", "Title, A to Z";
    NoLeadsMatch => "Keine Chance passt zu diesen Filtern.", "No lead matches these filters.";
    ClosesOn => "Abschluss {}", "closes {}";
    OutlookHeading => "Aussicht", "Outlook";
    ChanceOfClosing => "{} Abschlusschance", "{} chance of closing";
    BandHigh => "hoch", "high";
    BandMedium => "mittel", "medium";
    BandLow => "niedrig", "low";
    BasedOnStartingModel => "berechnet mit dem Startmodell", "based on the starting model";
    ScoreCalculating => "Wird berechnet …", "Calculating …";
    ReasonsFor => "Dafür spricht", "In favour";
    ReasonsAgainst => "Dagegen spricht", "Against";
    ReasonNone => "nichts Besonderes", "nothing in particular";
    WhyReferred => "empfohlen", "referred";
    WhyNotReferred => "nicht empfohlen", "not referred";
    WhyWarmMarket => "aus dem Bekanntenkreis", "someone you know";
    WhyNotWarmMarket => "nicht aus dem Bekanntenkreis", "not someone you know";
    WhyEvent => "über eine Veranstaltung", "came through an event";
    WhyNotEvent => "nicht über eine Veranstaltung", "not from an event";
    WhySocialMedia => "über soziale Medien", "came through social media";
    WhyNotSocialMedia => "nicht über soziale Medien", "not from social media";
    WhyFarAlong => "schon weit in der Pipeline", "far along the pipeline";
    WhyEarly => "noch am Anfang der Pipeline", "early in the pipeline";
    WhyShareGood => "{} % der Kontakte liefen gut", "{} % of contacts went well";
    WhyDeclined => "hat „kein Interesse“ gesagt", "said “not interested”";
    WhyNotDeclined => "hat nie abgelehnt", "never said no";
    WhyTrendUp => "mehr Kontakt in den letzten 14 Tagen", "more contact in the last 14 days";
    WhyTrendDown => "weniger Kontakt in den letzten 14 Tagen", "less contact in the last 14 days";
    WhyCampaignReplies => "antwortet auf Kampagnen", "replies to campaigns";
    WhyNoCampaignReplies => "keine Antwort auf Kampagnen", "no replies to campaigns";
    WhyConsent => "hat Nachrichten zugestimmt", "agreed to receive messages";
    WhyNoConsent => "keine Einwilligung für Nachrichten", "no consent to messages";
    WhyOrdered => "hat schon bestellt", "has ordered before";
    WhyNeverOrdered => "hat noch nie bestellt", "has never ordered";
    MarkWon => "Gewonnen", "Won";
    NextLeadsHeading => "Als Nächstes", "Next up";
    NextLeadsIntro => "Die offenen Chancen mit der besten Aussicht mal Wert.", "The open leads with the best chance times value.";
    FollowUpOverdue => "Nachfassen überfällig", "Follow-up overdue";
    NoNextLeads => "Keine offenen Chancen mit Bewertung.", "No open leads with a score.";
    EditStages => "Phasen und Gründe bearbeiten", "Edit stages and reasons";
    StagesTitle => "Phasen und Gründe", "Stages and reasons";
    StagesOf => "Phasen: {}", "Stages: {}";
    StageNameLabel => "Name der Phase „{}“", "Name of the stage “{}”";
    RenameStage => "Umbenennen", "Rename";
    MoveStageUp => "„{}“ nach oben", "Move “{}” up";
    MoveStageDown => "„{}“ nach unten", "Move “{}” down";
    RemoveStage => "Entfernen …", "Remove …";
    RemoveStageInto => "Die Chancen in „{}“ kommen nach", "The leads in “{}” go to";
    ConfirmRemoveStage => "Phase entfernen", "Remove stage";
    NewStageLabel => "Neue Phase", "New stage";
    AddStage => "Phase hinzufügen", "Add stage";
    StagesSaved => "Phasen geändert", "Stages changed";
    ProblemStageEmpty => "Gib einen Namen ein.", "Enter a name.";
    ProblemStageTaken => "Diesen Namen hat schon eine Phase.", "A stage already has this name.";
    ProblemStageLast => "Eine offene Phase muss bleiben: dort beginnen neue Chancen.", "One open stage must stay: new leads start there.";
    ProblemStageClosing => "„Gewonnen“ und „Verloren“ bleiben am Ende.", "“Won” and “Lost” stay at the end.";
    LostReasonsHeading => "Gründe für verlorene Chancen", "Reasons for lost leads";
    NewReasonLabel => "Neuer Grund", "New reason";
    AddReason => "Grund hinzufügen", "Add reason";
    RemoveReason => "„{}“ entfernen", "Remove “{}”";
    ReasonsSaved => "Gründe geändert", "Reasons changed";
    WonSaleOffer => "Gewonnen! Halte die Bestellung fest, damit sie zählt.", "Won! Record the order so that it counts.";
    WonRecruitOffer => "Gewonnen! Nimm {} ins Team auf, mit dir als Sponsor.", "Won! Add {} to your team, with you as sponsor.";
    AddToTeam => "Ins Team aufnehmen", "Add to the team";
    LeadWonDone => "Chance gewonnen", "Lead won";
    MarkLost => "Verloren …", "Lost …";
    LostReasonLabel => "Warum?", "Why?";
    LostDetailsLabel => "Mehr dazu (freiwillig)", "More (optional)";
    ConfirmLost => "Als verloren speichern", "Save as lost";
    LostBecause => "Verloren: {}", "Lost: {}";
    ReasonPrice => "zu teuer", "too expensive";
    ReasonNoTime => "keine Zeit", "no time";
    ReasonNotInterested => "kein Interesse", "not interested";
    ReasonOtherProvider => "anderer Anbieter", "chose another provider";
    ReasonNotReached => "nicht erreicht", "could not be reached";
    TeamTitle => "Team", "Downline";
    AddMember => "Mitglied hinzufügen", "Add member";
    ImportTeam => "Teamliste importieren", "Import team list";
    MoreActions => "Mehr …", "More …";
    TeamFileTooLarge => "„{}“ ist {} MB groß. Teamline liest Teamlisten bis 40 MB.", "“{}” is {} MB. Teamline reads team lists of up to 40 MB.";
    PlanLink => "Vergütungsplan", "Compensation plan";
    PeriodLabel => "Monat", "Month";
    FindMember => "Mitglied suchen", "Find member";
    TreeTab => "Stammbaum", "Tree";
    LevelsTab => "Nach Ebenen", "By level";
    TeamViewLabel => "Ansicht", "View";
    TeamSummary => "{} · {} aktiv im {}", "{} · {} active in {}";
    NoTeamYet => "Noch keine Teammitglieder. Füge Mitglieder hinzu oder importiere die Teamliste aus dem Back Office deiner Firma.",
        "No team members yet. Add members, or import the team list from your company's back office.";
    ActiveBadge => "aktiv", "active";
    InactiveBadge => "inaktiv", "inactive";
    NoRank => "ohne Rang", "no rank";
    NodeFigures => "PV {} · GV {}", "PV {} · GV {}";
    TreeLabel => "Stammbaum deines Teams", "Your team's tree";
    NotInTree => "{} hängt nicht an deinem Stammbaum: die Sponsorlinie ist unterbrochen.", "{} is not in your tree: the line of sponsorship is broken.";
    NoMemberMatches => "Kein Mitglied passt zu „{}“.", "No member matches “{}”.";
    LevelHeading => "Ebene {}", "Level {}";
    LevelCounts => "{} · {} aktiv", "{} · {} active";
    Erased => "(gelöscht)", "(erased)";
    StatusLeft => "ausgeschieden", "left";
    ReportsLink => "Berichte für Upline und Team", "Reports for upline and team";
    ReportsTitle => "Berichte", "Reports";
    OwnReportHeading => "Dein Bericht für deine Upline", "Your report for your upline";
    OwnReportExplain => "Er enthält dein Team mit Namen, Rängen, Status und Eintrittsdaten, die Monatsvolumen, deinen Rangfortschritt und Zahlen zu Pipeline, Aktivität und Kampagnen. Namen, Telefonnummern, E-Mail-Adressen, Anschriften, Notizen und Gespräche deiner Kunden und Interessenten enthält er nie. Du siehst vor dem Teilen alles, was in der Datei steht.",
        "It holds your team with names, ranks, statuses and join dates, the monthly volumes, your rank progress and figures on your pipeline, activity and campaigns. It never holds the names, phone numbers, email addresses, addresses, notes or conversations of your customers and prospects. You see everything the file holds before you share it.";
    MakeReport => "Bericht erstellen", "Make the report";
    ReportFilePrefix => "teamline-bericht", "teamline-report";
    ReportNeedsProfile => "Lege zuerst dein Profil an.", "Set up your profile first.";
    ReportContents => "Das steht in der Datei „{}“", "What the file “{}” holds";
    ReportByOn => "Bericht von {}, Stand {}", "Report by {}, as of {}";
    ShareReport => "Bericht teilen", "Share the report";
    SaveReport => "Bericht speichern", "Save the report";
    ReportShared => "Bericht geteilt.", "Report shared.";
    ReportSaved => "„{}“ gespeichert. Schicke die Datei deiner Upline, zum Beispiel per WhatsApp oder E-Mail.", "“{}” saved. Send the file to your upline, by WhatsApp or email for example.";
    ReportTeamHeading => "Team", "Team";
    ReportMonthsHeading => "Volumen und Rang", "Volume and rank";
    ReportNextRank => "Nächster Rang: {}", "Next rank: {}";
    ReportPipelineHeading => "Pipeline (offene Chancen)", "Pipeline (open leads)";
    ReportConversion => "{}: {} gewonnen, {} verloren, Abschlussquote {}", "{}: {} won, {} lost, conversion {}";
    ReportActivityHeading => "Aktivität pro Woche", "Activity per week";
    ReportCampaignsHeading => "Kampagnen", "Campaigns";
    ColStatus => "Status", "Status";
    ColActiveMembers => "Aktive im Team", "Active in team";
    ColKind => "Art", "Kind";
    ColStage => "Phase", "Stage";
    ColOpen => "Offen", "Open";
    ColValue => "Erwarteter Wert", "Expected value";
    ColWeekOf => "Woche ab", "Week of";
    ColInteractions => "Kontakte", "Interactions";
    ColFollowUpsDue => "Fällige Aufgaben", "Follow-ups due";
    ColFollowUpsDone => "Erledigt", "Done";
    ColCampaign => "Kampagne", "Campaign";
    ColRecipients => "Empfänger", "Recipients";
    ColReportedBy => "Laut Bericht", "Reported by";
    TeamReportsHeading => "Berichte aus deinem Team", "Reports from your team";
    TeamReportsExplain => "Lies die Berichte ein, die dir deine Reps schicken. Vor dem Übernehmen siehst du, was sich ändert. Denselben Bericht zweimal einzulesen ändert nichts, und ein älterer Bericht überschreibt nichts Neueres.",
        "Read the reports your reps send you. Before anything is taken over you see what changes. Reading the same report twice changes nothing, and an older report never overwrites anything newer.";
    ReportFileLabel => "Bericht einlesen", "Read a report";
    ReportPreviewOf => "Bericht von {}, Stand {}:", "Report by {}, as of {}:";
    ReportNothingNew => "Dieser Bericht enthält nichts Neues.", "This report holds nothing new.";
    ReportRankChange => "{}: {} → {}", "{}: {} → {}";
    ReportTakeOver => "Übernehmen", "Take over";
    ReportTaken => "Bericht von {} übernommen.", "Report by {} taken over.";
    ConflictsHeading => "Verschiedene Sponsoren", "Different sponsors";
    ConflictsExplain => "Diese Mitglieder stehen in zwei Berichten unter verschiedenen Sponsoren. Wähle jeweils, welche Angabe gilt; bis dahin bleibt die bisherige.",
        "These members stand under different sponsors in two reports. Choose which holds for each; until you do, the one kept so far stays.";
    ConflictSide => "unter {}, laut {} (Stand {})", "under {}, as {} reported ({})";
    ConflictMember => "{}:", "{}:";
    ReportNotTeamline => "„{}“ ist kein Teamline-Bericht. Nichts wurde geändert.", "“{}” is not a Teamline report. Nothing was changed.";
    ReportIsBackup => "„{}“ ist eine Sicherung, kein Bericht. Sicherungen stellst du in den Einstellungen wieder her. Nichts wurde geändert.", "“{}” is a backup, not a report. Backups are restored in the settings. Nothing was changed.";
    KeptReportsHeading => "Dein Team laut Berichten", "Your team as reported";
    ShowReportsOf => "Zeigen", "Show";
    AllReps => "Alle Berichte zusammen", "All reports together";
    NoReportsYet => "Noch keine Berichte eingelesen.", "No reports read yet.";
    ReportRepOption => "{} (Stand {})", "{} (as of {})";
    ReportVolumesOf => "Volumen im {}", "Volumes in {}";
    YouLabel => "Du", "You";

    MemberNotFound => "Dieses Mitglied gibt es nicht (mehr).", "This member does not exist (any more).";
    BackToTeam => "Zurück zum Team", "Back to the team";
    OpenContact => "Kontakt öffnen", "Open contact";
    OpenMember => "Mitglied öffnen", "Open member";
    MemberNumber => "Mitgliedsnummer", "Member ID";
    JoinedLabel => "Eingetreten", "Joined";
    SponsorLabel => "Sponsor", "Sponsor";
    PlacementLabel => "Platzierung", "Placement";
    LegLeft => "links", "left";
    LegRight => "rechts", "right";
    OtherMembership => "Diese Person ist ein zweites Mal im Team, zum Beispiel nach dem Zusammenführen zweier Kontakte:", "This person is in the team a second time, for example after two contacts were merged:";
    RankHeading => "Rang und Qualifikation", "Rank and qualification";
    RankIn => "{} im {}", "{} in {}";
    NoRankIn => "Noch kein Rang im {}", "No rank yet in {}";
    NextRank => "Nächster Rang: {}", "Next rank: {}";
    TopRank => "Der höchste Rang des Plans ist erreicht.", "The plan's highest rank is reached.";
    ReqPersonal => "PV", "PV";
    ReqGroup => "GV", "GV";
    ReqWeakerLeg => "Schwächeres Bein", "Weaker leg";
    ReqActiveLegs => "Aktive Linien", "Active legs";
    ReqSponsored => "Persönlich gesponserte Aktive", "Personally sponsored actives";
    Met => "erfüllt", "met";
    WhatIfLeg => "{} mehr in der Linie von {} erreichen {}.", "{} more in {}'s leg reaches {}.";
    WhatIfLeft => "{} mehr im linken Bein erreichen {}.", "{} more in the left leg reaches {}.";
    WhatIfRight => "{} mehr im rechten Bein erreichen {}.", "{} more in the right leg reaches {}.";
    LegOverCap => "Die Linie von {} bringt {} mehr, als {} aus einer Linie zählt (höchstens {} %).", "{}'s leg brings {} more than {} counts from one leg (at most {} %).";
    BrokeAway => "Breakaway: das GV dieser Gruppe zählt in diesem Monat nicht mehr für die Upline.", "Breakaway: this group's GV no longer counts for the upline this month.";
    BinaryLegs => "Links {} · Rechts {} · Übertrag links {} · rechts {}", "Left {} · Right {} · carried over left {} · right {}";
    VolumesHeading => "PV, GV und Rang der letzten 12 Monate", "PV, GV and rank over the last 12 months";
    ColumnMonth => "Monat", "Month";
    ColumnRank => "Rang", "Rank";
    EnterPv => "PV im {}", "PV in {}";
    SavePv => "PV speichern", "Save PV";
    PvSaved => "PV gespeichert: {}", "PV saved: {}";
    SponsorLine => "Sponsorlinie", "Line of sponsorship";
    OwnTeam => "Eigene Downline", "Own downline";
    OwnTeamCounts => "{} · {} aktiv · {}", "{} · {} active · {}";
    LegsHeading => "Linien", "Legs";
    OrgChartHeading => "Organigramm", "Org chart";
    OrgChartLevels => "Ebenen im Bild", "Levels shown";
    SaveImage => "Als Bild speichern", "Save as image";
    OrgChartFilePrefix => "organigramm", "org-chart";

    NewMemberTitle => "Neues Teammitglied", "New team member";
    EditMemberTitle => "Mitglied bearbeiten", "Edit member";
    PersonLegend => "Person", "Person";
    ChooseContact => "Aus deinen Kontakten wählen", "Choose from your contacts";
    OrNewPerson => "oder neu anlegen:", "or add someone new:";
    FindSponsor => "Sponsor suchen", "Find sponsor";
    FindPlacement => "Platzierung suchen (Binärplan, optional)", "Find placement (binary plan, optional)";
    LegLabel => "Bein", "Leg";
    MemberNumberField => "Mitgliedsnummer im Back Office (optional)", "Member ID in the back office (optional)";
    InactiveField => "Inaktiv (ruht oder ausgetreten)", "Inactive (paused or left)";
    ProblemAlreadyMember => "Diese Person ist schon im Team.", "This person is in the team already.";
    ProblemSponsorMissing => "Bitte einen Sponsor wählen.", "Please choose a sponsor.";
    ProblemSponsorCircle => "Dieser Sponsor steht in der eigenen Downline – das ergäbe einen Kreis.", "This sponsor is in the member's own downline, which would make a circle.";
    ProblemPlacementCircle => "Diese Platzierung liegt in der eigenen Downline – das ergäbe einen Kreis.", "This placement is in the member's own downline, which would make a circle.";
    ProblemDateMissing => "Bitte ein Datum eingeben.", "Please enter a date.";
    ProblemDateFuture => "Das Datum liegt in der Zukunft.", "The date is in the future.";
    ProblemMemberNumberTaken => "Diese Mitgliedsnummer hat schon ein anderes Mitglied.", "Another member has this member ID.";
    MembershipHeading => "Mitgliedschaft", "Membership";
    EndMembership => "Austritt erfassen", "Record leaving";
    LeftOnLabel => "Ausgetreten am", "Left on";
    LeftOn => "Ausgetreten am {}.", "Left on {}.";
    DeleteMember => "Aus dem Team löschen", "Delete from the team";
    DeleteMemberConfirm => "„{}“ wirklich aus dem Team löschen? Das eigene Team rückt eine Ebene auf; der Kontakt bleibt. Das lässt sich rückgängig machen.",
        "Really delete “{}” from the team? Their own team moves up a level; the contact stays. This can be undone.";
    MemberEnded => "„{}“ ist ausgetreten.", "“{}” has left.";
    MemberDeleted => "„{}“ wurde aus dem Team gelöscht.", "“{}” was deleted from the team.";
    ProblemLeftBeforeJoining => "Das Datum liegt vor dem Eintritt.", "The date is before joining.";
    ProblemIsTheRep => "Du bist die Wurzel deines Teams.", "You are the root of your team.";
    MemberAdded => "„{}“ ist jetzt im Team.", "“{}” is in the team now.";
    MemberSaved => "„{}“ gespeichert.", "“{}” saved.";
    PromoteToMember => "Ins Team aufnehmen", "Add to team";
    ShowInTeam => "Im Team zeigen", "Show in team";

    TeamImportIntro => "Der CSV-Export aus dem Back Office deiner Firma: Mitgliedsnummer, Name, Sponsornummer, auf Wunsch Platzierung und Seite, Eintrittsdatum und PV je Monat (Spalten wie „PV 10/2026“). Erst wenn du bestätigst, wird etwas gespeichert.",
        "The CSV export from your company's back office: member ID, name, sponsor ID, optionally placement and side, join date and PV per month (columns like “PV 2026-10”). Nothing is saved until you confirm.";
    RepNumber => "Deine eigene Mitgliedsnummer", "Your own member ID";
    RepNumberHint => "Die Zeile mit dieser Nummer bist du. Zeilen ohne Sponsor kommen direkt unter dich.", "The row with this ID is you. Rows without a sponsor go directly under you.";
    ColMemberId => "Mitgliedsnummer", "Member ID";
    ColName => "Name", "Name";
    ColSponsor => "Sponsornummer", "Sponsor ID";
    ColPlacement => "Platzierung", "Placement";
    ColLeg => "Seite", "Side";
    ColJoined => "Eintrittsdatum", "Join date";
    ColPv => "PV {}", "PV {}";
    TeamRows => "{} · {} · {} schon im Team", "{} · {} · {} already in the team";
    TreeDuplicate => "Zeile {}: Die Mitgliedsnummer {} steht schon in Zeile {}. Keine der beiden Zeilen wird übernommen.", "Line {}: member ID {} is on line {} already. Neither line is taken.";
    TreeUnknownSponsor => "Zeile {}: Den Sponsor {} gibt es weder in der Datei noch in deinem Team.", "Line {}: sponsor {} is neither in the file nor in your team.";
    TreeUnknownPlacement => "Zeile {}: Die Platzierung {} gibt es weder in der Datei noch in deinem Team.", "Line {}: placement {} is neither in the file nor in your team.";
    TreeCycle => "Zeilen {}: Diese Mitglieder sponsern sich gegenseitig im Kreis.", "Lines {}: these members sponsor each other in a circle.";
    TreeJoinedInFuture => "Zeile {}: Das Eintrittsdatum {} liegt in der Zukunft.", "Line {}: the join date {} is in the future.";
    MatchedByName => "Zeile {}: „{}“ ist schon im Team (von Hand angelegt, ohne Mitgliedsnummer) und wird nach Name und Sponsor zugeordnet.",
        "Line {}: “{}” is in the team already (added by hand, without a member ID) and is matched by name and sponsor.";
    TreePlacementCycle => "Zeilen {}: Diese Mitglieder sind gegenseitig untereinander platziert, im Kreis.", "Lines {}: these members are placed under each other in a circle.";
    CellNotADate => "Zeile {}, {}: „{}“ ist kein Datum.", "Line {}, {}: “{}” is not a date.";
    CellNotAVolume => "Zeile {}, {}: „{}“ ist keine Zahl.", "Line {}, {}: “{}” is not a number.";
    CellNotALeg => "Zeile {}, {}: „{}“ ist keine Seite (L oder R).", "Line {}, {}: “{}” is not a side (L or R).";
    CellMissingId => "Zeile {}, {}: Die Mitgliedsnummer fehlt.", "Line {}, {}: the member ID is missing.";
    NothingValid => "Keine Zeile kann so übernommen werden.", "No line can be taken as it is.";
    TeamImported => "Teamliste importiert: {}", "Team list imported: {}";
    TeamImportResult => "{} neu, {} aktualisiert", "{} new, {} updated";

    PlanUnreadable => "Der gespeicherte Vergütungsplan ließ sich nicht lesen, vielleicht stammt er von einer neueren Version. Bis du ihn neu speicherst, gilt die Unilevel-Vorlage.",
        "The saved compensation plan could not be read; it may come from a newer version. Until you save it again, the unilevel preset applies.";
    PlanIntro => "So zählt Teamline Volumen und Ränge deines Teams. Provisionen berechnet Teamline nicht.", "How Teamline counts your team's volume and ranks. Teamline does not compute commissions.";
    PlanKindLabel => "Planart", "Plan type";
    KindUnilevel => "Unilevel", "Unilevel";
    KindBinary => "Binär (schwächeres Bein, Übertrag)", "Binary (weaker leg, carry-over)";
    KindStairstep => "Stairstep mit Breakaway", "Stairstep breakaway";
    ActiveFrom => "Aktiv ab PV", "Active from PV";
    GroupLevels => "GV zählt so viele Ebenen (leer: die ganze Gruppe)", "GV counts this many levels (empty: the whole group)";
    BreakawayRank => "Breakaway ab Rang", "Breakaway from rank";
    LadderHeading => "Rangleiter (niedrigster Rang zuerst)", "Rank ladder (lowest rank first)";
    RankName => "Name", "Name";
    MinPv => "Mindest-PV", "Minimum PV";
    MinGv => "Mindest-GV", "Minimum GV";
    MinActiveLegs => "Aktive Linien", "Active legs";
    MinSponsored => "Gesponserte Aktive", "Sponsored actives";
    MaxLegShare => "Höchstens % aus einer Linie (leer: keine Grenze)", "At most % from one leg (empty: no limit)";
    AddRank => "Rang hinzufügen", "Add rank";
    RankNumber => "Rang {}", "Rank {}";
    LoadUnilevel => "Vorlage Unilevel laden", "Load unilevel preset";
    LoadBinary => "Vorlage Binär laden", "Load binary preset";
    PresetLoaded => "Vorlage geladen. Erst „Speichern“ übernimmt sie.", "Preset loaded. Only “Save” applies it.";
    PlanSaved => "Plan gespeichert.", "Plan saved.";
    ProblemNumber => "Bitte eine Zahl wie 100 oder 1.500,5 eingeben.", "Please enter a number like 100 or 1,500.5.";
    ProblemWholeNumber => "Bitte eine ganze Zahl eingeben.", "Please enter a whole number.";
    ProblemPercent => "Bitte eine Zahl von 1 bis 100 eingeben.", "Please enter a number from 1 to 100.";
    ProblemRankNameMissing => "Bitte einen Namen eingeben.", "Please enter a name.";
    ProblemRankNameRepeated => "Diesen Namen hat schon ein anderer Rang.", "Another rank has this name.";
    ProblemLadderEmpty => "Der Plan braucht mindestens einen Rang.", "The plan needs at least one rank.";
    CampaignsTitle => "Kampagnen", "Campaigns";
    NewCampaign => "Neue Kampagne", "New campaign";
    EditCampaign => "Kampagne bearbeiten", "Edit campaign";
    SendQueueTitle => "Zu senden", "Send queue";
    CampaignsEmpty => "Noch keine Kampagne. Eine Kampagne schickt Kundinnen, Kunden oder Interessierten Nachrichten in Schritten – Werbung nur an die, die eingewilligt haben.",
        "No campaign yet. A campaign sends customers or prospects messages in steps – advertising only to those who consented.";
    CompareHeading => "Kunden- und Geschäftskampagnen im Vergleich", "Customer and recruiting campaigns compared";
    AimLabel => "Für wen?", "For whom?";
    AimCustomers => "Für Kundinnen und Kunden", "For customers";
    AimFutureReps => "Für künftige Partner", "For future reps";
    ColSent => "Erreicht", "Reached";
    ColReplied => "Geantwortet", "Replied";
    ColOptedOut => "Abgemeldet", "Opted out";
    ColConverted => "Gewonnen", "Converted";
    CountAndRate => "{} ({} %)", "{} ({}%)";
    StatusDraft => "Entwurf", "Draft";
    StatusRunning => "Läuft", "Running";
    StatusFinished => "Beendet", "Finished";
    PurposeLabel => "Art der Nachrichten", "Kind of messages";
    PurposeMarketing => "Werbung", "Marketing";
    PurposeService => "Service", "Service";
    PurposeMarketingExplain => "Werbung (Angebote, Einladungen, „werde Partner“) geht nur an Kontakte, die für diesen Kanal eingewilligt haben, und endet immer mit dem Abmeldesatz.",
        "Marketing (offers, invitations, “become a partner”) goes only to contacts who consented on this channel, and always ends with the opt-out sentence.";
    PurposeServiceExplain => "Service heißt: nur Informationen zu einer Bestellung oder einem Termin, keine Werbung – dafür braucht es keine Einwilligung.",
        "Service means: only information about an order or an appointment, no advertising – that needs no consent.";
    CampaignNameLabel => "Name der Kampagne", "Campaign name";
    ChannelLabel => "Kanal", "Channel";
    ChannelCall => "Anruf", "Phone call";
    AudienceHeading => "Zielgruppe", "Audience";
    MatchLabel => "Dabei ist, wer", "Included: who matches";
    MatchAll => "alle Bedingungen erfüllt", "all conditions";
    MatchAny => "mindestens eine erfüllt", "at least one condition";
    AddCondition => "Bedingung hinzufügen", "Add condition";
    RemoveCondition => "Bedingung entfernen", "Remove condition";
    ConditionLabel => "Bedingung {}", "Condition {}";
    ConditionValueLabel => "Wert für Bedingung {}", "Value for condition {}";
    CondRole => "Rolle ist", "Role is";
    CondTag => "hat das Schlagwort", "has the tag";
    CondOpenLead => "hat eine offene Chance", "has an open lead";
    CondLeadStage => "hat eine Chance in der Phase", "has a lead in the stage";
    ChooseStage => "– Phase wählen –", "– choose a stage –";
    StageOfKind => "{}: {}", "{}: {}";
    ProblemStage => "Bitte eine Phase wählen.", "Please choose a stage.";
    CondLeadBand => "hat eine Chance mit Aussicht", "has a lead with a chance";
    CondNoContact => "seit Tagen ohne Kontakt", "no contact for days";
    CondNoOrder => "Kunde ohne Bestellung seit Tagen", "customer without an order for days";
    CondBirthday => "hat diesen Monat Geburtstag", "has a birthday this month";
    CondInactive => "Teampartner ohne Umsatz diesen Monat", "team member without volume this month";
    CondLanguage => "spricht", "speaks";
    ProblemDaysRange => "Bitte eine ganze Zahl von 1 bis 3650.", "Please enter a whole number from 1 to 3650.";
    ProblemTag => "Bitte ein Schlagwort eingeben.", "Please enter a tag.";
    SavedSegmentsLabel => "Gespeicherte Zielgruppe", "Saved audience";
    SavedSegmentNone => "– keine gewählt –", "– none chosen –";
    SavedSegmentOption => "{} ({})", "{} ({})";
    UseSavedSegment => "Übernehmen", "Use";
    DeleteSavedSegment => "Gespeicherte Zielgruppe löschen", "Delete saved audience";
    SavedSegmentUsed => "Zielgruppe „{}“ übernommen – sie wird mit den Kontakten von heute ausgewertet.", "Audience “{}” used – it is evaluated with today’s contacts.";
    SaveSegmentAsLabel => "Diese Zielgruppe speichern als", "Save this audience as";
    SaveSegment => "Zielgruppe speichern", "Save audience";
    SegmentSaved => "Zielgruppe „{}“ gespeichert.", "Audience “{}” saved.";
    SegmentDeleted => "Zielgruppe „{}“ gelöscht.", "Audience “{}” deleted.";
    ProblemSegmentNameEmpty => "Bitte gib der Zielgruppe einen Namen.", "Please give the audience a name.";
    ProblemSegmentNameLong => "Bitte höchstens 80 Zeichen.", "Please use at most 80 characters.";
    ProblemSegmentNameTaken => "Eine Zielgruppe mit diesem Namen gibt es schon.", "An audience with this name exists already.";
    ProblemSegmentRows => "Bitte erst die Bedingungen oben berichtigen.", "Please correct the conditions above first.";
    SegmentSimplified => "Diese Zielgruppe enthielt verschachtelte Gruppen; hier siehst du sie vereinfacht. Speichern ersetzt sie.",
        "This audience held nested groups; you see it simplified here. Saving replaces it.";
    AudienceFirst => "Zum Beispiel: {}", "For example: {}";
    AudienceReachable => "davon {} erreichbar", "{} of them reachable";
    LeftOutUnknown => "Einwilligung unbekannt", "consent unknown";
    LeftOutRefused => "Einwilligung verweigert", "consent refused";
    LeftOutWithdrawn => "Einwilligung widerrufen", "consent withdrawn";
    LeftOutNoAddress => "keine Nummer oder Adresse", "no number or address";
    ReasonCount => "{}: {}", "{}: {}";
    StepsHeading => "Schritte", "Steps";
    StepHeading => "Schritt {}", "Step {}";
    StepDayLabel => "Tag (ab Aufnahme)", "Day (from joining)";
    SubjectDe => "Betreff (Deutsch)", "Subject (German)";
    SubjectEn => "Betreff (Englisch)", "Subject (English)";
    MessageDe => "Nachricht (Deutsch)", "Message (German)";
    MessageEn => "Nachricht (Englisch)", "Message (English)";
    AddStep => "Schritt hinzufügen", "Add step";
    RemoveStep => "Schritt entfernen", "Remove step";
    MergeFieldsHint => "Platzhalter: {first_name}, {last_name}, {rep_name}, {last_order_date}, {days_since_contact}, {birthday}. Jeder Kontakt bekommt seine Sprache.",
        "Placeholders: {first_name}, {last_name}, {rep_name}, {last_order_date}, {days_since_contact}, {birthday}. Each contact gets their language.";
    OptOutHeading => "Abmeldesatz", "Opt-out sentence";
    OptOutExplain => "Steht am Ende jeder Werbenachricht. Du kannst ihn umformulieren, aber nicht entfernen.",
        "Ends every marketing message. You can reword it, not remove it.";
    OptOutDe => "Abmeldesatz (Deutsch)", "Opt-out sentence (German)";
    OptOutEn => "Abmeldesatz (Englisch)", "Opt-out sentence (English)";
    FallbacksHeading => "Wenn einem Kontakt ein Feld fehlt", "When a contact lacks a field";
    FallbackDe => "{} (Deutsch)", "{} (German)";
    FallbackEn => "{} (Englisch)", "{} (English)";
    FieldFirstName => "Vorname", "First name";
    FieldLastName => "Nachname", "Last name";
    FieldRepName => "Dein Name", "Your name";
    FieldLastOrder => "Letzte Bestellung", "Last order";
    FieldDaysSince => "Tage seit dem letzten Kontakt", "Days since last contact";
    FieldBirthday => "Geburtstag", "Birthday";
    LeaveHeading => "Aus der Kampagne nehmen, wer …", "Take out of the campaign whoever …";
    LeaveReplied => "… antwortet", "… replies";
    LeaveOrdered => "… bestellt", "… orders";
    LeaveLead => "… zur Chance wird", "… becomes a lead";
    ConversionDaysLabel => "Als Erfolg zählt, was innerhalb so vieler Tage folgt", "Counts as a success within this many days";
    SaveCampaign => "Kampagne speichern", "Save campaign";
    CampaignSaved => "Kampagne „{}“ gespeichert.", "Campaign “{}” saved.";
    ProblemCampaignName => "Bitte gib der Kampagne einen Namen.", "Please give the campaign a name.";
    ProblemDelay => "Bitte einen Tag von 0 bis 365.", "Please enter a day from 0 to 365.";
    ProblemUnknownField => "Unbekannter Platzhalter „{}“ – erlaubt sind die oben genannten.", "Unknown placeholder “{}” – the ones above are allowed.";
    ProblemUnclosed => "Eine „{“ ohne „}“ an Stelle {}.", "A “{” without “}” at position {}.";
    ProblemStrayClosing => "Eine „}“ ohne „{“ an Stelle {}.", "A “}” without “{” at position {}.";
    ProblemOptOut => "Der Abmeldesatz darf nicht leer sein.", "The opt-out sentence cannot be empty.";
    ProblemConversionDays => "Bitte eine ganze Zahl von 1 bis 365.", "Please enter a whole number from 1 to 365.";
    ProblemCampaignChannel => "Über diesen Kanal kann das Handy nicht senden.", "The phone cannot send on this channel.";
    PreviewHeading => "Vorschau", "Preview";
    PreviewForLabel => "Vorschau für", "Preview for";
    PreviewNobody => "Niemand in der Zielgruppe ist erreichbar. Suche einen Kontakt, um die Nachricht zu sehen.", "Nobody in the audience is reachable. Look up a contact to see the message.";
    PreviewStepLabel => "Schritt der Vorschau", "Step previewed";
    BackToCampaigns => "Zu den Kampagnen", "Back to campaigns";
    BackToCampaign => "Zur Kampagne", "Back to the campaign";
    CampaignNotFound => "Diese Kampagne gibt es nicht (mehr).", "This campaign does not exist (any more).";
    StartCampaign => "Kampagne starten", "Start campaign";
    CampaignStarted => "Kampagne gestartet: {}.", "Campaign started: {}.";
    LeftOutHeading => "Nicht aufgenommen", "Not included";
    FinishCampaign => "Kampagne beenden", "Finish campaign";
    CampaignFinished => "Kampagne „{}“ beendet.", "Campaign “{}” finished.";
    DuplicateCampaign => "Duplizieren", "Duplicate";
    CopyName => "{} (Kopie)", "{} (copy)";
    CampaignDuplicated => "Kampagne „{}“ angelegt.", "Campaign “{}” created.";
    ResultsHeading => "Ergebnisse", "Results";
    ResultsTotal => "Gesamt", "Total";
    QueueEmpty => "Heute ist nichts fällig.", "Nothing is due today.";
    OpenEmail => "E-Mail öffnen", "Open email";
    OpenSms => "SMS öffnen", "Open SMS";
    OpenWhatsApp => "WhatsApp öffnen", "Open WhatsApp";
    CallNow => "Anrufen", "Call";
    TalkingPoints => "Gesprächspunkte", "Talking points";
    MarkSent => "Gesendet", "Sent";
    SkipStep => "Überspringen", "Skip";
    LaterStep => "Morgen", "Tomorrow";
    StepOf => "Schritt {} von {}", "Step {} of {}";
    MessageSent => "An {} gesendet.", "Sent to {}.";
    StepSkipped => "Für {} übersprungen.", "Skipped for {}.";
    StepPutOff => "{} kommt morgen wieder.", "{} comes up again tomorrow.";
    HeldHeading => "Zurückgehalten", "Held back";
    HeldUnreadable => "Der Text von Schritt {} ist fehlerhaft – bitte die Kampagne korrigieren.", "The text of step {} is faulty – please correct the campaign.";
    NotFoundTitle => "Seite nicht gefunden", "Page not found";
    BackToDashboard => "Zur Übersicht", "Back to the dashboard";

    SettingsTitle => "Einstellungen", "Settings";
    ProfileHeading => "Profil", "Profile";
    LanguageLabel => "Sprache", "Language";
    LanguageGerman => "Deutsch", "Deutsch";
    LanguageEnglish => "English", "English";
    ThemeLabel => "Erscheinungsbild", "Appearance";
    ThemeSystem => "Wie das System", "Same as system";
    ThemeLight => "Hell", "Light";
    ThemeDark => "Dunkel", "Dark";
    Save => "Speichern", "Save";
    Saved => "Gespeichert.", "Saved.";
    StorageHeading => "Speicher", "Storage";
    StoragePersistent => "Dauerhaft: der Browser löscht die Daten nicht von selbst.",
        "Persistent: the browser will not clear the data on its own.";
    StorageNotPersistent => "Nicht dauerhaft: bei Speichermangel darf der Browser die Daten löschen. Sichere regelmäßig.",
        "Not persistent: the browser may clear the data when space runs low. Back up regularly.";
    StorageUsage => "Belegt: {} von {}", "Used: {} of {}";
    StorageUnknown => "Dieser Browser gibt keine Auskunft über den Speicher.", "This browser does not report storage.";
    BackupHeading => "Sicherung", "Backup";
    BackupExplain => "Eine Sicherung ist eine Datei mit allen deinen Daten: Kontakte und ihr Verlauf, Team, Chancen, Kampagnen und Einstellungen. Bewahre sie außerhalb des Browsers auf, etwa in deiner Cloud – ein Browser kann die Daten einer Website löschen.",
        "A backup is one file with all your data: contacts and their history, team, leads, campaigns and settings. Keep it outside the browser, in your cloud for instance – a browser can delete a website’s data.";
    BackupFilePrefix => "teamline-sicherung", "teamline-backup";
    MakeBackup => "Sicherung herunterladen", "Download a backup";
    MakingBackup => "Sicherung wird erstellt …", "Making the backup …";
    LastBackup => "Letzte Sicherung: {}", "Last backup: {}";
    NoBackupMade => "Noch keine Sicherung.", "No backup yet.";
    RemindLabel => "Erinnern, wenn die letzte Sicherung älter ist als", "Remind me when the last backup is older than";
    ReminderNever => "nie erinnern", "never remind me";
    BackUpNow => "Jetzt sichern", "Back up now";
    Later => "Später", "Later";
    ProtectWithPassphrase => "Mit Passwort schützen", "Protect with a passphrase";
    ProtectExplain => "Verschlüsselt mit AES-256. Ohne das Passwort kann niemand die Datei öffnen – auch du nicht. Bewahre es gut auf.", "Encrypted with AES-256. Without the passphrase nobody can open the file – you neither. Keep it safe.";
    PassphraseLabel => "Passwort", "Passphrase";
    PassphraseRepeat => "Passwort wiederholen", "Repeat the passphrase";
    PassphraseTooShort => "Das Passwort braucht mindestens 8 Zeichen.", "The passphrase needs at least 8 characters.";
    PassphraseNotRepeated => "Die beiden Passwörter sind verschieden.", "The two passphrases differ.";
    ProtectedFile => "„{}“ ist mit einem Passwort geschützt.", "“{}” is protected with a passphrase.";
    OpenProtected => "Öffnen", "Open";
    OpeningProtected => "Wird entschlüsselt …", "Decrypting …";
    Protecting => "Wird verschlüsselt …", "Encrypting …";
    WrongPassphrase => "Das Passwort passt nicht, oder „{}“ wurde nach dem Speichern verändert. Nichts wurde geändert.", "The passphrase does not fit, or “{}” was changed after it was saved. Nothing was changed.";
    BackupMade => "Sicherung „{}“ erstellt.", "Backup “{}” made.";
    RestoreInstead => "Du hast eine Sicherung? Hier wiederherstellen", "Have a backup? Restore it here";
    RestoreLabel => "Sicherung wiederherstellen", "Restore a backup";
    CheckingBackup => "Datei wird geprüft …", "Checking the file …";
    BackupOf => "Sicherung vom {}:", "Backup of {}:";
    RestoreWarning => "Wiederherstellen ersetzt alle Daten auf diesem Gerät durch die der Sicherung.", "Restoring replaces all data on this device with the backup’s.";
    RestoreNow => "Wiederherstellen", "Restore";
    MergeInstead => "Oder zusammenführen: die Daten dieses Geräts bleiben, was nur in der Sicherung steht, kommt dazu, und bei Einträgen in beiden gilt der neuere.", "Or merge: this device’s data stays, what only the backup holds is added, and where both hold a record the newer one counts.";
    MergeBackupNow => "Zusammenführen", "Merge";
    MergingBackup => "Sicherung wird zusammengeführt …", "Merging the backup …";
    BackupMerged => "Zusammengeführt. Neu: {}, aktualisiert: {}, gelöscht: {}, auf diesem Gerät schon neuer: {}.", "Merged. New: {}, updated: {}, deleted: {}, newer on this device already: {}.";
    Restoring => "Sicherung wird wiederhergestellt …", "Restoring the backup …";
    Restored => "Die Sicherung ist wiederhergestellt.", "The backup is restored.";
    BackupNotTeamline => "„{}“ ist keine Teamline-Sicherung. Nichts wurde geändert.", "“{}” is not a Teamline backup. Nothing was changed.";
    BackupIsReport => "„{}“ ist ein Bericht für die Upline, keine Sicherung. Nichts wurde geändert.", "“{}” is a report for the upline, not a backup. Nothing was changed.";
    BackupNewer => "„{}“ stammt aus einer neueren Teamline-Version. Lade die App neu, damit sie sich aktualisiert, und versuche es dann noch einmal. Nichts wurde geändert.", "“{}” comes from a newer version of Teamline. Reload the app so that it updates, then try again. Nothing was changed.";
    BackupTooLarge => "„{}“ ist zu groß ({} MB); Teamline liest Sicherungen und Berichte bis 100 MB. Nichts wurde geändert.", "“{}” is too large ({} MB); Teamline reads backups and reports of up to 100 MB. Nothing was changed.";
    BackupDamaged => "„{}“ ist beschädigt oder unvollständig. Nichts wurde geändert.", "“{}” is damaged or incomplete. Nothing was changed.";
    BackupPartUnreadable => "„{}“: Der Teil „{}“ ist nicht lesbar ({}). Nichts wurde geändert.", "“{}”: the part “{}” cannot be read ({}). Nothing was changed.";
    BackupFileUnreadable => "„{}“ konnte nicht gelesen werden.", "“{}” could not be read.";
    DangerHeading => "Alle Daten löschen", "Delete all data";
    DangerExplain => "Löscht alle Kontakte, das Team, Chancen und Einstellungen auf diesem Gerät. Das kann nicht rückgängig gemacht werden. Tippe zur Bestätigung LÖSCHEN ein.",
        "Deletes all contacts, the team, leads and settings on this device. This cannot be undone. Type DELETE to confirm.";
    ConfirmWord => "LÖSCHEN", "DELETE";
    ConfirmLabel => "Bestätigung", "Confirmation";
    DeleteAll => "Alles löschen", "Delete everything";
    SampleHeading => "Beispieldaten", "Sample data";
    SampleExplain => "Lädt erfundene Kontakte, ein Team und Aktivitäten, um Teamline auszuprobieren.",
        "Loads made-up contacts, a team and activity to try Teamline.";
    LoadSample => "Beispieldaten laden", "Load sample data";
    SampleLoaded => "Beispieldaten geladen.", "Sample data loaded.";
    CountryLabel => "Land", "Country";

    UpdateReady => "Eine neue Version von Teamline ist bereit.", "A new version of Teamline is ready.";
    Reload => "Neu laden", "Reload";
    UpgradedElsewhere => "Teamline wurde in einem anderen Tab aktualisiert. Bitte lade diese Seite neu, damit nichts verloren geht.",
        "Teamline was updated in another tab. Please reload this page so that nothing is lost.";
    ErrorQuota => "Der Speicher des Geräts ist voll. Es wurde nichts geändert. Gib Speicher frei und versuche es erneut.",
        "The device's storage is full. Nothing was changed. Free up space and try again.";
    ErrorBlocked => "Ein anderer Tab mit einer älteren Version von Teamline ist noch offen. Schließe ihn, dann geht es weiter.",
        "Another tab with an older version of Teamline is still open. Close it to continue.";
    ErrorUnavailable => "Dieser Browser erlaubt keinen lokalen Speicher (z. B. im privaten Modus). Teamline braucht ihn, um deine Daten zu speichern.",
        "This browser does not allow local storage (for example in private mode). Teamline needs it to keep your data.";
    ErrorUnreadable => "Gespeicherte Daten ({}) können nicht gelesen werden. Es wurde nichts überschrieben.",
        "Stored data ({}) cannot be read. Nothing was overwritten.";
    ErrorFailed => "Speichern fehlgeschlagen: {}. Es wurde nichts geändert.", "Saving failed: {}. Nothing was changed.";
    ErrorWithoutConsent => "Ohne Einwilligung für diesen Kanal geht keine Werbung an diesen Kontakt. Es wurde nichts geändert.",
        "Without consent for this channel no advertising goes to this contact. Nothing was changed.";
    ErrorChangedElsewhere => "Die Daten wurden gerade in einem anderen Tab geändert. Es wurde nichts gespeichert; bitte versuche es noch einmal.",
        "The data was just changed in another tab. Nothing was saved; please try again.";
    Dismiss => "Schließen", "Dismiss";

    ImportTitle => "Kontakte importieren", "Import contacts";
    ImportLink => "Importieren", "Import";
    ImportIntro => "Eine vCard-Datei (.vcf) aus dem Handy oder eine CSV-Datei aus Excel, Outlook oder Google Kontakte. Du siehst vorher, was passiert. Einwilligungen werden nie aus einer Datei übernommen – sie bleiben „unbekannt“.",
        "A vCard file (.vcf) from your phone, or a CSV file from Excel, Outlook or Google Contacts. You see what will happen first. Consent is never taken from a file – it stays “unknown”.";
    ImportChooseFile => "Datei wählen", "Choose file";
    ImportPickContacts => "Aus dem Telefonbuch wählen", "Pick from phone contacts";
    ImportReading => "Datei wird gelesen …", "Reading the file …";
    LookingForDuplicates => "Mögliche Dubletten werden gesucht …", "Looking for likely duplicates …";
    PercentDone => "{} % erledigt", "{}% done";
    FileEmpty => "„{}“ ist leer.", "“{}” is empty.";
    FileTooLarge => "„{}“ ist {} MB groß. Teamline liest Kontaktdateien bis 40 MB – exportiere ohne Fotos oder in Teilen.",
        "“{}” is {} MB. Teamline reads contact files up to 40 MB – export without photos or in parts.";
    FileNotText => "„{}“ ist keine Textdatei. Bitte wähle eine vCard- (.vcf) oder CSV-Datei.",
        "“{}” is not a text file. Please choose a vCard (.vcf) or CSV file.";
    FileIsPicture => "„{}“ ist ein Bild, keine Kontaktdatei. Bitte wähle eine vCard- (.vcf) oder CSV-Datei.",
        "“{}” is a picture, not a contact file. Please choose a vCard (.vcf) or CSV file.";
    FileIsPdf => "„{}“ ist ein PDF-Dokument, keine Kontaktdatei. Bitte wähle eine vCard- (.vcf) oder CSV-Datei.",
        "“{}” is a PDF document, not a contact file. Please choose a vCard (.vcf) or CSV file.";
    FileIsArchive => "„{}“ ist ein Archiv oder eine Excel- oder Numbers-Datei. Speichere die Tabelle als CSV oder exportiere die Kontakte als vCard (.vcf).",
        "“{}” is an archive, or an Excel or Numbers file. Save the table as CSV, or export the contacts as vCard (.vcf).";
    FileOtherEncoding => "„{}“ sieht nach Text in einer Kodierung aus, die Teamline nicht lesen kann (etwa UTF-32). Speichere die Datei als UTF-8 und versuche es erneut.",
        "“{}” looks like text in an encoding Teamline cannot read (such as UTF-32). Save it as UTF-8 and try again.";
    FileLineTooLong => "„{}“, Zeile {}: Die Zeile ist länger als 512 KB – so sieht keine Kontaktdatei aus.",
        "“{}”, line {}: the line is longer than 512 KB – no contact file looks like that.";
    FileNotContacts => "„{}“ ist weder eine vCard-Datei noch eine Tabelle (CSV) mit Spalten.",
        "“{}” is neither a vCard file nor a table (CSV) with columns.";
    FileCsvUnreadable => "„{}“, Zeile {}: Ab hier lässt sich die CSV-Datei nicht lesen.",
        "“{}”, line {}: the CSV file cannot be read from here on.";
    FileUnreadable => "„{}“ konnte nicht gelesen werden.", "“{}” could not be read.";
    NothingChanged => "Es wurde nichts geändert.", "Nothing was changed.";
    CsvNoHeader => "Keine Spalte wurde erkannt. Ordne unten zu, was in welcher Spalte steht – bis dahin wird nichts importiert.",
        "No column was recognised. Choose below what each column holds – nothing is imported until then.";
    CsvReading => "So wird die Tabelle gelesen", "How the table is read";
    CsvDelimiter => "Trennzeichen", "Delimiter";
    DelimiterSemicolon => "Semikolon (;)", "Semicolon (;)";
    DelimiterComma => "Komma (,)", "Comma (,)";
    DelimiterTab => "Tabulator", "Tab";
    CsvEncoding => "Zeichensatz", "Character set";
    EncodingUtf8 => "UTF-8", "UTF-8";
    EncodingWindows => "Windows (ANSI, älteres Excel)", "Windows (ANSI, older Excel)";
    CsvColumns => "Spalten", "Columns";
    ColumnExample => "z. B. „{}“", "e.g. “{}”";
    TargetIgnore => "– nicht übernehmen –", "– leave out –";
    TargetNotesWithHeader => "in die Notizen (mit Spaltennamen)", "into the notes (with the column's name)";
    TargetStreet2 => "Adresszusatz", "Address line 2";
    TargetBirthYear => "Geburtsjahr", "Year of birth";
    TargetBirthMonth => "Geburtsmonat", "Month of birth";
    TargetBirthDay => "Geburtstag (Tag im Monat)", "Day of birth (day of the month)";
    TargetLabelColumn => "Bezeichnung zu einer anderen Spalte", "Label of another column";
    TargetRepeats => "wiederholt andere Spalten (nicht übernehmen)", "repeats other columns (left out)";
    TargetWorkAddress => "Adresse geschäftlich (wie erkannt)", "Business address (as recognised)";
    TargetOtherAddress => "Weitere Adresse (wie erkannt)", "Other address (as recognised)";
    TargetMiddleName => "Weitere Vornamen", "Middle names";
    TargetFullName => "Name (vollständig)", "Full name";
    TargetMobile => "Telefon mobil", "Mobile phone";
    TargetHomePhone => "Telefon privat", "Home phone";
    TargetWorkPhone => "Telefon geschäftlich", "Work phone";
    ImportPreview => "Vorschau", "Preview";
    ImportUnchanged => "Schon vorhanden", "Already there";
    ImportDuplicates => "Mögliche Dubletten", "Likely duplicates";
    ImportInvalid => "Mit Fehlern", "With errors";
    ImportDeletedBeforeTile => "Früher gelöscht", "Deleted before";
    ImportDeletedBefore => "{}: „{}“ wurde in Teamline gelöscht und wird nicht wieder angelegt.", "{}: “{}” was deleted in Teamline and is not added again.";
    ImportSample => "So werden die ersten Einträge gespeichert", "How the first entries will be stored";
    ImportDuplicateRow => "{}: „{}“ ähnelt „{}“ ({})", "{}: “{}” looks like “{}” ({})";
    ReasonSamePhone => "gleiche Telefonnummer", "same phone number";
    ReasonSameEmail => "gleiche E-Mail-Adresse", "same email address";
    ReasonSimilarName => "ähnlicher Name, {}", "similar name, {}";
    DuplicatesSkip => "nicht übernehmen", "leave out";
    DuplicatesJoin => "zum vorhandenen Kontakt hinzufügen (Nummern, Adressen, Notizen)", "add to the existing contact (numbers, addresses, notes)";
    DuplicatesAdd => "als neue Kontakte anlegen", "add as new contacts";
    ImportProblems => "Fehler und Hinweise", "Errors and notes";
    ImportLeftovers => "Was kein eigenes Feld hat", "What has no field of its own";
    PlaceLine => "Zeile {}", "Line {}";
    PlaceCard => "Karte ab Zeile {}", "Card from line {}";
    PlacePicked => "Kontakt {}", "Contact {}";
    RowTruncated => "Die Datei endet mitten in dieser Karte; sie wird nicht importiert.", "The file ends inside this card; it is not imported.";
    RowUnreadable => "Zeile {}: Der Zeichensatz „{}“ ist unbekannt; die Karte wird nicht importiert.",
        "line {}: the character set “{}” is unknown; the card is not imported.";
    RowProblem => "{}, {}: {}", "{}, {}: {}";
    RowKeptInNotes => "{}, {}: {} Der Wert steht jetzt in den Notizen.", "{}, {}: {} The value is kept in the notes.";
    FieldPhoneNumber => "Telefon {}", "Phone {}";
    FieldEmailNumber => "E-Mail {}", "Email {}";
    ImportForAll => "Für alle importierten Kontakte", "For every imported contact";
    ImportNothing => "Nichts Neues zu importieren.", "Nothing new to import.";
    ImportBusy => "Wird importiert …", "Importing …";
    ContactsImported => "Import: {}.", "Import: {}.";
    ImportResult => "{} neu, {} aktualisiert", "{} new, {} updated";
    ReviewDuplicates => "Dubletten prüfen", "Review duplicates";

    ExportTitle => "Exportieren", "Export";
    ExportFormat => "Format", "Format";
    ExportVcard3 => "vCard 3.0 (Handy, Outlook, Google)", "vCard 3.0 (phones, Outlook, Google)";
    ExportVcard4 => "vCard 4.0", "vCard 4.0";
    ExportCsv => "CSV (UTF-8)", "CSV (UTF-8)";
    ExportCsvExcel => "CSV für deutsches Excel (Semikolon)", "CSV for German Excel (semicolons)";
    ExportWhich => "Welche Kontakte", "Which contacts";
    ExportAll => "Alle Kontakte ({})", "All contacts ({})";
    ExportList => "Die aktuelle Liste ({})", "The current list ({})";
    ExportButton => "Herunterladen", "Download";
    ExportFilePrefix => "teamline-kontakte", "teamline-contacts";
    DuplicatesLink => "Dubletten", "Duplicates";
    DuplicatesIntro => "Gleiche Telefonnummer, gleiche E-Mail-Adresse oder ein fast gleicher Name im selben Ort. Nichts wird zusammengeführt, bevor du es willst.",
        "The same phone number, the same email address, or nearly the same name in the same town. Nothing is merged until you say so.";
    DuplicatesNone => "Keine möglichen Dubletten gefunden.", "No likely duplicates found.";
    DuplicatePairs => "Mögliche Dubletten: {}", "Likely duplicates: {}";
    Compare => "Vergleichen", "Compare";
    NotADuplicate => "Verschiedene Personen", "Different people";
    ShowMore => "Mehr zeigen", "Show more";
    MergeTitle => "Zusammenführen", "Merge";
    MergeExplain => "Telefonnummern, E-Mail-Adressen, Rollen, Schlagwörter, Notizen, Einwilligungen und der ganze Verlauf – Gespräche, Bestellungen, Chancen, Aufgaben, Empfehlungen und Team-Verknüpfungen – kommen zum Kontakt, der bleibt. Wähle, welcher Wert gilt, wo sich die beiden unterscheiden:",
        "Phone numbers, email addresses, roles, tags, notes, consent and the whole history – conversations, orders, leads, tasks, referrals and team links – move to the contact that stays. Choose which value holds where the two differ:";
    MergeNothingDiffers => "Sonst unterscheiden sich die beiden nicht.", "Otherwise the two do not differ.";
    MergeButton => "Zusammenführen", "Merge";
    ContactsMerged => "„{}“ zusammengeführt.", "“{}” merged.";
    MergedThisSession => "Seit dem Öffnen zusammengeführt", "Merged since opening the app";
    MergedPair => "„{}“", "“{}”";
}

macro_rules! counted {
    ($($key:ident => [$de_one:expr, $de_other:expr], [$en_one:expr, $en_other:expr];)*) => {
        /// A text with a number: per language, the singular and the plural form. A
        /// constant of its own per text, as [`Msg`].
        #[derive(Clone, Copy, PartialEq, Eq)]
        pub struct Counted(&'static [[&'static str; 2]; 2]);

        #[allow(non_upper_case_globals)]
        impl Counted {
            $(pub const $key: Counted = Counted(&[[$de_one, $de_other], [$en_one, $en_other]]);)*

            #[cfg(test)]
            pub const ALL: &[Counted] = &[$(Counted::$key,)*];
        }
    };
}

counted! {
    MessagesDue => ["{n} Nachricht fällig", "{n} Nachrichten fällig"], ["{n} message due", "{n} messages due"];
    Recipients => ["{n} Empfänger", "{n} Empfänger"], ["{n} recipient", "{n} recipients"];
    AudienceMatching => ["{n} Kontakt passt", "{n} Kontakte passen"], ["{n} contact matches", "{n} contacts match"];
    Entered => ["{n} Kontakt aufgenommen", "{n} Kontakte aufgenommen"], ["{n} contact included", "{n} contacts included"];
    NewlyJoined => ["{n} Kontakt passt neu und ist aufgenommen.", "{n} Kontakte passen neu und sind aufgenommen."], ["{n} contact newly matches and joined.", "{n} contacts newly match and joined."];
    Contacts => ["{n} Kontakt", "{n} Kontakte"], ["{n} contact", "{n} contacts"];
    ContactsShown => ["{} von {n} Kontakt", "{} von {n} Kontakten"], ["{} of {n} contact", "{} of {n} contacts"];
    Orders => ["{n} Bestellung", "{n} Bestellungen"], ["{n} order", "{n} orders"];
    HistoryEntries => ["{n} Verlaufseintrag", "{n} Verlaufseinträge"], ["{n} history entry", "{n} history entries"];
    Tasks => ["{n} Aufgabe", "{n} Aufgaben"], ["{n} task", "{n} tasks"];
    Leads => ["{n} Chance", "{n} Chancen"], ["{n} lead", "{n} leads"];
    Campaigns => ["{n} Kampagne", "{n} Kampagnen"], ["{n} campaign", "{n} campaigns"];
    EntriesRead => ["{} von {n} Eintrag gelesen", "{} von {n} Einträgen gelesen"], ["{} of {n} entry read", "{} of {n} entries read"];
    EntriesChecked => ["{} von {n} Eintrag geprüft", "{} von {n} Einträgen geprüft"], ["{} of {n} entry checked", "{} of {n} entries checked"];
    Points => ["{n} Punkt", "{n} Punkte"], ["{n} point", "{n} points"];
    EveryDays => ["jeden Tag", "alle {n} Tage"], ["every day", "every {n} days"];
    TasksDue => ["{n} fällige Aufgabe", "{n} fällige Aufgaben"], ["{n} task due", "{n} tasks due"];
    MoreTasks => ["{n} weitere Aufgabe zeigen", "{n} weitere Aufgaben zeigen"], ["Show {n} more task", "Show {n} more tasks"];
    CalendarSaved => ["Kalender-Datei „{}“ mit {n} Termin gespeichert. Öffne sie, um die Aufgaben mit Erinnerung in den Kalender des Telefons zu übernehmen. Ein erneuter Export aktualisiert dieselben Termine.",
        "Kalender-Datei „{}“ mit {n} Terminen gespeichert. Öffne sie, um die Aufgaben mit Erinnerung in den Kalender des Telefons zu übernehmen. Ein erneuter Export aktualisiert dieselben Termine."],
        ["Calendar file “{}” with {n} event saved. Open it to add the tasks with their reminders to your phone’s calendar. Exporting again updates the same events.",
        "Calendar file “{}” with {n} events saved. Open it to add the tasks with their reminders to your phone’s calendar. Exporting again updates the same events."];
    Members => ["{n} Mitglied", "{n} Mitglieder"], ["{n} member", "{n} members"];
    ReminderDays => ["{n} Tag", "{n} Tage"], ["{n} day", "{n} days"];
    BackupOverdue => ["Deine letzte Sicherung ist {n} Tag alt. Sichere deine Daten, damit nichts verloren geht, falls der Browser sie löscht.", "Deine letzte Sicherung ist {n} Tage alt. Sichere deine Daten, damit nichts verloren geht, falls der Browser sie löscht."],
        ["Your last backup is {n} day old. Back up your data so nothing is lost if the browser deletes it.", "Your last backup is {n} days old. Back up your data so nothing is lost if the browser deletes it."];
    NoBackupYet => ["Du nutzt Teamline seit {n} Tag ohne Sicherung. Sichere deine Daten, damit nichts verloren geht, falls der Browser sie löscht.", "Du nutzt Teamline seit {n} Tagen ohne Sicherung. Sichere deine Daten, damit nichts verloren geht, falls der Browser sie löscht."],
        ["You have used Teamline for {n} day without a backup. Back up your data so nothing is lost if the browser deletes it.", "You have used Teamline for {n} days without a backup. Back up your data so nothing is lost if the browser deletes it."];
    NewMembers => ["{n} neues Mitglied", "{n} neue Mitglieder"], ["{n} new member", "{n} new members"];
    UpdatedMembers => ["{n} Mitglied aktualisiert", "{n} Mitglieder aktualisiert"], ["{n} member updated", "{n} members updated"];
    RemovedMembers => ["{n} Mitglied entfernt", "{n} Mitglieder entfernt"], ["{n} member removed", "{n} members removed"];
    ChangedVolumes => ["{n} Monatsvolumen neu oder geändert", "{n} Monatsvolumen neu oder geändert"], ["{n} monthly volume new or changed", "{n} monthly volumes new or changed"];
    KeptNewer => ["{n} Angabe ist hier schon neuer und bleibt", "{n} Angaben sind hier schon neuer und bleiben"], ["{n} record is newer here and stays", "{n} records are newer here and stay"];
    RankChanges => ["{n} Rang geändert:", "{n} Ränge geändert:"], ["{n} rank changed:", "{n} ranks changed:"];
    Levels => ["{n} Ebene", "{n} Ebenen"], ["{n} level", "{n} levels"];
    DetachedMembers => ["{n} Mitglied hängt nicht an deinem Stammbaum, weil seine Sponsorlinie unterbrochen ist. Du findest es über die Suche.",
        "{n} Mitglieder hängen nicht an deinem Stammbaum, weil ihre Sponsorlinie unterbrochen ist. Du findest sie über die Suche."],
        ["{n} member is not in your tree because their line of sponsorship is broken. Search finds them.",
        "{n} members are not in your tree because their line of sponsorship is broken. Search finds them."];
    OrgChartTrimmed => ["Das Bild zeigt das erste Mitglied.", "Das Bild zeigt die ersten {n} Mitglieder."],
        ["The picture shows the first member.", "The picture shows the first {n} members."];
    Lines => ["{n} Zeile", "{n} Zeilen"], ["{n} line", "{n} lines"];
    UnderRefused => ["Dazu kommt {n} Zeile, deren Sponsor oder Platzierung in einer abgelehnten Zeile steht.",
        "Dazu kommen {n} Zeilen, deren Sponsor oder Platzierung in einer abgelehnten Zeile steht."],
        ["Plus {n} line whose sponsor or placement is on a refused line.",
        "Plus {n} lines whose sponsor or placement is on a refused line."];
    ImportAllRows => ["{n} Zeile importieren", "Alle {n} Zeilen importieren"], ["Import {n} line", "Import all {n} lines"];
    ImportValidRows => ["Nur die {n} gültige Zeile importieren", "Nur die {n} gültigen Zeilen importieren"],
        ["Import only the {n} valid line", "Import only the {n} valid lines"];
    ImportContacts => ["{n} Kontakt importieren", "{n} Kontakte importieren"], ["Import {n} contact", "Import {n} contacts"];
    OpenNode => ["{n} Mitglied: Team von {} öffnen", "{n} Mitglieder: Team von {} öffnen"],
        ["{n} member: open {}'s team", "{n} members: open {}'s team"];
    CloseNode => ["{n} Mitglied: Team von {} schließen", "{n} Mitglieder: Team von {} schließen"],
        ["{n} member: close {}'s team", "{n} members: close {}'s team"];
    TileContacts => ["{n} Kontakt", "{n} Kontakte"], ["{n} Contact", "{n} Contacts"];
    TileCustomers => ["{n} Kundin oder Kunde", "{n} Kundinnen und Kunden"], ["{n} Customer", "{n} Customers"];
    TileProspects => ["{n} Interessent", "{n} Interessenten"], ["{n} Prospect", "{n} Prospects"];
    TileMembers => ["{n} Teammitglied", "{n} Teammitglieder"], ["{n} Team member", "{n} Team members"];
    TileOpenLeads => ["{n} Offene Chance", "{n} Offene Chancen"], ["{n} Open lead", "{n} Open leads"];
    BasedOnClosed => ["berechnet aus deiner ersten abgeschlossenen Chance", "berechnet aus {n} deiner abgeschlossenen Chancen"],
        ["based on your first closed lead", "based on {n} of your closed leads"];
    PercentagePoints => ["{n} Prozentpunkt", "{n} Prozentpunkte"], ["{n} percentage point", "{n} percentage points"];
    WhyDaysInStage => ["seit {n} Tag in dieser Phase", "seit {n} Tagen in dieser Phase"], ["{n} day in this stage", "{n} days in this stage"];
    WhyContacts => ["{n} Kontakt seit Beginn", "{n} Kontakte seit Beginn"], ["{n} contact since it began", "{n} contacts since it began"];
    WhySilence => ["seit {n} Tag kein Kontakt", "seit {n} Tagen kein Kontakt"], ["no contact for {n} day", "no contact for {n} days"];
    LeadsInStage => ["{n} Chance", "{n} Chancen"], ["{n} lead", "{n} leads"];
    MoreLeads => ["{n} weitere Chance zeigen", "{n} weitere Chancen zeigen"], ["Show {n} more lead", "Show {n} more leads"];
    LeadsFound => ["{n} Chance gefunden", "{n} Chancen gefunden"], ["{n} lead found", "{n} leads found"];
    TileDueTasks => ["{n} Fällige Aufgabe", "{n} Fällige Aufgaben"], ["{n} Task due", "{n} Tasks due"];
    TileOrders => ["{n} Bestellung", "{n} Bestellungen"], ["{n} Order", "{n} Orders"];
    TileInteractions => ["{n} Eintrag im Kontaktverlauf", "{n} Einträge im Kontaktverlauf"],
        ["{n} Logged interaction", "{n} Logged interactions"];
    TileNewContacts => ["{n} Neuer Kontakt", "{n} Neue Kontakte"], ["{n} New contact", "{n} New contacts"];
    TileUpdated => ["{n} Wird aktualisiert", "{n} Werden aktualisiert"], ["{n} Will be updated", "{n} Will be updated"];
    TileDuplicates => ["{n} Mögliche Dublette", "{n} Mögliche Dubletten"], ["{n} Likely duplicate", "{n} Likely duplicates"];
    ColumnInNotes => ["Spalte „{}“ hat kein eigenes Feld – {n} Wert steht in den Notizen.",
        "Spalte „{}“ hat kein eigenes Feld – {n} Werte stehen in den Notizen."],
        ["Column “{}” has no field of its own – {n} value is kept in the notes.",
        "Column “{}” has no field of its own – {n} values are kept in the notes."];
    ColumnLeftOut => ["Spalte „{}“ wird nicht übernommen – {n} Wert bleibt weg.",
        "Spalte „{}“ wird nicht übernommen – {n} Werte bleiben weg."],
        ["Column “{}” is left out – {n} value is not imported.",
        "Column “{}” is left out – {n} values are not imported."];
    ColumnRepeats => ["Spalte „{}“ wiederholt nur andere Spalten und wird nicht übernommen ({n} Wert).",
        "Spalte „{}“ wiederholt nur andere Spalten und wird nicht übernommen ({n} Werte)."],
        ["Column “{}” only repeats other columns and is left out ({n} value).",
        "Column “{}” only repeats other columns and is left out ({n} values)."];
    PropertyInNotes => ["Angabe „{}“ hat kein eigenes Feld – {n} Wert steht in den Notizen.",
        "Angabe „{}“ hat kein eigenes Feld – {n} Werte stehen in den Notizen."],
        ["Property “{}” has no field of its own – {n} value is kept in the notes.",
        "Property “{}” has no field of its own – {n} values are kept in the notes."];
    PropertyRepeats => ["Angabe „{}“ wiederholt nur andere Angaben und wird nicht übernommen ({n} Wert).",
        "Angabe „{}“ wiederholt nur andere Angaben und wird nicht übernommen ({n} Werte)."],
        ["Property “{}” only repeats other details and is left out ({n} value).",
        "Property “{}” only repeats other details and is left out ({n} values)."];
    PropertyNotKept => ["Angabe „{}“ wird nicht übernommen, denn Teamline speichert keine Bilder, Töne oder Schlüssel ({n} Wert).",
        "Angabe „{}“ wird nicht übernommen, denn Teamline speichert keine Bilder, Töne oder Schlüssel ({n} Werte)."],
        ["Property “{}” is left out: Teamline keeps no pictures, sounds or keys ({n} value).",
        "Property “{}” is left out: Teamline keeps no pictures, sounds or keys ({n} values)."];
}

impl std::fmt::Debug for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Counted({:?})", self.0[0][1])
    }
}

impl Counted {
    /// The singular and the plural form.
    pub fn forms(self, lang: Language) -> [&'static str; 2] {
        self.0[lang as usize]
    }

    /// The form `count` (a whole number) takes, with the number written the language's way.
    pub fn text(self, lang: Language, count: usize, args: &[&str]) -> String {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        self.fill(
            lang,
            count.saturating_mul(100),
            &lang.format_integer(count),
            args,
        )
    }

    /// The words the number takes, without the number, for a figure shown beside its
    /// label: "Kontakt" for 1, "Kontakte" otherwise.
    pub fn label(self, lang: Language, count: usize, args: &[&str]) -> String {
        let [one, other] = self.forms(lang);
        let form = if count == 1 { one } else { other };
        fill(form.replace("{n}", "").trim(), args)
    }

    /// The form a number of points (in hundredths) takes: "1 Punkt", "1,5 Punkte".
    pub fn points(self, lang: Language, centipoints: i64) -> String {
        self.fill(lang, centipoints, &lang.format_points(centipoints), &[])
    }

    fn fill(self, lang: Language, hundredths: i64, number: &str, args: &[&str]) -> String {
        let [one, other] = self.forms(lang);
        let form = if lang.is_singular(hundredths) {
            one
        } else {
            other
        };
        fill(&form.replace("{n}", number), args)
    }
}

/// Fills each `{}` of a message with the next argument.
pub fn fill(text: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut args = args.iter();
    let mut parts = text.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(args.next().copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for &msg in Msg::ALL {
            for lang in Language::ALL {
                assert!(
                    !msg.text(lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
            let holes = |l| msg.text(l).matches("{}").count();
            assert_eq!(
                holes(Language::De),
                holes(Language::En),
                "{msg:?} has different placeholders"
            );
        }
    }

    /// Each counted text with 0, 1 and 2 in both languages: the singular for exactly
    /// one, the plural otherwise, the number written in, and no hole left open.
    #[test]
    fn every_counted_text_takes_the_form_its_number_needs() {
        for &what in Counted::ALL {
            for lang in Language::ALL {
                let [one, other] = what.forms(lang);
                assert!(
                    Language::ALL.iter().any(|&l| {
                        let [one, other] = what.forms(l);
                        one != other
                    }),
                    "{what:?} has the same text for 1 and 2 in every language"
                );
                assert!(
                    other.contains("{n}"),
                    "{what:?} in {lang:?}: the plural shows the number"
                );
                let holes = other.matches("{}").count();
                assert_eq!(one.matches("{}").count(), holes, "{what:?} in {lang:?}");
                let args = vec!["Anna"; holes];
                for (n, form) in [(0, other), (1, one), (2, other)] {
                    let shown = what.text(lang, n, &args);
                    assert_eq!(shown, fill(&form.replace("{n}", &n.to_string()), &args));
                    assert!(
                        !shown.contains('{'),
                        "{what:?} in {lang:?} with {n}: {shown}"
                    );
                    // Beside a figure, the label is the same form without the number.
                    let label = what.label(lang, n, &args);
                    assert_eq!(
                        form.replace("{n}", &n.to_string()).matches("{}").count(),
                        holes
                    );
                    assert_eq!(
                        shown.replacen(&n.to_string(), "", 1).trim(),
                        label,
                        "{what:?} in {lang:?} with {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn counted_texts_read_right() {
        let de = |what: Counted, n| what.text(Language::De, n, &[]);
        let en = |what: Counted, n| what.text(Language::En, n, &[]);
        assert_eq!(de(Counted::Orders, 1), "1 Bestellung");
        assert_eq!(de(Counted::Orders, 2), "2 Bestellungen");
        assert_eq!(de(Counted::ImportContacts, 1), "1 Kontakt importieren");
        assert_eq!(de(Counted::Contacts, 10_000), "10.000 Kontakte");
        assert_eq!(en(Counted::Orders, 1), "1 order");
        assert_eq!(en(Counted::Orders, 0), "0 orders");
        assert_eq!(de(Counted::EveryDays, 1), "jeden Tag");
        assert_eq!(en(Counted::EveryDays, 14), "every 14 days");
        assert_eq!(Counted::Points.points(Language::De, 100), "1 Punkt");
        assert_eq!(Counted::Points.points(Language::De, 150), "1,5 Punkte");
        assert_eq!(Counted::Points.points(Language::En, 0), "0 points");
        assert_eq!(
            Counted::ContactsShown.text(Language::De, 1, &["1"]),
            "1 von 1 Kontakt"
        );
    }

    /// A number in a plain message would read "1 Kontakte": counts belong in
    /// [`Counted`]. No plain message puts a hole before a word that changes with the
    /// number, in either language.
    #[test]
    fn no_plain_message_counts_things() {
        const COUNTED_WORDS: &[&str] = &[
            "kontakt",
            "mitglied",
            "zeile",
            "bestellung",
            "punkt",
            "aufgabe",
            "tag",
            "tage",
            "ebene",
            "wert",
            "dublette",
            "neue",
            "gültige",
            "fällige",
            "contact",
            "member",
            "line",
            "order",
            "point",
            "task",
            "day",
            "level",
            "value",
            "row",
            "duplicate",
        ];
        for &msg in Msg::ALL {
            for lang in Language::ALL {
                let text = msg.text(lang);
                for after in text.split("{}").skip(1) {
                    let Some(rest) = after.strip_prefix(' ') else {
                        continue;
                    };
                    let word = rest
                        .split([' ', ',', '.', ':', '?', '!'])
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    let counted = COUNTED_WORDS.iter().any(|w| {
                        word == *w || word.strip_prefix(w).is_some_and(|end| end.len() <= 3)
                    });
                    assert!(
                        !counted,
                        "{msg:?} in {lang:?} puts “{word}” after a hole: a count belongs in a Counted text"
                    );
                }
            }
        }
    }

    #[test]
    fn fill_puts_arguments_in_order() {
        assert_eq!(
            fill("Belegt: {} von {}", &["1 MB", "2 GB"]),
            "Belegt: 1 MB von 2 GB"
        );
        assert_eq!(fill("Hallo!", &["x"]), "Hallo!");
    }
}

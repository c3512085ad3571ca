// Synthetic people: first names only (common names, no surnames), so no generated resident can be a real person.
// Tilburg is diverse; the shares below are a rough picture of a Dutch city of its size, not a statistic.

export type Background = 'dutch' | 'turkish' | 'moroccan' | 'surinamese' | 'polish' | 'syrian' | 'eritrean' | 'international';

export const BACKGROUNDS: readonly (readonly [Background, number])[] = [
  ['dutch', 72],
  ['turkish', 7],
  ['moroccan', 6],
  ['surinamese', 4],
  ['polish', 4],
  ['syrian', 2],
  ['eritrean', 1.5],
  ['international', 3.5],
];

export const FIRST_NAMES: Record<Background, readonly string[]> = {
  dutch: [
    'Anna', 'Emma', 'Julia', 'Sophie', 'Fleur', 'Lotte', 'Sanne', 'Eva', 'Lisa', 'Noor', 'Tess', 'Lieke', 'Femke',
    'Anouk', 'Maud', 'Iris', 'Roos', 'Ilse', 'Marloes', 'Linda', 'Monique', 'Ingrid', 'Petra', 'Marja', 'Annemarie',
    'Wilma', 'Tineke', 'Ria', 'Joke', 'Els', 'Gerda', 'Riet', 'Mieke', 'Corry', 'Truus', 'Yvonne', 'Sandra', 'Esther',
    'Karin', 'Bianca', 'Merel', 'Jet', 'Evi', 'Nina', 'Lynn', 'Mila', 'Saar', 'Hanneke', 'Marieke', 'Annelies',
    'Floor', 'Willemijn', 'Janneke', 'Loes', 'Dieuwke', 'Margriet', 'Hennie', 'Nel', 'Toos', 'Jo',
    'Daan', 'Sem', 'Lucas', 'Milan', 'Levi', 'Luuk', 'Bram', 'Jesse', 'Thijs', 'Ruben', 'Tim', 'Niels', 'Jeroen',
    'Bas', 'Koen', 'Joost', 'Martijn', 'Sander', 'Dennis', 'Erik', 'Mark', 'Peter', 'Hans', 'Jan', 'Piet', 'Kees',
    'Henk', 'Wim', 'Gerard', 'Ton', 'Frans', 'Toon', 'Harrie', 'Sjef', 'Jos', 'Ad', 'Rien', 'Cor', 'Bert', 'Mart',
    'Stijn', 'Wouter', 'Pim', 'Jasper', 'Geert', 'Teun', 'Jurre', 'Gijs', 'Hugo', 'Finn', 'Ties', 'Siem', 'Mees',
    'Noud', 'Sjoerd', 'Rik', 'Ruud', 'Willem', 'Hendrik', 'Johan', 'Marco', 'Rob', 'Vincent', 'Tom',
  ],
  turkish: [
    'Mehmet', 'Ahmet', 'Mustafa', 'Ali', 'Hüseyin', 'Hasan', 'Ibrahim', 'Murat', 'Emre', 'Burak', 'Yusuf', 'Kerem',
    'Emir', 'Ömer', 'Serkan', 'Volkan', 'Elif', 'Ayşe', 'Fatma', 'Zeynep', 'Emine', 'Hatice', 'Merve', 'Esra', 'Büşra',
    'Özlem', 'Gül', 'Derya', 'Selin', 'Ebru', 'Kübra', 'Sevda',
  ],
  moroccan: [
    'Mohamed', 'Ahmed', 'Youssef', 'Said', 'Mustapha', 'Karim', 'Hamza', 'Bilal', 'Ayoub', 'Anouar', 'Rachid',
    'Khalid', 'Driss', 'Nordin', 'Mounir', 'Fatima', 'Khadija', 'Naima', 'Malika', 'Samira', 'Latifa', 'Hanane',
    'Nadia', 'Souad', 'Amina', 'Zineb', 'Imane', 'Salma', 'Yasmina', 'Houda',
  ],
  surinamese: [
    'Ramon', 'Ricardo', 'Glenn', 'Iwan', 'Raoul', 'Sunil', 'Rajesh', 'Anand', 'Ravi', 'Marvin', 'Romano', 'Orlando',
    'Shanti', 'Sharda', 'Priya', 'Sita', 'Shanice', 'Chantal', 'Denise', 'Melissa', 'Sharon', 'Jolanda', 'Rosita', 'Nathalie',
  ],
  polish: [
    'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Łukasz', 'Jakub', 'Kamil', 'Mateusz', 'Agnieszka',
    'Katarzyna', 'Magdalena', 'Joanna', 'Monika', 'Ewa', 'Małgorzata', 'Aleksandra', 'Karolina', 'Dorota',
  ],
  syrian: ['Omar', 'Ahmad', 'Khaled', 'Rami', 'Tarek', 'Fadi', 'Samer', 'Hiba', 'Lina', 'Rania', 'Dalia', 'Reem', 'Nour', 'Lama'],
  eritrean: ['Yonas', 'Filmon', 'Merhawi', 'Dawit', 'Biniam', 'Senait', 'Semhar', 'Helen', 'Luwam', 'Saba', 'Selam', 'Rahwa'],
  international: [
    'Maria', 'Laura', 'Daniel', 'David', 'Sofia', 'Ana', 'Chen', 'Wei', 'Arjun', 'Ananya', 'Carlos', 'Lucía',
    'Giulia', 'Marco', 'Elena', 'Ioana', 'Andrei', 'Kofi', 'Ama', 'Hannah', 'James', 'Olivia', 'Mateo', 'Aisha',
  ],
};

/** The language a resident's app speaks: Dutch for almost everyone, English for some newcomers. */
export const ENGLISH_SHARE: Record<Background, number> = {
  dutch: 0.01,
  turkish: 0.02,
  moroccan: 0.02,
  surinamese: 0.01,
  polish: 0.3,
  syrian: 0.15,
  eritrean: 0.15,
  international: 0.6,
};

/** A language a resident of this background may offer to teach or practise (a tag of the taxonomy). */
export const HOME_LANGUAGE_TAG: Partial<Record<Background, string>> = {
  turkish: 'turkish',
  moroccan: 'arabic',
  syrian: 'arabic',
  polish: 'polish',
  eritrean: 'tigrinya',
  international: 'english',
};

/** Initials that Dutch surnames commonly start with, for display names such as "Fleur B.". */
export const INITIALS = 'ABBBCDDEGHHJKKLMMNOPRSSTVVWWZ';

// Parts for organisation and place names: everyday Dutch words of the kind buurthuizen, schools and clubs are named
// after, never a person.
export const NAME_WORDS = [
  'De Regenboog', 'De Linde', 'De Kastanje', 'De Vlinder', 'De Klimop', 'De Wilg', 'De Zonnebloem', 'De Horizon',
  'De Brug', 'De Poort', 'De Boomgaard', 'De Molen', 'De Wieken', 'De Lindeboom', 'De Kring', 'De Meidoorn',
  'De Hazelaar', 'De Vlier', 'De Esdoorn', 'De Zwaluw', 'De Kievit', 'De Eik', 'De Beuk', 'De Berk', 'De Tol',
  'De Vonk', 'De Sleutel', 'De Ontmoeting', 'De Schakel', 'De Toekomst', 'De Vuurtoren', 'De Ster', 'De Zon',
  'De Maan', 'De Klaproos', 'De Korenbloem', 'De Hoeksteen', 'De Bron', 'De Duif', 'De Uil', 'De Reiger', 'De Vos',
  "'t Hofke", "'t Span", "'t Ven", "'t Schooltje", "'t Pleintje", "'t Hart", "'t Kruispunt", "'t Nest",
];

export const CHURCH_NAMES = [
  'Heilig Hartkerk', 'Goede Herderkerk', 'Verrijzeniskerk', 'Vredeskerk', 'Opstandingskerk', 'Ontmoetingskerk',
  'Sionskerk', 'Bethelkerk', 'Emmaüskerk', 'Drievuldigheidskerk', 'Pinksterkerk', 'Kruiskerk',
];

export const MOSQUE_NAMES = ['Al Amal', 'An Nour', 'As Salaam', 'Al Hikma', 'Al Ihsan', 'At Taqwa', 'Al Houda'];

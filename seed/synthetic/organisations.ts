import type { ORGANISATION_ITEM_KINDS } from '../../api/assets/asset-kinds.ts';
import type { PlaceKind } from './places.ts';
import { THINGS } from './places.ts';
import { assertKnownTags } from './words.ts';

// The associations, initiatives, institutions and businesses a Dutch city has, as templates: {word} is a name word
// (names.ts), {buurt} and {wijk} the area's name, {church} and {mosque} a name from names.ts.

export type OrganisationKind = 'association' | 'initiative' | 'institution' | 'business';
type OrganisationItemKind = keyof typeof ORGANISATION_ITEM_KINDS;

export interface OrganisationItemTemplate {
  kind: OrganisationItemKind;
  title: string;
  description: string;
  tags: readonly string[];
}

export interface OrganisationTemplate {
  key: string;
  kind: OrganisationKind;
  /** How common it is, relative to the others. */
  weight: number;
  names: readonly string[];
  tags: readonly string[];
  descriptions: readonly string[];
  /** Members besides the owner. */
  members: readonly [number, number];
  items: readonly OrganisationItemTemplate[];
  /** A place it runs (its building, field or garden), with the chance it has one. */
  place?: {
    chance: number;
    kind: PlaceKind;
    title: string;
    capacity: readonly [number, number];
    accessibleToilet: number;
    availability: readonly string[];
  };
  /** Things it lends, by name from places.ts THINGS, with the chance it lends any. */
  lends?: { chance: number; things: readonly string[] };
}

export const ORGANISATION_TEMPLATES: readonly OrganisationTemplate[] = [
  // Associations (verenigingen)
  {
    key: 'football-club',
    kind: 'association',
    weight: 5,
    names: ['Voetbalvereniging {word}', 'VV {buurt}', 'SV {word}'],
    tags: ['football', 'coaching-youth', 'organising', 'hosting'],
    descriptions: [
      'Voetbalclub voor jong en oud, met teams vanaf vijf jaar.',
      'Een gezellige amateurclub waar iedereen kan meedoen, ook zonder ervaring.',
    ],
    members: [8, 20],
    items: [
      {
        kind: 'volunteers',
        title: 'Jeugdtrainers gezocht',
        description: 'Voor onze jongste teams zoeken we trainers. Ervaring is niet nodig, plezier wel.',
        tags: ['coaching-youth', 'football'],
      },
      {
        kind: 'activity',
        title: 'Walking football voor 60-plussers',
        description: 'Voetballen in wandeltempo, elke week. Daarna koffie in de kantine.',
        tags: ['football', 'walking'],
      },
      {
        kind: 'room',
        title: 'Kantine te huur voor buurtbijeenkomsten',
        description: 'Doordeweeks overdag is onze kantine vrij voor bewonersgroepen.',
        tags: ['hosting'],
      },
      {
        kind: 'volunteers',
        title: 'Hulp achter de bar op zaterdag',
        description: 'Een paar uur per maand helpen in de kantine.',
        tags: ['hosting'],
      },
    ],
    place: {
      chance: 0.9,
      kind: 'sports-field',
      title: 'Sportpark {word}',
      capacity: [100, 500],
      accessibleToilet: 0.7,
      availability: ['Trainingen doordeweeks vanaf 18.00 uur, wedstrijden op zaterdag'],
    },
  },
  {
    key: 'tennis-club',
    kind: 'association',
    weight: 2,
    names: ['Tennisclub {word}', 'Tennisvereniging {buurt}'],
    tags: ['coaching-youth', 'organising', 'hosting'],
    descriptions: ['Tennisvereniging met banen voor recreanten en competitiespelers.'],
    members: [6, 15],
    items: [
      {
        kind: 'activity',
        title: 'Gratis proefles tennis',
        description: 'Iedereen uit de buurt kan een keer gratis meespelen.',
        tags: ['coaching-youth'],
      },
      {
        kind: 'volunteers',
        title: 'Vrijwilligers voor het clubhuis',
        description: 'Help mee met bardiensten en toernooien.',
        tags: ['hosting', 'organising'],
      },
    ],
  },
  {
    key: 'korfball-club',
    kind: 'association',
    weight: 2,
    names: ['Korfbalvereniging {word}', 'KV {buurt}'],
    tags: ['coaching-youth', 'organising', 'fundraising'],
    descriptions: ['Korfbal is een gemengde teamsport: jongens en meisjes spelen samen.'],
    members: [6, 15],
    items: [
      {
        kind: 'volunteers',
        title: 'Scheidsrechters en trainers gezocht',
        description: 'We leiden je op. Een paar uur per week is genoeg.',
        tags: ['coaching-youth'],
      },
      {
        kind: 'activity',
        title: 'Korfbal op het schoolplein',
        description: 'In de zomer geven we gratis clinics op schoolpleinen in de wijk.',
        tags: ['coaching-youth', 'playing-outside'],
      },
    ],
  },
  {
    key: 'choir',
    kind: 'association',
    weight: 4,
    names: ['Buurtkoor {buurt}', 'Gemengd Koor {word}', 'Shantykoor {word}', 'Popkoor {word}'],
    tags: ['singing', 'piano', 'traditions'],
    descriptions: [
      'We zingen voor ons plezier en treden op bij feesten in de buurt.',
      'Een koor voor iedereen die graag zingt. Noten lezen hoeft niet.',
    ],
    members: [8, 25],
    items: [
      {
        kind: 'activity',
        title: 'Zingen op dinsdagavond, iedereen welkom',
        description: 'Kom een keer vrijblijvend meezingen.',
        tags: ['singing'],
      },
      {
        kind: 'volunteers',
        title: 'Pianist gezocht',
        description: 'Voor de repetities zoeken we iemand die ons wil begeleiden.',
        tags: ['piano'],
      },
      {
        kind: 'space',
        title: 'Repetitieruimte gezocht',
        description: 'We zoeken een ruimte voor dertig mensen op dinsdagavond.',
        tags: ['singing'],
      },
    ],
  },
  {
    key: 'seniors',
    kind: 'association',
    weight: 4,
    names: ['Seniorenvereniging {buurt}', 'Ouderensoos {word}', 'Zonnebloemgroep {wijk}'],
    tags: ['company', 'games', 'chair-exercise', 'reminiscence'],
    descriptions: [
      'Voor en door ouderen: gezelligheid, uitstapjes en beweging.',
      'Elke week koffie, spelletjes en een goed gesprek.',
    ],
    members: [8, 20],
    items: [
      {
        kind: 'activity',
        title: 'Koffieochtend met sjoelen',
        description: 'Elke week een ochtend gezelligheid. Binnenlopen mag.',
        tags: ['games', 'company'],
      },
      {
        kind: 'activity',
        title: 'Stoelgym op woensdag',
        description: 'Rustig bewegen op muziek, zittend op een stoel.',
        tags: ['chair-exercise'],
      },
      {
        kind: 'volunteers',
        title: 'Chauffeurs gezocht voor uitjes',
        description: 'Wie rijdt een paar keer per jaar mee naar een uitstapje?',
        tags: ['car-rides', 'accompanying'],
      },
    ],
  },
  {
    key: 'playground-association',
    kind: 'association',
    weight: 3,
    names: ['Speeltuinvereniging {buurt}', 'Speeltuinvereniging {word}'],
    tags: ['playing-outside', 'crafts-for-kids', 'organising'],
    descriptions: ['Wij beheren de speeltuin, met vrijwilligers uit de buurt.'],
    members: [5, 12],
    items: [
      {
        kind: 'volunteers',
        title: 'Toezicht op zaterdag',
        description: 'We zoeken ouders en grootouders die een middag per maand de speeltuin openhouden.',
        tags: ['playing-outside'],
      },
      {
        kind: 'activity',
        title: 'Knutselmiddag voor kinderen',
        description: 'Elke woensdagmiddag knutselen in het speeltuingebouw.',
        tags: ['crafts-for-kids'],
      },
    ],
    place: {
      chance: 1,
      kind: 'playground',
      title: 'Speeltuin {word}',
      capacity: [20, 120],
      accessibleToilet: 0.5,
      availability: ['Woensdagmiddag en zaterdag 10.00–17.00 uur'],
    },
  },
  {
    key: 'carnival',
    kind: 'association',
    weight: 2,
    names: ['Carnavalsvereniging {word}', 'Carnavalsstichting {buurt}'],
    tags: ['traditions', 'street-party', 'organising', 'sewing'],
    descriptions: ['Wij maken carnaval in de buurt: optocht, kindercarnaval en een bal.'],
    members: [8, 20],
    items: [
      {
        kind: 'volunteers',
        title: 'Handen gezocht voor de optochtwagen',
        description: 'Vanaf januari bouwen we elke zaterdag aan de wagen.',
        tags: ['woodworking', 'traditions'],
      },
      {
        kind: 'space',
        title: 'Bouwloods gezocht',
        description: 'Voor het bouwen van de carnavalswagen zoeken we een droge loods.',
        tags: ['traditions'],
      },
      {
        kind: 'activity',
        title: 'Kindercarnaval in het buurthuis',
        description: 'Verkleden, dansen en een optocht voor de kleintjes.',
        tags: ['traditions', 'dance'],
      },
    ],
  },
  {
    key: 'brass-band',
    kind: 'association',
    weight: 2,
    names: ['Harmonie {word}', 'Fanfare {word}', 'Drumband {buurt}'],
    tags: ['traditions', 'hosting', 'organising'],
    descriptions: ['Muziekvereniging die speelt bij feesten, optochten en dodenherdenking.'],
    members: [8, 20],
    items: [
      {
        kind: 'activity',
        title: 'Muziekles voor kinderen',
        description: 'Leer een instrument bespelen bij onze jeugdopleiding.',
        tags: ['traditions'],
      },
      {
        kind: 'volunteers',
        title: 'Bestuursleden gezocht',
        description: 'Denk mee over de toekomst van onze vereniging.',
        tags: ['organising'],
      },
    ],
  },
  {
    key: 'allotments',
    kind: 'association',
    weight: 3,
    names: ['Volkstuinvereniging {word}', 'Tuinpark {word}'],
    tags: ['vegetable-growing', 'gardening', 'composting', 'beekeeping'],
    descriptions: ['Volkstuinen waar leden hun eigen groente kweken. Er is een wachtlijst, maar kijken mag altijd.'],
    members: [8, 20],
    items: [
      {
        kind: 'materials',
        title: 'Compost en zaden voor de buurt',
        description: 'In het voorjaar delen we gratis compost en zaden uit.',
        tags: ['composting', 'vegetable-growing'],
      },
      {
        kind: 'activity',
        title: 'Open tuindag',
        description: 'Eén keer per jaar zijn alle tuinen open voor bezoekers.',
        tags: ['gardening'],
      },
    ],
    place: {
      chance: 1,
      kind: 'garden',
      title: 'Volkstuinen {word}',
      capacity: [20, 80],
      accessibleToilet: 0.3,
      availability: ['Dagelijks van 8.00 uur tot zonsondergang'],
    },
  },
  {
    key: 'residents-association',
    kind: 'association',
    weight: 4,
    names: ['Buurtvereniging {buurt}', 'Bewonersvereniging {buurt}', 'Wijkraad {wijk}'],
    tags: ['street-party', 'organising', 'neighbourhood-history', 'litter-picking'],
    descriptions: [
      'Bewoners die zich samen inzetten voor een fijne buurt.',
      'Wij organiseren activiteiten en praten mee met de gemeente.',
    ],
    members: [5, 15],
    items: [
      {
        kind: 'activity',
        title: 'Jaarlijks straatfeest',
        description: 'Eén keer per jaar gaat de straat dicht voor een feest met muziek en eten.',
        tags: ['street-party'],
      },
      {
        kind: 'volunteers',
        title: 'Nieuwe bestuursleden gezocht',
        description: 'Heb je ideeën voor de buurt? Praat mee.',
        tags: ['organising'],
      },
      {
        kind: 'partners',
        title: 'Partners voor een groenere buurt',
        description: 'We zoeken organisaties die willen helpen met geveltuintjes en bomen.',
        tags: ['greening-streets'],
      },
    ],
  },
  {
    key: 'tenants',
    kind: 'association',
    weight: 1,
    names: ['Huurdersvereniging {wijk}', 'Bewonerscommissie {buurt}'],
    tags: ['letters-forms', 'energy-saving', 'organising'],
    descriptions: ['Wij komen op voor de huurders in de wijk, bijvoorbeeld bij onderhoud en renovatie.'],
    members: [4, 10],
    items: [
      {
        kind: 'expertise',
        title: 'Spreekuur over huur en onderhoud',
        description: 'Vragen over je huur of een klacht? Kom langs op ons spreekuur.',
        tags: ['letters-forms'],
      },
    ],
  },
  {
    key: 'games-club',
    kind: 'association',
    weight: 2,
    names: ['Schaakclub {word}', 'Bridgeclub {word}', 'Jeu-de-boulesclub {word}', 'Klaverjasclub {buurt}'],
    tags: ['games', 'company'],
    descriptions: ['Een vaste avond in de week om samen te spelen, voor beginners en gevorderden.'],
    members: [6, 15],
    items: [
      {
        kind: 'activity',
        title: 'Speelavond, nieuwe spelers welkom',
        description: 'Elke week een gezellige avond. Wij leggen de regels uit.',
        tags: ['games'],
      },
      {
        kind: 'space',
        title: 'Ruimte gezocht voor onze clubavond',
        description: 'Een zaaltje voor twintig mensen op een vaste avond.',
        tags: ['games'],
      },
    ],
  },
  // Initiatives (bewonersinitiatieven)
  {
    key: 'repair-cafe',
    kind: 'initiative',
    weight: 4,
    names: ['Repair Café {buurt}', 'Repair Café {wijk}'],
    tags: ['electronics-repair', 'bicycle-repair', 'clothing-repair', 'tools'],
    descriptions: [
      'Samen repareren in plaats van weggooien. Neem je kapotte spullen mee.',
      'Vrijwilligers helpen je om zelf je apparaat, fiets of kleding te maken.',
    ],
    members: [4, 12],
    items: [
      {
        kind: 'activity',
        title: 'Elke eerste zaterdag: samen repareren',
        description: 'Van broodrooster tot broek: we kijken samen wat er mis is.',
        tags: ['electronics-repair', 'clothing-repair'],
      },
      {
        kind: 'volunteers',
        title: 'Reparateurs gezocht',
        description: 'Handig met apparaten, fietsen of naald en draad? Doe mee.',
        tags: ['electronics-repair', 'bicycle-repair', 'sewing'],
      },
      {
        kind: 'expertise',
        title: 'Advies over reparatie',
        description: 'Twijfel je of iets nog te maken is? Vraag het ons.',
        tags: ['electronics-repair'],
      },
    ],
    lends: { chance: 0.8, things: ['Soldeerbout', 'Naaimachine', 'Boormachine'] },
  },
  {
    key: 'community-garden',
    kind: 'initiative',
    weight: 4,
    names: ['Buurttuin {word}', 'Moestuin {buurt}', 'Pluktuin {word}', 'Voedselbos {buurt}'],
    tags: ['vegetable-growing', 'gardening', 'composting', 'greening-streets'],
    descriptions: [
      'Een tuin van en voor de buurt. Iedereen kan meedoen, ook zonder groene vingers.',
      'We kweken groente en delen de oogst met de buurt.',
    ],
    members: [5, 15],
    items: [
      {
        kind: 'volunteers',
        title: 'Tuinhulp gezocht op zaterdag',
        description: 'Een paar uur per maand helpen met zaaien, wieden en oogsten.',
        tags: ['gardening'],
      },
      {
        kind: 'materials',
        title: 'Stekjes en zaden te geef',
        description: 'We hebben altijd stekjes over voor je eigen tuin of balkon.',
        tags: ['gardening', 'greening-streets'],
      },
      {
        kind: 'activity',
        title: 'Samen oogsten en koken',
        description: 'In de zomer koken we samen met wat de tuin geeft.',
        tags: ['vegetable-growing', 'cooking', 'shared-meals'],
      },
    ],
    place: {
      chance: 0.9,
      kind: 'garden',
      title: 'Buurttuin {word}',
      capacity: [10, 40],
      accessibleToilet: 0.2,
      availability: ['Zaterdagochtend samen tuinieren, verder vrij te bezoeken'],
    },
    lends: { chance: 0.4, things: ['Kruiwagen', 'Snoeischaar', 'Heggenschaar'] },
  },
  {
    key: 'food-bank',
    kind: 'initiative',
    weight: 2,
    names: ['Voedselbank uitgiftepunt {wijk}'],
    tags: ['food-bank', 'budgeting', 'cooking'],
    descriptions: ['Elke week halen gezinnen die het krap hebben hier een pakket met eten.'],
    members: [5, 15],
    items: [
      {
        kind: 'volunteers',
        title: 'Vrijwilligers voor de uitgifte',
        description: 'Help een ochtend per week met het klaarzetten en uitdelen van de pakketten.',
        tags: ['food-bank'],
      },
      {
        kind: 'partners',
        title: 'Winkeliers die voedsel doneren',
        description: 'We zoeken winkels die houdbaar eten of groente over hebben.',
        tags: ['food-bank'],
      },
      {
        kind: 'space',
        title: 'Koelruimte gezocht',
        description: 'Voor verse producten zoeken we een koelcel in de wijk.',
        tags: ['food-bank'],
      },
    ],
  },
  {
    key: 'language-cafe',
    kind: 'initiative',
    weight: 3,
    names: ['Taalcafé {buurt}', 'Taalmaatjes {wijk}'],
    tags: ['dutch-practice', 'reading-aloud', 'company'],
    descriptions: ['Nederlands oefenen in een ontspannen sfeer, met koffie en een praatje.'],
    members: [4, 12],
    items: [
      {
        kind: 'activity',
        title: 'Elke donderdag Nederlands oefenen',
        description: 'Praat mee over het nieuws, de buurt en het dagelijks leven.',
        tags: ['dutch-practice'],
      },
      {
        kind: 'volunteers',
        title: 'Taalmaatjes gezocht',
        description: 'Een uur per week samen praten helpt iemand enorm vooruit.',
        tags: ['dutch-practice', 'company'],
      },
    ],
  },
  {
    key: 'giveaway',
    kind: 'initiative',
    weight: 2,
    names: ['Weggeefwinkel {word}', 'Kledingruil {buurt}', 'Weggeefkast {buurt}'],
    tags: ['clothing-repair', 'budgeting', 'sewing'],
    descriptions: ['Spullen die jij niet meer nodig hebt, maken een ander blij. Alles is gratis.'],
    members: [3, 10],
    items: [
      {
        kind: 'materials',
        title: 'Kleding en speelgoed te geef',
        description: 'Kom langs en neem mee wat je kunt gebruiken.',
        tags: ['budgeting'],
      },
      {
        kind: 'volunteers',
        title: 'Hulp bij sorteren',
        description: 'Een ochtend per week helpen met sorteren en inrichten.',
        tags: ['organising'],
      },
    ],
  },
  {
    key: 'homework-club',
    kind: 'initiative',
    weight: 2,
    names: ['Huiswerkklas {buurt}', 'Huiswerkcafé {word}'],
    tags: ['homework-help', 'reading-aloud', 'youth-work'],
    descriptions: ['Kinderen en jongeren maken hier in een rustige ruimte hun huiswerk, met hulp als het nodig is.'],
    members: [4, 10],
    items: [
      {
        kind: 'volunteers',
        title: 'Huiswerkbegeleiders gezocht',
        description: 'Goed in rekenen, taal of Engels? Help een middag per week.',
        tags: ['homework-help'],
      },
      {
        kind: 'space',
        title: 'Stille ruimte gezocht',
        description: 'Voor twintig kinderen zoeken we een ruimte na schooltijd.',
        tags: ['homework-help'],
      },
      {
        kind: 'activity',
        title: 'Huiswerkhulp op maandag en woensdag',
        description: 'Gratis, zonder aanmelding.',
        tags: ['homework-help'],
      },
    ],
  },
  {
    key: 'shared-meals',
    kind: 'initiative',
    weight: 3,
    names: ['Aanschuiftafel {buurt}', 'Samen Eten {buurt}', 'Buurtkeuken {word}'],
    tags: ['shared-meals', 'cooking', 'world-cuisine', 'company'],
    descriptions: ['Samen eten voor weinig geld. Niemand hoeft alleen aan tafel.'],
    members: [4, 12],
    items: [
      {
        kind: 'activity',
        title: 'Elke vrijdag samen eten',
        description: 'Een warme maaltijd voor een paar euro. Opgeven kan tot donderdag.',
        tags: ['shared-meals'],
      },
      {
        kind: 'volunteers',
        title: 'Koks gezocht',
        description: 'Kook een keer per maand voor dertig buren, met je eigen recept.',
        tags: ['cooking', 'world-cuisine'],
      },
    ],
    lends: { chance: 0.5, things: ['Grote soeppan', 'Koffiezetapparaat voor 40 kopjes'] },
  },
  {
    key: 'litter-team',
    kind: 'initiative',
    weight: 2,
    names: ['Schone Buurt {buurt}', 'Zwerfafvalteam {buurt}'],
    tags: ['litter-picking', 'greening-streets'],
    descriptions: ['Wij houden de buurt schoon, met grijpers en goede zin.'],
    members: [3, 10],
    items: [
      {
        kind: 'activity',
        title: 'Elke maand samen prikken',
        description: 'Een uurtje zwerfafval opruimen, daarna koffie.',
        tags: ['litter-picking'],
      },
      {
        kind: 'materials',
        title: 'Grijpers en vuilniszakken te leen',
        description: 'Wil je zelf aan de slag? Leen onze spullen.',
        tags: ['litter-picking'],
      },
    ],
  },
  {
    key: 'energy-team',
    kind: 'initiative',
    weight: 1,
    names: ['Energieteam {wijk}', 'Energiecoöperatie {word}'],
    tags: ['energy-saving', 'insulation'],
    descriptions: ['Buren helpen buren met energie besparen: tochtstrips, radiatorfolie en advies.'],
    members: [3, 10],
    items: [
      {
        kind: 'expertise',
        title: 'Gratis energieadvies aan huis',
        description: 'Een energiecoach kijkt met je mee waar je kunt besparen.',
        tags: ['energy-saving'],
      },
      {
        kind: 'volunteers',
        title: 'Energiecoaches gezocht',
        description: 'We leiden je op om buren te helpen.',
        tags: ['energy-saving', 'insulation'],
      },
    ],
  },
  {
    key: 'walking-group',
    kind: 'initiative',
    weight: 2,
    names: ['Wandelgroep {buurt}', 'Ommetjesclub {word}'],
    tags: ['walking', 'company'],
    descriptions: ['Samen wandelen is gezond en gezellig. We lopen in een rustig tempo.'],
    members: [4, 12],
    items: [
      {
        kind: 'activity',
        title: 'Dinsdagochtend samen wandelen',
        description: 'Een uur wandelen door de wijk, vertrek bij het buurthuis.',
        tags: ['walking'],
      },
    ],
  },
  {
    key: 'neighbourhood-watch',
    kind: 'initiative',
    weight: 1,
    names: ['Buurtpreventie {buurt}'],
    tags: ['home-safety', 'organising'],
    descriptions: ['Bewoners die samen letten op een veilige buurt, in contact met de wijkagent.'],
    members: [4, 12],
    items: [
      {
        kind: 'volunteers',
        title: 'Buurtpreventisten gezocht',
        description: 'Loop een avond per maand een rondje door de buurt.',
        tags: ['home-safety'],
      },
    ],
  },
  // Institutions (instellingen)
  {
    key: 'community-centre',
    kind: 'institution',
    weight: 5,
    names: ['Buurthuis {word}', 'Wijkcentrum {buurt}', 'Ontmoetingscentrum {word}'],
    tags: ['hosting', 'shared-meals', 'games', 'organising'],
    descriptions: [
      'Het huis van de buurt: voor activiteiten, cursussen en een kop koffie.',
      'Een plek waar bewoners elkaar ontmoeten en samen dingen organiseren.',
    ],
    members: [3, 10],
    items: [
      {
        kind: 'room',
        title: 'Zaal te huur voor buurtactiviteiten',
        description: 'Voor bewonersinitiatieven tegen een kleine vergoeding.',
        tags: ['hosting'],
      },
      {
        kind: 'room',
        title: 'Vergaderruimte voor bewonersgroepen',
        description: 'Gratis voor bewonersgroepen, op afspraak.',
        tags: ['organising'],
      },
      {
        kind: 'activity',
        title: 'Inloopochtend met koffie',
        description: 'Elke ochtend staat de koffie klaar. Binnenlopen mag.',
        tags: ['company'],
      },
      {
        kind: 'volunteers',
        title: 'Gastvrouwen en gastheren gezocht',
        description: 'Ontvang bezoekers en zet koffie, een ochtend per week.',
        tags: ['hosting'],
      },
    ],
    place: {
      chance: 1,
      kind: 'community-room',
      title: 'Grote zaal van {name}',
      capacity: [40, 150],
      accessibleToilet: 0.9,
      availability: ['Ma t/m vr 9.00–22.00 uur, za 10.00–17.00 uur'],
    },
    lends: { chance: 0.6, things: ['Beamer', 'Geluidsinstallatie', 'Partytent', 'Statafels'] },
  },
  {
    key: 'library',
    kind: 'institution',
    weight: 2,
    names: ['Bibliotheek {wijk}', 'Bibliotheekpunt {buurt}'],
    tags: ['reading-aloud', 'computer-help', 'digid', 'dutch-practice'],
    descriptions: ['Filiaal van de bibliotheek: boeken lenen, studeren, en hulp met de computer.'],
    members: [2, 6],
    items: [
      {
        kind: 'activity',
        title: 'Digitaal Café: hulp met DigiD en smartphone',
        description: 'Vrijwilligers helpen je met je telefoon, computer en online formulieren.',
        tags: ['digid', 'smartphone-help'],
      },
      {
        kind: 'activity',
        title: 'Voorleesochtend voor peuters',
        description: 'Elke woensdagochtend voorlezen en zingen.',
        tags: ['reading-aloud'],
      },
      {
        kind: 'room',
        title: 'Studieplekken',
        description: 'Rustige werkplekken met wifi, gratis.',
        tags: ['homework-help'],
      },
    ],
    place: {
      chance: 0.8,
      kind: 'library',
      title: 'Leeszaal van {name}',
      capacity: [20, 80],
      accessibleToilet: 0.95,
      availability: ['Di t/m za 10.00–17.00 uur'],
    },
  },
  {
    key: 'primary-school',
    kind: 'institution',
    weight: 7,
    names: ['Basisschool {word}', 'Kindcentrum {word}', 'Openbare basisschool {word}'],
    tags: ['homework-help', 'reading-aloud', 'playing-outside', 'parenting'],
    descriptions: ['Basisschool in de buurt, met een open deur voor ouders en buren.'],
    members: [2, 8],
    items: [
      {
        kind: 'room',
        title: 'Gymzaal na schooltijd te gebruiken',
        description: 'Voor sport- en beweegactiviteiten in de buurt.',
        tags: ['playing-outside'],
      },
      {
        kind: 'volunteers',
        title: 'Voorleesouders gezocht',
        description: 'Lees een half uur per week voor in een groep.',
        tags: ['reading-aloud'],
      },
      {
        kind: 'partners',
        title: 'Partners voor naschoolse activiteiten',
        description: 'Sportclubs, kunstenaars en tuinders: doe mee met ons middagprogramma.',
        tags: ['crafts-for-kids', 'coaching-youth'],
      },
    ],
  },
  {
    key: 'church',
    kind: 'institution',
    weight: 3,
    names: ['{church}', 'Parochie {wijk}', 'Protestantse Gemeente {wijk}'],
    tags: ['company', 'shared-meals', 'traditions', 'singing'],
    descriptions: [
      'Een geloofsgemeenschap die ook voor de buurt klaarstaat.',
      'Naast de vieringen is er koffie, een maaltijd en een luisterend oor.',
    ],
    members: [4, 15],
    items: [
      {
        kind: 'room',
        title: 'Zaal voor buurtactiviteiten',
        description: 'Onze zaal is doordeweeks beschikbaar voor de buurt.',
        tags: ['hosting'],
      },
      {
        kind: 'activity',
        title: 'Kerstmaaltijd voor wie alleen is',
        description: 'Met kerst eten we samen. Iedereen is welkom.',
        tags: ['shared-meals', 'company'],
      },
      {
        kind: 'activity',
        title: 'Koffie na de viering',
        description: 'Ook als je niet gelovig bent, ben je welkom voor koffie.',
        tags: ['company'],
      },
    ],
    place: {
      chance: 0.5,
      kind: 'community-room',
      title: 'Parochiezaal van {name}',
      capacity: [30, 120],
      accessibleToilet: 0.6,
      availability: ['Doordeweeks op afspraak'],
    },
  },
  {
    key: 'mosque',
    kind: 'institution',
    weight: 2,
    names: ['Moskee {mosque}', 'Islamitisch Centrum {wijk}'],
    tags: ['shared-meals', 'arabic', 'turkish', 'homework-help', 'traditions'],
    descriptions: ['Een moskee met een open deur: ook buren zijn welkom voor een rondleiding of een maaltijd.'],
    members: [4, 15],
    items: [
      {
        kind: 'activity',
        title: 'Iftar voor de buurt in de ramadan',
        description: 'Een avond samen het vasten breken, voor iedereen.',
        tags: ['shared-meals', 'traditions'],
      },
      {
        kind: 'activity',
        title: 'Huiswerkbegeleiding in het weekend',
        description: 'Voor kinderen uit de hele buurt.',
        tags: ['homework-help'],
      },
      {
        kind: 'room',
        title: 'Zaal voor bijeenkomsten',
        description: 'Beschikbaar voor buurtbijeenkomsten.',
        tags: ['hosting'],
      },
    ],
  },
  {
    key: 'welfare',
    kind: 'institution',
    weight: 3,
    names: ['Wijkteam {wijk}', 'Welzijnspunt {wijk}', 'Steunpunt Mantelzorg {wijk}'],
    tags: ['informal-care', 'letters-forms', 'debt-help', 'benefits-advice', 'listening'],
    descriptions: ['Voor vragen over zorg, geld, opvoeden en meedoen. Gratis en dichtbij.'],
    members: [3, 8],
    items: [
      {
        kind: 'expertise',
        title: 'Hulp bij formulieren en toeslagen',
        description: 'Elke week een spreekuur zonder afspraak.',
        tags: ['letters-forms', 'benefits-advice'],
      },
      {
        kind: 'expertise',
        title: 'Spreekuur voor mantelzorgers',
        description: 'Even je verhaal kwijt en tips voor ondersteuning.',
        tags: ['informal-care', 'listening'],
      },
      {
        kind: 'partners',
        title: 'Samenwerking met bewonersinitiatieven',
        description: 'Heb je een idee voor de buurt? Wij denken mee en helpen met geld aanvragen.',
        tags: ['organising', 'fundraising'],
      },
    ],
  },
  {
    key: 'gp-practice',
    kind: 'institution',
    weight: 3,
    names: ['Huisartsenpraktijk {buurt}', 'Gezondheidscentrum {word}'],
    tags: ['first-aid', 'healthy-eating', 'mental-health'],
    descriptions: ['Huisartsenpraktijk die samenwerkt met de buurt voor een gezond leven.'],
    members: [2, 6],
    items: [
      {
        kind: 'activity',
        title: 'Beweeggroep voor mensen met diabetes',
        description: 'Samen wandelen en oefenen onder begeleiding.',
        tags: ['walking', 'healthy-eating'],
      },
      {
        kind: 'partners',
        title: 'Samenwerking tegen eenzaamheid',
        description: 'We zoeken buurtinitiatieven waar we mensen naartoe kunnen verwijzen.',
        tags: ['company', 'mental-health'],
      },
    ],
  },
  {
    key: 'childcare',
    kind: 'institution',
    weight: 2,
    names: ['Kinderopvang {word}', 'Peuterspeelzaal {word}'],
    tags: ['playing-outside', 'parenting', 'crafts-for-kids'],
    descriptions: ['Opvang voor kinderen van nul tot vier jaar, midden in de buurt.'],
    members: [2, 6],
    items: [
      {
        kind: 'activity',
        title: 'Opvoedcafé voor ouders',
        description: 'Ouders praten met elkaar over opvoeden, met een kop koffie.',
        tags: ['parenting'],
      },
      {
        kind: 'space',
        title: 'Buitenruimte gezocht',
        description: 'We zoeken een groene plek om met de kinderen buiten te spelen.',
        tags: ['playing-outside'],
      },
    ],
  },
  {
    key: 'youth-centre',
    kind: 'institution',
    weight: 1,
    names: ['Jongerencentrum {word}', 'Jongerenwerk {wijk}'],
    tags: ['youth-work', 'dance', 'football', 'internships'],
    descriptions: ['Een plek voor jongeren van twaalf tot drieëntwintig, met jongerenwerkers.'],
    members: [3, 8],
    items: [
      {
        kind: 'activity',
        title: 'Open inloop voor jongeren',
        description: 'Chillen, gamen, praten en plannen maken.',
        tags: ['youth-work'],
      },
      {
        kind: 'partners',
        title: 'Bedrijven met stageplekken',
        description: 'Jongeren zoeken stages en bijbaantjes in de buurt.',
        tags: ['internships'],
      },
    ],
  },
  // Businesses (ondernemers)
  {
    key: 'bakery',
    kind: 'business',
    weight: 3,
    names: ['Bakkerij {word}', 'Warme Bakker {buurt}', 'Turkse Bakker {word}'],
    tags: ['baking', 'world-cuisine'],
    descriptions: ['Elke dag vers brood, gebak en een praatje over de toonbank.'],
    members: [1, 3],
    items: [
      {
        kind: 'materials',
        title: 'Brood van gisteren voor de voedselbank',
        description: 'Wat we over hebben, geven we aan de voedselbank.',
        tags: ['food-bank'],
      },
      {
        kind: 'partners',
        title: 'Wij sponsoren buurtfeesten',
        description: 'Vraag ons om taart of brood voor je buurtfeest.',
        tags: ['street-party'],
      },
    ],
  },
  {
    key: 'bike-shop',
    kind: 'business',
    weight: 2,
    names: ['Fietsenmaker {buurt}', 'Fietsenmakerij {word}', 'Rijwielhandel {word}'],
    tags: ['bicycle-repair', 'cycling', 'cargo-bike'],
    descriptions: ['Reparatie, onderhoud en advies voor elke fiets.'],
    members: [1, 3],
    items: [
      {
        kind: 'expertise',
        title: 'Reparatietips voor het repair café',
        description: 'Onze monteur komt graag eens uitleggen hoe je zelf een band plakt.',
        tags: ['bicycle-repair'],
      },
      {
        kind: 'materials',
        title: 'Oude fietsonderdelen te geef',
        description: 'Voor repair cafés en fietsprojecten.',
        tags: ['bicycle-repair'],
      },
    ],
    lends: { chance: 0.4, things: ['Bakfiets', 'Fietskar'] },
  },
  {
    key: 'hairdresser',
    kind: 'business',
    weight: 2,
    names: ['Kapsalon {word}', 'Kapper {buurt}'],
    tags: ['company', 'listening'],
    descriptions: ['De kapper waar iedereen elkaar kent.'],
    members: [1, 3],
    items: [
      {
        kind: 'activity',
        title: 'Knipmiddag voor wie het krap heeft',
        description: 'Eén middag per maand gratis knippen, via het wijkteam.',
        tags: ['budgeting'],
      },
    ],
  },
  {
    key: 'shop',
    kind: 'business',
    weight: 2,
    names: ['Buurtsuper {buurt}', 'Buurtwinkel {word}', 'Toko {word}'],
    tags: ['grocery-help', 'world-cuisine'],
    descriptions: ['De winkel om de hoek, met producten uit de hele wereld.'],
    members: [1, 3],
    items: [
      {
        kind: 'partners',
        title: 'Bezorgen aan huis voor ouderen',
        description: 'We zoeken vrijwilligers die boodschappen willen rondbrengen.',
        tags: ['grocery-help'],
      },
      {
        kind: 'materials',
        title: 'Prijzen voor de buurtloterij',
        description: 'Organiseer je iets voor de buurt? Wij doen een prijs.',
        tags: ['fundraising'],
      },
    ],
  },
  {
    key: 'cafe',
    kind: 'business',
    weight: 2,
    names: ['Eetcafé {word}', 'Koffiebar {word}', 'Lunchroom {word}'],
    tags: ['hosting', 'shared-meals'],
    descriptions: ['Een plek voor koffie, lunch en een goed gesprek.'],
    members: [1, 3],
    items: [
      {
        kind: 'room',
        title: 'Achterzaal voor buurtbijeenkomsten',
        description: 'Gratis voor bewonersgroepen op doordeweekse avonden.',
        tags: ['hosting'],
      },
      {
        kind: 'activity',
        title: 'Spelletjesavond',
        description: 'Elke maand een avond bordspellen, voor iedereen.',
        tags: ['games'],
      },
    ],
  },
  {
    key: 'tailor',
    kind: 'business',
    weight: 1,
    names: ['Kleermakerij {word}', 'Naaiatelier {word}'],
    tags: ['sewing', 'clothing-repair'],
    descriptions: ['Kleding op maat en reparaties.'],
    members: [1, 2],
    items: [
      {
        kind: 'expertise',
        title: 'Naailes voor beginners',
        description: 'Leer zelf een broek inkorten of een knoop aanzetten.',
        tags: ['sewing'],
      },
    ],
  },
  {
    key: 'florist',
    kind: 'business',
    weight: 1,
    names: ['Bloemenwinkel {word}', 'Tuincentrum {word}'],
    tags: ['gardening', 'greening-streets'],
    descriptions: ['Bloemen, planten en advies voor tuin en balkon.'],
    members: [1, 3],
    items: [
      {
        kind: 'materials',
        title: 'Plantjes voor geveltuintjes',
        description: 'Voor bewoners die hun straat vergroenen, met korting.',
        tags: ['greening-streets'],
      },
    ],
  },
  {
    key: 'thrift-store',
    kind: 'business',
    weight: 1,
    names: ['Kringloopwinkel {word}'],
    tags: ['upholstery', 'electronics-repair', 'woodworking'],
    descriptions: ['Tweedehands meubels, kleding en huisraad. Werkplek voor mensen die weer aan het werk willen.'],
    members: [2, 5],
    items: [
      {
        kind: 'materials',
        title: 'Meubels voor nieuwe bewoners',
        description: 'Wie net een huis krijgt, kan hier voordelig inrichten.',
        tags: ['moving-help'],
      },
      {
        kind: 'volunteers',
        title: 'Vrijwilligers voor de werkplaats',
        description: 'Help met het opknappen van meubels en apparaten.',
        tags: ['woodworking', 'electronics-repair'],
      },
    ],
  },
  {
    key: 'printer',
    kind: 'business',
    weight: 1,
    names: ['Drukkerij {word}'],
    tags: ['flyering', 'organising'],
    descriptions: ['Drukwerk voor bedrijven, verenigingen en bewoners.'],
    members: [1, 3],
    items: [
      {
        kind: 'expertise',
        title: 'Flyers drukken voor buurtinitiatieven',
        description: 'Tegen kostprijs, en we denken mee over de tekst.',
        tags: ['flyering'],
      },
    ],
  },
];

assertKnownTags(
  'organisations',
  ORGANISATION_TEMPLATES.flatMap((template) => [...template.tags, ...template.items.flatMap((item) => item.tags)]),
);
for (const template of ORGANISATION_TEMPLATES) {
  for (const name of template.lends?.things ?? []) {
    if (!THINGS.some((thing) => thing.name === name))
      throw new Error(`organisation ${template.key} lends "${name}", which is not in THINGS`);
  }
}

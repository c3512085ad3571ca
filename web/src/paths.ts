/** Every page of the app. Dutch paths: they appear in links in e-mails and in the address bar. */
export const PATHS = {
  map: '/',
  signup: '/aanmelden',
  welcome: '/welkom',
  login: '/inloggen',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen',
  verifyEmail: '/bevestigen',
  invitation: '/uitnodiging',
  profile: '/profiel',
  myData: '/mijn-gegevens',
  suggestions: '/voor-jou',
  introductions: '/kennismakingen',
  introduction: '/kennismakingen/:id',
  setup: '/inrichten',
  admin: '/beheer',
  outbox: '/beheer/outbox',
  reports: '/beheer/meldingen',
  adminAccounts: '/beheer/accounts',
  adminTaxonomy: '/beheer/taxonomie',
  adminAreas: '/beheer/gebieden',
  adminSettings: '/beheer/instellingen',
  connector: '/verbinder',
  connectorArea: '/verbinder/:code',
  moderation: '/moderatie',
  wijkKompas: '/wijk/:code',
  buurtKompas: '/buurt/:code',
  agendas: '/buurtagendas',
  agenda: '/agenda/:id',
  unsubscribe: '/afmelden',
} as const;

/** The page of one introduction, with its thread. */
export function introductionPath(id: string): string {
  return `${PATHS.introductions}/${encodeURIComponent(id)}`;
}

/** The connector's page of one of their buurten or wijken. */
export function connectorAreaPath(code: string): string {
  return `${PATHS.connector}/${encodeURIComponent(code)}`;
}

/** The kompas of one buurt or wijk. */
export function kompasPath(areaType: 'buurt' | 'wijk', code: string): string {
  return `/${areaType}/${encodeURIComponent(code)}`;
}

/** A buurtagenda: the document, and for its editors and participants the place to work on it. */
export function agendaPath(id: string): string {
  return `/agenda/${encodeURIComponent(id)}`;
}

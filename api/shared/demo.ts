/**
 * Every demo resident's e-mail address is in this domain (.invalid can never receive mail): it marks the demo rows.
 * The seed writes them; the API only asks whether there are any, to tell visitors the demo's people are invented.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.krachtkaart.invalid';
export const DEMO_EMAIL_PATTERN = `%@${DEMO_EMAIL_DOMAIN}`;

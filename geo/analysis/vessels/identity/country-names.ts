import { MID_TO_ISO2 } from './mid-table';

/** English short names of the countries and territories in the MID table, by ISO 3166-1 alpha-2 code. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AD: 'Andorra', AE: 'United Arab Emirates', AF: 'Afghanistan', AG: 'Antigua and Barbuda', AI: 'Anguilla',
  AL: 'Albania', AM: 'Armenia', AO: 'Angola', AR: 'Argentina', AS: 'American Samoa', AT: 'Austria', AU: 'Australia',
  AW: 'Aruba', AZ: 'Azerbaijan', BA: 'Bosnia and Herzegovina', BB: 'Barbados', BD: 'Bangladesh', BE: 'Belgium',
  BF: 'Burkina Faso', BG: 'Bulgaria', BH: 'Bahrain', BI: 'Burundi', BJ: 'Benin', BM: 'Bermuda', BN: 'Brunei',
  BO: 'Bolivia', BQ: 'Bonaire, Sint Eustatius and Saba', BR: 'Brazil', BS: 'Bahamas', BT: 'Bhutan', BW: 'Botswana',
  BY: 'Belarus', BZ: 'Belize', CA: 'Canada', CC: 'Cocos (Keeling) Islands', CD: 'Congo, Democratic Republic of the',
  CF: 'Central African Republic', CG: 'Congo', CH: 'Switzerland', CI: "Côte d'Ivoire", CK: 'Cook Islands',
  CL: 'Chile', CM: 'Cameroon', CN: 'China', CO: 'Colombia', CR: 'Costa Rica', CU: 'Cuba', CV: 'Cabo Verde',
  CW: 'Curaçao', CX: 'Christmas Island', CY: 'Cyprus', CZ: 'Czechia', DE: 'Germany', DJ: 'Djibouti', DK: 'Denmark',
  DM: 'Dominica', DO: 'Dominican Republic', DZ: 'Algeria', EC: 'Ecuador', EE: 'Estonia', EG: 'Egypt', ER: 'Eritrea',
  ES: 'Spain', ET: 'Ethiopia', FI: 'Finland', FJ: 'Fiji', FK: 'Falkland Islands', FM: 'Micronesia', FO: 'Faroe Islands',
  FR: 'France', GA: 'Gabon', GB: 'United Kingdom', GD: 'Grenada', GE: 'Georgia', GF: 'French Guiana', GH: 'Ghana',
  GI: 'Gibraltar', GL: 'Greenland', GM: 'Gambia', GN: 'Guinea', GP: 'Guadeloupe', GQ: 'Equatorial Guinea',
  GR: 'Greece', GT: 'Guatemala', GW: 'Guinea-Bissau', GY: 'Guyana', HK: 'Hong Kong', HN: 'Honduras', HR: 'Croatia',
  HT: 'Haiti', HU: 'Hungary', ID: 'Indonesia', IE: 'Ireland', IL: 'Israel', IN: 'India', IQ: 'Iraq', IR: 'Iran',
  IS: 'Iceland', IT: 'Italy', JM: 'Jamaica', JO: 'Jordan', JP: 'Japan', KE: 'Kenya', KG: 'Kyrgyzstan', KH: 'Cambodia',
  KI: 'Kiribati', KM: 'Comoros', KN: 'Saint Kitts and Nevis', KP: 'Korea, North', KR: 'Korea, South', KW: 'Kuwait',
  KY: 'Cayman Islands', KZ: 'Kazakhstan', LA: 'Laos', LB: 'Lebanon', LC: 'Saint Lucia', LI: 'Liechtenstein',
  LK: 'Sri Lanka', LR: 'Liberia', LS: 'Lesotho', LT: 'Lithuania', LU: 'Luxembourg', LV: 'Latvia', LY: 'Libya',
  MA: 'Morocco', MC: 'Monaco', MD: 'Moldova', ME: 'Montenegro', MG: 'Madagascar', MH: 'Marshall Islands',
  MK: 'North Macedonia', ML: 'Mali', MM: 'Burma', MN: 'Mongolia', MO: 'Macau', MP: 'Northern Mariana Islands',
  MQ: 'Martinique', MR: 'Mauritania', MS: 'Montserrat', MT: 'Malta', MU: 'Mauritius', MV: 'Maldives', MW: 'Malawi',
  MX: 'Mexico', MY: 'Malaysia', MZ: 'Mozambique', NA: 'Namibia', NC: 'New Caledonia', NE: 'Niger', NG: 'Nigeria',
  NI: 'Nicaragua', NL: 'Netherlands', NO: 'Norway', NP: 'Nepal', NR: 'Nauru', NU: 'Niue', NZ: 'New Zealand',
  OM: 'Oman', PA: 'Panama', PE: 'Peru', PF: 'French Polynesia', PG: 'Papua New Guinea', PH: 'Philippines',
  PK: 'Pakistan', PL: 'Poland', PM: 'Saint Pierre and Miquelon', PN: 'Pitcairn', PR: 'Puerto Rico', PS: 'Palestine',
  PT: 'Portugal', PW: 'Palau', PY: 'Paraguay', QA: 'Qatar', RE: 'Réunion', RO: 'Romania', RS: 'Serbia', RU: 'Russia',
  RW: 'Rwanda', SA: 'Saudi Arabia', SB: 'Solomon Islands', SC: 'Seychelles', SD: 'Sudan', SE: 'Sweden',
  SG: 'Singapore', SH: 'Saint Helena', SI: 'Slovenia', SK: 'Slovakia', SL: 'Sierra Leone', SM: 'San Marino',
  SN: 'Senegal', SO: 'Somalia', SR: 'Suriname', SS: 'South Sudan', ST: 'Sao Tome and Principe', SV: 'El Salvador',
  SX: 'Sint Maarten', SY: 'Syria', SZ: 'Eswatini', TC: 'Turks and Caicos Islands', TD: 'Chad',
  TF: 'French Southern Territories', TG: 'Togo', TH: 'Thailand', TJ: 'Tajikistan', TL: 'Timor-Leste',
  TM: 'Turkmenistan', TN: 'Tunisia', TO: 'Tonga', TR: 'Turkey', TT: 'Trinidad and Tobago', TV: 'Tuvalu', TW: 'Taiwan',
  TZ: 'Tanzania', UA: 'Ukraine', UG: 'Uganda', US: 'United States', UY: 'Uruguay', UZ: 'Uzbekistan', VA: 'Vatican City',
  VC: 'Saint Vincent and the Grenadines', VE: 'Venezuela', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands',
  VN: 'Vietnam', VU: 'Vanuatu', WF: 'Wallis and Futuna', WS: 'Samoa', YE: 'Yemen', ZA: 'South Africa', ZM: 'Zambia',
  ZW: 'Zimbabwe',
};

/** Other spellings lists use for flags (OFAC writes "Korea, North"; others "DPRK", "Russian Federation"). */
const ALIASES: Readonly<Record<string, string>> = {
  'north korea': 'KP', dprk: 'KP', "democratic people's republic of korea": 'KP', 'korea, democratic people\'s republic of': 'KP',
  'korea dpr': 'KP', 'south korea': 'KR', 'republic of korea': 'KR', 'korea, republic of': 'KR',
  'russian federation': 'RU', 'iran, islamic republic of': 'IR', 'islamic republic of iran': 'IR', 'viet nam': 'VN',
  'united republic of tanzania': 'TZ', 'tanzania, united republic of': 'TZ', 'st kitts and nevis': 'KN',
  'saint kitts & nevis': 'KN', 'st vincent and the grenadines': 'VC', 'saint vincent': 'VC', 'myanmar': 'MM',
  'syrian arab republic': 'SY', 'lao pdr': 'LA', "lao people's democratic republic": 'LA', 'macao': 'MO',
  'hong kong sar': 'HK', 'hong kong, china': 'HK', 'uk': 'GB', 'united kingdom of great britain and northern ireland': 'GB',
  'usa': 'US', 'united states of america': 'US', 'moldova, republic of': 'MD', 'turkiye': 'TR', 'türkiye': 'TR',
  'czech republic': 'CZ', 'cape verde': 'CV', 'ivory coast': 'CI', 'swaziland': 'SZ', 'east timor': 'TL',
  'micronesia, federated states of': 'FM', 'federated states of micronesia': 'FM', 'congo, republic of the': 'CG',
  'democratic republic of the congo': 'CD', 'the bahamas': 'BS', 'bahamas, the': 'BS', 'the gambia': 'GM',
  'gambia, the': 'GM', 'sao tome & principe': 'ST', 'marshall is': 'MH', 'cook is': 'CK',
};

function key(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...Object.entries(COUNTRY_NAMES).map(([iso2, name]) => [key(name), iso2] as const),
  ...Object.entries(ALIASES).map(([name, iso2]) => [key(name), iso2] as const),
]);
const KNOWN_CODES = new Set([...Object.keys(COUNTRY_NAMES), ...MID_TO_ISO2.values()]);

/**
 * The ISO 3166-1 alpha-2 code of a flag as lists write it: a code ("kp", "KP") or an English name ("Korea,
 * North", "Russian Federation", "Sierra Leone"). Null when the text names no country we know: the caller keeps
 * the text as written and makes no comparison with it.
 */
export function flagCode(text: string): string | null {
  const k = key(text);
  if (/^[a-z]{2}$/.test(k)) return KNOWN_CODES.has(k.toUpperCase()) ? k.toUpperCase() : null;
  return BY_NAME.get(k) ?? null;
}

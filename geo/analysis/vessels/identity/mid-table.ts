/**
 * Maritime Identification Digits (MID): the first three digits of a ship station's MMSI name the country
 * (or territory) whose administration assigned it.
 *
 * Source: ITU, "Table of Maritime Identification Digits (MID)", ITU-R Maritime mobile Access and Retrieval
 * System (MARS), https://www.itu.int/en/ITU-R/terrestrial/fmd/Pages/mid.aspx (allocations per Article 19 of the
 * ITU Radio Regulations and Recommendation ITU-R M.585). Territories are given their own ISO 3166-1 code where
 * the ITU lists them separately (Azores and Madeira are Portugal's; 306 covers the Dutch Caribbean).
 */
const MID_ALLOCATIONS: readonly (readonly [mids: string, iso2: string])[] = [
  ['201', 'AL'], ['202', 'AD'], ['203', 'AT'], ['204', 'PT'], ['205', 'BE'], ['206', 'BY'], ['207', 'BG'],
  ['208', 'VA'], ['209 210 212', 'CY'], ['211 218', 'DE'], ['213', 'GE'], ['214', 'MD'], ['215 229 248 249 256', 'MT'],
  ['216', 'AM'], ['219 220', 'DK'], ['224 225', 'ES'], ['226 227 228', 'FR'], ['230', 'FI'], ['231', 'FO'],
  ['232 233 234 235', 'GB'], ['236', 'GI'], ['237 239 240 241', 'GR'], ['238', 'HR'], ['242', 'MA'], ['243', 'HU'],
  ['244 245 246', 'NL'], ['247', 'IT'], ['250', 'IE'], ['251', 'IS'], ['252', 'LI'], ['253', 'LU'], ['254', 'MC'],
  ['255 263', 'PT'], ['257 258 259', 'NO'], ['261', 'PL'], ['262', 'ME'], ['264', 'RO'], ['265 266', 'SE'],
  ['267', 'SK'], ['268', 'SM'], ['269', 'CH'], ['270', 'CZ'], ['271', 'TR'], ['272', 'UA'], ['273', 'RU'],
  ['274', 'MK'], ['275', 'LV'], ['276', 'EE'], ['277', 'LT'], ['278', 'SI'], ['279', 'RS'],
  ['301', 'AI'], ['303 338 366 367 368 369', 'US'], ['304 305', 'AG'], ['306', 'CW'], ['307', 'AW'],
  ['308 309 311', 'BS'], ['310', 'BM'], ['312', 'BZ'], ['314', 'BB'], ['316', 'CA'], ['319', 'KY'], ['321', 'CR'],
  ['323', 'CU'], ['325', 'DM'], ['327', 'DO'], ['329', 'GP'], ['330', 'GD'], ['331', 'GL'], ['332', 'GT'],
  ['334', 'HN'], ['336', 'HT'], ['339', 'JM'], ['341', 'KN'], ['343', 'LC'], ['345', 'MX'], ['347', 'MQ'],
  ['348', 'MS'], ['350', 'NI'], ['351 352 353 354 355 356 357 370 371 372 373 374', 'PA'], ['358', 'PR'],
  ['359', 'SV'], ['361', 'PM'], ['362', 'TT'], ['364', 'TC'], ['375 376 377', 'VC'], ['378', 'VG'], ['379', 'VI'],
  ['401', 'AF'], ['403', 'SA'], ['405', 'BD'], ['408', 'BH'], ['410', 'BT'], ['412 413 414', 'CN'], ['416', 'TW'],
  ['417', 'LK'], ['419', 'IN'], ['422', 'IR'], ['423', 'AZ'], ['425', 'IQ'], ['428', 'IL'], ['431 432', 'JP'],
  ['434', 'TM'], ['436', 'KZ'], ['437', 'UZ'], ['438', 'JO'], ['440 441', 'KR'], ['443', 'PS'], ['445', 'KP'],
  ['447', 'KW'], ['450', 'LB'], ['451', 'KG'], ['453', 'MO'], ['455', 'MV'], ['457', 'MN'], ['459', 'NP'],
  ['461', 'OM'], ['463', 'PK'], ['466', 'QA'], ['468', 'SY'], ['470 471', 'AE'], ['472', 'TJ'], ['473 475', 'YE'],
  ['477', 'HK'], ['478', 'BA'],
  ['501 607 618 635', 'TF'], ['503', 'AU'], ['506', 'MM'], ['508', 'BN'], ['510', 'FM'], ['511', 'PW'],
  ['512', 'NZ'], ['514 515', 'KH'], ['516', 'CX'], ['518', 'CK'], ['520', 'FJ'], ['523', 'CC'], ['525', 'ID'],
  ['529', 'KI'], ['531', 'LA'], ['533', 'MY'], ['536', 'MP'], ['538', 'MH'], ['540', 'NC'], ['542', 'NU'],
  ['544', 'NR'], ['546', 'PF'], ['548', 'PH'], ['550', 'TL'], ['553', 'PG'], ['555', 'PN'], ['557', 'SB'],
  ['559', 'AS'], ['561', 'WS'], ['563 564 565 566', 'SG'], ['567', 'TH'], ['570', 'TO'], ['572', 'TV'],
  ['574', 'VN'], ['576 577', 'VU'], ['578', 'WF'],
  ['601', 'ZA'], ['603', 'AO'], ['605', 'DZ'], ['608 665', 'SH'], ['609', 'BI'], ['610', 'BJ'], ['611', 'BW'],
  ['612', 'CF'], ['613', 'CM'], ['615', 'CG'], ['616 620', 'KM'], ['617', 'CV'], ['619', 'CI'], ['621', 'DJ'],
  ['622', 'EG'], ['624', 'ET'], ['625', 'ER'], ['626', 'GA'], ['627', 'GH'], ['629', 'GM'], ['630', 'GW'],
  ['631', 'GQ'], ['632', 'GN'], ['633', 'BF'], ['634', 'KE'], ['636 637', 'LR'], ['638', 'SS'], ['642', 'LY'],
  ['644', 'LS'], ['645', 'MU'], ['647', 'MG'], ['649', 'ML'], ['650', 'MZ'], ['654', 'MR'], ['655', 'MW'],
  ['656', 'NE'], ['657', 'NG'], ['659', 'NA'], ['660', 'RE'], ['661', 'RW'], ['662', 'SD'], ['663', 'SN'],
  ['664', 'SC'], ['666', 'SO'], ['667', 'SL'], ['668', 'ST'], ['669', 'SZ'], ['670', 'TD'], ['671', 'TG'],
  ['672', 'TN'], ['674 677', 'TZ'], ['675', 'UG'], ['676', 'CD'], ['678', 'ZM'], ['679', 'ZW'],
  ['701', 'AR'], ['710', 'BR'], ['720', 'BO'], ['725', 'CL'], ['730', 'CO'], ['735', 'EC'], ['740', 'FK'],
  ['745', 'GF'], ['750', 'GY'], ['755', 'PY'], ['760', 'PE'], ['765', 'SR'], ['770', 'UY'], ['775', 'VE'],
];

/** MID (three digits) → ISO 3166-1 alpha-2 code of the country or territory it is allocated to. */
export const MID_TO_ISO2: ReadonlyMap<string, string> = new Map(
  MID_ALLOCATIONS.flatMap(([mids, iso2]) => mids.split(' ').map((mid) => [mid, iso2] as const)),
);

/**
 * Territories whose ships may fly their sovereign's flag (or whose register is the sovereign's), so that an MMSI
 * of one and a flag of the other do not disagree. ISO 3166-1 alpha-2 codes.
 */
export const TERRITORY_SOVEREIGN: ReadonlyMap<string, string> = new Map([
  ['FO', 'DK'], ['GL', 'DK'], ['GI', 'GB'], ['AI', 'GB'], ['BM', 'GB'], ['KY', 'GB'], ['MS', 'GB'], ['TC', 'GB'],
  ['VG', 'GB'], ['FK', 'GB'], ['SH', 'GB'], ['PN', 'GB'], ['GP', 'FR'], ['MQ', 'FR'], ['PM', 'FR'], ['GF', 'FR'],
  ['RE', 'FR'], ['NC', 'FR'], ['PF', 'FR'], ['WF', 'FR'], ['TF', 'FR'], ['CW', 'NL'], ['AW', 'NL'], ['SX', 'NL'],
  ['BQ', 'NL'], ['PR', 'US'], ['VI', 'US'], ['AS', 'US'], ['MP', 'US'], ['HK', 'CN'], ['MO', 'CN'], ['CX', 'AU'],
  ['CC', 'AU'], ['CK', 'NZ'], ['NU', 'NZ'],
]);

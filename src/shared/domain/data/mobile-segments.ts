/**
 * Mainland mobile number segments that matter for a filing leader's phone (domain-reference §6.4).
 * Carrier tables go stale, so unknown `1[3-9]` prefixes are never blocked; only the segments
 * below produce findings. Prefixes are matched against the 11-digit national number, except IoT
 * prefixes, which are matched against 13-digit numbers.
 */
export const MOBILE_SEGMENTS_DATA = {
  source: ['O22', 'O23', 'T3', 'T5'],
  asOf: '2026-11-28',
  note:
    'Segments from the O22 table (2019) plus 162 for MVNO (later tables, O23). IoT numbers have 13 digits and cannot be a leader number (the MIIT SMS must reach it); data-only and MVNO numbers are warnings because some providers/provinces reject them or cannot reach them by phone.',
  /** Mainland mobile baseline after stripping +86/86 (O22). */
  mobilePattern: '^1[3-9]\\d{9}$',
  /** 13-digit IoT numbers: 1440x, 148xx (China Mobile), 146xx (Unicom), 1410x (Telecom). */
  iot: ['1440', '148', '146', '1410'],
  /** Data-plan numbers; 145 has no voice, 147/149 may (O22). */
  dataOnly: ['145', '147', '149'],
  /** MVNO (virtual operator) segments: 165/1703/1705/1706, 167/1704/1707-1709/171, 1700-1702 (O22); 162 (O23). */
  virtual: ['162', '165', '167', '170', '171'],
  /** Satellite (1749) and MIIT emergency-communication (17406–17412) numbers, not personal phones (O22). */
  specialPurpose: ['1749', '17406', '17407', '17408', '17409', '17410', '17411', '17412'],
} as const;

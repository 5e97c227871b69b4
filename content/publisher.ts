/**
 * Where users reach the publisher. TO BE CONFIRMED by the publisher before the
 * first store submission (docs/store/README.md lists it): the store listings
 * and the options page show these.
 */
export const REPORT_PROBLEM_URL = 'https://github.com/glute-break/glute-break/issues';
export const PRIVACY_POLICY_URL = 'https://github.com/glute-break/glute-break/blob/main/docs/PRIVACY.md';

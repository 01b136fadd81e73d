/** Minimum password length (NIST SP 800-63B: length over composition rules). */
export const MIN_PASSWORD_LENGTH = 10;

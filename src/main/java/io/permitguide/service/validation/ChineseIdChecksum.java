package io.permitguide.service.validation;

/** The check character of an 18-character resident ID number (GB 11643, ISO 7064 MOD 11-2). */
final class ChineseIdChecksum {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdChecksum() {
    }

    /** True when the last character matches the first 17 digits; expects 17 digits and a digit or X. */
    static boolean valid(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK[sum % 11];
    }
}

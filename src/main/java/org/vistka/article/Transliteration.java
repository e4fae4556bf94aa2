package org.vistka.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes Ukrainian (and, as far as it can tell, Russian) text in Latin letters, for addresses and anything else
 * that must be ASCII-friendly: "Київрада затвердила бюджет" → "Kyivrada zatverdyla biudzhet".
 *
 * <p>Ukrainian follows the official national system, Resolution of the Cabinet of Ministers of Ukraine No. 55 of
 * 27 January 2010, with its positional rules: Є, Ї, Й, Ю, Я are Ye, Yi, Y, Yu, Ya at the start of a word and ie,
 * i, i, iu, ia elsewhere; "зг" is "zgh" so that it cannot be read as "zh"; the soft sign and the apostrophe are
 * not written. Russian uses the same table, extended for the letters Ukrainian lacks (ы → y, э → e, ё → yo at
 * the start of a word and io elsewhere, ъ not written). Russian и is written "i" only when the whole text is
 * recognisably Russian: it has ы, э, ё or ъ and none of the Ukrainian-only і, ї, є, ґ. Anything less certain is
 * read as Ukrainian (и → y), because this is a Ukrainian newsroom and a wrong guess the other way would garble
 * Ukrainian titles.
 *
 * <p>Case is kept: a capital becomes a capitalised group ("Щастя" → "Shchastia"), and a capital inside an
 * all-capitals word becomes all capitals ("ЩАСТЯ" → "SHCHASTIA"). Latin letters, digits, punctuation, emoji,
 * other scripts and stray surrogates pass through unchanged; apostrophes are dropped only between two Cyrillic
 * letters, so the English "Kyiv's" keeps its own. The text is put into Unicode composed form first, so "й" typed
 * as и plus a combining breve reads as й.
 *
 * <p>Pure and stateless; thread-safe.
 */
public final class Transliteration {
    private Transliteration() {
    }

    /**
     * The text in Latin letters.
     *
     * @param text any text; not null
     * @return the romanised text, empty for empty text
     */
    public static String latin(String text) {
        Objects.requireNonNull(text, "text");
        String source = Normalizer.normalize(text, Normalizer.Form.NFC);
        boolean russian = isRussian(source);
        StringBuilder out = new StringBuilder(source.length() + source.length() / 4);
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            String latin = romanise(source, i, cp, russian);
            if (latin == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isUpperCase(cp) ? capitalised(latin, source, i) : latin);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The lowercase Latin for the letter at {@code i}, "" for letters that are not written, null to keep it. */
    private static String romanise(String source, int i, int cp, boolean russian) {
        if (isApostrophe(cp)) {
            // Inside a word it only marks a hard sound and is not written; elsewhere it is a quote mark.
            return isCyrillicLetter(before(source, i)) && isCyrillicLetter(after(source, i)) ? "" : null;
        }
        return switch (Character.toLowerCase(cp)) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            // "зг" would read as "zh", so the г after з is "gh" (Згорани → Zghorany).
            case 'г' -> Character.toLowerCase(before(source, i)) == 'з' ? "gh" : "h";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> "e";
            case 'є' -> atWordStart(source, i) ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> russian ? "i" : "y";
            case 'і' -> "i";
            case 'ї' -> atWordStart(source, i) ? "yi" : "i";
            case 'й' -> atWordStart(source, i) ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь', 'ъ' -> "";
            case 'ю' -> atWordStart(source, i) ? "yu" : "iu";
            case 'я' -> atWordStart(source, i) ? "ya" : "ia";
            case 'ы' -> "y";
            case 'э' -> "e";
            case 'ё' -> atWordStart(source, i) ? "yo" : "io";
            default -> null;
        };
    }

    /** Russian only when a Russian-only letter is present and no Ukrainian-only one is. */
    private static boolean isRussian(String source) {
        boolean russianLetter = false;
        for (int i = 0; i < source.length(); i++) {
            switch (Character.toLowerCase(source.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> {
                    return false;
                }
                case 'ы', 'э', 'ё', 'ъ' -> russianLetter = true;
                default -> {
                }
            }
        }
        return russianLetter;
    }

    /**
     * A capital's Latin group: all capitals when the word around it is in capitals ("ЩО" → "SHCHO"), otherwise
     * only the first letter ("Що" → "Shcho", and a one-letter word "Я" → "Ya").
     */
    private static String capitalised(String latin, String source, int i) {
        if (latin.length() < 2) {
            return latin.toUpperCase(Locale.ROOT);
        }
        int next = after(source, i);
        int neighbour = Character.isLetter(next) ? next : before(source, i);
        if (Character.isLetter(neighbour) && Character.isUpperCase(neighbour)) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    /** A word starts where no letter comes before, looking past apostrophes and accents inside the word. */
    private static boolean atWordStart(String source, int i) {
        return !Character.isLetter(before(source, i));
    }

    /** The nearest code point before {@code i} that is not an apostrophe or a combining mark; -1 if none. */
    private static int before(String source, int i) {
        int j = i;
        while (j > 0) {
            int cp = source.codePointBefore(j);
            if (!isApostrophe(cp) && !isMark(cp)) {
                return cp;
            }
            j -= Character.charCount(cp);
        }
        return -1;
    }

    /** The nearest code point after the one at {@code i} that is not an apostrophe or a mark; -1 if none. */
    private static int after(String source, int i) {
        int j = i + Character.charCount(source.codePointAt(i));
        while (j < source.length()) {
            int cp = source.codePointAt(j);
            if (!isApostrophe(cp) && !isMark(cp)) {
                return cp;
            }
            j += Character.charCount(cp);
        }
        return -1;
    }

    /** The typewriter apostrophe, the right single quote and the modifier letter apostrophe all serve in Ukrainian. */
    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isCyrillicLetter(int cp) {
        return cp >= 0 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }
}

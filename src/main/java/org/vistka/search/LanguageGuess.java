package org.vistka.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which languages a story's body is written in, from its letters alone: stories carry no language, and running
 * every long body through all three stemmers would triple the cost of indexing. Letters only Ukrainian has
 * (і ї є ґ) or only Russian has (ы э ё ъ) tell the Cyrillic texts apart; Latin letters mean English. A text
 * that mixes them gets every language it has a fair share of, and Cyrillic without a telling letter gets both
 * Ukrainian and Russian. Short fields (title, standfirst, names) skip the guess and get all three.
 */
final class LanguageGuess {
    /** The share of a script's letters a language needs, in per mille, to count as present. */
    private static final int TELLING_PER_MILLE = 4;
    private static final int LATIN_PER_MILLE = 150;

    private LanguageGuess() {
    }

    static Set<Language> of(String text) {
        int latin = 0;
        int cyrillic = 0;
        int ukrainian = 0;
        int russian = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("іїєґ".indexOf(c) >= 0) {
                    ukrainian++;
                } else if ("ыэёъ".indexOf(c) >= 0) {
                    russian++;
                }
            }
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        int letters = latin + cyrillic;
        if (letters == 0 || latin * 1000L >= letters * (long) LATIN_PER_MILLE) {
            languages.add(Language.ENGLISH);
        }
        if (cyrillic > 0) {
            boolean isUkrainian = ukrainian * 1000L >= cyrillic * (long) TELLING_PER_MILLE;
            boolean isRussian = russian * 1000L >= cyrillic * (long) TELLING_PER_MILLE;
            if (isUkrainian || !isRussian) {
                languages.add(Language.UKRAINIAN);
            }
            if (isRussian || !isUkrainian) {
                languages.add(Language.RUSSIAN);
            }
        }
        return languages;
    }
}

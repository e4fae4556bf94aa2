package org.vistka.comment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the spam filter learns when a moderator marks a comment as spam: short runs of uncommon words, never
 * addresses or everyday words, so that one bad lesson cannot make every comment suspect. Pure; thread-safe.
 */
final class SpamPhrases {
    /** Common English, Ukrainian and Russian words: never learned, and never the whole of a learned phrase. */
    private static final Set<String> COMMON = Set.copyOf(List.of(("a an the and or but if of to in on at by for from with without"
            + " is are was were be been it its this that these those i you he she we they me my your our their not no"
            + " yes do does did have has had will would can could should so as than then there here what which who"
            + " all any more most very just also only now today about into out up down over how why when where"
            + " і й та а але або чи що як це той ця ці цей в у на з із зі до від по за для про при під над без не ні"
            + " так теж також вже ще тут там він вона воно вони ми ви я ти його її їх мій твій наш ваш був була було"
            + " були є буде бути коли де чому хто який яка яке які дуже лише тільки все всі"
            + " и но или что это тот эта эти этот с со к от о об для при под над без нет да тоже уже еще он она оно они"
            + " мы вы ты его ее их мой твой наш ваш был была было были есть будет быть когда где почему кто какой"
            + " очень только все всё").split(" ")));
    /** Punctuation and line ends: a phrase spanning "pills. Visit" was never written as one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\p{P}\\p{S}&&[^'-]]|\\n");
    private static final int MIN_WORDS_TO_LEARN = 5;
    private static final int MAX_PHRASES_TO_LEARN = 5;

    private SpamPhrases() {
    }

    /**
     * The phrases worth learning from a comment a moderator marked as spam: up to five runs of two or three words,
     * lower-cased, with no common word and no address in them, the most repeated and longest first. Text of fewer
     * than {@value #MIN_WORDS_TO_LEARN} words teaches nothing: it is too little to tell its own words from chance.
     */
    static List<String> learn(String spamText) {
        String text = SpamScore.ADDRESS.matcher(SpamScore.normal(Objects.requireNonNull(spamText, "spamText"))).replaceAll(" | ");
        if (SpamScore.words(text).size() < MIN_WORDS_TO_LEARN) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (List<String> clause : clauses(text)) {
            for (int n = 2; n <= 3; n++) {
                for (int i = 0; i + n <= clause.size(); i++) {
                    List<String> gram = clause.subList(i, i + n);
                    if (gram.stream().allMatch(SpamPhrases::worthLearning)) {
                        String phrase = String.join(" ", gram);
                        counts.merge(phrase, 1, Integer::sum);
                        firstSeen.putIfAbsent(phrase, firstSeen.size());
                    }
                }
            }
        }
        List<String> chosen = new ArrayList<>();
        counts.keySet().stream()
                .sorted(Comparator.<String>comparingInt(counts::get).reversed()
                        .thenComparing(Comparator.<String>comparingInt(String::length).reversed())
                        .thenComparingInt(firstSeen::get))
                .forEach(phrase -> {
                    // Overlapping phrases would teach the same thing twice and crowd out others.
                    boolean overlaps = chosen.stream().anyMatch(c -> (" " + c + " ").contains(" " + phrase + " ")
                            || (" " + phrase + " ").contains(" " + c + " "));
                    if (!overlaps && chosen.size() < MAX_PHRASES_TO_LEARN) {
                        chosen.add(phrase);
                    }
                });
        return chosen;
    }

    /** Whether every word is an everyday one: such a phrase is never worth a point. */
    static boolean allCommon(List<String> words) {
        return COMMON.containsAll(words);
    }

    private static List<List<String>> clauses(String text) {
        return CLAUSE_BREAK.splitAsStream(text).map(SpamScore::words).toList();
    }

    private static boolean worthLearning(String word) {
        return !COMMON.contains(word) && word.codePointCount(0, word.length()) > 1 && word.codePoints().anyMatch(Character::isLetter);
    }
}

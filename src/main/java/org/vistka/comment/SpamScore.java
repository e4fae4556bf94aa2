package org.vistka.comment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how much a comment looks like spam, from the comment alone and from phrases that moderators taught by
 * marking comments as spam. No outside service is asked: nothing about a reader leaves the site.
 *
 * <p>Each signal adds points and a reason a moderator can read: links beyond the first, the same text repeated,
 * taught phrases, a link shortener or a much-abused domain ending in the website, the email or the links, a name
 * that is a web address or a list of keywords, shouting in capitals, and words that mix look-alike letters of
 * different scripts. A comment with {@value #HOLD_AT} points waits for a moderator; with {@value #TRASH_AT} it goes
 * to the spam folder, where a moderator can still rescue it. Every signal but a pile of links stays below
 * {@value #HOLD_AT} on its own, so one odd habit of a real reader never hides a comment.
 *
 * <p>Words are read Unicode-aware, in NFKC and lower case, so "ＣＨＥＡＰ" is "cheap" and "Київ" is a whole word.
 * Immutable after construction; thread-safe.
 */
public final class SpamScore {
    /** From here a comment waits for a moderator before it is shown. */
    public static final int HOLD_AT = 5;
    /** From here a comment goes straight to spam. */
    public static final int TRASH_AT = 10;
    /** A letter, digit or mark run; an apostrophe inside it (Ukrainian "п'ять", English "don't") belongs to it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern HOST = Pattern.compile("(?i)(?:https?://|www\\.)([^\\s/?#:<>\"'\\\\]+)");
    private static final Pattern NAME_IS_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[^\\s@]+\\."
            + "(?:com|net|org|info|biz|online|site|shop|store|ru|ua|укр|рф|top|xyz)(?:/\\S*)?");
    private static final Pattern WWW_OR_FINAL_DOT = Pattern.compile("^www\\.|\\.$");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");
    private static final Pattern PATH = Pattern.compile("[/?#\\\\]");
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern CHARACTER_RUN = Pattern.compile("(\\S)\\1{9,}");
    /** A web or email address; an email is matched from the start of its word only, so a long word costs one pass. */
    static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S++|(?<!\\S)[^\\s@]*+@\\S++");
    /** Services whose links hide where they lead; a reader citing a source has no need of them. */
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd",
            "buff.ly", "cutt.ly", "rebrand.ly", "shorturl.at", "t.ly", "rb.gy", "tiny.cc", "clck.ru");
    /**
     * Domain endings that public abuse reports, such as Spamhaus's list of the most abused top-level domains, have
     * named again and again, mostly because names there are cheap to register in bulk. Kept short on purpose: it is
     * a signal worth two points, not a verdict, and real sites live under every ending.
     */
    private static final Set<String> SPAM_ENDINGS = Set.of("top", "xyz", "click", "loan", "icu", "cfd", "sbs", "buzz");
    // Points per signal; see the class comment for why each stays below HOLD_AT.
    private static final int PER_LINK_AFTER_THE_FIRST = 2;
    private static final int REPEATED_TEXT = 3;
    private static final int CHARACTER_RUN_POINTS = 1;
    private static final int PER_TAUGHT_PHRASE = 4;
    private static final int SHORTENER = 3;
    private static final int SPAM_ENDING = 2;
    private static final int ODD_NAME = 3;
    private static final int SHOUTING = 2;
    private static final int MIXED_SCRIPTS = 3;
    private static final int REPEATS = 4;

    private final Set<String> learned = new LinkedHashSet<>();
    private final Set<Integer> learnedLengths = new LinkedHashSet<>();

    /**
     * A scorer that knows these phrases, in any case or spacing. Blank phrases, and phrases made only of common words
     * ("the", "і"), are ignored: one stray entry must not add points to every comment.
     */
    public SpamScore(Collection<String> learnedPhrases) {
        for (String phrase : learnedPhrases) {
            List<String> words = words(phrase);
            if (!SpamPhrases.allCommon(words)) {
                learned.add(String.join(" ", words));
                learnedLengths.add(words.size());
            }
        }
    }

    /**
     * The points and reasons for one comment.
     *
     * @param text    the comment as typed; not null
     * @param name    the name the commenter gave; null or blank if none
     * @param email   the email address given; null or blank if none
     * @param website the website given; null or blank if none
     */
    public Score score(String text, String name, String email, String website) {
        Objects.requireNonNull(text, "text");
        Map<String, Integer> found = new LinkedHashMap<>(); // reason → points, in the order a moderator reads them
        int links = CommentText.linkCount(text);
        if (links > 1) {
            found.put(links + " links", PER_LINK_AFTER_THE_FIRST * (links - 1));
        }
        // Repetition, shouting and script mixing are read in the prose: "/buy/buy/buy" in an address is not shouted.
        String prose = ADDRESS.matcher(text).replaceAll(" ");
        int repeats = repeatedLine(prose);
        String run = repeatedWords(words(prose));
        if (repeats >= 3 || run != null) {
            found.put(repeats >= 3 ? "the same text repeated " + repeats + " times" : run, REPEATED_TEXT);
        }
        Matcher characters = CHARACTER_RUN.matcher(prose);
        if (characters.find()) {
            found.put("the character “" + characters.group(1) + "” repeated "
                    + characters.group().codePointCount(0, characters.group().length()) + " times in a row", CHARACTER_RUN_POINTS);
        }
        for (String phrase : phrasesIn(text)) {
            found.put("contains the phrase “" + phrase + "” that moderators marked as spam", PER_TAUGHT_PHRASE);
        }
        addressSignals("website", hostOf(website), found);
        addressSignals("email address", email == null ? "" : email.substring(email.lastIndexOf('@') + 1), found);
        for (Matcher host = HOST.matcher(text); host.find(); ) {
            addressSignals("a link in the comment", host.group(1), found);
        }
        String theName = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (NAME_IS_ADDRESS.matcher(theName).matches()) {
            found.put("name is a web address", ODD_NAME);
        } else if (words(theName).size() > 5 || theName.codePointCount(0, theName.length()) > 60 || !phrasesIn(theName).isEmpty()) {
            found.put("name looks like a list of keywords", ODD_NAME);
        }
        if (shouting(prose)) {
            found.put("mostly capital letters", SHOUTING);
        }
        int mixed = mixedScriptWords(prose);
        if (mixed > 0) {
            found.put("letters of different scripts, such as Latin and Cyrillic, mixed inside "
                    + (mixed == 1 ? "one word" : mixed + " words"), MIXED_SCRIPTS);
        }
        return new Score(found.values().stream().mapToInt(Integer::intValue).sum(), List.copyOf(found.keySet()));
    }

    /** The phrases worth learning from a comment a moderator marked as spam; see {@link SpamPhrases#learn}. */
    public static List<String> phrasesToLearn(String spamText) {
        return SpamPhrases.learn(spamText);
    }

    /** The taught phrases found in the text as whole words, in the order they first appear. */
    private List<String> phrasesIn(String text) {
        List<String> words = words(text);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n : learnedLengths) {
                if (i + n <= words.size() && learned.contains(String.join(" ", words.subList(i, i + n)))) {
                    found.add(String.join(" ", words.subList(i, i + n)));
                }
            }
        }
        return List.copyOf(found);
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Matcher word = WORD.matcher(normal(text == null ? "" : text)); word.find(); ) {
            words.add(word.group());
        }
        return words;
    }

    private static int repeatedLine(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : text.split("\n")) {
            String words = String.join(" ", words(line));
            if (!words.isEmpty()) {
                counts.merge(words, 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * A run of one word, or of one group of two or three words, said {@value #REPEATS} or more times in a row. Runs
     * of words of one or two letters do not count: "ха ха ха ха" and "no no no no" are how people talk.
     */
    private static String repeatedWords(List<String> words) {
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<String> group = words.subList(i, i + n);
                if (group.stream().allMatch(w -> w.codePointCount(0, w.length()) <= 2) || repeats(words, i, n, REPEATS) < REPEATS) {
                    continue;
                }
                return (n == 1 ? "the word “" : "the words “") + String.join(" ", group) + "” repeated "
                        + repeats(words, i, n, Integer.MAX_VALUE) + " times in a row";
            }
        }
        return null;
    }

    /** How many times in a row the n words at i come, counting no further than {@code enough}. */
    private static int repeats(List<String> words, int i, int n, int enough) {
        int times = 1;
        while (times < enough && i + (times + 1) * n <= words.size()
                && words.subList(i, i + n).equals(words.subList(i + times * n, i + (times + 1) * n))) {
            times++;
        }
        return times;
    }

    private static void addressSignals(String where, String host, Map<String, Integer> found) {
        String bare = WWW_OR_FINAL_DOT.matcher(host.toLowerCase(Locale.ROOT)).replaceAll("");
        if (SHORTENERS.contains(bare)) {
            found.put(where + " goes through the link shortener " + bare, SHORTENER);
        }
        String ending = bare.substring(bare.lastIndexOf('.') + 1);
        if (bare.contains(".") && SPAM_ENDINGS.contains(ending)) {
            found.put(where + " is under ." + ending + ", a domain ending much used by spammers", SPAM_ENDING);
        }
    }

    private static String hostOf(String website) {
        String address = website == null ? "" : SCHEME.matcher(website.strip()).replaceFirst("");
        String host = PATH.split(address, 2)[0];
        return PORT.matcher(host.substring(host.lastIndexOf('@') + 1)).replaceFirst("");
    }

    /** At least 20 letters that have a case, and at least 70% of them capitals: short "НАРЕШТІ!" is fine. */
    private static boolean shouting(String text) {
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long lower = text.codePoints().filter(Character::isLowerCase).count();
        return upper + lower >= 20 && upper * 10 >= (upper + lower) * 7;
    }

    /**
     * Words with letters of more than one of Latin, Cyrillic and Greek, the look-alike trick that hides "vіаgrа"
     * from filters. A Latin "i" in a Cyrillic word does not count: Ukrainians on Russian keyboards type it for "і".
     */
    private static int mixedScriptWords(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        int mixed = 0;
        for (Matcher word = WORD.matcher(normal); word.find(); ) {
            if (mixesScripts(normal, word.start(), word.end())) {
                mixed++;
            }
        }
        return mixed;
    }

    /** Whether the letters from {@code start} to {@code end} come from more than one of Latin, Cyrillic and Greek. */
    private static boolean mixesScripts(String text, int start, int end) {
        Character.UnicodeScript first = null;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.isLetter(cp) && cp != 'i' && cp != 'I' ? Character.UnicodeScript.of(cp) : null;
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                    && script != Character.UnicodeScript.GREEK) {
                continue;
            }
            if (first == null) {
                first = script;
            } else if (script != first) {
                return true;
            }
        }
        return false;
    }

    /** A comment's spam points and, for the moderator, one short reason per signal found. */
    public record Score(int points, List<String> reasons) {
        public Score {
            reasons = List.copyOf(reasons);
        }
    }
}

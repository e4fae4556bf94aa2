package org.vistka.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words of one language of a generated archive: a few real function words, topic words and place names (with
 * some of their inflected forms, so that stemming matters), people's names, and a large vocabulary of made-up words
 * built from syllables of the language, drawn with a Zipf-like skew as real text is (a few words everywhere, most
 * words rare). Deterministic from its seed; read-only after construction, so thread-safe.
 */
final class Lexicon {
    private static final int VOCABULARY = 12_000;

    final String language;
    private final List<String> functionWords;
    private final List<String> topicWords;
    /** Each place as a list of its forms; the first is the one a title would use. */
    final List<List<String>> places;
    final List<String> firstNames;
    final List<String> surnames;
    final List<String> vocabulary;
    private final double[] cumulative;

    private Lexicon(String language, String functionWords, String topicWords, String places, String firstNames,
                    String surnames, String syllables, String endings, long seed) {
        this.language = language;
        this.functionWords = List.of(functionWords.split(" "));
        this.topicWords = List.of(topicWords.split(" "));
        this.places = java.util.Arrays.stream(places.split(";")).map(p -> List.of(p.strip().split(" "))).toList();
        this.firstNames = List.of(firstNames.split(" "));
        this.surnames = List.of(surnames.split(" "));
        this.vocabulary = madeUpWords(syllables.split(" "), endings.split(" ", -1), new Random(seed));
        this.cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1 / Math.pow(rank + 20, 1.05);
            cumulative[rank] = sum;
        }
    }

    static List<Lexicon> all() {
        return List.of(
                new Lexicon("uk", "і та в у на з до від для що після через під про це як але також вже ще",
                        "місто міста місті рада ради раді війна війни війні школа школи школі вода води воді міст мосту "
                                + "дорога дороги дорозі лікарня лікарні уряд уряду громада громади обстріл обстрілу зима зими світло",
                        "Київ Києва Києві Києвом; Харків Харкова Харкові; Одеса Одеси Одесі Одесою; Дніпро Дніпра Дніпрі; "
                                + "Львів Львова Львові; Донбас Донбасу Донбасі; Запоріжжя Запоріжжі; Миколаїв Миколаєва Миколаєві",
                        "Олена Андрій Марія Тарас Ірина Богдан Наталія Сергій Оксана Дмитро",
                        "Марчук Коваленко Шевчук Бондар Ткаченко Мельник Кравець Лисенко Гончар Савчук",
                        "ба ва да за ка ла ма на па ра са та ко ло мо но по ро со то ві ді лі мі ні рі сі ти ри ни ли ду ру му гу "
                                + "ст пр кр тр хо жи чи ше це бу го зе ле ме ї є ґа",
                        "а и і у о ом ам ах ів ий ого ому ість ення ання ка ки ці ні", 11),
                new Lexicon("ru", "и в на с до от для что после через под о это как но также уже ещё",
                        "город города городе совет совета война войны войне школа школы вода воды мост моста дорога дороги "
                                + "больница больницы власти властей община обстрел обстрела зима зимы свет",
                        "Киев Киева Киеве; Харьков Харькова Харькове; Одесса Одессы Одессе; Днепр Днепра Днепре; "
                                + "Львов Львова Львове; Донбасс Донбасса Донбассе",
                        "Елена Андрей Мария Тарас Ирина Богдан Наталья Сергей Оксана Дмитрий",
                        "Марчук Коваленко Шевчук Бондарь Ткаченко Мельник Кравец Лысенко Гончар Савчук",
                        "ба ва да за ка ла ма на па ра са та ко ло мо но по ро со то ви ди ли ми ни ры сы ты ду ру му гу "
                                + "ст пр кр тр хо жи чи ше це бу го зе ле ме мы вы бы",
                        "а ы е у о ом ам ах ов ый ого ому ость ение ание ка ки це ни ый", 12),
                new Lexicon("en", "the a of and to in on for with after at by from is was that",
                        "city council war school water bridge road hospital government community shelling winter power "
                                + "grain port train shelter heating",
                        "Kyiv Kiev; Kharkiv Kharkov; Odesa Odessa; Dnipro; Lviv; Donbas Donbass; Zaporizhzhia; Mykolaiv",
                        "Olena Andriy Mariia Taras Iryna Bohdan Nataliia Serhiy Oksana Dmytro",
                        "Marchuk Kovalenko Shevchuk Bondar Tkachenko Melnyk Kravets Lysenko Honchar Savchuk",
                        "ter bar ven lo mi ston gra pel dor kin mar sel tor ban ri co nel wit ham shaw fen lin pro con ment "
                                + "ing al ly ton ford well",
                        " s ed ing er ly", 13));
    }

    /** A word of running text: mostly the vocabulary, a third function words, some topic words. */
    String word(Random random) {
        double pick = random.nextDouble();
        if (pick < 0.3) {
            return functionWords.get(random.nextInt(functionWords.size()));
        }
        if (pick < 0.38) {
            return topicWords.get(random.nextInt(topicWords.size()));
        }
        return vocabulary(random);
    }

    /** A vocabulary word, frequent ones more often. */
    String vocabulary(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, target);
        return vocabulary.get(index >= 0 ? index : Math.min(-index - 1, vocabulary.size() - 1));
    }

    String place(Random random) {
        List<String> forms = places.get(random.nextInt(places.size()));
        return forms.get(random.nextInt(forms.size()));
    }

    String person(Random random) {
        return firstNames.get(random.nextInt(firstNames.size())) + " " + surnames.get(random.nextInt(surnames.size()));
    }

    private static List<String> madeUpWords(String[] syllables, String[] endings, Random random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.append(endings[random.nextInt(endings.length)]).toString());
        }
        return new ArrayList<>(words);
    }
}

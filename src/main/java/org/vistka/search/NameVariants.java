package org.vistka.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spellings of one place that a search treats as the same word (Kyiv, Kiev, Київ, Киев), from the documented list
 * {@code variants.txt} beside this class. A query word belongs to a group when any of its stems in any language is
 * a stem of a member, so inflected forms ("Києва", "Донбассе") find the group too. Applied at query time only: the
 * index keeps what was written, and the list can grow without reindexing. Immutable after construction; thread-safe.
 */
final class NameVariants {
    private final Analyzers analyzers;
    /** Each stem (per language, prefixed with the language) to the groups it is a stem of a member of. */
    private final Map<String, List<List<String>>> groupsByStem = new HashMap<>();

    NameVariants(Analyzers analyzers) {
        this.analyzers = analyzers;
        for (List<String> group : readGroups()) {
            for (String member : group) {
                for (String key : keys(member)) {
                    groupsByStem.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
                }
            }
        }
    }

    /** The other spellings of {@code word}, if it is one of a group's; empty otherwise. */
    Set<String> of(String word) {
        Set<String> variants = new LinkedHashSet<>();
        for (String key : keys(word)) {
            groupsByStem.getOrDefault(key, List.of()).forEach(variants::addAll);
        }
        variants.remove(word.toLowerCase(Locale.ROOT));
        return variants;
    }

    private Set<String> keys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("=" + word.toLowerCase(Locale.ROOT));
        for (Language language : Language.values()) {
            analyzers.stems(language, word).forEach(stem -> keys.add(language.name() + ":" + stem));
        }
        return keys;
    }

    private static List<List<String>> readGroups() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = NameVariants.class.getResourceAsStream("variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("variants.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    groups.add(List.of(trimmed.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read variants.txt", e);
        }
        return groups;
    }
}

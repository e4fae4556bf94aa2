package org.vistka.comment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings a hostile reader types: our own cross-site scripting payloads ({@code hostile/xss.json}: script
 * elements, event handlers, script addresses, SVG, mutation tricks, attribute breakouts, CSS, encoded variants,
 * polyglots, feed breakers), then the Big List of Naughty Strings ({@code hostile/blns.json}, MIT licence in
 * {@code hostile/blns-LICENSE.txt}). Immutable.
 */
record HostileCorpus(List<String> strings) {

    /** What one comment types into the form's text, name and website fields. */
    record Typed(String text, String name, String website) {
    }

    static HostileCorpus load() {
        List<String> all = new ArrayList<>(read("/hostile/xss.json"));
        all.addAll(read("/hostile/blns.json"));
        return new HostileCorpus(List.copyOf(all));
    }

    int size() {
        return strings.size();
    }

    /** Comment {@code i} types string i as its text, i + 1 as its name and i + 2 as its website, round the end. */
    Typed comment(int i) {
        return new Typed(strings.get(i), strings.get((i + 1) % size()), strings.get((i + 2) % size()));
    }

    private static List<String> read(String resource) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.vistka.site;

import org.vistka.web.HttpProblem;

/** Reads the {@code ?page=N} parameter of list pages: absent means 1, anything but a whole number from 1 up is refused. */
final class PageNumber {
    private PageNumber() {
    }

    static int parse(String value) {
        if (value == null) {
            return 1;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw HttpProblem.badRequest("The page number must be a whole number from 1 up; “" + shown + "” is not one.");
        }
        return Integer.parseInt(value);
    }
}

package org.vistka.web;

/**
 * Reads the numbers in addresses: the {@code ?page=N} of list pages (absent means 1; anything but a whole number
 * from 1 up is a 400 with a message) and the ids in paths such as {@code /newsroom/stories/{id}/} (anything but
 * digits is simply a page that does not exist).
 */
public final class PageNumber {
    private static final int MAX_PAGE = 1_000_000;

    private PageNumber() {
    }

    public static int parse(String value) {
        if (value == null) {
            return 1;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw HttpProblem.badRequest("The page number must be a whole number from 1 up; “" + shown + "” is not one.");
        }
        int page = Integer.parseInt(value);
        if (page > MAX_PAGE) {
            // Far past the end of any archive; refusing here also keeps page × page size within an int.
            throw HttpProblem.notFound();
        }
        return page;
    }

    /** The id in a path segment, or a 404 when it is not one. */
    public static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw HttpProblem.notFound();
        }
        return Long.parseLong(value);
    }
}

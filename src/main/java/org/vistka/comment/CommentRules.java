package org.vistka.comment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a comment form must hold, field by field, with the message a reader sees beside the field. The limits are
 * WordPress's, so comments imported from a WordPress site always fit. The input is expected as {@code TextInput}
 * leaves it: control characters gone, single lines trimmed. Pure and stateless; thread-safe.
 */
public final class CommentRules {
    public static final int MAX_TEXT = 65_525;
    public static final int MAX_NAME = 245;
    public static final int MAX_EMAIL = 100;
    public static final int MAX_WEBSITE = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern WEBSITE = Pattern.compile("(?i)https?://[^\\s/$.?#][^\\s]*");

    private CommentRules() {
    }

    /** The problems with the form, keyed by field name; empty when the comment may go on to the flood and spam checks. */
    public static Map<String, String> problems(CommentInput in, boolean requireNameAndEmail) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.text().isBlank()) {
            problems.put("comment", "Please type your comment.");
        } else if (in.text().length() > MAX_TEXT) {
            problems.put("comment", "Your comment is too long: " + in.text().length() + " characters, the most is " + MAX_TEXT + ".");
        }
        if (requireNameAndEmail && in.name().isBlank()) {
            problems.put("author", "Please give your name.");
        } else if (in.name().length() > MAX_NAME) {
            problems.put("author", "Your name is too long: at most " + MAX_NAME + " characters.");
        }
        if (requireNameAndEmail && in.email().isBlank()) {
            problems.put("email", "Please give your email address. It will not be published.");
        } else if (in.email().length() > MAX_EMAIL) {
            problems.put("email", "Your email address is too long: at most " + MAX_EMAIL + " characters.");
        } else if (!in.email().isBlank() && !EMAIL.matcher(in.email()).matches()) {
            problems.put("email", "“" + in.email() + "” is not an email address, like name@example.org.");
        }
        if (in.website().length() > MAX_WEBSITE) {
            problems.put("url", "Your website address is too long: at most " + MAX_WEBSITE + " characters.");
        } else if (!in.website().isBlank() && !WEBSITE.matcher(in.website()).matches()) {
            problems.put("url", "A website must be an address starting with https:// or http://.");
        }
        return problems;
    }
}

package org.vistka.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what happens to a new comment, and records why: trash for a disallowed word, spam for a bot or a high
 * spam score, held for moderation for any of the newsroom's hold rules, approved otherwise. Pure; thread-safe.
 */
public final class ModerationRules {
    private ModerationRules() {
    }

    /** What the server knows about the comment besides its text. */
    public record Facts(boolean honeypotFilled, boolean approvedBefore, boolean slowMode, String address) {
    }

    /** The outcome, with each reason in a sentence a moderator reads. */
    public record Decision(CommentStatus status, List<String> reasons, int spamPoints) {
    }

    public static Decision decide(CommentInput in, CommentSettings settings, Facts facts, SpamScore.Score score, int links) {
        if (facts.honeypotFilled()) {
            return new Decision(CommentStatus.SPAM, List.of("The hidden field that people leave empty was filled in: a machine sent it."), score.points());
        }
        Optional<String> disallowed = firstWord(settings.disallowedWords(), in, facts.address());
        if (disallowed.isPresent()) {
            return new Decision(CommentStatus.TRASH, List.of("Contains the disallowed word “" + disallowed.get() + "”."), score.points());
        }
        if (score.points() >= SpamScore.TRASH_AT) {
            List<String> reasons = new ArrayList<>(List.of("Spam score " + score.points() + " (spam from " + SpamScore.TRASH_AT + "):"));
            reasons.addAll(score.reasons());
            return new Decision(CommentStatus.SPAM, reasons, score.points());
        }
        List<String> holds = new ArrayList<>();
        if (settings.holdAll()) {
            holds.add("Every comment is held for moderation (a setting).");
        }
        firstWord(settings.moderationWords(), in, facts.address())
                .ifPresent(word -> holds.add("Contains the moderation word “" + word + "”."));
        if (settings.holdAtLinks() > 0 && links >= settings.holdAtLinks()) {
            holds.add("Has " + links + " links (held from " + settings.holdAtLinks() + ").");
        }
        if (score.points() >= SpamScore.HOLD_AT) {
            holds.add("Spam score " + score.points() + " (held from " + SpamScore.HOLD_AT + "): " + String.join("; ", score.reasons()) + ".");
        }
        if (settings.holdFirst() && !facts.approvedBefore()) {
            holds.add("A first comment from this email address.");
        }
        if (facts.slowMode()) {
            holds.add("Slow mode: the story is receiving comments faster than " + settings.slowModeCount() + " in "
                    + settings.slowModeMinutes() + " minutes.");
        }
        CommentStatus status = holds.isEmpty() ? CommentStatus.APPROVED : CommentStatus.PENDING;
        if (score.points() > 0 && score.points() < SpamScore.HOLD_AT) {
            // Not enough to hold the comment, but a moderator looking at it should see what the filter saw.
            holds.add("Spam score " + score.points() + " (held from " + SpamScore.HOLD_AT + "): " + String.join("; ", score.reasons()) + ".");
        }
        return new Decision(status, holds, score.points());
    }

    /** The first listed word found in the comment, name, email, website or address, ignoring case. */
    static Optional<String> firstWord(List<String> words, CommentInput in, String address) {
        String haystack = String.join("\n", in.text(), in.name(), in.email(), in.website(), address == null ? "" : address)
                .toLowerCase(Locale.ROOT);
        return words.stream().filter(word -> !word.isBlank() && haystack.contains(word.toLowerCase(Locale.ROOT))).findFirst();
    }
}

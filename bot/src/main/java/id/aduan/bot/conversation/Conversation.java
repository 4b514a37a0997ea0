package id.aduan.bot.conversation;

import java.time.Instant;

/**
 * One citizen's conversation with the bot: the step it stands at, the report being written (if any) and the
 * citizen's consent to processing personal data (UU PDP), recorded with its time and text version.
 */
public record Conversation(String id, Step step, Draft draft, Step stepBeforeCancel, Instant consentAt,
                           String consentVersion, Instant updatedAt) {

    /** A conversation that has never been used. */
    public static Conversation start(String id) {
        return new Conversation(id, Step.IDLE, null, null, null, null, null);
    }

    boolean consented() {
        return consentAt != null;
    }

    Conversation at(Step next, Draft nextDraft) {
        return new Conversation(id, next, nextDraft, stepBeforeCancel, consentAt, consentVersion, updatedAt);
    }

    Conversation idle() {
        return new Conversation(id, Step.IDLE, null, null, consentAt, consentVersion, updatedAt);
    }

    Conversation confirmingCancel() {
        return new Conversation(id, Step.CONFIRM_CANCEL, draft, step, consentAt, consentVersion, updatedAt);
    }

    Conversation consented(Instant at, String version) {
        return new Conversation(id, step, draft, stepBeforeCancel, at, version, updatedAt);
    }

    Conversation touched(Instant at) {
        return new Conversation(id, step, draft, stepBeforeCancel, consentAt, consentVersion, at);
    }
}

package id.aduan.bot.conversation;

import java.time.Instant;

/**
 * One citizen's conversation with the bot: the step it stands at, the report being written (if any), the citizen's
 * consent to processing personal data (UU PDP), recorded with its time and text version, and the ticket of an
 * already submitted report the current step is about (adding information, answering, reopening).
 */
public record Conversation(String id, Step step, Draft draft, Step stepBeforeCancel, Instant consentAt,
                           String consentVersion, Instant updatedAt, String ticket) {

    /** A conversation that has never been used. */
    public static Conversation start(String id) {
        return new Conversation(id, Step.IDLE, null, null, null, null, null, null);
    }

    boolean consented() {
        return consentAt != null;
    }

    Conversation at(Step next, Draft nextDraft) {
        return new Conversation(id, next, nextDraft, stepBeforeCancel, consentAt, consentVersion, updatedAt, ticket);
    }

    Conversation idle() {
        return new Conversation(id, Step.IDLE, null, null, consentAt, consentVersion, updatedAt, null);
    }

    /** A step about a submitted report (no draft): adding information, answering a question, reopening. */
    Conversation about(Step next, String reportTicket) {
        return new Conversation(id, next, null, null, consentAt, consentVersion, updatedAt, reportTicket);
    }

    Conversation confirmingCancel() {
        return new Conversation(id, Step.CONFIRM_CANCEL, draft, step, consentAt, consentVersion, updatedAt, ticket);
    }

    Conversation consented(Instant at, String version) {
        return new Conversation(id, step, draft, stepBeforeCancel, at, version, updatedAt, ticket);
    }

    Conversation touched(Instant at) {
        return new Conversation(id, step, draft, stepBeforeCancel, consentAt, consentVersion, at, ticket);
    }
}

package id.aduan.bot.chat;

/**
 * A message could not be delivered. {@code permanent} when retrying cannot help because the citizen cannot be
 * reached (blocked the bot, deleted the account); {@link #kind()} says more.
 */
public class DeliveryFailure extends Exception {

    /** Why a message was not delivered, and so what the sender may do next. */
    public enum Kind {
        /** The channel may accept it later (5xx, timeouts, connection refused, 429 that did not clear). */
        TRANSIENT,
        /** The citizen cannot be reached: no retry until they come back. */
        UNREACHABLE,
        /** The channel refused this message itself (400): retrying the same message cannot help. */
        REJECTED,
        /** The request may have been delivered (a read timeout after sending, even after one retry). */
        UNCERTAIN
    }

    private final Kind kind;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        this(message, permanent ? Kind.UNREACHABLE : Kind.TRANSIENT, cause);
    }

    public DeliveryFailure(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public boolean permanent() {
        return kind == Kind.UNREACHABLE;
    }

    public Kind kind() {
        return kind;
    }
}

package id.aduan.complaint;

import id.aduan.models.ticket.TicketNumber;

/** A merge of a duplicate into another complaint that the rules do not allow; {@link #problem()} names which. */
public class IllegalMerge extends RuntimeException {

    /** Why the merge is refused (stable codes, sent over the API). */
    public enum Problem {
        /** The duplicate and the target are the same complaint. */
        SAME_COMPLAINT("same-complaint"),
        /** The target is closed (selesai or diarsipkan): its followers would never hear anything. */
        TARGET_CLOSED("target-closed"),
        /** The target was itself merged into another complaint: merge into that one. */
        TARGET_MERGED("target-merged"),
        /** The duplicate is closed already, or already merged. */
        DUPLICATE_CLOSED("duplicate-closed");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Problem problem;
    private final TicketNumber duplicate;
    private final TicketNumber target;

    public IllegalMerge(Problem problem, TicketNumber duplicate, TicketNumber target, String message) {
        super(message);
        this.problem = problem;
        this.duplicate = duplicate;
        this.target = target;
    }

    public Problem problem() {
        return problem;
    }

    public TicketNumber duplicate() {
        return duplicate;
    }

    public TicketNumber target() {
        return target;
    }
}

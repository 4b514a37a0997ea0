package id.aduan.complaint;

import java.util.Set;
import java.util.stream.Collectors;

import id.aduan.models.status.ComplaintStatus;

/** A status change the SP4N-LAPOR! status model does not allow from the complaint's current status. */
public class IllegalStatusTransition extends RuntimeException {

    private final ComplaintStatus from;
    private final ComplaintStatus to;

    public IllegalStatusTransition(ComplaintStatus from, ComplaintStatus to) {
        super("Cannot move a complaint from '" + from.code() + "' to '" + to.code() + "'; allowed from '"
                + from.code() + "': " + codes(from.next()));
        this.from = from;
        this.to = to;
    }

    private static String codes(Set<ComplaintStatus> statuses) {
        return statuses.isEmpty() ? "none (final status)"
                : statuses.stream().map(ComplaintStatus::code).collect(Collectors.joining(", "));
    }

    public ComplaintStatus from() {
        return from;
    }

    public ComplaintStatus to() {
        return to;
    }

    public Set<ComplaintStatus> allowed() {
        return from.next();
    }
}

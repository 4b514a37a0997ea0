package id.aduan.complaint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.aduan.models.status.ComplaintStatus;

/** A status change the SP4N-LAPOR! status model does not allow from the complaint's current status. */
public class IllegalStatusTransition extends RuntimeException {

    private final ComplaintStatus from;
    private final ComplaintStatus to;

    private final Set<ComplaintStatus> allowed;

    public IllegalStatusTransition(ComplaintStatus from, ComplaintStatus to) {
        this(from, to, from.next());
    }

    /** With the moves the complaint allows now (none once it is closed for good). */
    public IllegalStatusTransition(ComplaintStatus from, ComplaintStatus to, Set<ComplaintStatus> allowed) {
        super("Cannot move a complaint from '" + from.code() + "' to '" + to.code() + "'; allowed from '"
                + from.code() + "': " + codes(allowed));
        this.from = from;
        this.to = to;
        this.allowed = Collections.unmodifiableSet(allowed.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class)
                : EnumSet.copyOf(allowed));
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
        return allowed;
    }
}

package id.aduan.admin.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.aduan.admin.audit.AuditLog;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintErasure;
import id.aduan.complaint.DataDeletionRequest;
import id.aduan.complaint.DeletionRequestDecisions;
import id.aduan.complaint.DeletionRequestState;
import id.aduan.complaint.PersonalDataStore;

/**
 * Carries out or refuses a citizen's deletion request (UU PDP), and anonymises complaints whose retention period
 * ended. Every erased complaint and every decision is an audit entry.
 *
 * <p>Carrying out is safe to repeat: each step is idempotent, and the decision is stored last, only if the request
 * still waits. A crash half-way leaves the request waiting; carrying it out again finishes the job. Carrying out a
 * request already carried out changes nothing (a citizen who came back afterwards and reported again is not
 * erased by an old request).
 */
@Component
class DataErasure {

    private static final Logger log = LoggerFactory.getLogger(DataErasure.class);

    private final DeletionRequestDecisions decisions;
    private final ComplaintErasure complaints;
    private final List<PersonalDataStore> stores;
    private final ComplaintSearchIndex search;
    private final AuditLog audit;
    private final Clock clock;

    DataErasure(DeletionRequestDecisions decisions, ComplaintErasure complaints, List<PersonalDataStore> stores,
                ComplaintSearchIndex search, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.complaints = complaints;
        this.stores = stores;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    DataDeletionRequest carryOut(String id, String admin) {
        DataDeletionRequest request = decisions.find(id).orElseThrow(() -> DeletionRequestProblem.notFound(id));
        switch (request.state()) {
            case DILAKSANAKAN -> {
                return request;
            }
            case DITOLAK -> throw DeletionRequestProblem.alreadyDecided(request);
            case MENUNGGU -> {
                // carried out below
            }
        }
        Instant now = clock.instant();
        String why = "permintaan hapus data " + id;
        List<String> tickets = new ArrayList<>();
        for (Complaint c : complaints.eraseChat(request.chat(), now)) {
            search.put(c);
            tickets.add(c.ticket().toString());
            audit.record(admin, "complaint.erase-personal-data", c.ticket().toString(), Map.of("reporter", "ada"),
                    Map.of("reporter", "dihapus"), why);
        }
        Map<String, String> erased = new LinkedHashMap<>();
        erased.put("complaints", String.valueOf(tickets.size()));
        for (PersonalDataStore store : stores) {
            erased.put(store.name(), String.valueOf(store.erase(request.chat())));
        }
        if (!decisions.record(request.carriedOut(admin, now, tickets))) {
            DataDeletionRequest latest = decisions.find(id).orElseThrow(() -> DeletionRequestProblem.notFound(id));
            if (latest.state() == DeletionRequestState.DILAKSANAKAN) {
                return latest; // another admin carried it out at the same moment
            }
            throw DeletionRequestProblem.alreadyDecided(latest);
        }
        erased.put("state", DeletionRequestState.DILAKSANAKAN.code());
        audit.record(admin, "deletion-request.carry-out", target(id),
                Map.of("state", DeletionRequestState.MENUNGGU.code()), erased, null);
        log.info("Deletion request {} carried out by {}: {}", id, admin, erased);
        return decisions.find(id).orElseThrow();
    }

    DataDeletionRequest refuse(String id, String admin, String reason) {
        DataDeletionRequest request = decisions.find(id).orElseThrow(() -> DeletionRequestProblem.notFound(id));
        if (request.state() != DeletionRequestState.MENUNGGU
                || !decisions.record(request.refused(admin, clock.instant(), reason.strip()))) {
            throw DeletionRequestProblem.alreadyDecided(decisions.find(id).orElse(request));
        }
        audit.record(admin, "deletion-request.refuse", target(id), Map.of("state", DeletionRequestState.MENUNGGU.code()),
                Map.of("state", DeletionRequestState.DITOLAK.code()), reason.strip());
        return decisions.find(id).orElseThrow();
    }

    /** Anonymises up to {@code limit} complaints closed before {@code closedBefore}; returns their tickets. */
    List<String> eraseClosedBefore(Instant closedBefore, int limit) {
        List<String> tickets = new ArrayList<>();
        for (Complaint c : complaints.eraseClosedBefore(closedBefore, clock.instant(), limit)) {
            search.put(c);
            tickets.add(c.ticket().toString());
            audit.record("sistem", "complaint.erase-personal-data", c.ticket().toString(), Map.of("reporter", "ada"),
                    Map.of("reporter", "dihapus"), "masa simpan data pribadi berakhir (ditutup sebelum "
                            + closedBefore + ")");
        }
        return tickets;
    }

    private static String target(String id) {
        return "deletion-request:" + id;
    }
}

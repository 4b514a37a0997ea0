package id.aduan.admin.privacy;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.complaint.DataDeletionRequest;
import id.aduan.complaint.DataDeletionRequests;

/**
 * The citizens' requests to delete their personal data (UU PDP), newest first, for the admins to carry out or
 * refuse (admins only, see ApiSecurity).
 */
@RestController
class DeletionRequestController {

    /**
     * One request: the chat that asked, when, and what became of it.
     *
     * @param state {@code menunggu}, {@code dilaksanakan} or {@code ditolak}
     * @param erasedComplaints tickets whose personal data was erased
     * @param citizenTold delivery state of the answer to the citizen ({@code pending}, {@code sent}, ...), or null
     */
    record DeletionRequestView(String id, String channel, long chatId, Instant requestedAt, String state,
                               String decidedBy, Instant decidedAt, String reason, List<String> erasedComplaints,
                               String citizenTold) {

        static DeletionRequestView of(DataDeletionRequest r) {
            return new DeletionRequestView(r.id(), r.chat().channel().name().toLowerCase(java.util.Locale.ROOT),
                    r.chat().chatId(), r.requestedAt(), r.state().code(), r.decidedBy(), r.decidedAt(), r.reason(),
                    r.erasedComplaints(), r.notification() == null ? null
                            : r.notification().state().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Why the request is refused; the citizen reads it. */
    record Refusal(@NotBlank @Size(max = 2000) String reason) {
    }

    private final DataDeletionRequests requests;
    private final DataErasure erasure;

    DeletionRequestController(DataDeletionRequests requests, DataErasure erasure) {
        this.requests = requests;
        this.erasure = erasure;
    }

    @GetMapping("/api/deletion-requests")
    List<DeletionRequestView> list() {
        return requests.findAllByOrderByRequestedAtDesc().stream().limit(500).map(DeletionRequestView::of).toList();
    }

    /**
     * Carries the request out: the citizen's personal data is erased from complaints, conversation state, local chat
     * messages and received updates; the citizen is told. Repeating it changes nothing.
     */
    @PostMapping("/api/deletion-requests/{id}/approve")
    DeletionRequestView approve(@PathVariable String id, Principal admin) {
        return DeletionRequestView.of(erasure.carryOut(id, admin.getName()));
    }

    /** Refuses the request with a reason the citizen is told. */
    @PostMapping("/api/deletion-requests/{id}/refuse")
    DeletionRequestView refuse(@PathVariable String id, @Valid @RequestBody Refusal body, Principal admin) {
        return DeletionRequestView.of(erasure.refuse(id, admin.getName(), body.reason()));
    }
}
